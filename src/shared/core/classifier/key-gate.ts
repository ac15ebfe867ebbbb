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
  // Each group of each phrase has a number; each distinct key lists the groups it satisfies.
  const phraseOfGroup: number[] = []
  const groupsNeeded = new Int32Array(groupsOfPhrases.length)
  const groupsOfKey = new Map<string, number[]>()
  groupsOfPhrases.forEach((groups, phrase) => {
    for (const keys of groups ?? []) {
      // A group with a key too short to be looked up (prefilter.ts never makes one) gates nothing.
      if (keys.length === 0 || keys.some((key) => key.length < 3)) continue
      const group = phraseOfGroup.length
      phraseOfGroup.push(phrase)
      groupsNeeded[phrase]++
      for (const key of keys) {
        const list = groupsOfKey.get(key)
        if (!list) groupsOfKey.set(key, [group])
        else if (list[list.length - 1] !== group) list.push(group)
      }
    }
  })
  // The keys laid out by bucket: short keys (three to five characters) by their first three, long ones by their first
  // six, so that the many keys which begin alike ("confirm your interview", "confirm the date") do not all share the
  // bucket of their first three characters. Bucket b of short keys holds keys[keysFrom[b]] .. keys[keysFrom[b + 1] - 1];
  // bucket b of long keys is bucket SHORT_BUCKETS + b.
  const distinct = [...groupsOfKey.keys()]
  const bucketOfKey = Int32Array.from(distinct, (key) => {
    const c = (i: number): number => key.charCodeAt(i)
    return key.length < LONG ? bucketOf(c(0), c(1), c(2)) : SHORT_BUCKETS + longBucketOf(c(0), c(1), c(2), c(3), c(4), c(5))
  })
  // A counting sort of the keys by bucket (one array per bucket cost more to build than the gate saved).
  const keysFrom = new Int32Array(SHORT_BUCKETS + LONG_BUCKETS + 1)
  for (const b of bucketOfKey) keysFrom[b + 1]++
  for (let b = 1; b < keysFrom.length; b++) keysFrom[b] += keysFrom[b - 1]
  const keys: string[] = new Array<string>(distinct.length)
  const filled = keysFrom.slice(0, -1)
  distinct.forEach((key, i) => (keys[filled[bucketOfKey[i]]++] = key))
  const groupsFrom: number[] = []
  const groupsOf: number[] = []
  for (const key of keys) {
    groupsFrom.push(groupsOf.length)
    for (const group of groupsOfKey.get(key)!) groupsOf.push(group)
  }
  groupsFrom.push(groupsOf.length)
  // Each short key's fourth character (-1 for a key of three), each long key's seventh (-1 for a key of six): most keys
  // of a bucket differ there, so comparing it first spares the string comparison of most of them.
  const next = Int32Array.from(keys, (key) =>
    key.length >= LONG ? (key.length > LONG ? key.charCodeAt(LONG) : -1) : key.length > 3 ? key.charCodeAt(3) : -1
  )
  // And each key's last character, compared next: keys that begin alike ("confirm your interview", "confirm your
  // application") mostly end apart.
  const lengthOf = Int32Array.from(keys, (key) => key.length)
  const lastOf = Int32Array.from(keys, (key) => key.charCodeAt(key.length - 1))

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
