// Over 300 lines: the promised-date grammar for seven languages (relative days, weekdays, weeks, months, holidays, ranges) in one resolver.
/**
 * When a sentence says something will happen, as a calendar day in the writer's own time
 * zone: "by Friday", "early next week", "within two weeks", "innerhalb von 10 Werktagen",
 * "d'ici vendredi", "a metà marzo". A range resolves to its end ("1-2 weeks" is two weeks,
 * "early next week" is its Tuesday). Works on the sentence's tokens: one Map lookup each.
 */
import {
  AFTER,
  AFTER_NEXT,
  AMBIGUOUS_MONTHS,
  AMBIGUOUS_WEEKDAYS,
  BEFORE,
  BUSINESS,
  DAY_AFTER_TOMORROW,
  FILLER,
  HOLIDAYS,
  MONTHS,
  NEW,
  NEXT,
  NUMBERS,
  PARTS,
  PAST,
  SUMMER,
  THIS,
  TODAY,
  TOMORROW,
  UNITS,
  WEEKDAYS,
  WEEKEND,
  WEEK_WORDS,
  YEAR,
  type Part
} from './words'
import {
  EASTER,
  PENTECOST,
  QUARTER_WORDS,
  aroundEaster,
  aroundHalfTerm,
  aroundPentecost,
  endOfQuarter,
  endOfTerm,
  quarterAt
} from './seasons'
import { anyIn, anyOf } from './token-sets'
import { addBusinessDays, holidayCountry, type Country } from './public-holidays'
import { dayRangeEnd, daysThatFollow } from './day-ranges'
import { weekdayOfThatWeek } from './week-named'
import { HOLIDAY_NAMES, aroundNamedHoliday, holidayDay } from './named-holidays'
import { identityCard } from './words-pl-sv'
import { NORDIC_CALENDAR_WEEK, NORDIC_SINGULAR_WEEK_MONTH, NORDIC_WITHIN, PART_AFTER } from './words-nordic'
import { nextBankHoliday } from './bank-holidays'
import { DAY_MS, dayOf, nthWeekday, weekdayOf, type DayNumber } from './day-number'

/** "at the start of next month", "Anfang Januar", "début décembre": its first week, by the 7th; "early December" by the 10th. */
const START = new Set([
  'start',
  'beginning',
  'anfang',
  'beginn',
  'début',
  'debut',
  'begin',
  'início',
  'inicio',
  'inizio',
  'principio',
  'principios',
  'comienzo',
  'começo',
  'comeco'
])
const earlyIn = (tokens: readonly string[], i: number): number => {
  for (let j = Math.max(0, i - 4); j < i; j++) if (START.has(tokens[j])) return 7
  return 10
}
/** …its first week ends on a working day: "at the start of February" (the 7th a Sunday) is Friday the 5th. */
const earlyDay = (year: number, month: number, tokens: readonly string[], i: number): DayNumber => {
  const day = dayOf(year, month, earlyIn(tokens, i))
  const weekday = weekdayOf(day)
  return earlyIn(tokens, i) === 7 && (weekday === 0 || weekday === 6) ? day - (weekday === 6 ? 1 : 2) : day
}
const MONTHS_SET: ReadonlySet<string> = new Set(MONTHS.keys())
const WEEKDAYS_SET: ReadonlySet<string> = new Set([...WEEKDAYS.keys()].filter((w) => !AMBIGUOUS_WEEKDAYS.has(w)))

export type { DayNumber } from './day-number'
export { dayOf, weekdayOf }
const mondayOf = (day: DayNumber): DayNumber => day - ((weekdayOf(day) + 6) % 7)
const ymd = (day: DayNumber) => {
  const d = new Date(day * DAY_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() }
}
const lastOfMonth = (year: number, month: number): DayNumber => dayOf(year, month + 1, 0)
/** The month's last Friday: its last working week ends then. */
const lastFridayOf = (year: number, month: number): DayNumber => {
  const last = lastOfMonth(year, month)
  return last - ((weekdayOf(last) + 2) % 7)
}
/** The Friday of a month's first week: the week holding the 1st, or the next one when the 1st is a Saturday or Sunday. */
const firstFridayOf = (year: number, month: number): DayNumber => {
  const friday = mondayOf(dayOf(year, month, 1)) + 4
  return friday < dayOf(year, month, 1) ? friday + 7 : friday
}
export const isoDay = (day: DayNumber): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** The calendar day of an instant seen from a UTC offset (minutes east). */
export function localDay(instant: string, offsetMinutes = 0): DayNumber {
  return Math.floor((Date.parse(instant) + offsetMinutes * 60_000) / DAY_MS)
}

/** Tokens of a sentence: lower case, letters and digits only. */
export function tokensOf(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '')
}

const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|er|e|º|ª|°)?$/
const DIGITS = /^\d+$/
const ENGLISH_ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/
const OR = new Set(['or', 'oder', 'o', 'ou', 'of', 'to', 'bis', 'a', 'à', 'tot', 'e'])
const MONTH_CUES = new Set([
  'in',
  'by',
  'until',
  'till',
  'before',
  'of',
  'im',
  'bis',
  'vor',
  'en',
  'hasta',
  'antes',
  'de',
  'del',
  'd',
  'au',
  'avant',
  'jusqu',
  'begin',
  'eind',
  'em',
  'até',
  'ate',
  'entro',
  'di',
  'a',
  'tot',
  'vóór',
  'voor',
  'uiterlijk',
  'during',
  'courant',
  'around',
  'courant',
  'durant',
  'durante',
  'corso',
  'loop',
  'early',
  'mid',
  'late',
  'end',
  // Danish and Norwegian "i begyndelsen af december", "innen utgangen av november".
  'af',
  'av',
  'inden',
  'innen'
])
const WEEKDAY_CUES = new Set([
  'a',
  'à',
  'ao',
  'pela',
  'desta',
  'dessa',
  'by',
  'on',
  'until',
  'till',
  'before',
  'this',
  'next',
  'coming',
  'até',
  'ate',
  'na',
  'no',
  'próxima',
  'proxima',
  'nesta',
  'esta'
])
const SINGULAR_WEEK_MONTH = new Set([
  'week',
  'woche',
  'semana',
  'semaine',
  'settimana',
  'folgewoche',
  'month',
  'monat',
  'monats',
  'mes',
  'mois',
  'maand',
  'mês',
  'mese',
  'vecka',
  'veckan',
  'tydzień',
  'tygodniu',
  'tygodnia',
  'månad',
  'månaden',
  'miesiąc',
  'miesiącu',
  ...NORDIC_SINGULAR_WEEK_MONTH
])
const WITHIN = new Set([
  'ici',
  'tra',
  'fra',
  'over',
  'até',
  'ate',
  'hasta',
  'bis',
  'nei',
  'nos',
  'within',
  'in',
  'next',
  'innerhalb',
  'binnen',
  'dentro',
  'en',
  'sous',
  'dans',
  'entro',
  'em',
  'nas',
  'nelle',
  'nächsten',
  'próximas',
  'prochaines',
  'komende',
  'prossime',
  ...NORDIC_WITHIN
])
/** "you have", "Sie haben", "masz", "tienes", "você tem": the hours that follow are a limit. */
const HAVE_HOURS = new Set(['have', 'hast', 'haben', 'habt', 'avez', 'hebt', 'hai', 'tienes', 'tem', 'masz', 'macie', 'har'])
const SINGULAR_DAY = new Set(['day', 'tag', 'día', 'dia', 'jour', 'dag', 'giorno'])
/** Polish singular genitives: "w ciągu tygodnia/miesiąca/dnia" is within one of them. */
const ONE_POLISH = new Set(['tygodnia', 'miesiąca', 'dnia'])
/** Halves of a month: "first half", "primeira quinzena", "première quinzaine", "primera quincena", "prima quindicina". */
const HALF_MONTH = new Set(['half', 'hälfte', 'quinzena', 'quinzaine', 'quincena', 'quindicina', 'helft'])
/** Month names shortened in French, Spanish, Italian, Dutch, Portuguese and German, read only beside a day number. */
const SHORT_MONTHS = new Set([
  'janv',
  'févr',
  'fevr',
  'avr',
  'juil',
  'déc',
  'ene',
  'abr',
  'dic',
  'gen',
  'giu',
  'lug',
  'ott',
  'mrt',
  'okt',
  'fev',
  'dez',
  'jän'
])
/** Two weeks in one word: "within a fortnight", "sous quinzaine". */
const FORTNIGHT = new Map([
  ['fortnight', 14],
  ['quinzaine', 14],
  ['huitaine', 7]
])
/** The month's end in one word: "bis Monatsende", "voor het maandeinde". */
const MONTH_END = new Set(['monatsende', 'maandeinde', 'fim-do-mês', 'fin-de-mois'])
/** "the first week of December", "la primera semana de diciembre". */
const FIRST = new Set(['first', 'erste', 'ersten', 'primera', 'première', 'premiere', 'eerste', 'primeira', 'prima'])
/** "the second week of January", "la dernière semaine de novembre"; LAST is the week holding the month's last day. */
const LAST = 99
const NTH_WEEK = new Map<string, number>([
  ...['second', 'zweite', 'zweiten', 'segunda', 'deuxième', 'deuxieme', 'seconde', 'tweede', 'seconda'].map((w) => [w, 2] as const),
  ...['third', 'dritte', 'dritten', 'tercera', 'troisième', 'troisieme', 'derde', 'terceira', 'terza'].map((w) => [w, 3] as const),
  ...['fourth', 'vierte', 'vierten', 'cuarta', 'quatrième', 'quatrieme', 'vierde', 'quarta'].map((w) => [w, 4] as const),
  ...['last', 'letzte', 'letzten', 'última', 'ultima', 'dernière', 'derniere', 'laatste'].map((w) => [w, LAST] as const)
])
/** Words for a numbered calendar week: "KW 48", "Kalenderwoche 48", "week 48", "semaine 48", "settimana 48". */
const CALENDAR_WEEK = new Set([
  ...['kw', 'kalenderwoche', 'week', 'woche', 'semaine', 'semana', 'settimana', 'vecka', 'tydzień', 'tygodniu'],
  ...NORDIC_CALENDAR_WEEK
])
const KW_JOINED = /^kw(\d{1,2})$/

