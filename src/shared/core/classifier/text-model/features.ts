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

/** FNV-1a, 32 bits: fast, deterministic, the same in the trainer and the app. */
export function bucketOf(feature: string): number {
  let h = 2166136261
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return (h >>> 0) & MASK
}

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

/** The features of one text, each once, with equal weights that sum (squared) to one. */
export function featuresOf(subject: string, own: string, ownWords: string[] = wordsOf(own)): Map<number, number> {
  const buckets = new Set<number>()
  const said = wordsOf(subject)
  for (let i = 0; i < said.length; i++) {
    buckets.add(bucketOf(`s:${said[i]}`))
    // The subject's word pairs and stems too: "Ihre Bewerbung", "next steps", "convocatória" and "convocação".
    if (said[i].length > PREFIX) buckets.add(bucketOf(`sp:${said[i].slice(0, PREFIX)}`))
    if (i + 1 < said.length) buckets.add(bucketOf(`s:${said[i]} ${said[i + 1]}`))
  }
  const words = ownWords
  for (let i = 0; i < words.length; i++) {
    buckets.add(bucketOf(words[i]))
    // A crude stem: "contactaremos" and "contactando", "shortlisted" and "shortlisting" share "p:cont", "p:shor".
    if (words[i].length > PREFIX) buckets.add(bucketOf(`p:${words[i].slice(0, PREFIX)}`))
    if (i + 1 < words.length) buckets.add(bucketOf(`${words[i]} ${words[i + 1]}`))
  }
  buckets.add(bucketOf('__bias'))
  const value = 1 / Math.sqrt(buckets.size)
  return new Map([...buckets].map((b) => [b, value]))
}
