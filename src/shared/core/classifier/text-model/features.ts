/**
 * What the text model reads of a mail: the words of its subject, and the words and word pairs of what the
 * sender wrote (quotes and signatures already cut by text.ts), and the first four letters of longer words, accents
 * folded and lower-cased, each hashed
 * into one of 2^18 buckets. Language-blind on purpose: it learns "plaza cubierta" as readily as "role filled".
 */

export const BITS = 18
/** Measured by leaving out each blind-written training batch in turn (8 batches): words and pairs alone 81.8 %, with
 * 4-letter prefixes 84.9 % (3 letters 82.6 %, 5 letters 84.0 %, 6 letters 83.0 %; word triples or 4-letter pieces lower).
 * Then (11 batches, training-7 to 18): 84.9 %; with the subject's pairs and prefixes too, and 40,000 buckets kept
 * (train.ts), 86.8 % (last 3 letters, 6-letter prefixes, prefix pairs or only the first 200 words: lower or no better). */
const PREFIX = 4
const MASK = (1 << BITS) - 1

const FNV_OFFSET = 2166136261
/** FNV-1a over `text` from the state `h`: a feature's hash is its parts' hashes run on, so no feature string is built. */
function fnv(h: number, text: string, to = text.length): number {
  for (let i = 0; i < to; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h
}

/** FNV-1a, 32 bits: fast, deterministic, the same in the trainer and the app. */
export function bucketOf(feature: string): number {
  return (fnv(FNV_OFFSET, feature) >>> 0) & MASK
}
const bucket = (h: number): number => (h >>> 0) & MASK
const SUBJECT = fnv(FNV_OFFSET, 's:')
const SUBJECT_STEM = fnv(FNV_OFFSET, 'sp:')
const STEM = fnv(FNV_OFFSET, 'p:')
const BIAS = bucketOf('__bias')

/** A letter or digit outside ASCII (tested one character at a time, only where the text has such characters). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
// eslint-disable-next-line no-control-regex
const NOT_ASCII = /[^\x00-\x7f]/

/**
 * Words of two letters or more, accents folded, numbers dropped: the runs of letters and digits of the text folded
 * (NFKD, marks removed, lower case). Read in one pass over the characters rather than split by a Unicode-class regular
 * expression, which was the single largest cost of classifying (a CPU profile of the classify bench: 7 % of it); the
 * same words on every mail of the corpus (classifier-second-opinion.test.ts compares it with that plain definition).
 */
export function wordsOf(text: string): string[] {
  const folded = (NOT_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text).toLowerCase()
  const out: string[] = []
  let start = -1
  let digitsOnly = true
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32
    let inWord: boolean
    let width = 1
    if (c < 128) inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
    else if (c >= 0xd800 && c <= 0xdbff) {
      width = 2 // a letter beyond the first plane is tested whole
      inWord = LETTER_OR_DIGIT.test(folded.slice(i, i + 2))
    } else inWord = LETTER_OR_DIGIT.test(folded[i]!)
    if (inWord) {
      if (start < 0) {
        start = i
        digitsOnly = true
      }
      if (c < 48 || c > 57) digitsOnly = false
      i += width - 1
    } else if (start >= 0) {
      if (i - start > 1 && !digitsOnly) out.push(folded.slice(start, i))
      start = -1
    }
  }
  return out
}

/**
 * The buckets of one text's features, each once: the subject's words ("s:word"), stems ("sp:stem") and word pairs
 * ("s:one two"), the sender's words, stems ("p:stem") and word pairs, and a bias. Hashed as the parts are read
 * (bucketOf of the feature's text gives the same bucket; classifier-second-opinion.test.ts checks it on the corpus).
 */
export function bucketsOf(subject: string, own: string, ownWords: string[] = wordsOf(own)): Set<number> {
  const buckets = new Set<number>()
  const said = wordsOf(subject)
  for (let i = 0; i < said.length; i++) {
    const h = fnv(SUBJECT, said[i])
    buckets.add(bucket(h))
    // The subject's word pairs and stems too: "Ihre Bewerbung", "next steps", "convocatória" and "convocação".
    if (said[i].length > PREFIX) buckets.add(bucket(fnv(SUBJECT_STEM, said[i], PREFIX)))
    if (i + 1 < said.length) buckets.add(bucket(fnv(fnv(h, ' '), said[i + 1])))
  }
  const words = ownWords
  for (let i = 0; i < words.length; i++) {
    const h = fnv(FNV_OFFSET, words[i])
    buckets.add(bucket(h))
    // A crude stem: "contactaremos" and "contactando", "shortlisted" and "shortlisting" share "p:cont", "p:shor".
    if (words[i].length > PREFIX) buckets.add(bucket(fnv(STEM, words[i], PREFIX)))
    if (i + 1 < words.length) buckets.add(bucket(fnv(fnv(h, ' '), words[i + 1])))
  }
  buckets.add(BIAS)
  return buckets
}

/** The features of one text, each once, with equal weights that sum (squared) to one. */
export function featuresOf(subject: string, own: string, ownWords?: string[]): Map<number, number> {
  const buckets = bucketsOf(subject, own, ownWords)
  const value = 1 / Math.sqrt(buckets.size)
  return new Map([...buckets].map((b) => [b, value]))
}