/** A numbered calendar week at token i, and the last token it spans. */
/** Before a low week number: "in week 4", "en semaine 4", "courant semaine 4", "na semana 4", "nella settimana 4". */
const IN_WEEK = new Set(['in', 'en', 'courant', 'during', 'durante', 'na', 'em', 'nella', 'dans'])
/** After it: "week 2 of the onboarding", "semaine 2 de la formation": a week counted in something else. */
const OF_SOMETHING = new Set(['of', 'de', 'du', 'des', 'der', 'des', 'di', 'del', 'della', 'da', 'do', 'van'])
/** A person after that "of": Dutch "of u/je/we…" (whether), "van ons/mij" (from us), not a thing the week is counted in. */
const PRONOUN_AFTER_OF = new Set(['u', 'je', 'jij', 'we', 'wij', 'ze', 'zij', 'hij', 'ik', 'ons', 'mij', 'me', 'jullie'])
function calendarWeekAt(tokens: readonly string[], i: number): { week: number; end: number; start: number } | undefined {
  const joined = KW_JOINED.exec(tokens[i])
  if (joined) return Number(joined[1]) >= 1 && Number(joined[1]) <= 53 ? { week: Number(joined[1]), end: i, start: i } : undefined
  if (!CALENDAR_WEEK.has(tokens[i])) return undefined
  // German writes the number first, as an ordinal: "in der 45. Kalenderwoche", "bis zur 48. KW".
  const first = tokens[i - 1] ?? ''
  if ((tokens[i] === 'kalenderwoche' || tokens[i] === 'kw') && DIGITS.test(first) && Number(first) >= 1 && Number(first) <= 53)
    return { week: Number(first), end: i, start: i - 1 }
  const n = tokens[i + 1]
  if (n === undefined || !DIGITS.test(n) || Number(n) < 1 || Number(n) > 53) return undefined
  // "week 2 of the onboarding", "the week 14 December": a number that counts something else, or a date.
  // …but Dutch "week 46 of u …" (whether you…) and "week 47 van ons" (from us) name the week itself.
  const of = OF_SOMETHING.has(tokens[i + 2] ?? '') && !PRONOUN_AFTER_OF.has(tokens[i + 3] ?? '')
  if (UNITS.has(tokens[i + 2] ?? '') || MONTHS.has(tokens[i + 2] ?? '') || of) return undefined
  // Plain "week 48" only where weeks are numbered ("in week 48", "courant semaine 4", "KW"), never "2 week" or "the week 48 people…".
  if (tokens[i] !== 'kw' && tokens[i] !== 'kalenderwoche' && Number(n) < 10 && !IN_WEEK.has(tokens[i - 1] ?? '')) return undefined
  return { week: Number(n), end: i + 1, start: i }
}

/** "once the holidays are over", "wenn die Feiertage vorbei sind". */
const OVER = new Set(['over', 'vorbei', 'passées', 'passees', 'passate', 'terminadas', 'voorbij', 'acabarem', 'terminarem'])
const CHRISTMAS = new Set([
  'christmas',
  'xmas',
  'weihnachten',
  'navidad',
  'navidades',
  'noël',
  'noel',
  'kerst',
  'kerstmis',
  'natal',
  'natale'
])
const ARTICLE = new Set(['il', 'el', 'le', 'lo', 'o', 'the'])
/** "vendredi le 30", "viernes el 30": the article between a weekday and its day number. */
const WEEKDAY_THE = new Set(['le', 'el', 'il'])
/** "en torno al 20", "por volta do 20", "autour du 20": the article joined to its preposition. */
const AROUND_THE = new Set(['al', 'ao', 'do', 'du', 'au', 'del', 'dal'])
/** A break from work or school, said beside Christmas: "the Christmas break", "les vacances de Noël", "le vacanze di Natale". */
const BREAK_WORDS = new Set(['break', 'vacances', 'vakantie', 'ferien', 'vacanze', 'vacaciones', 'férias', 'ferias'])
/** The break and Christmas in one word: "kerstvakantie", "Weihnachtsferien". */
const CHRISTMAS_BREAK = new Set(['kerstvakantie', 'weihnachtsferien'])
/** The new year's words after Christmas: "New Year", "Nouvel An", "Año Nuevo", "Capodanno", "oud en nieuw", "Silvester". */
const NEW_YEAR = new Set([
  'year',
  'years',
  'an',
  'año',
  'ano',
  'capodanno',
  'nieuw',
  'nieuwjaar',
  'silvester',
  'neujahr',
  'réveillon',
  'nyår',
  'nytår'
])
const LIMIT_BEFORE_DAY = new Set([
  'entro',
  'tardar',
  'hasta',
  'ici',
  'até',
  'ate',
  'until',
  'by',
  'before',
  'avant',
  'antes',
  'prima',
  // "au plus tard le 20", "como máximo el 20", "al più tardi il 20".
  'tard',
  'máximo',
  'maximo',
  'tardi'
])
/** "el día 23", "no dia 23", "il giorno 23": a day of the month without its month. */
const DAY_WORDS = new Set(['dia', 'día', 'giorno'])
const MORNING_BEFORE = new Set(['guten', 'am', 'heute', 'jeden', 'diesen', 'la', 'esta', 'cada', 'morgen'])

const HALF = new Set(['half', 'hälfte', 'mitad', 'moitié', 'helft', 'metade', 'metà'])
const SECOND = new Set(['second', 'latter', 'zweite', 'zweiten', 'segunda', 'seconde', 'tweede', 'seconda'])
function partBefore(tokens: readonly string[], i: number, reach = 4): Part | undefined {
  // Finnish says it after: "joulukuun alussa", "ensi viikon lopussa".
  const after = PART_AFTER.get(tokens[i + 1] ?? '')
  if (after) return after
  for (let j = i - 1; j >= Math.max(0, i - reach); j--) {
    // "mi-novembre" is mid-November; Spanish and Italian "mi" further back is "my" or "me".
    if (tokens[j] === 'mi' && j !== i - 1) continue
    // "first thing next week": early in it.
    if (tokens[j] === 'first' && tokens[j + 1] === 'thing') return 'early'
    // "the second half of next week", "die zweite Hälfte", "la seconda metà": its end; "the first half" its start.
    if (HALF.has(tokens[j]) && SECOND.has(tokens[j - 1] ?? '')) return 'late'
    if (HALF.has(tokens[j]) && FIRST.has(tokens[j - 1] ?? '')) return 'early'
    // "en principio", "em princípio": in principle, not the start of anything.
    if ((tokens[j] === 'principio' || tokens[j] === 'princípio') && (tokens[j - 1] === 'en' || tokens[j - 1] === 'em')) continue
    const part = PARTS.get(tokens[j])
    if (part) return part
  }
  return undefined
}
/** Words before a weekday that make it an event still to come: "after/nach/tras … Tuesday", "until Monday", "jeudi prochain". */
const UNTIL = new Set(['until', 'till', 'once', 'bis', 'hasta', 'jusqu', 'fino', 'tot', 'até', 'ate'])
/** An "after" word up to `reach` tokens before token j; Portuguese "na (próxima) terça" is "on", not Dutch "na" (after). */
function afterWordBefore(tokens: readonly string[], j: number, reach: number): boolean {
  for (let k = Math.max(0, j - reach); k < j; k++) {
    if (AFTER.has(tokens[k]) && !(tokens[k] === 'na' && j - k <= 2)) return true
    // Swedish, Danish, Norwegian "efter/etter (intervjun)", Polish "po (rozmowie)"; Italian "un po'" is "a little".
    if (AFTER_NORTH_EAST.has(tokens[k]) && tokens[k - 1] !== 'un') return true
  }
  return false
}
const AFTER_NORTH_EAST = new Set(['efter', 'etter', 'po'])
/** A weekday before token `to` that names an event to come ("Thank you for coming in on Tuesday" names a past one). */
function eventWeekdayBefore(tokens: readonly string[], to: number): boolean {
  for (let j = 0; j < to; j++) {
    if (!WEEKDAYS_SET.has(tokens[j])) continue
    if (afterWordBefore(tokens, j, 6) || anyIn(UNTIL, tokens, j - 6, j) || anyIn(NEXT, tokens, j - 2, j + 3)) return true
  }
  return false
}
/** "(after half term,) which ends/finishes on …". */
const BREAK_ENDS = new Set(['ends', 'end', 'ending', 'finishes', 'finish', 'finishing'])
/** "fim de semana prolongado", "fin de semana largo". */
const LONG = new Set(['prolongado', 'largo', 'long', 'lungo'])
/** A long weekend ("bridge"): Spanish "puente", Italian and Portuguese "ponte", French "pont". */
const BRIDGE = new Set(['puente', 'ponte', 'pont'])
/** Words before "weekend" that mean its end (Friday) rather than the weekend itself. */
const BY_WORDS_DATES = new Set(['by', 'until', 'till'])
const BEFORE_WEEKEND = new Set(['before', 'by', 'vor', 'bis', 'voor', 'avant', 'antes', 'prima'])
const DURING_WEEKEND = new Set(['at', 'over', 'on', 'during', 'am', 'übers', 'tijdens'])

/**
 * "Friday 10.30", "Sunday 23:59", "9h30": a time of day after a weekday; "Mittwoch, 18.11." is a date (a month after the
 * dot, no "Uhr").
 */
function timeOfDay(sentence: string, a: string, b: string): boolean {
  const m = new RegExp(`(?<!\\d)${a}([:.h])${b}(?!\\d)(\\s*(?:uhr|h\\b|hrs|uur|ore|horas|heures|klo))?`, 'i').exec(sentence)
  if (!m) return false
  return m[1] !== '.' || m[2] !== undefined || Number(b) > 12 || Number(b) === 0
}
const NORDIC_UNIT =
  /^(?:uger|uker|ugers|ukers|uge|uke|vecka|veckor|dag|dage|dager|dagar|måned|måneder|månad|månader|hverdage|virkedage|virkedager|arbeidsdager|arbejdsdage)$/
const NORDIC_COUNT = new Map([
  ['to', 2],
  ['par', 2],
  ['en', 1],
  ['ett', 1],
  ['et', 1]
])
/** A length of time with its number ("una semana", "huit jours", "binnen een week", "w ciągu tygodnia"), not "fine settimana". */
const aCount = (tokens: readonly string[], at: number): boolean =>
  UNITS.has(tokens[at] ?? '') &&
  (numberAt(tokens[at - 1]) !== undefined || ONE_POLISH.has(tokens[at] ?? '') || NORDIC_COUNT.has(tokens[at - 1] ?? ''))
/** "einundzwanzig", "eenentwintig": a German or Dutch number from 21 to 39 written as one word. */
const JOINED_NUMBER =
  /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:und|en)(zwanzig|dreißig|twintig|dertig)$/
const numberAt = (token: string | undefined): number | undefined => {
  if (token === undefined) return undefined
  if (DIGITS.test(token)) return Number(token)
  const joined = token.length > 10 ? JOINED_NUMBER.exec(token) : null
  if (joined) return (NUMBERS.get(joined[2]) ?? 0) + (NUMBERS.get(joined[1] === 'ein' ? 'eins' : joined[1]) ?? NUMBERS.get(joined[1]) ?? 0)
  return NUMBERS.get(token)
}
/**
 * "the day after", "al día siguiente", "am Tag danach", "de dag erna", "il giorno dopo", "no dia seguinte"; before the
 * event: "am Tag nach der Sitzung", "el día después de la reunión", "de dag na de vergadering".
 */
const NEXT_DAY = new Set([
  'after',
  'nach',
  'después',
  'despues',
  'na',
  'siguiente',
  'danach',
  'darauf',
  'erna',
  'daarna',
  'daarop',
  'dopo',
  'seguinte',
  'suivant',
  'successivo',
  'seguente'
])
const THOSE = new Set([
  'those',
  'these',
  'both',
  'diese',
  'diesen',
  'beiden',
  'estos',
  'esos',
  'esas',
  'estas',
  'ces',
  'deze',
  'die',
  'esses',
  'estes',
  'essas',
  'questi',
  'quei',
  'queste'
])
const THE = new Set(['the', 'al', 'el', 'le', 'de', 'il', 'o', 'no', 'am', 'dem', 'on', 'du'])

