/**
 * Days named as a stretch rather than one day: a range of bare day numbers ("zwischen dem 10. und 14.", "entre el 10 y
 * el 14", "tra il 10 e il 14"), which resolves to its end, and "the days that follow" a day named before ("dans les
 * jours qui suivent", "nei giorni successivi"). Token lookups only; dates.ts turns them into calendar days.
 */
import { MONTHS, UNITS } from './words'
import { anyIn } from './token-sets'

const MONTHS_SET: ReadonlySet<string> = new Set(MONTHS.keys())
const UNITS_SET: ReadonlySet<string> = new Set(UNITS.keys())
/** A day number, bare or ordinal: "14", "14th", "14e", "14º". */
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th|er|e|º|ª|°)?$/

const THAT_FOLLOW = /^(?:suivent|suivront|siguen|follow|folgen|seguem|seguono)$/
const FOLLOWING_DAYS = /^(?:suivants|siguientes|seguintes|successivi|danach|daarna|darauf|after)$/
/** "les jours qui suivent", "the days that follow", "los días siguientes", "the following days": after a day named before. */
export function daysThatFollow(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1] ?? ''
  if (['qui', 'que', 'that', 'die', 'che'].includes(next) && THAT_FOLLOW.test(tokens[i + 2] ?? '')) return true
  return FOLLOWING_DAYS.test(next) || tokens[i - 1] === 'following' || tokens[i - 1] === 'darauffolgenden'
}

/** Words between "between" and a day number: "zwischen dem 10.", "entre os dias 10 e 14", "between the 10th". */
const RANGE_FILLER = new Set([
  'the',
  'dem',
  'den',
  'el',
  'los',
  'le',
  'les',
  'la',
  'de',
  'os',
  'o',
  'il',
  'dias',
  'días',
  'giorni',
  'jours'
])
const RANGE_AND = new Set(['and', 'und', 'y', 'et', 'e', 'ed', 'en', 'to', 'bis', 'a', 'al', 'au'])

/** After "between" at token i, "the 10th and 14th" with no month or unit after it: the second day number and where it stands. */
export function dayRangeEnd(tokens: readonly string[], i: number): { day: number; at: number } | undefined {
  let j = i + 1
  while (RANGE_FILLER.has(tokens[j] ?? '')) j++
  const from = DAY_NUMBER.exec(tokens[j] ?? '')
  if (!from || !RANGE_AND.has(tokens[j + 1] ?? '')) return undefined
  j += 2
  while (RANGE_FILLER.has(tokens[j] ?? '')) j++
  const to = DAY_NUMBER.exec(tokens[j] ?? '')
  if (!to || Number(to[1]) <= Number(from[1]) || Number(to[1]) > 31) return undefined
  if (anyIn(MONTHS_SET, tokens, j + 1, j + 4) || anyIn(UNITS_SET, tokens, j + 1, j + 3)) return undefined
  return { day: Number(to[1]), at: j }
}
