/**
 * The text model: a small statistical layer under the rules, trained in the repository on the labelled corpus
 * (`npm run train:text-model`; held-out batches never seen). It reads words, not phrases, so it carries to
 * writers the rules never met: "we've gone with someone local" reads as a rejection because the corpus's
 * rejections share its words. The rules stay first; see classifier/index.ts for when this one speaks.
 */
import { BITS, bucketsOf } from './features'
import { CLASSES } from './classes'
import { BUCKETS, SCALE, WEIGHTS } from './weights'

export { CLASSES } from './classes'

export interface TextReading {
  category: (typeof CLASSES)[number]
  probability: number
  /** How far ahead of the next category it is (0..1). */
  margin: number
  /** The model's probability of another category. */
  probabilityOf: (category: string) => number
}

let dense: Int8Array | undefined

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Each base64 character's value, by character code: a table, not a search of the alphabet per character (a CPU
 *  profile of `sync --once` under load put the decoding at 21 ms; alone, cold: 4.6 -> 3.6 ms, warm 2.4 -> 0.8 ms). */
const VALUE = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i

/** Base64 to bytes (the pure core has neither Buffer nor atob). */
function bytesOf(b64: string): Uint8Array {
  const clean = b64.replace(/=+$/, '')
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let bits = 0
  let acc = 0
  let at = 0
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | VALUE[clean.charCodeAt(i) & 127]
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[at++] = (acc >> bits) & 0xff
    }
  }
  return bytes
}

/** The weights, one signed byte per bucket and class, decoded once on first use (1.8 MB). */
function weights(): Int8Array {
  if (dense) return dense
  const n = CLASSES.length
  const table = new Int8Array((1 << BITS) * n)
  const gaps = bytesOf(BUCKETS)
  const w = new Int8Array(bytesOf(WEIGHTS).buffer)
  let bucket = 0
  let at = 0
  for (let i = 0; at < gaps.length; i++) {
    let gap = 0
    let shift = 0
    for (;;) {
      const byte = gaps[at++]
      gap |= (byte & 0x7f) << shift
      if (byte < 0x80) break
      shift += 7
    }
    bucket += gap
    for (let c = 0; c < n; c++) table[bucket * n + c] = w[i * n + c]
  }
  dense = table
  return table
}

/**
 * Decodes the weights now (about 10 ms, and 1.8 MB for the collector), so that the first mail the model reads does
 * not pay for it: the sync does this while the server takes new mail in (issue 14).
 */
export function prepareTextModel(): void {
  weights()
}

/** Whether the weights are decoded (prepareTextModel, or a first reading). */
export const textModelReady = (): boolean => dense !== undefined

/** The model's probabilities for features of equal weight (featuresOf): each class's weights summed, then scaled once. */
function probabilities(buckets: Set<number>): number[] {
  const table = weights()
  const n = CLASSES.length
  const z = new Array<number>(n).fill(0)
  for (const bucket of buckets) for (let c = 0; c < n; c++) z[c] += table[bucket * n + c]
  const value = 1 / Math.sqrt(buckets.size)
  const max = Math.max(...z) * value
  const e = z.map((v) => Math.exp((v * value - max) * SCALE))
  const total = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / total)
}

/** Ends a sentence: . ! ? or ; after a letter or a closing mark (so "Freitag, 6. November" stays one), or a line break. */
const SENTENCE_END = /(?<=[\p{L})"'»”][.!?]|;)\s+|\n+/u

/** What the text model reads `own` (and the subject) as, and how sure it is. */
export function readText(subject: string, own: string, ownWords?: string[]): TextReading {
  const p = probabilities(bucketsOf(subject, own, ownWords))
  let top = 0
  for (let c = 1; c < p.length; c++) if (p[c] > p[top]) top = c
  const second = Math.max(...p.filter((_, c) => c !== top))
  return {
    category: CLASSES[top],
    probability: p[top],
    margin: p[top] - second,
    probabilityOf: (category) => p[CLASSES.indexOf(category as (typeof CLASSES)[number])] ?? 0
  }
}

/** The sentence of `own` that reads most like `category`, to quote as the reason ('' when none is long enough). */
export function sentenceFor(own: string, category: (typeof CLASSES)[number]): string {
  const c = CLASSES.indexOf(category)
  let sentence = ''
  let best = -1
  for (const s of own.split(SENTENCE_END)) {
    const words = s.trim()
    if (words.length < 12 || words.length > 400) continue
    const q = probabilities(bucketsOf('', words))[c]
    if (q > best) {
      best = q
      sentence = words
    }
  }
  return sentence
}
