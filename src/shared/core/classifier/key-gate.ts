/**
 * The classifier's gate (issue 14): one scan of a mail's text for the keys of every phrase
 * (prefilter.ts works them out from the phrases' sources), saying which phrases can match.
 */

/** Buckets of short keys by their first three characters (a power of two). */
const SHORT_BUCKETS = 1 << 13
/** Keys of this length or longer are looked up by their first six characters. */
const LONG = 6
/** Buckets of long keys by their first six characters (a power of two). */
const LONG_BUCKETS = 1 << 16

/** The bucket of a short key starting with the three characters a, b, c. */
const bucketOf = (a: number, b: number, c: number): number => Math.imul((a * 31 + b) * 31 + c, 0x9e3779b1) >>> (32 - 13)
/** The bucket of a long key starting with the six characters a .. f. */
const longBucketOf = (a: number, b: number, c: number, d: number, e: number, f: number): number =>
  Math.imul(Math.imul((a * 31 + b) * 31 + c, 0x9e3779b1) ^ ((d * 31 + e) * 31 + f), 0x85ebca6b) >>> (32 - 16)

/** One scan for the keys of every phrase (a phrase of null keys is always open): see createGroupGate. */
export function createGate(keysOfPhrases: readonly (readonly string[] | null)[]): (lowerText: string) => boolean[] {
  return createGroupGate(keysOfPhrases.map((keys) => (keys ? [keys] : null)))
}

/** createOpeningGate's answer as one flag per phrase. */
export function createGroupGate(groupsOfPhrases: readonly (readonly (readonly string[])[] | null)[]): (lowerText: string) => boolean[] {
  const opening = createOpeningGate(groupsOfPhrases)
  return (lowerText) => {
    const open = groupsOfPhrases.map(() => false)
    for (const phrase of opening(lowerText)) open[phrase] = true
    return open
  }
}

/**
 * One scan for all keys of all phrases: which phrases can match a lower-cased text, by their
 * indexes in ascending order (not a flag for each of the 1,300 phrases: most mails open a
 * few dozen, and short ones paid more for the flags than for the scan). A phrase
 * is open when each of its groups of keys (requiredKeyGroups) has a key in the text; null:
 * always open. Every key is at least three characters long: at each position of the text,
 * the keys that start with its next three characters (one bucket of a hash table) are
 * compared there, so a key is found exactly where it is a substring of the text. This costs
 * a fraction of one regular expression alternating thousands of keys, which tried its
 * alternatives at every position (issue 14: 130 µs of a mail's 500), and is built in a
 * millisecond or two at the first classification of a process (a trie of the keys took
 * 30-85 ms to build).
 */
