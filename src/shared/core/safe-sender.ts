/**
 * A sender as it may be shown: mail senders are hostile. Bidi controls and zero-width
 * characters are neutralized (a right-to-left override cannot turn "moc.tnecca" into a
 * familiar name), an address written inside the display name is taken out and called out
 * (it is never shown as if it were the sender), and a domain that mixes scripts or imitates
 * a known domain with lookalike letters is flagged. Pure: the renderer uses it wherever a
 * sender is shown.
 */

/** Bidi embeddings/overrides/isolates and marks, zero-width characters, other invisible format characters. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u061C\u180E\u00AD\u115F\u1160\u3164\uFFA0]|\u034F/g
// eslint-disable-next-line no-control-regex -- control characters are exactly what is taken out
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g
const ADDRESS_LIKE = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/g

/** Latin, Cyrillic and Greek letters that look alike, mapped to the Latin one; digits that pass for letters. */
const LOOKALIKE: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  к: 'k',
  м: 'm',
  т: 't',
  в: 'b',
  н: 'h',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  τ: 't',
  ι: 'i',
  κ: 'k',
  χ: 'x',
  υ: 'u',
  ε: 'e',
  '0': 'o',
  '1': 'l',
  ı: 'i',
  ɡ: 'g',
  ɑ: 'a'
}

export interface SafeSender {
  /** The display name, neutralized and without any address in it; '' when none is left. */
  name: string
  /** The real sending address (lower case), neutralized. */
  address: string
  /** "Name <address>" or the address: what to show. */
  label: string
  /** Plain-words reasons to be careful; empty when nothing looks wrong. */
  warnings: string[]
}

/** Removes invisible and control characters, folds white space. */
export function neutralize(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
}

function scriptOf(ch: string): 'latin' | 'cyrillic' | 'greek' | 'other' | 'common' {
  if (/[a-z]/i.test(ch)) return 'latin'
  if (/[0-9.\-_]/.test(ch)) return 'common'
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic'
  if (/\p{Script=Greek}/u.test(ch)) return 'greek'
  if (/\p{Script=Latin}/u.test(ch)) return 'latin'
  return 'other'
}

/** The domain with lookalike letters replaced by the Latin ones they imitate. */
export function skeleton(domain: string): string {
  return [...domain.toLowerCase().normalize('NFKC')]
    .map((c) => LOOKALIKE[c] ?? c)
    .join('')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
}

/** Why a domain may not be what it looks like; undefined when it looks fine. */
export function domainWarning(domain: string, knownDomains: string[] = []): string | undefined {
  const d = domain.toLowerCase()
  if (!d) return undefined
  const scripts = new Set([...d].map(scriptOf).filter((s) => s !== 'common'))
  if (scripts.size > 1) return `the domain ${d} mixes letters from different alphabets (a lookalike of another domain?)`
  if (d.split('.').some((label) => label.startsWith('xn--')))
    return `the domain ${d} is written with international letters (punycode) and may imitate another domain`
  if (/\P{ASCII}/u.test(d) && scripts.has('latin')) return `the domain ${d} uses accented or special letters and may imitate another domain`
  const own = skeleton(d)
  for (const known of knownDomains) {
    const k = known.toLowerCase()
    if (k && k !== d && skeleton(k) === own) return `the domain ${d} looks like ${k} but is not it`
  }
  return undefined
}

/** Splits "Name <address>" (as filed on the timeline); a bare address has no name. */
export function splitSender(from: string): { name: string; address: string } {
  const m = /^(.*)<([^<>]*)>\s*$/s.exec(from)
  if (!m) return { name: '', address: from.trim() }
  return { name: m[1]!.trim().replace(/^"(.*)"$/s, '$1'), address: m[2]!.trim() }
}

/** The sender to show: from a MailAddress-like pair or a "Name <address>" string. */
export function safeSender(
  from: string | { name: string; address: string },
  options: { knownDomains?: string[]; maxName?: number } = {}
): SafeSender {
  const raw = typeof from === 'string' ? splitSender(from) : from
  const address = neutralize(raw.address.slice(0, 400)).toLowerCase()
  const warnings: string[] = []
  if (/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/.test(raw.name.slice(0, 400) + raw.address.slice(0, 400)))
    warnings.push('the name had hidden direction or zero-width characters, removed here')
  // Only the start of an endless name is looked at (the regular expressions stay fast on hostile input).
  let name = neutralize(raw.name.slice(0, 400))
  const inName = name.includes('@') ? (name.match(ADDRESS_LIKE) ?? []) : []
  for (const other of inName) {
    if (other.toLowerCase() !== address)
      warnings.push(`the name contains the address ${other.toLowerCase()}, but the mail was sent from ${address || 'an unknown address'}`)
  }
  // An address (or an @domain) inside the name is never shown as if it were the sender.
  name = name
    .replace(ADDRESS_LIKE, '')
    .replace(/[<>]/g, '')
    .replace(/\s@\S+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:()"'-]+|[\s,;:()"'-]+$/g, '')
    .trim()
  if (/@/.test(name)) name = name.replace(/@/g, '')
  const max = options.maxName ?? 80
  if (name.length > max) name = `${name.slice(0, max - 1)}…`
  const domain = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : ''
  const warning = domainWarning(domain, options.knownDomains)
  if (warning) warnings.push(warning)
  return { name, address, label: name ? `${name} <${address}>` : address, warnings }
}