/** Coming back from a break: "dès la rentrée des vacances", "au retour des congés", "a la vuelta de las vacaciones". */
const BACK_FROM = new Set(['rentrée', 'rentree', 'retour', 'vuelta', 'regreso', 'volta', 'regresso', 'ritorno', 'rientro'])
/** The autumn school break in one word, and the words that make a break or holiday the autumn one. */
const AUTUMN_BREAK = new Set(['herfstvakantie', 'herbstferien', 'toussaint'])
const AUTUMN = new Set(['autumn', 'fall', 'herfst', 'herbst', 'automne', 'otoño', 'outono', 'autunno', 'autunnali', 'autunnale'])
/** The holiday at token i is the autumn break: named so, or a break in a sentence that names it ("na de vakantie"). */
function autumnBreak(tokens: readonly string[], i: number): boolean {
  return AUTUMN_BREAK.has(tokens[i]) || anyIn(AUTUMN, tokens, i - 2, i) || anyOf(AUTUMN_BREAK, tokens)
}
/**
 * The autumn break's last day, its Sunday: the week holding the first Monday of November (Belgium's second week,
 * Bavaria's week); France's Toussaint ends on the first Sunday of November. England's half-term has its own rule.
 * The next one not passed.
 */
function autumnBreakEnd(today: DayNumber, toussaint: boolean): DayNumber {
  const end = (year: number): DayNumber => {
    const first = dayOf(year, 11, 1)
    return toussaint ? first + ((7 - weekdayOf(first)) % 7) : first + ((8 - weekdayOf(first)) % 7) + 6
  }
  const year = ymd(today).year
  return end(year) >= today ? end(year) : end(year + 1)
}

/** The United States' Thanksgiving (the fourth Thursday of November) that has not passed. */
function thanksgiving(today: DayNumber): DayNumber {
  const fourthThursday = (year: number): DayNumber => nthWeekday(year, 11, 4, 4)
  const year = ymd(today).year
  return fourthThursday(year) >= today ? fourthThursday(year) : fourthThursday(year + 1)
}

/** "the first full working week of January": the Friday of the week holding Jan 5. */
function afterNewYear(year: number): DayNumber {
  return mondayOf(dayOf(year, 1, 5)) + 4
}

export interface ResolveContext {
  /** The mail's own calendar day. */
  today: DayNumber
  /** Numeric dates read month first (12/4 is December 4). */
  monthFirst: boolean
  /** The writer's UTC offset (minutes east): with the words' language, whose public holidays business days skip. */
  offsetMinutes?: number
}

/** Every word the resolver below can start a day from (kept beside it, so a sentence without one is skipped at once). */
let DAY_WORDS_ALL: ReadonlySet<string> | undefined
/** The sentence has a digit or a word a day can be read from: most sentences of a mail have none. */
function namesADay(tokens: readonly string[]): boolean {
  DAY_WORDS_ALL ??= new Set([
    ...WEEKDAYS.keys(),
    ...MONTHS.keys(),
    ...UNITS.keys(),
    ...TODAY,
    ...TOMORROW,
    ...DAY_AFTER_TOMORROW,
    ...HOLIDAYS,
    ...YEAR,
    ...WEEKEND,
    ...BRIDGE,
    ...HOLIDAY_NAMES,
    'wochenhälfte',
    'wochenmitte',
    ...MONTH_END,
    ...FORTNIGHT.keys(),
    ...EASTER,
    ...PENTECOST,
    ...HALF_MONTH,
    ...CALENDAR_WEEK,
    ...QUARTER_WORDS,
    'half',
    'term',
    'thanksgiving',
    'herfstvakantie',
    'herbstferien',
    'toussaint',
    'break',
    'lendemain',
    'jahren',
    'eow',
    'eom'
  ])
  for (const t of tokens) {
    const c = t.charCodeAt(0)
    if (
      (c >= 48 && c <= 57) ||
      DAY_WORDS_ALL.has(t) ||
      t.endsWith('woche') ||
      (c === 113 && t.length === 2) ||
      (c === 107 && t.startsWith('kw'))
    )
      return true
  }
  return false
}

/** A day a sentence names, and the token it was read at. */
export interface Mention {
  day: DayNumber
  at: number
  /**
   * Counted from a day the mail named before this sentence, not from the mail's day: "(the interview is on the 12th.)
   * We'll let you know the following Monday", "eine Rückmeldung erhalten Sie in der Woche darauf".
   */
  relative?: Relative
  /** The event a wait starts after ("tras la entrevista del martes 10, … en una semana"): an anchor, not the promise. */
  after?: true
  /** Already counted from a day the sentence names ("the day after the meeting on Monday, November 16"): never again. */
  anchored?: true
}

/** A weekday after a day named earlier, or the working week after it (its Friday). */
export type Relative =
  | { weekday: number }
  /** `dated`: counted only from a day written as a date ("Thursday 19 November"), never a bare weekday ("thanks for Tuesday"). */
  | { weekAfter: true; within?: number; dated?: true; calendar?: true }
  | { days: number }
  /** `near`: anchored only on a day named before within the next two weeks ("the week" of a trial day next Monday). */
  | { weekOf: number; dated?: true; near?: true }

/** The day a relative mention names, counted from `anchor`. */
export function fromAnchor(relative: Relative, anchor: DayNumber): DayNumber {
  if ('weekday' in relative) return anchor + ((relative.weekday - weekdayOf(anchor) + 7) % 7 || 7)
  if ('days' in relative) return anchor + relative.days
  // "(until Sunday, so) early in the week": after a weekend day, the week that starts after it.
  if ('weekOf' in relative) {
    const weekend = weekdayOf(anchor) === 0 || weekdayOf(anchor) === 6
    return weekend ? mondayOf(anchor) + 7 + relative.weekOf : Math.max(anchor, mondayOf(anchor) + relative.weekOf)
  }
  // "mid the following week": a part of the calendar week after the event's.
  if (relative.within !== undefined) return mondayOf(anchor) + 7 + relative.within
  // "the week that follows the exam (Tuesday 3 November)": the seven days after it, which end in the next calendar week
  // whichever way it is read; after a weekend day (a break that ends on Sunday), the next working week's Friday.
  // "(the board meets on the 12th.) Na semana seguinte…", "the following week": the next calendar week, to its Friday.
  const weekday = weekdayOf(anchor)
  return weekday === 0 || weekday === 6 || 'calendar' in relative ? mondayOf(anchor) + 11 : anchor + 7
}

/** "the 4th floor", "the 2nd round", "the 3rd candidate": an ordinal that counts something, not a day of the month. */
const COUNTED_THINGS = new Set([
  'floor',
  'floors',
  'street',
  'avenue',
  'round',
  'stage',
  'interview',
  'candidate',
  'time',
  'year',
  'grade',
  'place',
  'edition',
  'shift'
])
const WEEK_OF = new Set(['of', 'du', 'del', 'vom', 'van', 'do', 'della', 'dal', 'de'])
/** "this coming Thursday", "kommenden Dienstag", "komende dinsdag": the weekday's nearest day to come. */
const UPCOMING = new Set(['coming', 'kommenden', 'kommende', 'komende'])
/** "by the end of the quarter", "this quarter", "fin du trimestre": the quarter we are in; "next quarter" the one after. */
function quarterOfNow(tokens: readonly string[], i: number, month: number): number | undefined {
  if (!QUARTER_WORDS.has(tokens[i])) return undefined
  const current = Math.ceil(month / 3)
  if (anyIn(NEXT, tokens, i - 2, i) || NEXT.has(tokens[i + 1] ?? '')) return current + 1
  return anyIn(THIS, tokens, i - 2, i) || partBefore(tokens, i, 4) === 'late' ? current : undefined
}
/** "the following Monday", "am darauffolgenden Montag", "le lundi suivant", "el lunes siguiente", "na segunda-feira seguinte". */
const FOLLOWING = new Set([
  'following',
  'darauffolgenden',
  'darauffolgende',
  'folgenden',
  'suivant',
  'suivante',
  'siguiente',
  'seguinte',
  'successivo',
  'successiva',
  'daaropvolgende'
])
/** "within", "entro", "innerhalb", "binnen", "dentro" before "the week"/"the month" said plainly: by its end. */
const WITHIN_THE = new Set(['within', 'entro', 'innerhalb', 'binnen', 'dentro', 'endéans', 'endeans'])
const THE_PLAIN = new Set([
  'the',
  'la',
  'il',
  'der',
  'des',
  'dem',
  'de',
  'el',
  'le',
  'o',
  'a',
  'het',
  'del',
  'du',
  'da',
  'do',
  'della',
  'dello'
])
const wholeOf = (tokens: readonly string[], i: number): boolean =>
  // …not "dans le courant du mois de janvier", whose month is named.
  !MONTHS.has(tokens[i + 1] ?? '') &&
  !MONTHS.has(tokens[i + 2] ?? '') &&
  (anyIn(THROUGHOUT, tokens, i - 4, i) ||
    // "dans le courant du mois" ("courant novembre" names the month itself).
    (tokens[i - 3] === 'le' && tokens[i - 2] === 'courant') ||
    (WITHIN_THE.has(tokens[i - 2] ?? '') && THE_PLAIN.has(tokens[i - 1] ?? '')) ||
    (tokens[i - 3] === 'dentro' && tokens[i - 2] === 'de' && THE_PLAIN.has(tokens[i - 1] ?? '')) ||
    (tokens[i] === 'settimana' && tokens[i - 1] === 'in'))
/** "the week", "der Woche", "la semaine", "la semana", "da semana", "della settimana", "de week": the week, said plainly. */
const THE_WEEK = new Set(['the', 'der', 'la', 'da', 'della', 'de'])
/** "la semana siguiente", "na semana seguinte", "la semaine suivante": the calendar week after, unless "… a la entrevista". */
const NEXT_WEEK_ADJECTIVE = new Set(['siguiente', 'seguinte', 'suivante', 'successiva', 'after'])
const OF_EVENT = new Set(['a', 'à', 'al', 'ao', 'à', 'après', 'apres', 'de', 'del', 'da', 'do', 'du', 'alla', 'al'])
/** "over the course of", "im Laufe", "a lo largo de", "au cours de", "nel corso di", "no decorrer de", "in de loop van". */
const THROUGHOUT = new Set(['course', 'laufe', 'largo', 'cours', 'corso', 'decorrer', 'loop', 'throughout'])
/** "the week after (the 13th)", "in der Woche nach KW 46", "la semaine suivant l'entretien", "in de week na", "in der Woche darauf". */
const WEEK_AFTER = new Set([
  'after',
  'därpå',
  'efter',
  'danach',
  'following',
  'nach',
  'darauf',
  'daarop',
  'daarna',
  'na',
  'suivant',
  'suivante',
  'après',
  'apres',
  'siguiente',
  'después',
  'despues',
  'seguinte',
  'após',
  'apos',
  'depois',
  'dopo',
  'successiva',
  // Said loosely: "in der Woche drauf", "de week erop".
  'drauf',
  'erop'
])
const MONTH_ENDS = new Set([
  'acabe',
  'acaba',
  'termine',
  'termina',
  'acabar',
  'terminar',
  'finisca',
  'finisce',
  'endet',
  'ends',
  'out',
  'over',
  'termine',
  'acabe'
])
/** "early", "earlier", "früher", "plus tôt", "eerder", "antes", "prima", "mais cedo" right after a length of time: a shift. */
const SHIFTED = new Set(['early', 'earlier', 'ahead', 'sooner', 'früher', 'eher', 'eerder', 'antes', 'prima', 'plus tôt', 'mais cedo'])
/** "next week end", "this week end", "coming week end". */
const WEEK_END_OF = new Set(['next', 'this', 'coming'])
/** "same", "selben", "gleichen", "mismo", "dezelfde", "zelfde", "stesso", "mesmo" just before "day". */
const SAME_DAY = new Set(['same', 'selben', 'gleichen', 'mismo', 'dezelfde', 'zelfde', 'stesso', 'mesmo'])
/** "dann", "then", "entonces", "alors", "dan", "então", "poi": after the event just named. */
const THEN = new Set(['then', 'dann', 'danach', 'entonces', 'alors', 'dan', 'então', 'entao', 'poi', 'foulée'])
/** "by the end of that week" (the week just named). */
const THAT = new Set([
  'that',
  'same',
  'jener',
  'derselben',
  'selben',
  'esa',
  'misma',
  'même',
  'meme',
  'die',
  'dezelfde',
  'essa',
  'mesma',
  'dessa',
  'daquela',
  'quella',
  'stessa',
  'nessa',
  'naquela',
  'jene'
])
/** "between the 23rd and the 27th", "zwischen dem 7. und 11.": a range, which resolves to its end. */
export const BETWEEN = new Set(['between', 'zwischen', 'entre', 'tussen'])

