/**
 * Cheap gates in front of the phrase regexes: from a pattern's source, the literal strings
 * of which at least one must occur in the text for the pattern to have a chance. A
 * substring test is far cheaper than running 150 case-insensitive Unicode regexes, and
 * most phrases are absent from most mail.
 *
 * Handles the regex subset the phrase tables use: groups, alternation, quantifiers,
 * character classes, escapes and lookarounds. Anything it does not understand yields
 * "no gate" (the pattern always runs), never a wrong gate.
 */

/** Any one of these must occur (lower case); null: no usable requirement. */
type Requirement = string[] | null

const MIN_KEY_LENGTH = 3
/** Words so common that testing for them gates nothing. */
const COMMON = new Set([
  'with',
  'you',
  'your',
  'the',
  'for',
  'and',
  'that',
  'this',
  'like',
  'love',
  'what',
  'which',
  'time',
  'date',
  'take',
  'next',
  'to the',
  'for the',
  'after',
  'team',
  'great',
  'view',
  'apply',
  'matching',
  'bien',
  'für',
  'online',
  'proceso',
  'make',
  'send',
  'move',
  'push'
])

class SourceReader {
  i = 0
  constructor(readonly s: string) {}
  peek(offset = 0): string {
    return this.s[this.i + offset] ?? ''
  }
  done(): boolean {
    return this.i >= this.s.length
  }
}

function union(requirements: Requirement[]): Requirement {
  if (requirements.length === 0 || requirements.some((r) => r === null)) return null
  return [...new Set(requirements.flatMap((r) => r ?? []))]
}

/** Of several requirements that all hold, the most selective: the longest shortest key. */
function strongest(requirements: Requirement[]): Requirement {
  let best: Requirement = null
  let bestScore = 0
  for (const r of requirements) {
    if (!r || r.length === 0) continue
    const score = Math.min(...r.map((k) => (COMMON.has(k.trim()) ? 0 : k.trim().length))) - r.length * 0.01
    if (score > bestScore) {
      best = r
      bestScore = score
    }
  }
  return best
}

function readAlternation(reader: SourceReader): Requirement {
  const alternatives = [readSequence(reader)]
  while (reader.peek() === '|') {
    reader.i++
    alternatives.push(readSequence(reader))
  }
  return union(alternatives)
}

/** Reads a quantifier if one follows; returns whether the element may be absent, or undefined for none. */
function readQuantifier(reader: SourceReader): { optional: boolean } | undefined {
  const c = reader.peek()
  if (c === '?' || c === '*') {
    reader.i++
    if (reader.peek() === '?') reader.i++
    return { optional: true }
  }
  if (c === '+') {
    reader.i++
    if (reader.peek() === '?') reader.i++
    return { optional: false }
  }
  if (c === '{') {
    const m = /^\{(\d*)(?:,(\d*))?\}/.exec(reader.s.slice(reader.i))
    if (!m) return undefined
    reader.i += m[0].length
    if (reader.peek() === '?') reader.i++
    return { optional: (m[1] === '' ? 0 : Number(m[1])) === 0 }
  }
  return undefined
}

type Atom = { literal: string } | { requirement: Requirement }

function readAtom(reader: SourceReader): Atom {
  const c = reader.peek()
  if (c === '(') {
    reader.i++
    let lookaround = false
    if (reader.peek() === '?') {
      const head = reader.s.slice(reader.i, reader.i + 3)
      if (head.startsWith('?:')) reader.i += 2
      else if (head.startsWith('?<=') || head.startsWith('?<!')) {
        reader.i += 3
        lookaround = true
      } else if (head.startsWith('?=') || head.startsWith('?!')) {
        reader.i += 2
        lookaround = true
      } else if (head.startsWith('?<')) reader.i = reader.s.indexOf('>', reader.i) + 1
    }
    const inner = readAlternation(reader)
    if (reader.peek() === ')') reader.i++
    return { requirement: lookaround ? null : inner }
  }
  if (c === '[') {
    reader.i++
    while (!reader.done() && reader.peek() !== ']') reader.i += reader.peek() === '\\' ? 2 : 1
    reader.i++
    return { requirement: null }
  }
  if (c === '\\') {
    const next = reader.peek(1)
    reader.i += 2
    if (/[pP]/.test(next) && reader.peek() === '{') reader.i = reader.s.indexOf('}', reader.i) + 1
    if (/[a-zA-Z0-9]/.test(next)) return { requirement: null }
    return { literal: next }
  }
  reader.i++
  if (c === '.' || c === '^' || c === '$') return { requirement: null }
  return { literal: c.toLowerCase() }
}

