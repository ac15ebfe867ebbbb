/**
 * "I'll ring you either way", "we will call you on Monday", "I'll phone you": a call said with "will" to the reader is
 * as sure a promise as "you'll hear from us" ("call" alone also names a meeting: "the call on Tuesday"); at a time of day
 * ("I'll call you at 2pm on Tuesday") it is an appointment, which roles.ts tells. Token lookups.
 */
const CALL = new Set(['call', 'ring', 'phone', 'bell'])
const WILL = new Set(['will', 'll', 'shall'])
const YOU = new Set(['you', 'u', 'je'])

export function willCallYou(tokens: readonly string[]): boolean {
  for (let i = 1; i < tokens.length - 1; i++) if (CALL.has(tokens[i]) && WILL.has(tokens[i - 1]) && YOU.has(tokens[i + 1])) return true
  return false
}
