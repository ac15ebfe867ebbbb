/**
 * Trains the text model: multinomial logistic regression over featuresOf(), by stochastic gradient descent in the
 * order given (so the same corpus always gives the same model), then keeps the buckets that weigh most and rounds
 * their weights to one byte each. Pure; scripts/train-text-model.ts feeds it the labelled corpus.
 */
import { featuresOf } from './features'
import { CLASSES } from './classes'

export interface Example {
  subject: string
  own: string
  category: string
}

export interface TrainedModel {
  /** Bucket numbers, ascending. */
  buckets: number[]
  /** For each kept bucket, one signed byte per class (CLASSES order). */
  weights: Int8Array
  /** A weight is its byte times this. */
  scale: number
}

const EPOCHS = 30
const RATE = 0.5
const L2 = 1e-4
/**
 * Buckets kept of 262,144. Leaving each blind training batch out in turn (11 batches): 25,000 86.4 %, 40,000 86.8 %,
 * 60,000 87.1 %, all of them 87.1 %: 40,000 keeps nearly all of it in a file a third the size.
 */
export const KEPT_BUCKETS = 40_000

function probabilities(w: Float32Array[], x: Map<number, number>): number[] {
  const z = w.map((wc) => {
    let s = 0
    for (const [k, v] of x) s += wc[k] * v
    return s
  })
  const max = Math.max(...z)
  const e = z.map((v) => Math.exp(v - max))
  const total = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / total)
}

export function train(examples: readonly Example[], size: number): TrainedModel {
  const xs = examples.map((e) => featuresOf(e.subject, e.own))
  const ys = examples.map((e) => CLASSES.indexOf(e.category as (typeof CLASSES)[number]))
  if (ys.some((y) => y < 0)) throw new Error('An example has a category the model does not know.')
  const w = CLASSES.map(() => new Float32Array(size))
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch * 0.2)
    for (let i = 0; i < xs.length; i++) {
      const p = probabilities(w, xs[i])
      for (let c = 0; c < CLASSES.length; c++) {
        const g = p[c] - (ys[i] === c ? 1 : 0)
        const wc = w[c]
        for (const [k, v] of xs[i]) wc[k] -= rate * (g * v + L2 * wc[k])
      }
    }
  }
  const norm = new Float32Array(size)
  for (const wc of w) for (let i = 0; i < size; i++) norm[i] += Math.abs(wc[i])
  const buckets = Array.from(norm.keys())
    .filter((i) => norm[i] > 0)
    .sort((a, b) => norm[b] - norm[a] || a - b)
    .slice(0, KEPT_BUCKETS)
    .sort((a, b) => a - b)
  let max = 0
  for (const b of buckets) for (const wc of w) max = Math.max(max, Math.abs(wc[b]))
  const scale = max / 127
  const weights = new Int8Array(buckets.length * CLASSES.length)
  buckets.forEach((b, i) => CLASSES.forEach((_, c) => (weights[i * CLASSES.length + c] = Math.round(w[c][b] / scale))))
  return { buckets, weights, scale }
}
