/**
 * Several soft signs of a rejection, none deciding alone, taken together (issue 11): "thank you for your
 * interest" + "on this occasion" + "we will keep your details" + "good luck" is how a rejection reads even
 * when its deciding sentence is phrased in a way no rule knows. Like a spam filter adding rule scores, but
 * bounded: at least three different signs, more weight than anything else in the mail, no invitation or
 * offer that decides, and the result is never sure (index.ts caps it).
 */
import type { Hit } from './score'

const MIN_SIGNS = 3
const MIN_WEIGHT = 3.3
/** Just decisive (types.ts: DECISIVE_WEIGHT), far from the 4 of a clear decision. */
const COMBINED_WEIGHT = 2.6

export function combinedRejection(hits: Hit[]): Hit | undefined {
  if (hits.some((h) => h.category === 'rejection' && h.decisive)) return undefined
  if (
    hits.some(
      (h) =>
        h.decisive && (h.category === 'offer' || ((h.category === 'interview_request' || h.category === 'assessment') && h.weight >= 3.5))
    )
  )
    return undefined
  const signs = new Map<string, Hit>()
  for (const h of hits)
    if (h.category === 'rejection' && !h.discounted && h.weight > 0 && !signs.has(h.quote.toLowerCase()))
      signs.set(h.quote.toLowerCase(), h)
  const weight = [...signs.values()].reduce((sum, h) => sum + h.weight, 0)
  if (signs.size < MIN_SIGNS || weight < MIN_WEIGHT) return undefined
  const others = new Map<string, number>()
  for (const h of hits) if (h.category !== 'rejection') others.set(h.category, (others.get(h.category) ?? 0) + h.weight)
  if ([...others.values()].some((w) => w >= weight)) return undefined
  const strongest = [...signs.values()].sort((a, b) => b.weight - a.weight)
  return {
    category: 'rejection',
    weight: COMBINED_WEIGHT,
    quote: `several signs of a rejection: ${strongest
      .slice(0, 3)
      .map((h) => `"${h.quote}"`)
      .join(', ')}`,
    sentence: strongest[0].sentence,
    decisive: true,
    combined: true
  }
}