function readSequence(reader: SourceReader): Requirement {
  return strongest(readRequirements(reader))
}

/** Every requirement of a sequence: each must hold for it to match. */
function readRequirements(reader: SourceReader): Requirement[] {
  const found: Requirement[] = []
  let run = ''
  const flush = (): void => {
    if (run.trim().length >= MIN_KEY_LENGTH) found.push([run])
    run = ''
  }
  while (!reader.done() && reader.peek() !== '|' && reader.peek() !== ')') {
    const atom = readAtom(reader)
    const quantifier = readQuantifier(reader)
    if ('literal' in atom && !quantifier) {
      run += atom.literal
      continue
    }
    if ('literal' in atom && quantifier && !quantifier.optional) run += atom.literal
    flush()
    if ('requirement' in atom && !quantifier?.optional) found.push(atom.requirement)
  }
  flush()
  return found
}

/** The literal keys a phrase source needs (lower case), or null when it has none worth testing. */
export function requiredKeys(source: string): string[] | null {
  try {
    const reader = new SourceReader(source)
    const requirement = readAlternation(reader)
    if (!reader.done() || !requirement || requirement.some((k) => k.trim().length < MIN_KEY_LENGTH)) return null
    return requirement
  } catch {
    return null
  }
}

/**
 * Every requirement of a phrase source that the gate can test, each a list of keys of which
 * one must occur: a phrase can match only where all of them hold ("(?:could|can) you
 * (?:pop|come) in" needs "could" or "can", and "pop" or "come"). requiredKeys is the most
 * selective one alone; all of them together open a tenth of the phrases it opens on the
 * corpus. A source of several alternatives at its top has its requiredKeys only; null: none.
 */
export function requiredKeyGroups(source: string): string[][] | null {
  try {
    const reader = new SourceReader(source)
    const found = readRequirements(reader)
    if (!reader.done()) {
      const keys = requiredKeys(source)
      return keys ? [keys] : null
    }
    const groups = new Map<string, string[]>()
    for (const r of found) if (r && r.length && r.every((k) => k.trim().length >= MIN_KEY_LENGTH)) groups.set(JSON.stringify(r), r)
    return groups.size ? [...groups.values()] : null
  } catch {
    return null
  }
}

/**
 * The keys of every phrase source, worked out at build time (electron.vite.config.ts defines
 * it with phraseKeysTable): the first classification of a process need not parse 400+
 * sources (20-70 ms). A source missing from it (running from source, tests) is read here.
 */
declare const __AFTERVIEW_PHRASE_KEYS__: Record<string, string[] | null>
/** Named once only: the build puts the whole table where the name stands. */
function builtKeys(): Record<string, string[] | null> | undefined {
  try {
    return __AFTERVIEW_PHRASE_KEYS__
  } catch {
    return undefined // not defined: running from source
  }
}
const BUILT_KEYS = builtKeys()

/** requiredKeys(source), from the table the build made when it has this source. */
export function keysOf(source: string): string[] | null {
  return BUILT_KEYS && Object.hasOwn(BUILT_KEYS, source) ? BUILT_KEYS[source]! : requiredKeys(source)
}

/** source -> requiredKeys(source), for the build to embed (see BUILT_KEYS). */
export function phraseKeysTable(sources: Iterable<string>): Record<string, string[] | null> {
  const table: Record<string, string[] | null> = {}
  for (const source of sources) table[source] = requiredKeys(source)
  return table
}

/** The groups of keys of every phrase source, worked out at build time like the keys (phraseKeyGroupsTable). */
declare const __AFTERVIEW_PHRASE_KEY_GROUPS__: Record<string, string[][] | null>
function builtKeyGroups(): Record<string, string[][] | null> | undefined {
  try {
    return __AFTERVIEW_PHRASE_KEY_GROUPS__
  } catch {
    return undefined // not defined: running from source
  }
}
const BUILT_KEY_GROUPS = builtKeyGroups()

/** requiredKeyGroups(source), from the table the build made when it has this source. */
export function keyGroupsOf(source: string): string[][] | null {
  return BUILT_KEY_GROUPS && Object.hasOwn(BUILT_KEY_GROUPS, source) ? BUILT_KEY_GROUPS[source]! : requiredKeyGroups(source)
}

/** source -> requiredKeyGroups(source), for the build to embed (see BUILT_KEY_GROUPS). */
export function phraseKeyGroupsTable(sources: Iterable<string>): Record<string, string[][] | null> {
  const table: Record<string, string[][] | null> = {}
  for (const source of sources) table[source] = requiredKeyGroups(source)
  return table
}

export { createGate, createGroupGate, createOpeningGate } from './key-gate'
