// Over 300 lines: one reader of the phrase sources' regex subset, for the keys and for the runs of few strings.
/**
 * Cheap gates in front of the phrase regexes: from a pattern's source, the literal strings
 * of which at least one must occur in the text for the pattern to have a chance. A
 * substring test is far cheaper than running 1,300 Unicode regexes, and most phrases are
 * absent from most mail. A run of words with a few alternatives in it is multiplied out
 * ("(?:send|pass) (?:it|them) on": four keys), so a phrase opens where its words stand
 * together, not wherever "send" or "pass" occurs: a fifth of the regexes ran (issue 11).
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

/** The most strings a run of literals may stand for ("(?:send|pass) (?:it|them) on": four). */
const MAX_RUN_STRINGS = 16

/** Thrown where a piece of source matches more than a few plain strings. */
class NotFinite extends Error {}

/**
 * Every string a piece of source can match, when they are few and plain: literals, groups and
 * alternatives of them, optional parts ("?"), classes of single characters ("[- ]"), and
 * what matches no text at all (lookarounds, "\\b", "^"); null for anything else. A superset
 * is never wrong for a gate: each string listed is one the piece may match.
 */
function finiteStrings(source: string): string[] | null {
  try {
    const reader = new SourceReader(source)
    const strings = readFiniteAlternation(reader)
    return reader.done() ? strings : null
  } catch {
    return null
  }
}

function readFiniteAlternation(reader: SourceReader): string[] {
  const strings = new Set(readFiniteSequence(reader))
  while (reader.peek() === '|') {
    reader.i++
    for (const s of readFiniteSequence(reader)) strings.add(s)
  }
  if (strings.size > MAX_RUN_STRINGS) throw new NotFinite()
  return [...strings]
}

function readFiniteSequence(reader: SourceReader): string[] {
  let strings = ['']
  while (!reader.done() && reader.peek() !== '|' && reader.peek() !== ')') {
    const atom = readFiniteAtom(reader)
    const from = reader.i
    readQuantifier(reader)
    const quantifier = reader.s.slice(from, reader.i)
    if (quantifier !== '' && !OPTIONAL_ONCE.test(quantifier)) throw new NotFinite()
    strings = product(strings, quantifier ? ['', ...atom] : atom)
  }
  return strings
}

/** A quantifier that makes its atom optional, once at most: "?", "{0,1}". */
const OPTIONAL_ONCE = /^(?:\?|\{0?,1\})\??$/

/** Each string of `heads` followed by each of `tails`, or NotFinite when that makes too many. */
function product(heads: readonly string[], tails: readonly string[]): string[] {
  if (heads.length * tails.length > MAX_RUN_STRINGS) throw new NotFinite()
  return [...new Set(heads.flatMap((h) => tails.map((t) => h + t)))]
}

function readFiniteAtom(reader: SourceReader): string[] {
  const c = reader.peek()
  if (c === '(') {
    reader.i++
    if (reader.peek() === '?') {
      const head = reader.s.slice(reader.i, reader.i + 3)
      if (head.startsWith('?:')) reader.i += 2
      else if (head.startsWith('?<=') || head.startsWith('?<!') || head.startsWith('?=') || head.startsWith('?!')) {
        skipGroup(reader)
        return [''] // a lookaround matches no text of its own
      } else if (head.startsWith('?<')) reader.i = reader.s.indexOf('>', reader.i) + 1
    }
    const inner = readFiniteAlternation(reader)
    if (reader.peek() !== ')') throw new NotFinite()
    reader.i++
    return inner
  }
  if (c === '[') {
    reader.i++
    const chars = new Set<string>()
    while (!reader.done() && reader.peek() !== ']') {
      let ch = reader.peek()
      if (ch === '^' && chars.size === 0) throw new NotFinite()
      if (ch === '\\') {
        ch = reader.peek(1)
        if (/[a-zA-Z0-9]/.test(ch)) throw new NotFinite()
        reader.i++
      } else if (ch === '-' && chars.size > 0 && reader.peek(1) !== ']') throw new NotFinite() // a range
      chars.add(ch.toLowerCase())
      reader.i++
    }
    if (reader.peek() !== ']') throw new NotFinite()
    reader.i++
    return [...chars]
  }
  if (c === '\\') {
    const next = reader.peek(1)
    reader.i += 2
    if (next === 'b' || next === 'B') return ['']
    if (/[a-zA-Z0-9]/.test(next)) throw new NotFinite()
    return [next]
  }
  reader.i++
  if (c === '^' || c === '$') return ['']
  if (c === '.' || c === '*' || c === '+' || c === '?' || c === '{') throw new NotFinite()
  return [c.toLowerCase()]
}

/** Past the group whose "(" was just read, its nested groups, classes and escapes included. */
function skipGroup(reader: SourceReader): void {
  let depth = 1
  while (!reader.done() && depth > 0) {
    const c = reader.peek()
    if (c === '\\') reader.i += 2
    else if (c === '[') {
      reader.i++
      while (!reader.done() && reader.peek() !== ']') reader.i += reader.peek() === '\\' ? 2 : 1
      reader.i++
    } else {
      if (c === '(') depth++
      else if (c === ')') depth--
      reader.i++
    }
  }
  if (depth > 0) throw new NotFinite()
}

/**
 * Every requirement of a sequence: each must hold for it to match. A run of literals, with the
 * groups, optional parts and classes between them that stand for a few strings, is one
 * requirement: one of its strings must occur ("(?:send|pass) (?:it|them) on" needs "send it on",
 * "send them on", "pass it on" or "pass them on", far rarer in mail than "send" or "pass").
 */
function readRequirements(reader: SourceReader): Requirement[] {
  const found: Requirement[] = []
  let run = ['']
  const flush = (): void => {
    if (run.every((s) => s.trim().length >= MIN_KEY_LENGTH)) found.push(run)
    run = ['']
  }
  while (!reader.done() && reader.peek() !== '|' && reader.peek() !== ')') {
    const start = reader.i
    const atom = readAtom(reader)
    const end = reader.i
    const quantifier = readQuantifier(reader)
    if ('literal' in atom && quantifier && !quantifier.optional) {
      run = run.map((s) => s + atom.literal) // "x+": at least one x, then the run is broken
      flush()
      continue
    }
    const written = reader.s.slice(end, reader.i)
    const strings = written === '' || OPTIONAL_ONCE.test(written) ? finiteStrings(reader.s.slice(start, end)) : null
    if (strings) {
      const options = written === '' ? strings : ['', ...strings]
      if (run.length * options.length <= MAX_RUN_STRINGS) run = product(run, options)
      else {
        flush()
        run = options
      }
      continue
    }
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
 * The groups of keys of every phrase source are worked out at build time (electron.vite.config.ts
 * defines the table with phraseKeyGroupsTable): the first classification of a process need not
 * parse 1,300 sources (100-600 ms). A source missing from it (running from source, tests) is read here.
 */
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
