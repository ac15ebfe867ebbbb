/**
 * A duration counted from something other than the mail: "within 2 weeks of the closing date", "eine Woche danach",
 * "diez días hábiles desde la entrevista", "uma semana depois da aula". The window starts at that event, whose day
 * the mail names elsewhere ("the closing date is 12 October", "Gespräch am 27.10."), not on the day it was sent.
 */
import { BUSINESS, UNITS, WEEKDAYS } from './words'
import { addBusinessDays } from './public-holidays'
import type { DayNumber, Mention } from './dates'
import { anyIn } from './token-sets'

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean)

/** "next" of a calendar week or month ("nächster Woche", "la semaine prochaine"), not "following", which may count from an event. */
const CALENDAR_NEXT = new Set(
  words(
    `next coming nächste nächsten nächster naechste naechsten kommende kommenden próxima próximo proxima proximo prochaine prochain volgende komende prossima prossimo entrante`
  )
)
/** "of", "after", "nach", "desde", "après", "depois", "dopo", "na"… before the event. */
const FROM = new Set(
  words(
    `of after post from following since nach ab seit vom desde tras después despues depuis après apres de du d van na sinds após apos depois da do dopo dal dalla suivent siguen seguem seguono suivant efter etter
    suivants suivante suivantes siguientes seguintes successivi od`
  )
)
/** Events a duration is counted from, each with the words that name it in seven languages. */
const EVENTS: Record<string, string[]> = {
  closing: words(
    `closing close closes closed deadline frist ablauf bewerbungsschluss bewerbungsfrist einsendeschluss cierre clôture cloture sluitingsdatum sluiting fecho encerramento chiusura scadenza`
  ),
  interview: words(
    `interview interviews meeting gespräch gesprach gespräche vorstellungsgespräch entrevista entretien gesprek sollicitatiegesprek colloquio
    call calls videocall telefonat anruf llamada videollamada appel chiamata telefonata videochiamata chamada ligação belafspraak
    rozmowy rozmowie rozmowa rozmowę intervjun intervjuet rencontre entrevue entrevues round discussion gesprächs vorstellungsgesprächs conversa conversación conversazione`
  ),
  // A day on the job on trial: "trial shift", "Probetag", "Probekochen", "proefdag", "meelopen", "journée d'immersion".
  trial: words(
    `trial probetag probearbeit probearbeiten probekochen probeschicht schnuppertag proefdag meelopen meeloopdag meeloopochtend hospitation shadowing immersion`
  ),
  test: words(
    `assessmentdag assessmentdagen test exam exams examination examinations assessment testtermin prüfung prueba examen épreuve epreuve toets prova esame`
  ),
  // Dutch "les" only after "de", "die", "deze" ("na de les"): French "les" is "the".
  lesson: words(`lesson clase leçon lecon aula lezione`),
  submission: words(
    `receiving receipt submission eingang recepción recepcion entrega réception reception ontvangst recebimento ricezione consegna completion completing abschluss finalización achèvement voltooiing conclusão completamento
    received submitted eingegangen recibido recibida reçu reçue ontvangen recebido recebida ricevuto ricevuta`
  )
}
const EVENT_MAP = new Map(Object.entries(EVENTS).flatMap(([event, names]) => names.map((n) => [n, event] as const)))
/** German compounds of a limit: "Fristende", "Bewerbungsfristende", "Ausschreibungsfrist", "Meldeschluss". */
const CLOSING_COMPOUND = /^(?:frist|\p{L}+frist$)|\p{L}*(?:schluss|fristende)$/u
const DUTCH_THE = new Set(['de', 'die', 'deze'])
const EVENT_OF = {
  get: (token: string, before?: string): string | undefined =>
    EVENT_MAP.get(token) ??
    (token.length > 6 && CLOSING_COMPOUND.test(token) ? 'closing' : undefined) ??
    (token === 'les' && before !== undefined && DUTCH_THE.has(before) ? 'lesson' : undefined)
}
const THAT = new Set(
  words(`that this dem diesem jenem esa esta ese este cette ce cet die deze dat essa esta esse este tale quella questa quel`)
)
const DAY_NOUNS = new Set(
  words(
    `date day meeting session datum tag termin fecha día dia jornada jour journée date séance dag bijeenkomst data giorno giornata incontro`
  )
)
/** "after", "nach", "tras", "après", "na", "após", "dopo" before the event, when the event comes first. */
/** …and "once", "sobald", "una vez", "zodra", "dès que", "appena" ("Once the deadline has passed, … within 5 business days"). */
const BEFORE_FROM = new Set(
  words(
    `after following nach tras después despues après apres na após apos depois dopo once sobald vez zodra dès appena po efter etter jälkeen`
  )
)
/** "eine Woche danach", "a week afterwards": after the event the mail just named. */
const AFTER_IT = new Set(words(`afterwards afterward thereafter danach daarna ensuite después despues depois dopo`))

