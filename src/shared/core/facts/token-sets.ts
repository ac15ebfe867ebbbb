/** Small helpers for the word sets the fact readers look tokens up in. */

/** A set of the whitespace-separated words of `s`. */
export const wordSet = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean))

/** Whether a token of `tokens[from..to)` is in `set`. */
export const anyIn = (set: ReadonlySet<string>, tokens: readonly string[], from: number, to: number): boolean => {
  for (let j = Math.max(0, from); j < Math.min(tokens.length, to); j++) if (set.has(tokens[j])) return true
  return false
}

/** Whether any of `tokens` is in `set`. */
export const anyOf = (set: ReadonlySet<string>, tokens: readonly string[]): boolean => {
  for (const t of tokens) if (set.has(t)) return true
  return false
}
