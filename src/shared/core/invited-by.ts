/**
 * Assessment platforms (HackerRank, Codility, CodeSignal, TestGorilla…) and hiring systems often
 * name the company by its short name: "Acme has invited you to a test", "invited by Acme".
 * The names an invitation gives, for the matcher to look up among tracked companies. Pure.
 */

const NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*|&))*"
const INVITER_BEFORE = new RegExp(`(${NAME})\\s+(?:has|have|had)?\\s*(?:invited|asked|would like|wants) you`, 'gu')
// No i flag: with it \\p{Lu} would match lower case too, and a name is capitalised.
const INVITER_AFTER = new RegExp(
  `(?:[Ii]nvited by|[Ii]nvitation from|[Oo]n behalf of|[Ss]ent by|[Rr]equested by|(?:[Hh]iring|[Rr]ecruiting|[Tt]alent) [Tt]eam (?:at|of))\\s+(?:the\\s+)?(${NAME})`,
  'gu'
)
const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '')

/** The first tracked company an invitation names ("Acme invited you" -> lookup('acme')), longest name first. */
export function companyInvitingYou<C>(texts: readonly string[], lookup: (slug: string) => C | undefined): C | undefined {
  for (const text of texts) {
    const sample = text.slice(0, 3000)
    for (const pattern of [INVITER_BEFORE, INVITER_AFTER]) {
      pattern.lastIndex = 0
      for (let m = pattern.exec(sample); m; m = pattern.exec(sample)) {
        // "Today Acme Robotics": any run of the capitalised words, longest first.
        const words = m[1]
          .replace(/['’]s$/, '')
          .split(/\s+/)
          .slice(0, 6)
        for (let n = Math.min(words.length, 4); n >= 1; n--) {
          for (let start = 0; start + n <= words.length; start++) {
            const key = slug(words.slice(start, start + n).join(' '))
            const found = key.length >= 3 ? lookup(key) : undefined
            if (found !== undefined) return found
          }
        }
      }
    }
  }
  return undefined
}