/** "following", "suivent", "siguientes", "seguintes", "successivi": the days that follow, said last. */
const FOLLOWING_IT = new Set(words(`following suivent suivants suivantes siguientes seguintes successivi`))
/** "moved", "postponed", "verschoben", "aplazada", "reportée", "verplaatst", "adiada", "rinviata": the event has a new day. */
const MOVED = new Set(
  words(
    `moved postponed rescheduled pushed verschoben verlegt aplazada aplazado pospuesta pospuesto trasladada trasladado reportée reporté reportées décalée décalé verplaatst uitgesteld adiada adiado remarcada remarcado rinviata rinviato spostata spostato posticipata posticipato`
  )
)
/** "It", "this", "es", "elle", "ella", "dit", "ela", "esso": a sentence about the thing the sentence before named. */
const IT = new Set(words(`it this es sie er elle il ella él dit het deze ze ela ele essa esso questa questo`))

/** "once", "when", "sobald", "wenn", "cuando", "quando", "dès", "zodra", "appena" before what they receive. */
const ONCE = new Set(words(`once when sobald wenn cuando quando dès zodra appena`))
/** Having the candidate's work in hand: "once we have it", "sobald wir sie haben", "cuando la recibamos", "dès réception". */
const RECEIVE = new Set(
  words(
    `have receive received get haben erhalten bekommen tengamos recibamos tenga reciba recevrons aurons reçu ontvangen hebben tivermos recebermos riceviamo avremo ricevuto`
  )
)
const IT_BACK = new Set(words(`it them sie es la lo las los l het ze la lo li le`))
/** "the result of the interview", "le résultat de l'entretien", "das Ergebnis des Gesprächs", "esito del colloquio". */
const RESULT_OF = new Set(
  words(`result results outcome feedback decision ergebnis resultado resultados résultat résultats uitslag resultaat esito risultato`)
)

/**
 * "Once we have it, … within a week": counted from the candidate's handing in (the limit the mail named before);
 * "the result of the discussion … within 3 working days": from the event named.
 */
function receivedOrResultOf(tokens: readonly string[], at: number): string | undefined {
  for (let j = 0; j < at; j++) {
    if (ONCE.has(tokens[j]) && anyIn(RECEIVE, tokens, j + 1, j + 4) && anyIn(IT_BACK, tokens, j + 1, j + 5)) return 'handed in'
    if (RESULT_OF.has(tokens[j]) && FROM.has(tokens[j + 1] ?? ''))
      for (const k of [2, 3, 4]) {
        const event = EVENT_OF.get(tokens[j + k] ?? '', tokens[j + k - 1])
        if (event) return event
      }
  }
  return undefined
}

