/**
 * A rejection said in words no phrase rule knows, found by what its sentence holds (issue 11): someone
 * else (another candidate, otra persona, un altro candidato, jemand anderen, iemand anders…) and a decision
 * (chosen, hired, offered, gone with, elegido, contratado, scelto, retenu, gekozen, eingestellt…) in one
 * sentence, in any order and with any words between. Not in a question, a hypothesis ("if we go with
 * someone else") or a negation, and not when the decision is about the reader ("selected you and two other
 * candidates"). It decides, but only just (weight 2.6, against 4 for a clear phrase), so it is never sure alone.
 */
import type { Hit } from './score'

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean))

/** Words that are someone else on their own. */
const SOMEONE_ELSE = set(`someone somebody alguien alguém qualcuno qualcun jemand jemanden iemand`)
/** "Other"/"another" before a person: another candidate, otra persona, un'altra candidata, eine andere Bewerberin. */
const OTHER = set(
  `another other others different internal otra otro otras otros outra outro outras outros altra altro altri altre autre autres andere anderen anderer anderes ander interne interner internen interna interno`
)
const PERSON = set(`
candidate candidates applicant applicants person people individual profile colleague hire
candidata candidato candidatas candidatos persona personas perfil perfiles profesional profesionales aspirante
pessoa pessoas profissional perfis participante participantes
candidati candidate profilo profili collega colleghi
candidat candidats personne personnes profil profils collègue
kandidat kandidatin kandidaten kandidatinnen bewerber bewerberin bewerberinnen bewerbung bewerbungen person personen kollegin kollege mitbewerber mitbewerberin
kandidaat kandidaten sollicitant sollicitanten persoon collega profiel
finalist finalists guy lad fella woman man girl nurse nurses teacher teachers driver locum
compañera compañero colega enfermera enfermero maestra maestro
enseignante enseignant infirmière infirmier
professora professor enfermeira enfermeiro colega
leerkracht verpleegkundige docent medewerker
insegnante infermiera infermiere ragazzo ragazza
mitarbeiterin mitarbeiter lehrkraft pflegekraft fachkraft
`)
/** A decision taken (past forms), in the seven languages. */
const DECISION = set(`
chosen chose selected hired appointed offered given awarded went gone picked recruited filled decided opted
elegido elegida seleccionado seleccionada contratado contratada decidido optado escogido escogida incorporado adjudicado asignado dado ofrecido eligió eligieron seleccionó contrató optó escogió
escolhido escolhida selecionado selecionada contratado contratada decidimos optamos optámos atribuído atribuída escolheu escolheram selecionou selecionaram contratou contrataram optou
scelto scelta selezionato selezionata assunto assunta deciso individuato individuata preferito affidato assegnato
choisi choisie retenu retenue sélectionné sélectionnée recruté recrutée décidé attribué préféré embauché embauchée
gekozen geselecteerd aangenomen besloten gegeven aangesteld gegund benoemd
entschieden ausgewählt eingestellt vergeben besetzt genommen
taken took opté optée engagé engagée nommé nommée contratando escolhendo quedamos quedado apostado
preso presa ingaggiato ingaggiata nominato nominata
`)
const HYPOTHESIS = set(`if unless whether until once si caso se qualora wenn falls ob sobald als indien mocht`)
const NEGATION = set(`not no never nicht kein keine noch nog niet geen não non pas jamais nunca ainda todavía aún yet`)

const WORD = /[\p{L}']+/gu
/** "a colleague", "una candidata", "une collègue": someone, when the decision is about them. */
const ONE = set(`a an eine einen einer una uno un une uma um een`)
/** The decision is about the reader or a named third person: "selected you", "picked her over". */
const ABOUT = set(`you te ti vous sie dich dir je jou u você lei her him them ihn la lo lui hem haar ela ele`)
/** Not people: "chosen a date for the other candidates' interviews". */
const THINGS = set(`date time slot format day room fecha hora día data horário datum termin zeit tijd dag orario giorno jour heure créneau`)
const REACH = 6

let decisionWord: RegExp | undefined
/** Most mail names no decision at all: one scan for the words before any sentence is taken apart. */
const namesADecision = (text: string): boolean =>
  (decisionWord ??= new RegExp(`(?<![\\p{L}])(?:${[...DECISION].join('|')})(?![\\p{L}])`, 'iu')).test(text)

export function someoneElseChosen(own: string): Hit | undefined {
  if (!namesADecision(own)) return undefined
  for (const sentence of own.split(/(?<=[.!?])\s+|\n/)) {
    if (sentence.includes('?') || !namesADecision(sentence)) continue
    const tokens = (sentence.toLowerCase().match(WORD) ?? []).flatMap((t) => t.split("'")).filter(Boolean)
    if (tokens.some((t) => HYPOTHESIS.has(t))) continue
    const isOther = (i: number): boolean =>
      SOMEONE_ELSE.has(tokens[i]) ||
      (OTHER.has(tokens[i]) && (PERSON.has(tokens[i + 1]) || PERSON.has(tokens[i + 2]))) ||
      (PERSON.has(tokens[i]) && OTHER.has(tokens[i + 1])) ||
      (ONE.has(tokens[i]) && PERSON.has(tokens[i + 1]))
    for (let d = 0; d < tokens.length; d++) {
      if (!DECISION.has(tokens[d])) continue
      const window = tokens.slice(Math.max(0, d - 3), d)
      if (window.some((t) => NEGATION.has(t)) || tokens.slice(d + 1, d + 3).some((t) => ABOUT.has(t))) continue
      let other = -1
      for (let i = Math.max(0, d - REACH); i <= Math.min(tokens.length - 1, d + REACH) && other < 0; i++)
        if (i !== d && isOther(i)) other = i
      if (other < 0) continue
      const between = tokens.slice(Math.min(d, other) + 1, Math.max(d, other))
      if (between.some((t) => THINGS.has(t) || ABOUT.has(t))) continue
      return { category: 'rejection', weight: 2.6, quote: sentence.trim().slice(0, 120), sentence: sentence.trim(), decisive: true }
    }
  }
  return undefined
}