/** Every day a sentence names, in order of appearance. */
export function daysNamed(sentence: string, tokens: readonly string[], ctx: ResolveContext): Mention[] {
  const out: Mention[] = []
  if (!namesADay(tokens)) return out
  const { today } = ctx
  const now = ymd(today)
  /** Where a numeric date stands among the tokens (its mention keeps `at` at the sentence's end, as before). */
  const numericAt = new Map<Mention, number>()
  const days = {
    push: (day: DayNumber, charAt?: number) => {
      const mention = { day, at: current }
      out.push(mention)
      if (charAt !== undefined) numericAt.set(mention, tokensOf(sentence.slice(0, charAt)).length)
    }
  }
  let current = 0
  let skipMonthAt = -1
  /** "after half term, which ends on 13 November": where the words naming the break's own end stand. */
  let breakEndAt = -1
  const anchored: { quantity: number; unit: string; business: boolean; country?: Country; at: number }[] = []
  const relatives: { at: number; relative: Relative }[] = []
  for (let i = 0; i < tokens.length; i++) {
    current = i
    const t = tokens[i]
    if ((t === 'fim' || t === 'fin') && tokens[i + 1] === 'de' && tokens[i + 2] === 'semana' && anyIn(AFTER, tokens, i - 3, i)) {
      // "após o fim de semana (prolongado)", "después del fin de semana": the weekend, so the Monday after it (the
      // Tuesday after a long one), not the end of the week.
      const friday = mondayOf(today) + 4
      const long = LONG.has(tokens[i + 3] ?? '')
      days.push((friday < today ? friday + 7 : friday) + (long ? 4 : 3))
      i += long ? 3 : 2
      continue
    }
    if (t === 'wochenhälfte' || t === 'wochenmitte') {
      // "in der zweiten Wochenhälfte", "zur Wochenmitte": a part of this week, of next week ("der nächsten"), or of the
      // week of an event named before ("am Montag … dann in der zweiten Wochenhälfte").
      const within = t === 'wochenmitte' ? 2 : SECOND.has(tokens[i - 1] ?? '') ? 4 : FIRST.has(tokens[i - 1] ?? '') ? 1 : 2
      if (anyIn(NEXT, tokens, i - 3, i + 3)) days.push(mondayOf(today) + 7 + within)
      else if (anyIn(THEN, tokens, i - 5, i) || eventWeekdayBefore(tokens, i)) relatives.push({ at: i, relative: { weekOf: within } })
      else days.push(mondayOf(today) + within >= today ? mondayOf(today) + within : mondayOf(today) + 7 + within)
      continue
    }
    const fortnight = FORTNIGHT.get(t)
    if (fortnight !== undefined) {
      if (!anyIn(MONTHS_SET, tokens, i + 1, i + 4)) days.push(today + fortnight)
      // "une quinzaine de jours", "une huitaine de jours": the days are the same span.
      if ((tokens[i + 1] === 'de' || tokens[i + 1] === 'd') && UNITS.get(tokens[i + 2] ?? '') === 'day') i += 2
      continue
    }
    const quarter =
      (t.length === 2 && t.charCodeAt(0) === 113) || t.length > 6 ? (quarterAt(tokens, i) ?? quarterOfNow(tokens, i, now.month)) : undefined
    if (quarter !== undefined) {
      days.push(endOfQuarter(today, now.year, quarter, tokens, i))
      continue
    }
    if (EASTER.has(t)) {
      const after = anyIn(AFTER, tokens, i - 4, i) || anyIn(OVER, tokens, i + 1, i + 4)
      if (after || anyIn(BEFORE, tokens, i - 4, i)) days.push(aroundEaster(today, now.year, after, tokens, i))
      continue
    }
    if (PENTECOST.has(t)) {
      const after = anyIn(AFTER, tokens, i - 4, i) || anyIn(OVER, tokens, i + 1, i + 4)
      if (after || anyIn(BEFORE, tokens, i - 4, i)) days.push(aroundPentecost(today, now.year, after))
      continue
    }
    if (t === 'half' && (tokens[i + 1] === 'term' || tokens[i + 1] === 'terms')) {
      const after = anyIn(AFTER, tokens, i - 4, i)
      const ends = after ? tokens.findIndex((w, j) => j > i + 1 && j <= i + 6 && BREAK_ENDS.has(w)) : -1
      if (ends >= 0) breakEndAt = ends
      else if (after || anyIn(BEFORE, tokens, i - 4, i) || anyIn(BY_WORDS_DATES, tokens, i - 3, i)) {
        // "in the week after half-term" is the first week back, which "after half term" already is: not a week more.
        const weekAfter = after ? relatives.findIndex((r) => r.at >= i - 4 && 'weekAfter' in r.relative) : -1
        if (weekAfter >= 0) relatives.splice(weekAfter, 1)
        days.push(aroundHalfTerm(today, now.year, after))
      }
      i++
      continue
    }
    // "by the end of term", "before the end of this term": the school term's last day.
    if (t === 'term' && partBefore(tokens, i, 3) === 'late') {
      // "before the end of term on 11 December", "(end of term, 18 December)": the date it names says which day.
      if (anyIn(MONTHS_SET, tokens, i + 1, i + 5)) continue
      days.push(endOfTerm(today, now.year))
      continue
    }
    if (t === 'thanksgiving') {
      // The fourth Thursday of November; "the week after Thanksgiving" counts from it (above), "after" is the next week.
      const day = thanksgiving(today)
      if (relatives.some((r) => r.at >= i - 4 && 'weekAfter' in r.relative)) days.push(day)
      else if (anyIn(AFTER, tokens, i - 3, i)) days.push(mondayOf(day) + 11)
      else if (anyIn(BEFORE, tokens, i - 3, i)) days.push(day - 1)
      else days.push(day)
      continue
    }
    if (MONTH_END.has(t)) {
      const m = now.month - 1 + (anyIn(NEXT, tokens, i - 2, i) ? 1 : 0)
      days.push(lastOfMonth(now.year + Math.floor(m / 12), (m % 12) + 1))
      continue
    }
    // "later the same day", "am selben Tag", "el mismo día", "le jour même", "dezelfde dag", "lo stesso giorno", "no mesmo
    // dia": the day the mail names for the event, not the mail's own.
    if (SINGULAR_DAY.has(t) && (SAME_DAY.has(tokens[i - 1] ?? '') || (t === 'jour' && tokens[i + 1] === 'même'))) {
      relatives.push({ at: i, relative: { days: 0 } })
      continue
    }
    // "the day after (the interview on the 15th)", "le lendemain": a day after a day the mail names.
    // "the following day", "am folgenden Tag", "le jour suivant", "il giorno successivo": the same.
    if (
      t === 'lendemain' ||
      (SINGULAR_DAY.has(t) && THE.has(tokens[i - 1]) && NEXT_DAY.has(tokens[i + 1]) && !TOMORROW.has(tokens[i + 2] ?? '')) ||
      (SINGULAR_DAY.has(t) && FOLLOWING.has(tokens[i - 1]) && THE.has(tokens[i - 2]))
    ) {
      if (FOLLOWING.has(tokens[i - 1])) {
        relatives.push({ at: i, relative: { days: 1 } })
        continue
      }
      relatives.push({ at: i, relative: { days: 1 } })
      if (t !== 'lendemain') i++
      continue
    }
    // "zwischen dem 10. und 14.", "entre el 10 y el 14", "tra il 10 e il 14": a range of days without its month ends on
    // the next day of the second number.
    const rangeEnd = BETWEEN.has(t) || t === 'tra' || t === 'fra' ? dayRangeEnd(tokens, i) : undefined
    if (rangeEnd !== undefined) {
      current = rangeEnd.at
      days.push(nextDayNumbered(now, rangeEnd.day))
      i = rangeEnd.at
      continue
    }
    // "between Christmas and New Year", "entre Noël et le Nouvel An", "tra Natale e Capodanno": the year's last day.
    if ((BETWEEN.has(t) || t === 'tra' || t === 'fra') && now.month >= 10) {
      const k = [i + 1, i + 2].find((j) => CHRISTMAS.has(tokens[j] ?? ''))
      const end = k === undefined ? -1 : tokens.findIndex((w, j) => j > k && j <= k + 5 && NEW_YEAR.has(w))
      if (end > 0) {
        days.push(dayOf(now.year, 12, 31))
        i = end
        continue
      }
    }
    // German "zwischen den Jahren": the days between Christmas and New Year.
    if (t === 'jahren' && tokens[i - 1] === 'den' && tokens[i - 2] === 'zwischen' && now.month >= 10) {
      days.push(dayOf(now.year, 12, 31))
      continue
    }
    const unit = (t === 'week' && tokens[i + 1] === 'end') || identityCard(t, sentence) ? undefined : UNITS.get(t)
    // Indian and some British English "by next week end", "this week end" (two words, so not the weekend): that week's
    // end, its Friday; French "week-end" keeps its hyphen.
    if (t === 'week' && tokens[i + 1] === 'end' && WEEK_END_OF.has(tokens[i - 1] ?? '') && sentence.toLowerCase().includes('week end')) {
      days.push(mondayOf(today) + (tokens[i - 1] === 'this' ? 4 : 11))
      i++
      continue
    }
    if (t === 'week' && tokens[i + 1] === 'end') {
      // "avant le week-end": the Friday.
      const friday = mondayOf(today) + 4
      days.push(friday < today ? friday + 7 : friday)
      i++
      continue
    }
    // German "Ende der ersten Dezemberwoche": the month and its week in one word.
    const monthWeek = !unit && t.endsWith('woche') ? MONTHS.get(t.slice(0, -5)) : undefined
    if (monthWeek !== undefined) {
      const nth = FIRST.has(tokens[i - 1]) ? 1 : (NTH_WEEK.get(tokens[i - 1]) ?? 1)
      const year = monthWeek < now.month ? now.year + 1 : now.year
      days.push(nth === LAST ? lastFridayOf(year, monthWeek) : firstFridayOf(year, monthWeek) + 7 * (nth - 1))
      continue
    }
    // "the first half of December", "la primeira quinzena de dezembro", "la seconde quinzaine de novembre".
    // …but Dutch "ten laatste half november" is "mid-November at the latest".
    if (HALF_MONTH.has(t) && (FIRST.has(tokens[i - 1]) || NTH_WEEK.has(tokens[i - 1])) && tokens[i - 2] !== 'ten') {
      const k = [i + 1, i + 2, i + 3].find((j) => MONTHS.has(tokens[j] ?? ''))
      if (k !== undefined) {
        const month = MONTHS.get(tokens[k]) as number
        const year = month < now.month ? now.year + 1 : now.year
        days.push(FIRST.has(tokens[i - 1]) ? dayOf(year, month, 15) : lastOfMonth(year, month))
        skipMonthAt = k
        i = k
        continue
      }
    }
    const weekOfMonth = unit === 'week' ? (FIRST.has(tokens[i - 1]) ? 1 : NTH_WEEK.get(tokens[i - 1])) : undefined
    if (weekOfMonth !== undefined) {
      // "the first week of December": the Friday of the week holding the 1st (or its first Monday, after a weekend 1st);
      // "the second week of January" a week on;
      // "the last week of November" the month's last Friday.
      const k = [i + 1, i + 2, i + 3].find((j) => MONTHS.has(tokens[j] ?? ''))
      if (k !== undefined) {
        const month = MONTHS.get(tokens[k]) as number
        const year = month < now.month ? now.year + 1 : now.year
        days.push(weekOfMonth === LAST ? lastFridayOf(year, month) : firstFridayOf(year, month) + 7 * (weekOfMonth - 1))
        skipMonthAt = k
        continue
      }
    }
    const calendarWeek = calendarWeekAt(tokens, i)
    if (calendarWeek !== undefined) {
      // "KW 48", "in week 48", "semaine 48": the Friday of that ISO week, this year or, once it has passed, next year.
      const friday = (year: number): DayNumber => mondayOf(dayOf(year, 1, 4)) + 7 * (calendarWeek.week - 1) + 4
      // "Mitte KW 49", "begin week 49": its Wednesday or Tuesday.
      const part = partBefore(tokens, calendarWeek.start, 2)
      const back = part === 'early' ? 3 : part === 'mid' ? 2 : 0
      days.push((friday(now.year) < today - 7 ? friday(now.year + 1) : friday(now.year)) - back)
      i = calendarWeek.end
      continue
    }
    // "day to day", "day by day": every day, not a count of days ("used SAP S/4 day to day").
    if (unit === 'day' && (tokens[i + 1] === 'to' || tokens[i + 1] === 'by') && tokens[i + 2] === t) {
      i += 2
      continue
    }
    if (unit) {
      // "went on leave a week early", "eine Woche früher", "une semaine plus tôt", "een week eerder": how far something
      // moved, no wait from today ("in a week, sooner if we can" keeps its comma).
      const shift = tokens[i + 1] === 'plus' || tokens[i + 1] === 'mais' ? `${tokens[i + 1]} ${tokens[i + 2]}` : (tokens[i + 1] ?? '')
      if (SHIFTED.has(shift) && sentence.toLowerCase().includes(`${t} ${shift}`)) continue
      // A quantity: "2 weeks", "a day or two", "1-2 semanas", "10 Werktagen".
      let j = i - 1
      let business = unit === 'business_day' || BUSINESS.has(tokens[i + 1])
      if (BUSINESS.has(tokens[j])) {
        business = true
        j--
      }
      while (j >= 0 && FILLER.has(tokens[j]) && j >= i - 3) j--
      // Danish and Norwegian "to uger", "to uker", "to dage": "to" is two just before a Nordic unit (English "to" never is).
      // …and "par" a couple there ("de næste par dage", "et par dager"); French "deux fois par semaine" is no count.
      // …and "en/ett/et" one ("inom en vecka", "innen en uke", "inden for en uge").
      const nordic = j === i - 1 && NORDIC_UNIT.test(t) ? NORDIC_COUNT.get(tokens[j]) : undefined
      let quantity = nordic ?? numberAt(tokens[j])
      // "your availability on those two days": which days, not how long.
      if (quantity !== undefined && THOSE.has(tokens[j - 1])) continue
      // "twenty-one days", "vingt et un jours", "vinte e um dias": the tens before the units.
      const tensAt = tokens[j - 1] === 'et' || tokens[j - 1] === 'e' || tokens[j - 1] === 'y' ? j - 2 : j - 1
      const tens = quantity !== undefined && quantity < 10 ? NUMBERS.get(tokens[tensAt] ?? '') : undefined
      if (quantity !== undefined && tens !== undefined && tens >= 20 && tens % 10 === 0) quantity += tens
      if (
        (tokens[j] === 'a' && tokens[j + 1] === 'couple') ||
        (tokens[j] === 'par' && (tokens[j - 1] === 'un' || tokens[j - 1] === 'um')) ||
        (tokens[j] === 'un' && tokens[j + 1] === 'paio')
      )
        quantity = 2
      const orMore = OR.has(tokens[i + 1]) ? numberAt(tokens[i + 2]) : undefined
      if (quantity === undefined && orMore !== undefined && (tokens[i - 1] === 'next' || NUMBERS.get(tokens[i - 1]) === 1)) quantity = 1
      // "dans les jours qui suivent", "in the days that follow", "nei giorni successivi": a few days after the day named
      // before (or, without one, from today).
      if (quantity === undefined && unit === 'day' && !SINGULAR_DAY.has(t) && daysThatFollow(tokens, i)) {
        relatives.push({ at: i, relative: { days: 3 } })
        continue
      }
      // "in the coming days", "in den nächsten Tagen", "nei prossimi giorni": a few.
      // Polish "w ciągu tygodnia", "w ciągu miesiąca": within one (Polish has no "a").
      if (quantity === undefined && tokens[i - 1] === 'ciągu' && ONE_POLISH.has(t)) quantity = 1
      if (quantity === undefined && unit === 'day' && !SINGULAR_DAY.has(t) && (NEXT.has(tokens[i - 1]) || NEXT.has(tokens[i + 1])))
        quantity = 3
      if (
        quantity === undefined &&
        (unit === 'week' || unit === 'month') &&
        !SINGULAR_WEEK_MONTH.has(t) &&
        (NEXT.has(tokens[i - 1]) || NEXT.has(tokens[i + 1]))
      )
        quantity = 3
      if (quantity === undefined && unit === 'day' && SINGULAR_DAY.has(t) && partBefore(tokens, i, 3) === 'late') {
        // "by end of day Tuesday, December 1", "end of day tomorrow": the day named after it says which day's end.
        const which =
          anyIn(WEEKDAYS_SET, tokens, i + 1, i + 3) || anyIn(MONTHS_SET, tokens, i + 1, i + 4) || anyIn(TOMORROW, tokens, i + 1, i + 3)
        if (!which) days.push(today) // "by the end of the day"
        continue
      }
      if (quantity !== undefined) {
        if (orMore !== undefined && orMore > quantity) quantity = orMore
        // "innerhalb von 5 Werktagen", "3 business days" written at UTC-5: the country's public holidays are no business days.
        const country =
          business || unit === 'business_day' ? holidayCountry([tokens[i + 1], t, tokens[i - 1]], ctx.offsetMinutes) : undefined
        // "within 10 working days of the closing date": counted from a date the sentence names, not from today.
        // …"dans les cinq jours ouvrables qui suivent l'entretien": after the qualifier, "that follow" as "of".
        const of = BUSINESS.has(tokens[i + 1]) ? i + 2 : i + 1
        const following = /^(?:qui|que|che)$/.test(tokens[of] ?? '') && /^(?:suivent|siguen|seguem|seguono)$/.test(tokens[of + 1] ?? '')
        if (unit !== 'hour' && (ANCHOR_OF.has(tokens[of]) || following) && anyIn(ANCHOR_NOUNS, tokens, of + 1, of + 6)) {
          anchored.push({ quantity, unit, business, country, at: i })
          continue
        }
        if (anyIn(PAST, tokens, j - 3, j) || tokens[i + 1] === 'ago' || tokens[i + 1] === 'geleden' || tokens[i + 1] === 'fa') continue
        if (quantity > 366 || quantity <= 0) continue
        // "no more than 3-4 hours" is how long, not when: hours count only after "within", "in", "innerhalb"…
        // …or after "you have": "Masz 72 godziny", "you have 48 hours to complete it".
        if (unit === 'hour' && !anyIn(WITHIN, tokens, j - 3, j) && !anyIn(HAVE_HOURS, tokens, j - 3, j)) continue
        if (unit === 'hour') days.push(today + Math.floor(quantity / 24))
        else if (unit === 'day') days.push(business ? addBusinessDays(today, quantity, country) : today + quantity)
        else if (unit === 'business_day') days.push(addBusinessDays(today, quantity, country))
        else if (unit === 'week') days.push(today + 7 * quantity)
        else {
          const m = now.month - 1 + quantity
          const year = now.year + Math.floor(m / 12)
          days.push(Math.min(dayOf(year, (m % 12) + 1, now.date), lastOfMonth(year, (m % 12) + 1)))
        }
        continue
      }
      // "avant la fin du mois de novembre", "a finales del mes de noviembre", "Ende des Monats November": the month named.
      if (unit === 'month' && (MONTHS_SET.has(tokens[i + 1] ?? '') || MONTHS_SET.has(tokens[i + 2] ?? ''))) continue
      if (unit === 'week' || unit === 'month') {
        // A calendar week or month: "next week", "la semaine prochaine", "Ende des Monats".
        const after = anyIn(AFTER_NEXT, tokens, i - 2, i) || (tokens[i + 1] === 'after' && tokens[i + 2] === 'next')
        const next = after || anyIn(NEXT, tokens, i - 3, i) || anyIn(NEXT, tokens, i + 1, i + 3)
        // "antes de que acabe el mes", "before the month is out", "bevor der Monat endet": its end.
        // "by month-end": its end too.
        const part =
          partBefore(tokens, i) ??
          // "im Laufe der Woche", "in the course of the month", "within the week", "entro il mese", "in settimana": all of
          // this week or month, to its end.
          (wholeOf(tokens, i) ? 'late' : undefined) ??
          (anyIn(MONTH_ENDS, tokens, i - 2, i) || anyIn(MONTH_ENDS, tokens, i + 1, i + 3) || (unit === 'month' && tokens[i + 1] === 'end')
            ? 'late'
            : undefined)
        const followingWeek = t === 'folgewoche' || (tokens[i + 1] === 'd' && (tokens[i + 2] === 'après' || tokens[i + 2] === 'apres'))
        if (
          unit === 'week' &&
          !after &&
          (WEEK_AFTER.has(tokens[i + 1]) ||
            (tokens[i + 1] === 'just' && WEEK_AFTER.has(tokens[i + 2])) ||
            // "dans la semaine qui suit", "la semana que sigue", "in der darauffolgenden Woche".
            ((tokens[i + 1] === 'qui' || tokens[i + 1] === 'que') && /^(?:suit|suivra|sigue|segue)$/.test(tokens[i + 2] ?? '')) ||
            // "la semaine d'après", and German "die Folgewoche" in one word.
            followingWeek ||
            // "the following week" is next week, unless it follows an event to come ("after the panel on Wednesday").
            (FOLLOWING.has(tokens[i - 1]) && (tokens[i - 1] !== 'following' || eventWeekdayBefore(tokens, i - 1))))
        ) {
          // "the week after the closing date", "in der Woche nach KW 46", "in der Woche darauf": resolved below; "a finales
          // de la semana siguiente", "Ende der darauffolgenden Woche": that week's Friday, not seven days on.
          // "a lo largo de la semana siguiente", "im Laufe der Woche danach", "au cours de la semaine suivante": all of it.
          const whole = part === undefined && anyIn(THROUGHOUT, tokens, i - 5, i)
          const early = part === 'early' ? 1 : part === 'mid' ? 2 : part === 'late' || whole ? 4 : undefined
          const calendar =
            FOLLOWING.has(tokens[i - 1]) || followingWeek || (NEXT_WEEK_ADJECTIVE.has(tokens[i + 1]) && !OF_EVENT.has(tokens[i + 2] ?? ''))
          relatives.push({
            at: i,
            relative:
              early !== undefined ? { weekAfter: true, within: early } : calendar ? { weekAfter: true, calendar } : { weekAfter: true }
          })
          continue
        }
        const within = part === 'early' ? 1 : part === 'mid' ? 2 : 4
        if (unit === 'week' && tokens[i - 1] === 'following' && !after) {
          // "(The interview is on Thursday 19 November.) … by the end of the following week": the week after a day named
          // before; with none, next week as before.
          relatives.push({ at: i, relative: { weekAfter: true, within, dated: true } })
          continue
        }
        if (unit === 'week' && THAT.has(tokens[i - 1]) && out.length > 0) {
          // "w/c 16 November … by the end of that week": the week of the day just named, which stands for the event only
          // ("na het overleg van dinsdag … eind van die week").
          const anchor = out.reduce((a, m) => (m.day > a.day ? m : a))
          if (WEEKDAYS_SET.has(tokens[anchor.at])) out.splice(out.indexOf(anchor), 1)
          days.push(mondayOf(anchor.day) + within)
          continue
        }
        // "(Nach der Sitzung am Dienstag) melden wir uns Ende der Woche": a part of a week after a weekday named before it.
        const dayBefore = part !== undefined && !anyIn(THIS, tokens, i - 3, i) && eventWeekdayBefore(tokens, i - 1)
        // "je vous donnerai une réponse dans la foulée, au plus tard en fin de semaine": "then" a few words further back.
        const thenOrThat = part ? THAT.has(tokens[i - 1]) || anyIn(THEN, tokens, i - 8, i) || dayBefore : THAT.has(tokens[i - 1])
        if (unit === 'week' && !next && thenOrThat) {
          // "(Probetag am Dienstag.) Ob es passt, sagen wir dir dann am Ende der Woche": the week of the day named before.
          relatives.push({ at: i, relative: { weekOf: within } })
          continue
        }
        const thisOne = anyIn(THIS, tokens, i - 3, i)
        // "(Komm am Montag, 16.11., zum Probetag.) Bescheid kriegst du bis Ende der Woche": "the week", not "this week",
        // is the week of a day the mail named before, when that is near (index.ts anchors it; with none, this week).
        if (unit === 'week' && part === 'late' && !next && !thisOne && out.length === 0 && THE_WEEK.has(tokens[i - 1] ?? '')) {
          relatives.push({ at: i, relative: { weekOf: 4, dated: true, near: true } })
          continue
        }
        if (!next && !thisOne && !part) continue
        // "(dès la rentrée,) la semaine du 2 novembre", "the week of the 16th": the date after it says which week.
        if (unit === 'week' && WEEK_OF.has(tokens[i + 1]) && ORDINAL.test(tokens[THE.has(tokens[i + 2]) ? i + 3 : i + 2] ?? '')) continue
        // "volgende week dinsdag", "lunedì della settimana prossima": the weekday says which day.
        if (unit === 'week' && !part && anyIn(WEEKDAYS_SET, tokens, i - 2, i + 3)) continue
        if (unit === 'week') {
          const monday = mondayOf(today) + (after ? 14 : next ? 7 : 0)
          let day = monday + (part === 'early' ? 1 : part === 'mid' ? 2 : 4)
          // "by the end of this week" written on a Saturday: the week ends today, not in seven days; a bare "mid-week" or
          // "early in the week" whose day has passed is next week's.
          if (day < today) day = !next && !thisOne && part !== 'late' ? day + 7 : today
          days.push(day)
        } else {
          const m = now.month - 1 + (next ? 1 : 0)
          const year = now.year + Math.floor(m / 12)
          const month = (m % 12) + 1
          days.push(
            part === 'early' ? earlyDay(year, month, tokens, i) : part === 'mid' ? dayOf(year, month, 15) : lastOfMonth(year, month)
          )
        }
      }
      continue
    }
    const weekday = WEEKDAYS.get(t)
    if (weekday !== undefined) {
      if (AMBIGUOUS_WEEKDAYS.has(t) && tokens[i + 1] !== 'feira' && !WEEKDAY_CUES.has(tokens[i - 1])) continue
      // "le vendredi de la même semaine", "the Friday of that week", "am Freitag derselben Woche",
      // "na sexta-feira dessa semana": that weekday in the week named before.
      const weekAt = weekdayOfThatWeek(tokens, i)
      if (weekAt !== undefined) {
        relatives.push({ at: i, relative: { weekOf: (weekday + 6) % 7 } })
        i = weekAt
        continue
      }
      // "Friday, December 4": the date says it; "Sunday 23:59" is the Sunday.
      const atTime = DIGITS.test(tokens[i + 2] ?? '') && timeOfDay(sentence, tokens[i + 1] ?? '', tokens[i + 2] ?? '')
      if (MONTHS.has(tokens[i + 1] ?? '') || MONTHS.has(tokens[i + 2] ?? '') || MONTHS.has(tokens[i + 3] ?? '')) continue
      // "na quarta que vem, dia 18", "el jueves que viene, día 19": the day number that follows says which.
      const dayWord = [i + 1, i + 2, i + 3, i + 4].find((k) => DAY_WORDS.has(tokens[k] ?? ''))
      if (dayWord !== undefined && DIGITS.test(tokens[dayWord + 1] ?? '')) continue
      // "até sexta-feira, dia 6 de novembro": the date that follows says it.
      if (tokens[i + 1] === 'feira' && (tokens[i + 2] === 'dia' || MONTHS.has(tokens[i + 4] ?? '') || MONTHS.has(tokens[i + 5] ?? '')))
        continue
      // "Wednesday the 4th" says the date; "el lunes 26", "mercoledì 21": the next day of that number.
      if (tokens[i + 1] === 'the' && ENGLISH_ORDINAL.test(tokens[i + 2] ?? '')) continue
      // "vendredi le 30", "quarta-feira, 11/11", "Friday 30/10": the day number or date after the weekday says which.
      const dateAt = tokens[i + 1] === 'feira' ? i + 2 : i + 1
      if (WEEKDAY_THE.has(tokens[dateAt] ?? '') && DIGITS.test(tokens[dateAt + 1] ?? '') && dateAt + 1 === tokens.length - 1) continue
      const numeric = DIGITS.test(tokens[dateAt] ?? '') && DIGITS.test(tokens[dateAt + 1] ?? '') && /\d[./]\d/.test(sentence)
      if (numeric) {
        const [a, b] = [Number(tokens[dateAt]), Number(tokens[dateAt + 1])]
        const [month, date] = ctx.monthFirst && sentence.includes(`${tokens[dateAt]}/${tokens[dateAt + 1]}`) ? [a, b] : [b, a]
        if (month >= 1 && month <= 12 && date >= 1 && date <= 31) {
          const day = dayOf(now.year, month, date)
          days.push(day < today - 60 ? dayOf(now.year + 1, month, date) : day)
          i = dateAt + 1
          continue
        }
      }
      // Danish and Norwegian "mandag d. 16.11.", "fredag den 20.": the date after "d."/"den" says which.
      const den = (tokens[i + 1] === 'd' || tokens[i + 1] === 'den') && DIGITS.test(tokens[i + 2] ?? '') ? 1 : 0
      const dated = ORDINAL.exec(tokens[i + 1 + den] ?? '')
      if (dated && (!atTime || den === 1)) {
        const n = Number(dated[1])
        if (n >= 1 && n <= 31 && !UNITS.has(tokens[i + 2 + den] ?? '')) days.push(nextDayNumbered(now, n))
        i += 1 + den
        continue
      }
      const after = tokens[tokens[i + 1] === 'feira' ? i + 2 : i + 1]
      // "the following Monday", "the Monday after the panel", "el lunes después de la entrevista", "de maandag na het gesprek".
      const following = FOLLOWING.has(tokens[i - 1]) || FOLLOWING.has(after) || (WEEK_AFTER.has(after) && !NEXT.has(tokens[i + 2] ?? ''))
      if (following && !UNITS.has(tokens[i + 1] ?? '')) relatives.push({ at: i, relative: { weekday } })
      // "last Friday" is past; "vor Freitag" is "before Friday", not "ago".
      if (tokens[i - 1] !== 'vor' && anyIn(PAST, tokens, i - 1, i)) continue
      let delta = (weekday - weekdayOf(today) + 7) % 7
      if (delta === 0) delta = 7
      // "this coming Thursday", "am kommenden Dienstag", "komende dinsdag": the nearest one to come, not next week's.
      const coming = UPCOMING.has(tokens[i - 1])
      const nextWeek =
        (anyIn(NEXT, tokens, i - 2, i) && !coming) ||
        NEXT.has(tokens[i + 1]) ||
        NEXT.has(tokens[tokens[i + 1] === 'feira' ? i + 2 : i + 1]) ||
        (tokens[i + 1] === 'next' && tokens[i + 2] === 'week')
      // "by Friday week": a week after that Friday.
      const week = tokens[i + 1] === 'week' && tokens[i + 2] !== 'of' && tokens[i + 2] !== 'commencing' ? 7 : 0
      days.push((nextWeek ? mondayOf(today) + 7 + ((weekday + 6) % 7) : today + delta) + week)
      continue
    }
    // "by EOW", "EOM": the end of this week (its Friday) or month.
    if (t === 'eow' || t === 'eom') {
      const friday = mondayOf(today) + 4
      days.push(t === 'eow' ? (friday < today ? today : friday) : lastOfMonth(now.year, now.month))
      continue
    }
    if (TODAY.has(t)) {
      if (t === 'hui' && tokens[i - 1] !== 'aujourd') continue
      // "by COB Thursday", "EOD tomorrow": the day after it says which day's close.
      if ((t === 'cob' || t === 'eod') && (WEEKDAYS.has(tokens[i + 1] ?? '') || TOMORROW.has(tokens[i + 1] ?? ''))) continue
      days.push(today)
      continue
    }
    if (TOMORROW.has(t)) {
      if (MORNING_BEFORE.has(tokens[i - 1]) && tokens[i - 2] !== 'pasado') continue
      const dayAfter =
        tokens[i - 1] === 'pasado' ||
        tokens[i - 1] === 'après' ||
        tokens[i - 1] === 'apres' ||
        (tokens[i - 1] === 'de' && tokens[i - 2] === 'depois')
      days.push(today + (dayAfter ? 2 : 1))
      continue
    }
    // "mañana o pasado": the day after tomorrow, said as "pasado" after an "or".
    if (
      t === 'pasado' &&
      (tokens[i - 1] === 'o' || tokens[i - 1] === 'u') &&
      TOMORROW.has(tokens[i - 2] ?? '') &&
      !TOMORROW.has(tokens[i + 1] ?? '')
    ) {
      days.push(today + 2)
      continue
    }
    if (DAY_AFTER_TOMORROW.has(t)) {
      days.push(today + 2)
      continue
    }
    const month = i === skipMonthAt ? undefined : MONTHS.get(t)
    if (month !== undefined) {
      const dateBefore =
        // …and Catalan "9 d'octubre" (as Valencian mail writes it, "9 d'Octubre").
        ORDINAL.exec(tokens[i - 1] ?? '') ??
        (['de', 'di', 'van', 'of', 'd'].includes(tokens[i - 1]) ? ORDINAL.exec(tokens[i - 2] ?? '') : null)
      const dateAfter = ORDINAL.exec(tokens[i + 1] ?? '')
      const date = dateBefore ? Number(dateBefore[1]) : dateAfter ? Number(dateAfter[1]) : undefined
      const yearToken = [tokens[i + 1], tokens[i + 2], tokens[i + 3]].find((x) => x !== undefined && /^20\d\d$/.test(x))
      if (
        date === undefined &&
        (AMBIGUOUS_MONTHS.has(t)
          ? ![
              'in',
              'by',
              'until',
              'early',
              'mid',
              'late',
              'end',
              'of',
              'im',
              'bis',
              'anfang',
              'mitte',
              'ende',
              'en',
              'mediados',
              'finales',
              'principios',
              'mi',
              'fin',
              'début',
              'eind',
              'begin',
              'half',
              'medio',
              'meados',
              'início',
              'inicio',
              'metà',
              'meta',
              'inizio',
              'fine',
              'entro',
              'a',
              'em',
              'de',
              'di',
              'tot',
              'voor'
            ].includes(tokens[i - 1])
          : !anyIn(MONTH_CUES, tokens, i - 4, i) &&
            !PARTS.has(tokens[i - 1]) &&
            // Finnish "joulukuun alussa", "marraskuun loppuun mennessä": the cue follows the month.
            !PART_AFTER.has(tokens[i + 1] ?? '') &&
            tokens[i + 1] !== 'mennessä')
      )
        continue
      if (date !== undefined && (date < 1 || date > 31)) continue
      // "3 déc.", "entro il 3 dic.", "uiterlijk 3 dec.": a short month name counts only beside its day.
      if (date === undefined && SHORT_MONTHS.has(t)) continue
      let year = yearToken ? Number(yearToken) : now.year
      if (!yearToken) {
        const candidate = date !== undefined ? dayOf(year, month, date) : lastOfMonth(year, month)
        // "(sorry we did not come back to you at) the end of October", written in November: a month just gone, no day.
        const justGone = date === undefined && month < now.month && now.month - month <= 2 && !anyIn(NEXT, tokens, i - 3, i + 3)
        if (justGone) continue
        if (candidate < today - 60 || (date === undefined && month < now.month)) year++
      }
      if (date !== undefined) days.push(weekOf(tokens, i, dayOf(year, month, date)))
      else {
        const part = partBefore(tokens, i, 3)
        days.push(part === 'early' ? earlyDay(year, month, tokens, i) : part === 'mid' ? dayOf(year, month, 15) : lastOfMonth(year, month))
      }
      continue
    }
    // "antes del puente del Pilar", "after Diwali": the long weekend of a holiday named by its name.
    const named = BRIDGE.has(t) || HOLIDAY_NAMES.has(t) ? aroundNamedHoliday(tokens, i, today) : undefined
    // "in de week na Sinterklaas", "the week after Diwali": the week counted (above) from the holiday itself.
    const weekAfterIt = named !== undefined && relatives.some((r) => r.at >= i - 4 && 'weekAfter' in r.relative)
    if (weekAfterIt && named !== undefined) {
      days.push(holidayDay(tokens, i, today) ?? named.day)
      i = named.end
      continue
    }
    if (named !== undefined) {
      days.push(named.day)
      i = named.end
      continue
    }
    if (BRIDGE.has(t) && (anyIn(AFTER, tokens, i - 3, i) || anyIn(BEFORE, tokens, i - 3, i)) && !anyOf(WEEK_WORDS, tokens)) {
      // "después del puente", "dopo il ponte", "après le pont": the coming long weekend; after it, its Tuesday. Beside a
      // week ("a mediados de la semana que viene, después del puente") it only says why: the week is the promise.
      const friday = mondayOf(today) + 4
      const next = friday < today ? friday + 7 : friday
      days.push(anyIn(AFTER, tokens, i - 3, i) ? next + 4 : next - 1)
      continue
    }
    if (WEEKEND.has(t)) {
      const friday = mondayOf(today) + 4
      const next = friday < today ? friday + 7 : friday
      // "before/by the weekend" is Friday; "at/over the weekend", "am Wochenende" is the weekend itself (its Sunday);
      // "after the weekend", "nach dem Wochenende", "na het weekend" the Monday after it.
      if (anyIn(AFTER, tokens, i - 3, i)) days.push(next + 3)
      else days.push(anyIn(BEFORE_WEEKEND, tokens, i - 3, i) || !anyIn(DURING_WEEKEND, tokens, i - 3, i) ? next : next + 2)
      continue
    }
    const dayNumber = ORDINAL.exec(t)
    if (
      dayNumber &&
      !ENGLISH_ORDINAL.test(t) &&
      (anyIn(WEEK_WORDS, tokens, i - 4, i) ||
        DAY_WORDS.has(tokens[i - 1]) ||
        // "entro il 30", "a más tardar el 30", "d'ici le 30", "até o 30": a day number after a limit.
        // …or ending a sentence after a verb ("Le jury se réunit le 20 ;", "El comité se reúne el 20."): the day it happens.
        ((ARTICLE.has(tokens[i - 1]) || AROUND_THE.has(tokens[i - 1])) &&
          (LIMIT_BEFORE_DAY.has(tokens[i - 2]) || (tokens[i - 1] !== 'the' && i >= 3)) &&
          i === tokens.length - 1)) &&
      !anyIn(MONTHS_SET, tokens, i - 2, i + 4) &&
      !UNITS.has(tokens[i + 1] ?? '')
    ) {
      // "la semaine du 23", "in der Woche vom 23.", "na semana do dia 23", "el día 23": the next 23rd.
      const n = Number(dayNumber[1])
      if (n < 1 || n > 31) continue
      days.push(weekOf(tokens, i, nextDayNumbered(now, n)))
      continue
    }
    const nth = ENGLISH_ORDINAL.exec(t)
    if (
      nth &&
      !MONTHS.has(tokens[i - 1] ?? '') &&
      !MONTHS.has(tokens[i + 1] ?? '') &&
      !MONTHS.has(tokens[i + 2] ?? '') &&
      !COUNTED_THINGS.has(tokens[i + 1] ?? '')
    ) {
      // "the week of the 30th": this month's 30th, or next month's when it has passed.
      const n = Number(nth[1])
      if (n < 1 || n > 31) continue
      days.push(weekOf(tokens, i, nextDayNumbered(now, n)))
      continue
    }
    if ((AUTUMN_BREAK.has(t) || HOLIDAYS.has(t) || t === 'break') && autumnBreak(tokens, i)) {
      // The autumn school break: "in de week na de (herfst)vakantie", "nach den Herbstferien", "after the autumn break".
      const end = autumnBreakEnd(today, tokens.includes('toussaint'))
      if (relatives.some((r) => r.at >= i - 4 && 'weekAfter' in r.relative)) days.push(end)
      else if (anyIn(AFTER, tokens, i - 3, i) || anyIn(BACK_FROM, tokens, i - 3, i)) days.push(end + 5)
      else if (anyIn(BEFORE, tokens, i - 3, i)) days.push(end - 9)
      continue
    }
    if (HOLIDAYS.has(t) && tokens[i + 1] === 'weekend' && now.month === 11 && thanksgiving(today) - today < 30) {
      // "before the holiday weekend" written in November is Thanksgiving's (its Wednesday), not Christmas.
      const day = thanksgiving(today)
      if (anyIn(AFTER, tokens, i - 3, i)) days.push(mondayOf(day) + 11)
      else days.push(day - 1)
      continue
    }
    // "a decision before Thanksgiving, so you should hear from me before the holiday": the holiday just named.
    if (HOLIDAYS.has(t) && tokens.lastIndexOf('thanksgiving', i) >= 0) {
      const day = thanksgiving(today)
      days.push(anyIn(AFTER, tokens, i - 3, i) ? mondayOf(day) + 11 : anyIn(BEFORE, tokens, i - 3, i) ? day - 1 : day)
      continue
    }
    const bank = HOLIDAYS.has(t) && tokens[i - 1] === 'bank' ? nextBankHoliday(today) : undefined
    if (bank !== undefined) {
      // "after the bank holiday (weekend)": the Tuesday after that Monday; "before" it the Friday before; else the Monday.
      days.push(anyIn(AFTER, tokens, i - 4, i) ? bank + 1 : anyIn(BEFORE, tokens, i - 4, i) ? bank - 3 : bank)
      if (WEEKEND.has(tokens[i + 1] ?? '')) i++
      continue
    }
    // "antes do feriado de Todos os Santos", "before the Diwali holidays": the name that follows says which holiday.
    // …as does one just before it ("after the Diwali holidays").
    if (
      HOLIDAYS.has(t) &&
      [i - 2, i - 1, i + 1, i + 2, i + 3].some(
        (j) => HOLIDAY_NAMES.has(tokens[j] ?? '') && (tokens[j] !== 'todos' || tokens[j + 2] === 'santos')
      )
    )
      continue
    if (HOLIDAYS.has(t)) {
      const summer = anyIn(SUMMER, tokens, i - 2, i + 1) || SUMMER.has(t)
      if (anyIn(AFTER, tokens, i - 3, i) || anyIn(BACK_FROM, tokens, i - 3, i) || anyIn(OVER, tokens, i + 1, i + 4)) {
        if (summer) days.push(dayOf(now.month > 9 ? now.year + 1 : now.year, 9, 15))
        else if (now.month >= 10) days.push(afterNewYear(now.year + 1))
        else if (now.month <= 1) days.push(Math.max(afterNewYear(now.year), today + 7))
      } else if (anyIn(BEFORE, tokens, i - 5, i) && !summer && now.month >= 10) {
        // "before Christmas" ends on Christmas Eve; "before the holidays" the working day before them; "avant les vacances
        // de Noël", "before the Christmas break", "voor de kerstvakantie": the Friday before the week of Christmas.
        const christmas = dayOf(now.year, 12, 24)
        const schoolBreak =
          CHRISTMAS_BREAK.has(t) ||
          (BREAK_WORDS.has(t) && anyIn(CHRISTMAS, tokens, i + 1, i + 4)) ||
          (CHRISTMAS.has(t) && anyIn(BREAK_WORDS, tokens, i - 3, i + 3))
        // …written in Christmas week itself, the break is still to come: its eve, as before.
        const friday = mondayOf(christmas) - 3
        days.push(schoolBreak && friday >= today ? friday : CHRISTMAS.has(t) || schoolBreak ? christmas : christmas - 1)
        if (schoolBreak)
          while (i + 1 < tokens.length && (CHRISTMAS.has(tokens[i + 1]) || ARTICLE.has(tokens[i + 1]) || tokens[i + 1] === 'de')) i++
      }
      continue
    }
    if (YEAR.has(t)) {
      if (
        anyIn(NEW, tokens, i - 2, i) ||
        NEW.has(tokens[i + 1]) ||
        partBefore(tokens, i, 3) === 'early' ||
        (t === 'jahr' && tokens[i - 1] === 'neuen')
      )
        days.push(now.month >= 10 ? afterNewYear(now.year + 1) : Math.max(afterNewYear(now.year), today + 7))
      else if (partBefore(tokens, i, 4) === 'late' || t === 'jahresende' || t === 'jaareinde') days.push(dayOf(now.year, 12, 31))
      continue
    }
  }
  current = tokens.length
  if (breakEndAt >= 0) {
    // After a break that ends on the day named: the Friday of the week after it, as for a break read from the calendar.
    const end = out.filter((m) => (numericAt.get(m) ?? m.at) > breakEndAt).sort((a, b) => a.at - b.at)[0]
    if (end) end.day = mondayOf(end.day) + 11
  }
  if (/\d[./-]/.test(sentence)) numericDates(sentence, ctx, days)
  if (relatives.length > 0) resolveRelatives(out, relatives, today, tokens)
  // "dopo il colloquio di giovedì prossimo, entro fine settimana": a weekday after "after" is the event; a later day
  // named after it is the promise.
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k]
    // …and so is a date ("Nach dem Gespräch am Dienstag, 10. November, melden wir uns bis Ende nächster Woche") or a
    // holiday ("after the Diwali break, tentatively in the week of 16th November"): after it is when the wait starts.
    const t = tokens[m.at] ?? ''
    const named = WEEKDAYS_SET.has(t) || MONTHS_SET.has(t) || HOLIDAY_NAMES.has(t) || BRIDGE.has(t) || EASTER.has(t) || t === 'thanksgiving'
    if (!named || !afterWordBefore(tokens, m.at, 8)) continue
    if (out.some((o) => o.at > m.at && o.day > m.day && !aCount(tokens, o.at))) out.splice(k, 1)
    // …but "tras la entrevista del martes 10, te respondemos en una semana" counts the week from it: the event stays, as
    // the day a count starts from, never the promise.
    else if (out.some((o) => o.at > m.at && o.day > m.day)) m.after = true
  }
  if (anchored.length === 0) return out
  // The anchor is the date the sentence names (the latest one), or today ("…, which is today") when it names none; one named
  // only well after the event ("within three weeks of the closing date, so you should hear by 23/10") is no anchor.
  const first = Math.min(...anchored.map((a) => a.at))
  // …nor is a day still relative ("shortlisting takes place the week after, and … within two weeks of the closing date"):
  // its event is named elsewhere, and the caller counts from that.
  const placed = out.filter((m) => m.relative === undefined).map((m) => ({ day: m.day, at: numericAt.get(m) ?? m.at }))
  // "…desde el cierre de la convocatoria el 13 de noviembre": the event's own words may run long before its day.
  const near = placed.filter((m) => m.at < first || (m.at <= first + 12 && !anyIn(NEW_CLAUSE, tokens, first + 1, m.at)))
  const base = near.length > 0 ? Math.max(...near.map((m) => m.day)) : today
  const counted = anchored.map((a) => ({ day: afterDuration(base, a.quantity, a.unit, a.business, a.country), at: a.at }))
  return [...out.filter((m) => m.day !== base), ...counted]
}