/** What a duration is counted from: an event by kind, 'before' (the day named just before), or nothing (the mail's day). */
export function countedFrom(tokens: readonly string[], mention: Mention): string | undefined {
  const t = tokens[mention.at] ?? ''
  if (!UNITS.has(t) && t !== 'fortnight' && t !== 'quinzaine') return undefined
  // "bis Ende nächster Woche", "até o fim da semana que vem": a calendar week named, not a length of time.
  if (
    CALENDAR_NEXT.has(tokens[mention.at - 1] ?? '') ||
    CALENDAR_NEXT.has(tokens[mention.at + 1] ?? '') ||
    tokens[mention.at + 2] === 'vem'
  )
    return undefined
  const received = receivedOrResultOf(tokens, mention.at)
  if (received !== undefined) return received
  // "after the closing date, within two weeks", "nach Ablauf der Frist innerhalb von vier Wochen": the event before it.
  // …and an opening clause governs the whole sentence ("Once the deadline has passed, the team will review … within 5 days").
  for (let j = 0; j < mention.at - 1; j++) {
    if ((j > 1 && j < mention.at - 13) || !BEFORE_FROM.has(tokens[j])) continue
    for (const k of [1, 2, 3]) {
      const event = EVENT_OF.get(tokens[j + k] ?? '', tokens[j + k - 1])
      if (event && j + k < mention.at) return event
      // "Nach dem Tag sag ich Ihnen innerhalb einer Woche…", "after that day": the day the mail named for it.
      if (k === 2 && DAY_NOUNS.has(tokens[j + k] ?? '') && j + k < mention.at) return `that ${tokens[j + k]}`
    }
  }
  for (let j = mention.at + 1; j <= Math.min(tokens.length - 1, mention.at + 6); j++) {
    if (AFTER_IT.has(tokens[j])) return 'before'
    if (!FROM.has(tokens[j])) continue
    // "(it meets on 18 November) and you will hear within a week of that": the day named just before.
    if (tokens[j] === 'of' && tokens[j + 1] === 'that' && j + 2 === tokens.length) return 'before'
    // "(L'entretien a lieu le mardi 10.) … dans les 10 jours qui suivent", "en los diez días siguientes": the day named before.
    if (FOLLOWING_IT.has(tokens[j]) && j + 1 === tokens.length) return 'before'
    // "within 10 working days of that date", "sous dix jours après cette journée": the day named before.
    if (THAT.has(tokens[j + 1] ?? '') && DAY_NOUNS.has(tokens[j + 2] ?? '')) return `that ${tokens[j + 2]}`
    for (const k of [1, 2, 3]) {
      const event = EVENT_OF.get(tokens[j + k] ?? '', tokens[j + k - 1])
      if (event) return event
    }
  }
  return undefined
}

/** A length of time ("2 weeks"), not a numbered calendar week ("week 47", "semaine 47"), which names its days outright. */
const duration = (tokens: readonly string[], at: number): boolean => UNITS.has(tokens[at] ?? '') && !/^\d+$/.test(tokens[at + 1] ?? '')

export interface NamedDays {
  tokens: readonly string[]
  mentions: readonly Mention[]
  /** The sentence names a time of day ("9:30", "14 Uhr", "2pm", "10h"). */
  timed?: boolean
  /** The sentence gives the candidate a limit ("Please confirm by Monday"): its day is no event. */
  limit?: boolean
}

/** A time of day: "9:30", "14.00 Uhr", "2pm", "10 h", "14h30". */
export const TIME_OF_DAY = /\b\d{1,2}(?::\d{2}|\s?(?:am|pm|uhr|h\b|h\d{2}))/i

/**
 * The day of the event: a day named outright (a date or a weekday, not another duration), from the mail's day to four
 * months on, in a sentence that names the event; for 'before', the last such day named up to the sentence `upTo`.
 */
