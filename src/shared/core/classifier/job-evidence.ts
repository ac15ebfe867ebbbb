/**
 * Mail that matches no application is about a job process only when something positive
 * says so: a hiring system wrote it, or the sender's own words are recruiting language.
 * A calendar invite alone (the dentist), a word like "offer" or "unfortunately" (a friend,
 * a newsletter), or a mailing list's headers are not enough.
 */
import { domainOf, type MailMessage } from '../mail-message'
import { hiringSystemForDomain } from './senders'

/** Recruiting words in English, German, Spanish, French, Dutch, Portuguese, Italian, Polish, Swedish, Danish and Norwegian. */
const RECRUITING =
  /(?<![\p{L}\p{N}])(application|applications|apply|applied|applying|applicant|candidate|candidates|candidacy|position|role|job|vacancy|opening|recruiter|recruiting|recruitment|hiring|interview|interviews|interviewing|résumé|resume|cv|talent|bewerbung|beworben|bewerber|bewerberin|stelle|stellenangebot|vorstellungsgespräch|kandidat|kandidatin|candidato|candidata|candidatura|postulación|puesto|vacante|entrevista|selección|reclutamiento|candidature|poste|entretien|recrutement|sollicitatie|solliciteren|vacature|functie|kandidaat|sollicitatiegesprek|vaga|recrutamento|processo seletivo|colloquio|posizione|selezione|assunzione|aplikacja|aplikację|aplikacji|aplikacje|rekrutacja|rekrutacji|rekrutację|rozmowa kwalifikacyjna|rozmowę kwalifikacyjną|rozmowy kwalifikacyjnej|stanowisko|stanowiska|ansökan|ansökningar|intervju|intervjun|rekrytering|rekryteringen|anställning|anställa|provanställning|jobb|jobbet|praca|pracy|pracę|søknad|søknaden|søknadsfrist|søknadsfristen|ansøgning|ansøgningen|ansøgningsfrist|ansøgningsfristen|stillingen|jobintervju|jobsamtale|ansettelse|ansættelse)(?![\p{L}\p{N}])/giu

/** Words that name a hiring step on their own ("interview", "Bewerbung"); "job" or "role" alone might be small talk. */
const STRONG = new Set([
  'application',
  'applications',
  'applied',
  'candidacy',
  'interview',
  'interviews',
  'interviewing',
  'recruiter',
  'bewerbung',
  'beworben',
  'vorstellungsgespräch',
  'candidatura',
  'postulación',
  'entrevista',
  'candidature',
  'entretien',
  'sollicitatie',
  'sollicitatiegesprek',
  'processo seletivo',
  'colloquio',
  'aplikacja',
  'aplikację',
  'aplikacji',
  'rekrutacja',
  'rekrutacji',
  'rozmowa kwalifikacyjna',
  'rozmowę kwalifikacyjną',
  'rozmowy kwalifikacyjnej',
  'ansökan',
  'intervju',
  'intervjun',
  'rekrytering',
  'søknad',
  'søknaden',
  'ansøgning',
  'ansøgningen',
  'jobintervju',
  'jobsamtale'
])

/** Any recruiting word at all in `text` ("role", "Stelle", "vaga"…). */
export function hasRecruitingWord(text: string): boolean {
  RECRUITING.lastIndex = 0
  return RECRUITING.test(text)
}

export interface JobEvidence {
  /** What says it is about a job process, in plain words; undefined: nothing does. */
  found?: string
  /** A hiring system sent it. */
  bySystem?: boolean
}

export function jobProcessEvidence(message: MailMessage, own: string, subject: string, bulk: boolean): JobEvidence {
  const system = hiringSystemForDomain(domainOf(message.from.address))
  if (system) return { found: `sent through ${system.name}`, bySystem: true }
  // A newsletter or list may talk about interviews and offers all day: only a hiring system counts there.
  if (bulk) return {}
  const words = new Set<string>()
  let score = 0
  for (const text of [subject, own.slice(0, 6_000)]) {
    RECRUITING.lastIndex = 0
    for (let m = RECRUITING.exec(text); m && score < 2; m = RECRUITING.exec(text)) {
      const word = m[1].toLowerCase()
      if (words.has(word)) continue
      words.add(word)
      score += STRONG.has(word) ? 2 : 1
    }
  }
  return score >= 2 ? { found: `recruiting words ("${[...words].slice(0, 2).join('", "')}")` } : {}
}