export function createOpeningGate(groupsOfPhrases: readonly (readonly (readonly string[])[] | null)[]): (lowerText: string) => number[] {
  // Each group of each phrase has a number; each distinct key lists the groups it satisfies, in ascending order, as a
  // chain through flat arrays (built once per process, before the first mail is classified: about 16,000 keys, and a
  // Map of arrays with a closure per key took 30-40 ms of it).
  const phraseOfGroup: number[] = []
  const groupsNeeded = new Int32Array(groupsOfPhrases.length)
  const idOf = new Map<string, number>()
  const distinct: string[] = []
  const firstRef: number[] = []
  const lastRef: number[] = []
  const refGroup: number[] = []
  const refNext: number[] = []
  for (let phrase = 0; phrase < groupsOfPhrases.length; phrase++) {
    const groups = groupsOfPhrases[phrase]
    if (!groups) continue
    for (const keys of groups) {
      // A group with a key too short to be looked up (prefilter.ts never makes one) gates nothing.
      if (keys.length === 0 || keys.some((key) => key.length < 3)) continue
      const group = phraseOfGroup.length
      phraseOfGroup.push(phrase)
      groupsNeeded[phrase]++
      for (const key of keys) {
        let id = idOf.get(key)
        if (id === undefined) {
          id = distinct.length
          idOf.set(key, id)
          distinct.push(key)
          firstRef.push(-1)
          lastRef.push(-1)
        } else if (refGroup[lastRef[id]!] === group) continue // the same key twice in one group
        const ref = refGroup.length
        refGroup.push(group)
        refNext.push(-1)
        if (lastRef[id] === -1) firstRef[id] = ref
        else refNext[lastRef[id]!] = ref
        lastRef[id] = ref
      }
    }
  }
  // The keys laid out by bucket: short keys (three to five characters) by their first three, long ones by their first
  // six, so that the many keys which begin alike ("confirm your interview", "confirm the date") do not all share the
  // bucket of their first three characters. Bucket b of short keys holds keys[keysFrom[b]] .. keys[keysFrom[b + 1] - 1];
  // bucket b of long keys is bucket SHORT_BUCKETS + b. A counting sort (one array per bucket cost more to build than
  // the gate saved).
  const count = distinct.length
  const bucketOfKey = new Int32Array(count)
  const keysFrom = new Int32Array(SHORT_BUCKETS + LONG_BUCKETS + 1)
  for (let i = 0; i < count; i++) {
    const key = distinct[i]!
    const a = key.charCodeAt(0)
    const b = key.charCodeAt(1)
    const c = key.charCodeAt(2)
    const bucket =
      key.length < LONG ? bucketOf(a, b, c) : SHORT_BUCKETS + longBucketOf(a, b, c, key.charCodeAt(3), key.charCodeAt(4), key.charCodeAt(5))
    bucketOfKey[i] = bucket
    keysFrom[bucket + 1]++
  }
  for (let b = 1; b < keysFrom.length; b++) keysFrom[b] += keysFrom[b - 1]!
  const filled = keysFrom.slice(0, -1)
  const keys: string[] = new Array<string>(count)
  const order = new Int32Array(count)
  for (let i = 0; i < count; i++) {
    const at = filled[bucketOfKey[i]!]!++
    keys[at] = distinct[i]!
    order[at] = i
  }
  // Each key's groups, in the keys' order: key k's are groupsOf[groupsFrom[k]] .. groupsOf[groupsFrom[k + 1] - 1].
  const groupsFrom = new Int32Array(count + 1)
  const groupsOf = new Int32Array(refGroup.length)
  // Each short key's fourth character (-1 for a key of three), each long key's seventh (-1 for a key of six): most keys
  // of a bucket differ there, so comparing it first spares the string comparison of most of them. And each key's last
  // character, compared next: keys that begin alike ("confirm your interview", "confirm your application") mostly end apart.
  const next = new Int32Array(count)
  const lengthOf = new Int32Array(count)
  const lastOf = new Int32Array(count)
  let o = 0
  for (let k = 0; k < count; k++) {
    groupsFrom[k] = o
    for (let ref = firstRef[order[k]!]!; ref !== -1; ref = refNext[ref]!) groupsOf[o++] = refGroup[ref]!
    const key = keys[k]!
    const length = key.length
    next[k] = length >= LONG ? (length > LONG ? key.charCodeAt(LONG) : -1) : length > 3 ? key.charCodeAt(3) : -1
    lengthOf[k] = length
    lastOf[k] = key.charCodeAt(length - 1)
  }
  groupsFrom[count] = o

  const ungated: number[] = []
  groupsNeeded.forEach((needed, phrase) => needed === 0 && ungated.push(phrase))
  const held = new Uint8Array(phraseOfGroup.length)
  const groupsHeld = new Int32Array(groupsOfPhrases.length)
  const touched: number[] = []
  return (lowerText) => {
    const open = [...ungated]
    let sorted = true
    const n = lowerText.length
    /** Whether keys[from .. to - 1] has keys at `at` (`following`: the character after the bucket's), and opens their phrases. */
    const look = (from: number, to: number, at: number, following: number): void => {
      for (let k = from; k < to; k++) {
        const f = next[k]
        if (f !== -1 && f !== following) continue
        if (lowerText.charCodeAt(at + lengthOf[k] - 1) !== lastOf[k]) continue
        if (!lowerText.startsWith(keys[k], at)) continue
        for (let o = groupsFrom[k], last = groupsFrom[k + 1]; o < last; o++) {
          const group = groupsOf[o]
          if (held[group]) continue
          held[group] = 1
          touched.push(group)
          const phrase = phraseOfGroup[group]
          if (++groupsHeld[phrase] === groupsNeeded[phrase]) {
            if (open.length && open[open.length - 1] > phrase) sorted = false
            open.push(phrase)
          }
        }
      }
    }
    // The text's characters at at .. at + 6 (-2 past its end, which no key has).
    let c0 = -2
    let c1 = n > 0 ? lowerText.charCodeAt(0) : -2
    let c2 = n > 1 ? lowerText.charCodeAt(1) : -2
    let c3 = n > 2 ? lowerText.charCodeAt(2) : -2
    let c4 = n > 3 ? lowerText.charCodeAt(3) : -2
    let c5 = n > 4 ? lowerText.charCodeAt(4) : -2
    let c6 = n > 5 ? lowerText.charCodeAt(5) : -2
    for (let at = 0; at + 2 < n; at++) {
      c0 = c1
      c1 = c2
      c2 = c3
      c3 = c4
      c4 = c5
      c5 = c6
      c6 = at + 6 < n ? lowerText.charCodeAt(at + 6) : -2
      const short = bucketOf(c0, c1, c2)
      if (keysFrom[short] !== keysFrom[short + 1]) look(keysFrom[short], keysFrom[short + 1], at, c3)
      if (c5 === -2) continue
      const long = SHORT_BUCKETS + longBucketOf(c0, c1, c2, c3, c4, c5)
      if (keysFrom[long] !== keysFrom[long + 1]) look(keysFrom[long], keysFrom[long + 1], at, c6)
    }
    for (const group of touched) {
      held[group] = 0
      groupsHeld[phraseOfGroup[group]] = 0
    }
    touched.length = 0
    return sorted ? open : open.sort((x, y) => x - y)
  }
}
