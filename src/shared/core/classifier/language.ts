/**
 * Which languages a mail is written in, from its most frequent small words, so the concept tables of the
 * other languages need not be scanned (issue 11: seven languages' concepts on every mail had halved the
 * classifier's speed). Generous on purpose: a short text, or one that mixes languages, reads in all of them.
 */
import type { Phrase } from './types'

export type Language = Exclude<Phrase['language'], 'any'>

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean))

/** Small words that are frequent in one language and rare in the others (shared ones like "de", "la" left out). */
const MARKERS: ReadonlyArray<readonly [Language, Set<string>]> = [
  ['de', set('und der die das nicht wir ihnen ihre ihr sie mit für ist uns eine einen bei auf zu ich wird haben')],
  ['es', set('el los las que y en por para con tu su usted nos hemos una del al este esta muy gracias')],
  ['fr', set('le les et vous votre nous pour est pas une des du au avec sur ce cette je merci')],
  ['nl', set('het een en je jij uw wij we van voor niet met ons dat zijn bij op ik naar')],
  ['pt', set('o os que e você seu sua para com não nós uma um do da dos das ao em obrigado obrigada')],
  ['it', set('il gli che e di per non con ti tu lei sua suo una un della del alla al sono grazie')]
]
const ALL: ReadonlySet<Language> = new Set(['en', 'de', 'es', 'fr', 'nl', 'pt', 'it'])
const SHORT = 12
const LONG = 60
const READ = 2_000

/** English always; the other languages whose small words are frequent enough; all of them for a short text. */
export function languagesOf(lowerText: string): ReadonlySet<Language> {
  const words = lowerText.slice(0, READ).split(/[^\p{L}]+/u)
  if (words.length < SHORT) return ALL
  const scores = MARKERS.map(([language, markers]) => {
    let n = 0
    for (const w of words) if (markers.has(w)) n++
    return [language, n] as const
  })
  const best = Math.max(...scores.map(([, n]) => n))
  if (best === 0) return ALL
  // A few lines: every language with a marker at all; a long text: the ones nearly as frequent as the best.
  const floor = words.length < LONG ? 1 : Math.max(3, best / 2)
  const out = new Set<Language>(['en'])
  for (const [language, n] of scores) if (n >= floor || n === best) out.add(language)
  return out
}
