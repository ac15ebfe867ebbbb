/**
 * Many literal terms (company spellings, role titles) found in a text at once, as whole words: from the left, the
 * longest term at each place, never two that overlap. The terms go into several regular expressions of a bounded size
 * rather than one: past about 800 terms one alternation falls off V8's fast path and every search got 30 times slower
 * (the corpus's 650 applications crossed it, issue 14).
 */

/** Terms per regular expression. */
const TERMS_PER_PATTERN = 200

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A search for `terms` (already in the spelling the searched text will be given); returns the terms found, in order. */
export function termSearch(terms: readonly string[]): (text: string) => string[] {
  const sorted = [...new Set(terms)].filter((t) => t !== '').sort((a, b) => b.length - a.length)
  const patterns: RegExp[] = []
  for (let i = 0; i < sorted.length; i += TERMS_PER_PATTERN)
    patterns.push(
      new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${sorted
          .slice(i, i + TERMS_PER_PATTERN)
          .map(escapeRegExp)
          .join('|')})(?![\\p{L}\\p{N}])`,
        'giu'
      )
    )
  return (text) => {
    if (patterns.length === 0 || text === '') return []
    const hits: Array<{ at: number; term: string }> = []
    for (const re of patterns) {
      re.lastIndex = 0
      for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ at: m.index, term: m[0] })
    }
    // As one search would read them.
    hits.sort((a, b) => a.at - b.at || b.term.length - a.term.length)
    const found: string[] = []
    let end = 0
    for (const { at, term } of hits) {
      if (at < end) continue
      end = at + term.length
      found.push(term)
    }
    return found
  }
}