/**
 * "the week after 13 November", "le lundi suivant (l'entretien du 12)": counted from the day the sentence names (the
 * one after the words, else the latest), which then stands for nothing itself. Without one, the mention keeps a plain
 * reading (next week's day) and says it is relative, so the caller can count from a day named in an earlier sentence.
 */
function resolveRelatives(
  out: Mention[],
  relatives: readonly { at: number; relative: Relative }[],
  today: DayNumber,
  tokens: readonly string[]
): void {
  for (const { at, relative } of relatives) {
    const weekdayMention = out.findIndex((m) => m.at === at)
    // "that week", "(am Dienstag …) dann Ende der Woche" point back: a day named after them ("…that week and expect a
    // decision by the end of the month") is no anchor.
    const back = 'weekOf' in relative
    const dated = 'dated' in relative
    const others = out.filter(
      (m, k) => k !== weekdayMention && m.relative === undefined && (!back || m.at < at) && !(dated && WEEKDAYS.has(tokens[m.at] ?? ''))
    )
    const anchor = others.find((m) => m.at > at) ?? others.reduce<Mention | undefined>((a, m) => (a && a.day >= m.day ? a : m), undefined)
    if (anchor) {
      const day = fromAnchor(relative, anchor.day)
      out.splice(out.indexOf(anchor), 1)
      const k = out.findIndex((m) => m.at === at)
      if (k >= 0) out.splice(k, 1)
      out.push({ day, at, anchored: true })
    } else if (weekdayMention >= 0) out[weekdayMention].relative = relative
    else out.push({ day: fromAnchor(relative, today), at, relative })
  }
}