export function eventDay(
  named: readonly NamedDays[],
  event: string,
  upTo: number,
  today: DayNumber,
  datedOnly = false
): DayNumber | undefined {
  // With `datedOnly`, a bare weekday ("thanks for coming in on Tuesday") is no anchor: only a day written as a date.
  // An event the mail names by its kind may have passed ("two to three weeks after the exam date" of an exam held last
  // Saturday): `from` a month back; a day only found near the promise must still be to come.
  const outrightFrom = (s: NamedDays, from: DayNumber): DayNumber[] =>
    s.mentions
      .filter(
        (m) => !duration(s.tokens, m.at) && !(datedOnly && WEEKDAYS.has(s.tokens[m.at] ?? '')) && m.day >= from && m.day <= today + 120
      )
      .map((m) => m.day)
  const outright = (s: NamedDays): DayNumber[] => outrightFrom(s, today + 1)
  if (event.startsWith('that ')) {
    // "après cette journée": the day of the last sentence before that names the same thing ("une journée d'immersion le jeudi 26").
    const noun = event.slice(5)
    for (let i = upTo - 1; i >= 0; i--) {
      if (!named[i].tokens.includes(noun)) continue
      // "einen Tag zur Probearbeit. Vorschlag: Dienstag 3.11. ab 7 Uhr": the day, with its time, just after.
      const after = named[i + 1]
      const days = outright(named[i]).length || !after?.timed || i + 1 >= upTo ? outright(named[i]) : outright(after)
      if (days.length) return Math.max(...days)
    }
    return eventDay(named, 'before', upTo, today)
  }
  // "Send it back by Monday 16 November. Once we have it…": the day the candidate hands it in, their limit named before.
  if (event === 'handed in') {
    for (let i = upTo; i >= 0; i--) {
      const days = named[i].limit ? outright(named[i]) : []
      if (days.length) return Math.max(...days)
    }
    return eventDay(named, 'before', upTo, today)
  }
  if (event === 'before') {
    // "(Assessment day on Wednesday 18 November.) Please confirm by Monday. … by the end of that week": the event's week;
    // the candidate's limit between counts only when no event is named before it.
    for (const skipLimits of [true, false])
      for (let i = upTo; i >= 0; i--) {
        if (skipLimits && named[i].limit) continue
        const days = outright(named[i])
        if (days.length) return Math.max(...days)
      }
    return undefined
  }
  for (let k = 0; k < named.length; k++) {
    const s = named[k]
    if (!s.tokens.some((t, j) => EVENT_OF.get(t, s.tokens[j - 1]) === event)) continue
    // "The next step is a written examination. It will be held on Monday, October 19": the day of the sentence that follows.
    const next = named[k + 1]
    const days = outright(s).length === 0 && next && IT.has(next.tokens[0] ?? '') ? outright(next) : outrightFrom(s, today - 30)
    // "The assessment day has moved from 10 to 17 November", "reportée au mardi 3 novembre": the new day, the later one.
    if (days.length) return s.tokens.some((t) => MOVED.has(t)) ? Math.max(...days) : Math.min(...days)
  }
  // An invitation names its day without calling it "the interview" again ("we expect you on Wednesday 28 October"),
  // mostly with its time ("Día: miércoles 28 de octubre Hora: 9:30"), which a reply-by day has not.
  const timed = named.filter((s) => s.timed).flatMap(outright)
  if (timed.length) return Math.min(...timed)
  // …nor is it the day the candidate is asked to answer by ("Please confirm by Monday"), when another day is named.
  const days = named.filter((s) => !s.limit).flatMap(outright)
  const any = days.length ? days : named.flatMap(outright)
  return any.length ? Math.min(...any) : undefined
}

/**
 * The promised day moved to count from the event's day `from` instead of the mail's: the same number of days, or of
 * business days when the count is one ("dans les trois jours ouvrables qui suivent l'entretien", "w ciągu 3 dni
 * roboczych od rozmowy"), so a count from a Tuesday does not end on a Sunday.
 */
export function countedFromEvent(day: DayNumber, today: DayNumber, from: DayNumber, tokens: readonly string[], at: number): DayNumber {
  const business =
    UNITS.get(tokens[at] ?? '') === 'business_day' || BUSINESS.has(tokens[at + 1] ?? '') || BUSINESS.has(tokens[at - 1] ?? '')
  if (!business) return day + from - today
  let n = 0
  for (let d = today + 1; d <= day; d++) if ((d + 4) % 7 !== 0 && (d + 4) % 7 !== 6) n++
  return addBusinessDays(from, n)
}
