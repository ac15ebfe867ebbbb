/**
 * Mail addresses as people write them: `Dana Whitfield <dana@acme.example>`, a bare
 * `dana@acme.example`, or a list of either separated by commas or semicolons. The one
 * place that formats and parses them (filing, review, message view, drafts, the planner,
 * compose).
 */

export interface NamedAddress {
  name: string
  address: string
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/

export function isAddress(text: string): boolean {
  return ADDRESS.test(text.trim())
}

/** "Dana Whitfield <dana@acme.example>", or the bare address when there is no name. Quotes a name that needs it. */
export function formatAddress(a: { name?: string; address: string }): string {
  const name = (a.name ?? '').trim().replace(/[\r\n]+/g, ' ')
  if (!name || name.toLowerCase() === a.address.toLowerCase()) return a.address
  return /[(),:;<>@[\]"\\]/.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}" <${a.address}>` : `${name} <${a.address}>`
}

/** `address` as "Name <address>" when it is one of `contacts`' (a draft's recipients are kept as bare addresses). */
export function namedByContacts(contacts: ReadonlyArray<{ name: string; email?: string }>, address: string): string {
  const key = address.toLowerCase()
  return formatAddress({ name: contacts.find((c) => c.email?.toLowerCase() === key)?.name, address })
}

/** One "Name <address>" or bare address; undefined when there is no valid address in it. */
export function parseAddress(text: string): NamedAddress | undefined {
  const t = text.trim()
  const angled = /^(.*?)<([^<>]+)>\s*$/.exec(t)
  const address = (angled ? angled[2]! : t).trim().toLowerCase()
  if (!isAddress(address)) return undefined
  const name = angled
    ? angled[1]!
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replace(/\\(["\\])/g, '$1')
        .trim()
    : ''
  return { name, address }
}

/** Just the address of "Name <address>" (lower case), or undefined. */
export function addressOf(text: string): string | undefined {
  return parseAddress(text)?.address
}

/**
 * The bare addresses (lower case) a sent mail reached: its recipients but those the outgoing server refused
 * (`notDelivered`, a typo's 550 at RCPT). Someone the user only tried to write to got nothing: not trusted as a
 * correspondent, and not followed up with.
 */
export function deliveredAddresses(m: { to: readonly string[]; notDelivered?: readonly string[] }): string[] {
  const bare = (t: string) => addressOf(t) ?? t.trim().toLowerCase()
  const refused = new Set((m.notDelivered ?? []).map(bare))
  return m.to.map(bare).filter((a) => !refused.has(a))
}

/** Splits at commas and semicolons that are outside quotes and angle brackets. */
function splitList(text: string): string[] {
  const parts: string[] = []
  let current = ''
  let quoted = false
  let angled = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (ch === '<' && !quoted) angled = true
    else if (ch === '>' && !quoted) angled = false
    if ((ch === ',' || ch === ';') && !quoted && !angled) {
      parts.push(current)
      current = ''
    } else current += ch
  }
  parts.push(current)
  return parts.map((p) => p.trim()).filter(Boolean)
}

/**
 * A list typed by a person. Also takes addresses separated only by spaces
 * ("a@x.com b@y.com"). Returns the good ones and, word for word, the parts that are not
 * addresses, so the field can say which one is wrong.
 */
export function parseAddressList(text: string): { addresses: NamedAddress[]; invalid: string[] } {
  const addresses: NamedAddress[] = []
  const invalid: string[] = []
  for (const part of splitList(text)) {
    const one = parseAddress(part)
    if (one) {
      if (!addresses.some((a) => a.address === one.address)) addresses.push(one)
      continue
    }
    const words = part.split(/\s+/)
    if (words.length > 1 && words.every(isAddress)) {
      for (const w of words)
        if (!addresses.some((a) => a.address === w.toLowerCase())) addresses.push({ name: '', address: w.toLowerCase() })
    } else invalid.push(part)
  }
  return { addresses, invalid }
}
