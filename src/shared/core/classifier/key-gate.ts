/**
 * The classifier's gate (issue 14): one scan of a mail's text for the keys of every phrase
 * (prefilter.ts works them out from the phrases' sources), saying which phrases can match.
 */

/** Characters below this are looked up in a table at the trie's root (Latin, Greek, Cyrillic); others by search. */
const ROOT_TABLE = 0x800

/** One scan for the keys of every phrase (a phrase of null keys is always open): see createGroupGate. */
export function createGate(keysOfPhrases: readonly (readonly string[] | null)[]): (lowerText: string) => boolean[] {
  return createGroupGate(keysOfPhrases.map((keys) => (keys ? [keys] : null)))
}

/**
 * One scan for all keys of all phrases: which phrases can match a lower-cased text. A phrase
 * is open when each of its groups of keys (requiredKeyGroups) has a key in the text; null:
 * always open. From each position of the text, a trie of the keys is walked as far as the
 * text follows it; every key ended on the way occurs there, so the set of keys found is exact
 * (a key is found exactly where it is a substring of the text). Most walks end after a
 * character or two. The trie lives in a few typed arrays (each node's children side by side,
 * sorted by character), small enough to stay in the processor's cache between mails: a trie
 * of Maps was 3 times slower inside the classifier than alone, and one regular expression
 * alternating thousands of keys, which tried its alternatives at every position, 4 times
 * (issue 14: 130 µs of a mail's 500).
 */
export function createGroupGate(groupsOfPhrases: readonly (readonly (readonly string[])[] | null)[]): (lowerText: string) => boolean[] {
  // Each group of each phrase has a number; a key's node lists the groups it satisfies.
  const phraseOfGroup: number[] = []
  const groupsNeeded = new Int32Array(groupsOfPhrases.length)
  // Built as Maps first, then laid out flat.
  type Node = { next: Map<number, Node>; groups: number[]; id: number }
  const root: Node = { next: new Map(), groups: [], id: 0 }
  groupsOfPhrases.forEach((groups, phrase) => {
    for (const keys of groups ?? []) {
      const group = phraseOfGroup.length
      phraseOfGroup.push(phrase)
      groupsNeeded[phrase]++
      for (const key of new Set(keys)) {
        let node = root
        for (let i = 0; i < key.length; i++) {
          const code = key.charCodeAt(i)
          let child = node.next.get(code)
          if (!child) node.next.set(code, (child = { next: new Map(), groups: [], id: 0 }))
          node = child
        }
        node.groups.push(group)
      }
    }
  })
  // Breadth first: the children of a node are numbered consecutively, in character order.
  const nodes: Node[] = [root]
  for (let k = 0; k < nodes.length; k++) {
    for (const code of [...nodes[k].next.keys()].sort((a, b) => a - b)) {
      const child = nodes[k].next.get(code)!
      child.id = nodes.length
      nodes.push(child)
    }
  }
  const firstChild = new Int32Array(nodes.length + 1)
  const childCode = new Uint16Array(nodes.length)
  const groupsFrom = new Int32Array(nodes.length + 1)
  let groupCount = 0
  for (const node of nodes) groupCount += node.groups.length
  const groupsOf = new Int32Array(groupCount)
  for (let k = 0, edge = 1, at = 0; k < nodes.length; k++) {
    firstChild[k] = edge
    edge += nodes[k].next.size
    groupsFrom[k] = at
    for (const g of nodes[k].groups) groupsOf[at++] = g
    for (const [code, child] of nodes[k].next) childCode[child.id] = code
  }
  firstChild[nodes.length] = nodes.length
  groupsFrom[nodes.length] = groupCount
  const rootTable = new Int32Array(ROOT_TABLE)
  for (const [code, child] of root.next) if (code < ROOT_TABLE) rootTable[code] = child.id

  /** The child of `node` for `code`, or 0. */
  const childOf = (node: number, code: number): number => {
    let lo = firstChild[node]
    let hi = firstChild[node + 1] - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const c = childCode[mid]
      if (c === code) return mid
      if (c < code) lo = mid + 1
      else hi = mid - 1
    }
    return 0
  }
  const ungated = groupsOfPhrases.map((g) => g === null || g.length === 0)
  const held = new Uint8Array(phraseOfGroup.length)
  const groupsHeld = new Int32Array(groupsOfPhrases.length)
  const touched: number[] = []
  return (lowerText) => {
    const open = [...ungated]
    const n = lowerText.length
    for (let at = 0; at < n; at++) {
      const first = lowerText.charCodeAt(at)
      let node = first < ROOT_TABLE ? rootTable[first] : childOf(0, first)
      for (let i = at + 1; node !== 0; i++) {
        for (let o = groupsFrom[node], end = groupsFrom[node + 1]; o < end; o++) {
          const group = groupsOf[o]
          if (held[group]) continue
          held[group] = 1
          touched.push(group)
          const phrase = phraseOfGroup[group]
          if (++groupsHeld[phrase] === groupsNeeded[phrase]) open[phrase] = true
        }
        if (i >= n) break
        node = childOf(node, lowerText.charCodeAt(i))
      }
    }
    for (const group of touched) {
      held[group] = 0
      groupsHeld[phraseOfGroup[group]] = 0
    }
    touched.length = 0
    return open
  }
}
