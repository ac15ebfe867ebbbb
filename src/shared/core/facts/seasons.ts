/**
 * Days named by the school and business year rather than the calendar: Easter (and its break), England's
 * half-terms, and quarters ("by the end of Q1", "im ersten Quartal"). Each resolves to the day a promise
 * made "before" or "after" it ends on, in the writer's own calendar. Pure arithmetic, no tables per year.
 */
import { dayOf, weekdayOf, type DayNumber } from './day-number'

/** Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const date = ((h + l - 7 * m + 114) % 31) + 1
  return dayOf(year, month, date)
}

export const EASTER = new Set(['easter', 'ostern', 'osterferien', 'pascua', 'pâques', 'paques', 'pasen', 'páscoa', 'pascoa', 'pasqua'])
/** Words that make Easter a school break ("the Easter break", "Osterferien", "vacances de Pâques"). */
const BREAK = new Set(['break', 'holidays', 'holiday', 'ferien', 'vacaciones', 'vacances', 'vakantie', 'férias', 'ferias', 'vacanze'])

/**
 * "after Easter" is the Friday after Easter Monday; "after the Easter break" (two weeks of school holiday) a week
 * later; "before Easter" is Good Friday (its eve, Maundy Thursday, when a break starts then). The next Easter that
 * has not passed.
 */
export function aroundEaster(today: DayNumber, year: number, after: boolean, tokens: readonly string[], at: number): DayNumber {
  let easter = easterSunday(year)
  if (easter + (after ? 12 : 0) < today) easter = easterSunday(year + 1)
  const isBreak = tokens[at] === 'osterferien' || BREAK.has(tokens[at + 1] ?? '') || BREAK.has(tokens[at - 2] ?? '')
  if (!after) return easter - (isBreak ? 9 : 2)
  return easter + (isBreak ? 12 : 5)
}

export const PENTECOST = new Set(['pentecost', 'whitsun', 'pfingsten', 'pentecôte', 'pentecote', 'pinksteren', 'pentecostés', 'pentecoste'])

/** "after Pentecost" is the Friday after Whit Monday, "before Pentecost" the Friday before it, as for Easter above. */
export function aroundPentecost(today: DayNumber, year: number, after: boolean): DayNumber {
  const day = (easter: DayNumber): DayNumber => easter + (after ? 54 : 47)
  return day(easterSunday(year)) >= today ? day(easterSunday(year)) : day(easterSunday(year + 1))
}

/**
 * England's half-terms: the week holding the last Monday of October, the third Monday of February, and the last
 * Monday of May. "before half-term" is the Friday before the next one, "after half-term" the Friday of the week after.
 */
export function aroundHalfTerm(today: DayNumber, year: number, after: boolean): DayNumber {
  const lastMonday = (y: number, month: number): DayNumber => {
    const last = dayOf(y, month + 1, 0)
    return last - ((weekdayOf(last) + 6) % 7)
  }
  const thirdMonday = (y: number, month: number): DayNumber => {
    const first = dayOf(y, month, 1)
    return first + ((8 - weekdayOf(first)) % 7) + 14
  }
  const starts = [thirdMonday(year, 2), lastMonday(year, 5), lastMonday(year, 10), thirdMonday(year + 1, 2)]
  const monday = starts.find((m) => (after ? m + 11 : m - 3) >= today) ?? starts[3]
  return after ? monday + 11 : monday - 3
}

/**
 * The end of the school term in England (and the schools that follow its year): the autumn term ends on the Friday
 * before Christmas week, the spring term with the Easter break (the Friday nine days before Easter, as "before the
 * Easter break" above), the summer term on the Friday before the fourth week of July. The next one that has not passed.
 */
export function endOfTerm(today: DayNumber, year: number): DayNumber {
  const fridayOnOrBefore = (day: DayNumber): DayNumber => day - ((weekdayOf(day) + 2) % 7)
  const ends = [easterSunday(year) - 9, fridayOnOrBefore(dayOf(year, 7, 23)), fridayOnOrBefore(dayOf(year, 12, 20))]
  return ends.find((end) => end >= today) ?? easterSunday(year + 1) - 9
}

const QUARTER_JOINED = /^q([1-4])$/
export const QUARTER_WORDS = new Set(['quarter', 'quartal', 'quartals', 'trimestre', 'kwartaal'])
const QUARTER_ORDINALS = new Map<string, number>([
  ...['first', 'ersten', 'erste', 'primer', 'primeiro', 'premier', 'eerste', 'primo'].map((w) => [w, 1] as const),
  ...['second', 'zweiten', 'zweite', 'segundo', 'deuxième', 'tweede', 'secondo'].map((w) => [w, 2] as const),
  ...['third', 'dritten', 'dritte', 'tercer', 'terceiro', 'troisième', 'derde', 'terzo'].map((w) => [w, 3] as const),
  ...['fourth', 'vierten', 'vierte', 'cuarto', 'quarto', 'quatrième', 'vierde'].map((w) => [w, 4] as const)
])

/** "Q1", "the first quarter", "im ersten Quartal", "primer trimestre": the quarter's number, or undefined. */
export function quarterAt(tokens: readonly string[], i: number): number | undefined {
  const joined = QUARTER_JOINED.exec(tokens[i])
  if (joined) return Number(joined[1])
  if (!QUARTER_WORDS.has(tokens[i])) return undefined
  return QUARTER_ORDINALS.get(tokens[i - 1] ?? '') ?? QUARTER_ORDINALS.get(tokens[i + 1] ?? '')
}

/** The quarter's last day, this year or, once it has ended, next year (or in the year written after it). */
export function endOfQuarter(today: DayNumber, year: number, quarter: number, tokens: readonly string[], i: number): DayNumber {
  const written = [tokens[i + 1], tokens[i + 2]].find((t) => t !== undefined && /^20\d\d$/.test(t))
  const end = (y: number): DayNumber => dayOf(y, quarter * 3 + 1, 0)
  if (written) return end(Number(written))
  return end(year) < today ? end(year + 1) : end(year)
}