/** "of/after/from" + "the closing date", "that date", "the interview": a duration counted from another day. */
const ANCHOR_OF = new Set([
  'of',
  'after',
  'from',
  'following',
  'siguientes',
  'suivants',
  'suivant',
  'seguintes',
  'successivi',
  'nach',
  'ab',
  'después',
  'despues',
  'desde',
  'après',
  'apres',
  'na',
  'vanaf',
  'após',
  'apos',
  'dopo',
  'dalla',
  'dal'
])
const ANCHOR_NOUNS = new Set([
  'date',
  'closing',
  'deadline',
  'interview',
  'interviews',
  'exam',
  'advert',
  'datum',
  'bewerbungsschluss',
  'einsendeschluss',
  'fristende',
  'fecha',
  'cierre',
  'plazo',
  'examen',
  'clôture',
  'cloture',
  'entretien',
  'sluitingsdatum',
  'sluiting',
  'gesprek',
  'data',
  'encerramento',
  'entrevista',
  'scadenza',
  'chiusura',
  'colloquio',
  'prova',
  // The advert itself closing: "after the posting closes", "nach Ende der Ausschreibung", "tras el cierre de la convocatoria".
  'posting',
  'closes',
  'frist',
  'ausschreibung',
  'convocatoria',
  'annonce',
  'vacature',
  'bando',
  'edital'
])

