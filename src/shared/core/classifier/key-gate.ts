/**
 * The classifier's gate (issue 14): one scan of a mail's text for the keys of every phrase
 * (prefilter.ts works them out from the phrases' sources), saying which phrases can match.
 */

/** Buckets of keys by their first three characters (a power of two). */
const BUCKETS = 1 << 14

/** The bucket of the three characters a, b, c. */
const bucketOf = (a: number, b: number, c: number): number => (((a * 31 + b) * 31 + c) * 2654435761) >>> (32 - 14)

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
  // The keys laid out by bucket: bucket b holds keys[keysFrom[b]] .. keys[keysFrom[b + 1] - 1].
  const byBucket: string[][] = Array.from({ length: BUCKETS }, () => [])
  for (const key of groupsOfKey.keys()) byBucket[bucketOf(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2))].push(key)
  const keysFrom = new Int32Array(BUCKETS + 1)
  const keys: string[] = []
  const groupsFrom: number[] = []
  const groupsOf: number[] = []
  for (let b = 0; b < BUCKETS; b++) {
    keysFrom[b] = keys.length
    for (const key of byBucket[b]) {
      keys.push(key)
      groupsFrom.push(groupsOf.length)
      groupsOf.push(...groupsOfKey.get(key)!)
    }
  }
  keysFrom[BUCKETS] = keys.length
  groupsFrom.push(groupsOf.length)
  // Each key's fourth character (-1 for a key of three): most keys of a bucket differ there ("inter…", "intro…"), so
  // comparing it first spares the string comparison of most of them.
  const fourth = Int32Array.from(keys, (key) => (key.length > 3 ? key.charCodeAt(3) : -1))

  const ungated: number[] = []
  groupsNeeded.forEach((needed, phrase) => needed === 0 && ungated.push(phrase))
  const held = new Uint8Array(phraseOfGroup.length)
  const groupsHeld = new Int32Array(groupsOfPhrases.length)
  const touched: number[] = []
  return (lowerText) => {
    const open = [...ungated]
    let sorted = true
    const n = lowerText.length
    let a = 0
    let b = n > 0 ? lowerText.charCodeAt(0) : 0
    let c = n > 1 ? lowerText.charCodeAt(1) : 0
    for (let at = 0; at + 2 < n; at++) {
      a = b
      b = c
      c = lowerText.charCodeAt(at + 2)
      const bucket = bucketOf(a, b, c)
      let k = keysFrom[bucket]
      const end = keysFrom[bucket + 1]
      if (k === end) continue
      const d = at + 3 < n ? lowerText.charCodeAt(at + 3) : -2
      for (; k < end; k++) {
        const f = fourth[k]
        if (f !== -1 && f !== d) continue
        const key = keys[k]
        if (!lowerText.startsWith(key, at)) continue
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
    for (const group of touched) {
      held[group] = 0
      groupsHeld[phraseOfGroup[group]] = 0
    }
    touched.length = 0
    return sorted ? open : open.sort((x, y) => x - y)
  }
}
