/**
 * An earlier promise reported as broken is no promise now: "I know the advert said shortlisting would be done by the
 * 9th - it wasn't", "we said you'd hear by tomorrow; that isn't going to happen", "te dijimos que el viernes, pero no ha
 * sido posible", "wir hatten Ihnen bis Freitag zugesagt, das hat leider nicht geklappt". The days named between the word
 * that reports it ("said", "dijimos", "zugesagt") and the words that say it failed (here or in the next sentence) are
 * dropped; a new promise after them ("…so we'll now decide by Tuesday") stands. Token lookups only.
 */
import { wordSet as words } from './token-sets'

/** What was said or planned before: said, told, promised, advertised, dijimos, annoncé, gesagt, detto, gezegd, dissemos… */
const REPORTED = words(`
said told promised mentioned advertised indicated stated planned originally initially supposed
gesagt versprochen angekündigt zugesagt ursprünglich geplant
dijimos dije dicho comenté comentamos indicamos prometimos anunciamos inicialmente
avions annoncé annonce indiqué promis initialement
detto annunciato promesso inizialmente
gezegd beloofd aangekondigd oorspronkelijk aanvankelijk
dissemos disse dito prometido prometemos anunciado
`)
/** Failed in one word: "wasn't", "didn't", "slipped", "geklappt" (after "nicht"), "retard", "ritardo", "vertraging", "atraso". */
const FAILED = words(`
wasn weren didn slipped overran missed
geklappt geschafft eingehalten
retrasado retraso pudo conseguido
retard
ritardo slittato slittata
gelukt lukken lukt vertraging uitgelopen
atraso atrasou
`)
/** "isn't going to happen", "won't happen", "not going to work": a failure said in the future. */
const GOING = new Set(['going', 'happen', 'gonna'])
const NOT = new Set(['isn', 'not', 'won', 'no', 'pas', 'non', 'não', 'nao', 'nicht', 'niet'])
/** "no ha sido posible", "pas été possible", "non è stato possibile", "não foi possível": not possible. */
const POSSIBLE = new Set(['posible', 'possible', 'possibile', 'possível', 'possivel', 'mogelijk', 'möglich'])

/** The index of the first word that says the promise failed, from `from` on; -1 without one. */
function failedAt(tokens: readonly string[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]
    if (FAILED.has(t) && t !== 'pudo' && t !== 'conseguido') return i
    if (
      (t === 'pudo' || t === 'conseguido' || POSSIBLE.has(t) || GOING.has(t)) &&
      tokens.slice(Math.max(0, i - 4), i).some((w) => NOT.has(w))
    )
      return i
  }
  return -1
}

/**
 * The tokens of a sentence that name a broken promise's days, as [from, to), or undefined. `next` gives the next
 * sentence's tokens ("We said you'd hear by tomorrow. That isn't going to happen."), read only when needed.
 */
export function brokenPromiseSpan(
  tokens: readonly string[],
  next: () => readonly string[] | undefined
): readonly [number, number] | undefined {
  const reported = tokens.findIndex((t) => REPORTED.has(t))
  if (reported < 0) return undefined
  const here = failedAt(tokens, reported + 1)
  if (here >= 0) return [reported, here]
  const after = next()
  const there = after === undefined ? -1 : failedAt(after, 0)
  return there >= 0 && there < 6 ? [reported, tokens.length] : undefined
}

/**
 * The part of a sentence whose days still count, and the index of its first token: all of it without a broken promise;
 * the words after the failure ("…- it wasn't, so we'll come back by Friday"); nothing when the failure is said in the
 * next sentence.
 */
export function stillPromised(
  sentence: string,
  tokens: readonly string[],
  next: () => readonly string[] | undefined
): { text: string; from: number } {
  const span = brokenPromiseSpan(tokens, next)
  if (span === undefined) return { text: sentence, from: 0 }
  if (span[1] >= tokens.length) return { text: '', from: tokens.length }
  // Token k starts where the k-th run of letters and digits does (tokensOf splits on everything else).
  let k = 0
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+/gu)) if (k++ === span[1]) return { text: sentence.slice(m.index), from: span[1] }
  return { text: '', from: tokens.length }
}
