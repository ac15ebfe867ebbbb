/**
 * "I'll ring you either way", "we will call you on Monday", "I'll phone you": a call said with "will" to the reader is
 * as sure a promise as "you'll hear from us" ("call" alone also names a meeting: "the call on Tuesday"); at a time of day
 * ("I'll call you at 2pm on Tuesday") it is an appointment, which roles.ts tells. Token lookups.
 */
import { WEEKDAYS } from './words'

const CALL = new Set(['call', 'ring', 'phone', 'bell'])
const WILL = new Set(['will', 'll', 'shall'])
const YOU = new Set(['you', 'u', 'je'])

/**
 * German "ich rufe Sie an", "rufen wir Sie an": a call by a limit ("spätestens am Donnerstag", "bis Freitag"), or on a day
 * said between the verb and its "an" ("ich rufe Sie am Montag an"), not at a time agreed ("ich rufe Sie dann an").
 */
const RUFE = new Set(['rufe', 'rufen'])
const WE_DE = new Set(['ich', 'wir'])
const LIMIT_DE = new Set(['spätestens', 'bis'])
const AGREED_DE = new Set(['dann', 'da', 'gerne', 'gern'])
const DAY_DE = new Set(['morgen', 'übermorgen', 'woche', 'wochenende', 'anfang', 'ende', 'mitte'])
/** "rufe Sie am Montag an": the call's own words hold a day (or "morgen"), not "dann". */
function callOnADay(tokens: readonly string[], i: number): boolean {
  const an = tokens.indexOf('an', i + 2)
  if (an < 0 || an > i + 8) return false
  const between = tokens.slice(i + 1, an)
  return between.some((t) => WEEKDAYS.has(t) || DAY_DE.has(t) || /^\d/.test(t)) && !between.some((t) => AGREED_DE.has(t))
}

export function willCallYou(tokens: readonly string[]): boolean {
  for (let i = 1; i < tokens.length - 1; i++) if (CALL.has(tokens[i]) && WILL.has(tokens[i - 1]) && YOU.has(tokens[i + 1])) return true
  for (let i = 0; i < tokens.length - 1; i++)
    if (
      RUFE.has(tokens[i]) &&
      (WE_DE.has(tokens[i - 1] ?? '') || WE_DE.has(tokens[i + 1])) &&
      (tokens.some((t) => LIMIT_DE.has(t)) || callOnADay(tokens, i))
    )
      return true
  return false
}
