/**
 * A holiday named by its name, and the long weekend around it: "antes del puente del Pilar", "después del puente de
 * la Inmaculada", "prima del ponte dell'Immacolata", "after Diwali". Before it is the last working day before the days
 * off (the weekend joined to it, and with "puente"/"ponte"/"pont" the Monday or Friday bridged to a Tuesday or Thursday
 * holiday); after it the first working day after them. Pure arithmetic on day numbers, one small table.
 */
import { dayOf, weekdayOf, type DayNumber } from './day-number'
import { AFTER, BEFORE } from './words'

const weekend = (day: DayNumber): boolean => weekdayOf(day) === 0 || weekdayOf(day) === 6

/** Diwali (Lakshmi Puja) moves with the moon: its day in the years mail is read for. */
const DIWALI: Record<number, [number, number]> = {
  2025: [10, 20],
  2026: [11, 8],
  2027: [10, 29],
  2028: [10, 17],
  2029: [11, 5],
  2030: [10, 26]
}
/** Each name with its day in a given year. */
const NAMED = new Map<string, (year: number) => DayNumber | undefined>([
  ...['pilar', 'hispanidad'].map((w) => [w, (y: number) => dayOf(y, 10, 12)] as const),
  ...['constitución', 'constitucion'].map((w) => [w, (y: number) => dayOf(y, 12, 6)] as const),
  ...['inmaculada', 'immacolata', 'immacolato'].map((w) => [w, (y: number) => dayOf(y, 12, 8)] as const),
  // "Todos los Santos", "Todos os Santos" (read from "todos", checked below): All Saints' Day.
  ...['ognissanti', 'allerheiligen', 'todos'].map((w) => [w, (y: number) => dayOf(y, 11, 1)] as const),
  ['armistice', (y: number) => dayOf(y, 11, 11)],
  ['halloween', (y: number) => dayOf(y, 10, 31)],
  // Sinterklaas and its evening of presents, 5 December in the Netherlands and Flanders.
  ...['sinterklaas', 'pakjesavond', 'sinterklaasavond'].map((w) => [w, (y: number) => dayOf(y, 12, 5)] as const),
  ...['diwali', 'deepavali', 'divali'].map(
    (w) => [w, (y: number) => (DIWALI[y] ? dayOf(y, DIWALI[y][0], DIWALI[y][1]) : undefined)] as const
  )
])
export const HOLIDAY_NAMES: ReadonlySet<string> = new Set(NAMED.keys())
const BRIDGE = new Set(['puente', 'ponte', 'pont'])

/** The holiday's next day from `today` (this year's, or next year's once it has passed). */
function nextOf(name: string, today: DayNumber): DayNumber | undefined {
  const at = NAMED.get(name)
  if (at === undefined) return undefined
  const year = new Date(today * 86_400_000).getUTCFullYear()
  const day = at(year)
  return day !== undefined && day >= today ? day : at(year + 1)
}

/** The day of the holiday named at token `i` itself (not the working day before or after it). */
export function holidayDay(tokens: readonly string[], i: number, today: DayNumber): DayNumber | undefined {
  return tokens[i] === 'todos' ? undefined : nextOf(tokens[i], today)
}

/**
 * At token `i` ("puente" before a name, or the name itself) after "before" or "after": the day meant, and the last
 * token read. Undefined when no named holiday is there.
 */
export function aroundNamedHoliday(tokens: readonly string[], i: number, today: DayNumber): { day: DayNumber; end: number } | undefined {
  const bridged = BRIDGE.has(tokens[i])
  const k = bridged ? [i + 1, i + 2, i + 3].find((j) => HOLIDAY_NAMES.has(tokens[j] ?? '')) : HOLIDAY_NAMES.has(tokens[i]) ? i : undefined
  if (k === undefined) return undefined
  // "todos" names the holiday only as "todos los/os santos" ("después de todos los candidatos" names none).
  const saints = tokens[k] === 'todos'
  if (saints && !((tokens[k + 1] === 'los' || tokens[k + 1] === 'os') && tokens[k + 2] === 'santos')) return undefined
  let after = false
  let before = false
  for (let j = Math.max(0, i - 4); j < i; j++) {
    if (AFTER.has(tokens[j])) after = true
    if (BEFORE.has(tokens[j])) before = true
  }
  const holiday = nextOf(tokens[k], today)
  if (holiday === undefined || after === before) return undefined
  // The days off: the holiday, the day bridged to it, and the weekend they touch.
  let [first, last] = [holiday, holiday]
  if (bridged && weekdayOf(holiday) === 2) first--
  if (bridged && weekdayOf(holiday) === 4) last++
  while (weekend(first - 1)) first--
  while (weekend(last + 1)) last++
  const end = saints ? k + 2 : k
  if (after) return { day: last + 1, end }
  let day = first - 1
  while (weekend(day)) day--
  return { day: day < today ? today : day, end }
}