/** Words that start the next clause ("…, so you should hear by", "…, Sie hören also", "…, vous aurez donc"). */
const NEW_CLAUSE = new Set(
  `so also donc dus quindi así asi então entao portanto you sie vous je jij usted tú você voce lei we wir nous wij nosotros nós noi`.split(
    ' '
  )
)

function afterDuration(base: DayNumber, quantity: number, unit: string, business: boolean, country?: Country): DayNumber {
  if (unit === 'business_day' || (unit === 'day' && business)) return addBusinessDays(base, quantity, country)
  if (unit === 'day') return base + quantity
  if (unit === 'week') return base + 7 * quantity
  return base + 30 * quantity
}

/** "the week of Nov 30", "la semaine du 30 novembre": the Friday of that week. */
/** The next day numbered `n` from `now`: this month's, or next month's when it has passed. */
function nextDayNumbered(now: { year: number; month: number; date: number }, n: number): DayNumber {
  return n >= now.date
    ? dayOf(now.year, now.month, n)
    : dayOf(now.month === 12 ? now.year + 1 : now.year, now.month === 12 ? 1 : now.month + 1, n)
}

function weekOf(tokens: readonly string[], i: number, day: DayNumber): DayNumber {
  for (let j = Math.max(0, i - 4); j < i; j++) {
    if (!WEEK_WORDS.has(tokens[j])) continue
    // "early next week, by Wednesday 4th November": a weekday between the week and the date says the day itself.
    return anyIn(WEEKDAYS_SET, tokens, j + 1, i) ? day : mondayOf(day) + 4
  }
  return day
}

