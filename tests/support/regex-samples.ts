/**
 * Random texts a regular expression's source can match, for the prefilter's tests: the gate must open a phrase
 * wherever its pattern matches, and these reach the alternatives and optional parts the corpus never wrote.
 * Handles the subset the phrase tables use; a lookaround or word boundary is written as nothing, so a sample may
 * not match (the tests keep only those that do).
 */
type Node = { kind: 'text'; choices: string[] } | { kind: 'group'; alternatives: Item[][] } | { kind: 'nothing' }
interface Item {
  node: Node
  min: number
  max: number
}

const LETTERS = ['a', 'e', 'x', 'é', 'n']

export function sampleMatches(source: string, count: number, random: () => number): string[] {
  let i = 0
  const peek = (): string => source[i] ?? ''
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

  function alternatives(): Item[][] {
    const out = [sequence()]
    while (peek() === '|') {
      i++
      out.push(sequence())
    }
    return out
  }
  function sequence(): Item[] {
    const items: Item[] = []
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      const node = atom()
      let min = 1
      let max = 1
      const q = peek()
      if (q === '?' || q === '*' || q === '+') {
        i++
        ;[min, max] = q === '?' ? [0, 1] : q === '*' ? [0, 2] : [1, 3]
      } else if (q === '{') {
        const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(source.slice(i))!
        i += m[0].length
        min = Number(m[1] || 0)
        max = m[2] ? (m[3] ? Number(m[3]) : min + 2) : min
      }
      if (peek() === '?') i++ // lazy
      items.push({ node, min, max })
    }
    return items
  }
  function escape(): string[] {
    const c = source[i + 1]!
    i += 2
    if (c === 'p' || c === 'P') {
      i = source.indexOf('}', i) + 1
      return c === 'p' ? LETTERS : ['1', ' ']
    }
    if (c === 'w') return ['a', 'z', '7', '_']
    if (c === 'W' || c === 's') return [' ']
    if (c === 'S') return ['a', 'x', '.']
    if (c === 'd') return ['3', '0']
    if (c === 'n') return ['\n']
    return [c]
  }
  function atom(): Node {
    const c = peek()
    if (c === '(') {
      i++
      let look = false
      if (peek() === '?') {
        if (source.startsWith('?:', i)) i += 2
        else if (/^\?<?[=!]/.test(source.slice(i))) {
          i += source[i + 1] === '<' ? 3 : 2
          look = true
        } else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1
      }
      const inner = alternatives()
      i++ // ")"
      return look ? { kind: 'nothing' } : { kind: 'group', alternatives: inner }
    }
    if (c === '[') {
      i++
      const negated = peek() === '^'
      if (negated) i++
      const chars: string[] = []
      while (i < source.length && peek() !== ']') {
        if (peek() === '\\') chars.push(...escape())
        else if (source[i + 1] === '-' && source[i + 2] !== ']' && i + 2 < source.length) {
          chars.push(source[i]!, source[i + 2]!)
          i += 3
        } else chars.push(source[i++]!)
      }
      i++ // "]"
      return { kind: 'text', choices: negated ? ['x', 'q', ' ', '1'].filter((x) => !chars.includes(x)) : chars }
    }
    if (c === '\\') {
      if (source[i + 1] === 'b' || source[i + 1] === 'B') {
        i += 2
        return { kind: 'nothing' }
      }
      return { kind: 'text', choices: escape() }
    }
    i++
    if (c === '^' || c === '$') return { kind: 'nothing' }
    if (c === '.') return { kind: 'text', choices: ['a', ' ', '-'] }
    return { kind: 'text', choices: [c] }
  }

  const tree = alternatives()
  const write = (items: Item[]): string =>
    items
      .map(({ node, min, max }) => {
        let out = ''
        const times = min + Math.floor(random() * (max - min + 1))
        for (let t = 0; t < times; t++)
          out += node.kind === 'text' ? pick(node.choices) : node.kind === 'group' ? write(pick(node.alternatives)) : ''
        return out
      })
      .join('')
  return Array.from({ length: count }, () => write(pick(tree)))
}

/** A small seeded generator (mulberry32): the same samples on every run. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