const ISO_DATE = /\b(20\d\d)-(\d\d)-(\d\d)\b/g
/** "13-11-2026", Dutch style: with a year only, so "1-2 weken" stays a range of weeks. */
const DASH_DATE = /(?<![\d.,/-])(\d{1,2})-(\d{1,2})-(20\d\d|\d\d)(?![\d-])/g
const DASH_DAY_MONTH =
  /(?<=(?:^|\s)(?:vóór|voor|uiterlijk|tot|op|by|before|until|bis|antes|até|ate|entro|avant|le|el|il)\s)(\d{1,2})-(\d{1,2})(?![\d-])\s*(\p{L}*)/gu
/** German "bis zum 20." without a month: the next 20th. */
const GERMAN_DAY =
  /(?:^|\s)(?:bis|spätestens|vor dem|zum|am) (?:zum |dem )?(\d{1,2})\.(?!\d|\s*(?:\d|jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez))/gi
const SHORT_DATE = /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})(?:\2(\d{2,4}))?(?![\d,]|\.\d)/g

/** 2026-12-04, 4.12., 04/12/2026 (day first, unless the sentence is English: 12/4). */
function numericDates(sentence: string, ctx: ResolveContext, out: { push(day: DayNumber, charAt?: number): void }): void {
  const now = ymd(ctx.today)
  for (const m of sentence.matchAll(ISO_DATE)) out.push(dayOf(Number(m[1]), Number(m[2]), Number(m[3])), m.index)
  for (const m of sentence.matchAll(DASH_DATE)) {
    const [date, month] = [Number(m[1]), Number(m[2])]
    if (month >= 1 && month <= 12 && date >= 1 && date <= 31)
      out.push(dayOf(Number(m[3].length === 2 ? `20${m[3]}` : m[3]), month, date), m.index)
  }
  // "vóór 14-11", "uiterlijk 18-11": a day and month with a dash, read only after a limit word and not before a unit
  // ("voor 2-3 dagen" is for two or three days).
  for (const m of sentence.matchAll(DASH_DAY_MONTH)) {
    const [date, month] = [Number(m[1]), Number(m[2])]
    if (month < 1 || month > 12 || date < 1 || date > 31 || UNITS.has(m[3].toLowerCase())) continue
    const year = dayOf(now.year, month, date) < ctx.today - 60 ? now.year + 1 : now.year
    out.push(dayOf(year, month, date), m.index)
  }
  for (const m of sentence.matchAll(GERMAN_DAY)) {
    const n = Number(m[1])
    if (n < 1 || n > 31) continue
    out.push(
      n >= now.date
        ? dayOf(now.year, now.month, n)
        : dayOf(now.month === 12 ? now.year + 1 : now.year, now.month === 12 ? 1 : now.month + 1, n),
      m.index
    )
  }
  for (const m of sentence.matchAll(SHORT_DATE)) {
    // "a 24/7 operation", "24/7 support": round the clock, not 24 July.
    if (m[0] === '24/7' || m[0] === '7/24') continue
    const a = Number(m[1])
    const b = Number(m[3])
    const [month, date] = ctx.monthFirst && m[2] === '/' ? [a, b] : [b, a]
    if (month < 1 || month > 12 || date < 1 || date > 31) continue
    let year = m[4] ? Number(m[4].length === 2 ? `20${m[4]}` : m[4]) : now.year
    if (!m[4] && dayOf(year, month, date) < ctx.today - 60) year++
    out.push(dayOf(year, month, date), m.index)
  }
}
