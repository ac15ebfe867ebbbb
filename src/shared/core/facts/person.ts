/**
 * Who to answer: the person who wrote (Reply-To, else From), with the name and title their
 * signature gives; a machine sender (no-reply, a hiring system) is replaced by the person
 * the mail names in its signature, when it gives an address.
 */
import { EMAIL_IN_TEXT as EMAIL, domainOf, type MailAddress, type MailMessage } from '../mail-message'
import { hiringSystemForDomain, isSharedDomain } from '../classifier/senders'
import { handedOn } from './handoff'

const MACHINE_DOMAIN =
  /(?:^|\.)(?:docusign\.net|docusign\.com|hellosign\.com|calendly\.com|goodtime\.io|hackerrank\.com|codility\.com|codesignal\.com|testgorilla\.com|coderpad\.io|linkedin\.com)$/

export interface Person {
  name: string
  email: string
  title?: string
  /** Where it was read: 'header' or the signature's lines. */
  evidence: string
}

const MACHINE_LOCAL =
  /^(?:no-?reply|do-?not-?reply|nao-?responda|nao-?responder|no-?responder|ne-?pas-?repondre|nicht-?antworten|niet-?beantwoorden|non-?rispondere|notifications?|notificaciones|notificacoes|notifiche|mailer|bounces?|system|alerts?|jobs|careers|recruiting|talent|hiring|hr|people|team|info|hello|apply|applications?|candidates?|support|automated)\b/i
/** Addresses nobody reads: a shared inbox (careers@, people@, info@) is read by someone, a no-reply is not. */
const NO_REPLY_LOCAL =
  /^(?:no-?reply|do-?not-?reply|nao-?responda|nao-?responder|no-?responder|ne-?pas-?repondre|nicht-?antworten|niet-?beantwoorden|non-?rispondere|notifications?|notificaciones|notificacoes|notifiche|mailer|bounces?|system|alerts?|automated)\b/i
const GENERIC_NAME =
  /\b(?:team|recruiting|recruitment|talent|careers|hiring|jobs|noreply|no-reply|notifications?|hr|people|via|greenhouse|lever|workday|ashby|personio|workable|teamtailor|smartrecruiters|icims|bewerbermanagement|karriere|empleo|recrutement|werving|carreiras|lavora|service|rh|rrhh|recursos humanos|personal|personale|personalabteilung|ufficio|selezione|recrutamento|sele[cç][aã]o|bewerbung|vacatures)\b/i
const SIGN_OFF =
  /^(?:best|kind|warm|warmest|many|regards|cheers|thanks|thank you|sincerely|yours|all the best|talk soon|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|gruß|saludos|un saludo|atentamente|cordialmente|un abrazo|cordialement|bien à vous|bien cordialement|salutations|met vriendelijke groet|vriendelijke groet|groeten|groet|atenciosamente|abraços|abraço|cumprimentos|cordiali saluti|distinti saluti|saluti|un saluto)\b[^\n]{0,20}$/i
const NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|van|de|der|den|da|di|del|von|la|le)){0,3}$/u
const QUOTE_START =
  /^(?:On .{0,200}wrote:|Am .{0,200}schrieb.{0,80}:|El .{0,200}escribió:|Le .{0,200}a écrit ?:|Op .{0,200}schreef.{0,40}:|Em .{0,200}escreveu:|Il .{0,200}ha scritto:|-{2,} ?(?:Original Message|Ursprüngliche Nachricht|Mensaje original|Message d'origine|Oorspronkelijk bericht|Mensagem original|Messaggio originale)|From: |Von: |De: |Da: |Van: )/i

export const isMachineAddress = (address: MailAddress | undefined): boolean =>
  !address ||
  !address.address ||
  MACHINE_LOCAL.test(address.address.split('@')[0] ?? '') ||
  !!hiringSystemForDomain(domainOf(address.address)) ||
  MACHINE_DOMAIN.test(domainOf(address.address))
const isPersonName = (name: string): boolean => name.trim() !== '' && !GENERIC_NAME.test(name) && !/@/.test(name)

/** The signature block: the lines after the last sign-off before any quoted mail. */
export function signatureOf(text: string): { name?: string; title?: string; email?: string; lines: string[] } {
  const lines = text.split('\n', 400).map((l) => l.trim())
  let end = lines.length
  for (let i = 0; i < lines.length; i++)
    if (QUOTE_START.test(lines[i]) || lines[i].startsWith('>')) {
      end = i
      break
    }
  let start = -1
  for (let i = end - 1; i >= Math.max(0, end - 25); i--)
    if (SIGN_OFF.test(lines[i]) || lines[i] === '--' || lines[i] === '-- ') {
      start = i
      break
    }
  if (start < 0) return { lines: [] }
  const block = lines.slice(start + 1, Math.min(end, start + 8)).filter((l) => l !== '')
  // "Dana" then "Dana Whitfield": the fuller line is the name.
  const first = block[0] && block[1] && NAME_LINE.test(block[1]) && block[1].startsWith(block[0]) ? 1 : 0
  if (first) block.shift()
  const nameLine = block[0] && NAME_LINE.test(block[0]) && !GENERIC_NAME.test(block[0]) ? block[0] : undefined
  const titleLine =
    nameLine &&
    block[1] &&
    block[1].length <= 80 &&
    !/[.!?]$/.test(block[1]) &&
    block[1].split(' ').length <= 10 &&
    !block[1].toLowerCase().includes(nameLine.split(' ')[0].toLowerCase()) &&
    !EMAIL.test(block[1]) &&
    !/^[+\d(]/.test(block[1]) &&
    !/^https?:|^www\./i.test(block[1])
      ? block[1]
      : undefined
  const email = block
    .map((l) => EMAIL.exec(l)?.[0])
    .find((e) => e !== undefined)
    ?.toLowerCase()
  return { name: nameLine, title: titleLine?.replace(/\s*[|·]\s*/g, ', '), email, lines: block.slice(0, 3) }
}

/**
 * The person to answer, or null when only a machine wrote: whom the writer hands the candidate on to (handoff.ts), else
 * the writer or the person their signature or text names, else the employer's shared inbox that wrote.
 */
export function personToAnswer(message: MailMessage, userAddresses: readonly string[] = []): Person | null {
  const text = message.text.slice(0, 20_000).replace(/\r\n?/g, '\n')
  const onward = handedOn(ownText(text), message, (address) => userAddresses.includes(address), isMachineAddress(message.from))
  if (onward) return onward
  return writerOrNamed(message, text, userAddresses) ?? sharedInbox(message, userAddresses)
}

/** The mail's own lines, before any quoted mail. */
function ownText(text: string): string {
  const lines = text.split('\n', 400)
  const end = lines.findIndex((line) => QUOTE_START.test(line.trim()) || line.trim().startsWith('>'))
  return (end < 0 ? lines : lines.slice(0, end)).join('\n')
}

/** The employer's shared inbox that wrote (careers@, people@, info@, hr.ashwini@), when no person was found. */
function sharedInbox(message: MailMessage, userAddresses: readonly string[]): Person | null {
  const header = [message.replyTo, message.from].find(
    (a): a is MailAddress =>
      !!a?.address &&
      !userAddresses.includes(a.address) &&
      !NO_REPLY_LOCAL.test(a.address.split('@')[0] ?? '') &&
      !hiringSystemForDomain(domainOf(a.address)) &&
      !MACHINE_DOMAIN.test(domainOf(a.address))
  )
  if (!header) return null
  const name = header.name.replace(/^"|"$/g, '').trim() || header.address.split('@')[0]
  return { name, email: header.address, evidence: `${header === message.replyTo ? 'Reply-To' : 'From'}: ${name} <${header.address}>` }
}

function writerOrNamed(message: MailMessage, text: string, userAddresses: readonly string[]): Person | null {
  const sig = signatureOf(text)
  const mine = (a?: MailAddress) => !!a && userAddresses.includes(a.address)
  const replyTo = message.replyTo && !isMachineAddress(message.replyTo) && !mine(message.replyTo) ? message.replyTo : undefined
  const from = !isMachineAddress(message.from) && !mine(message.from) ? message.from : undefined
  const header = replyTo ?? from
  if (header) {
    const headerName = isPersonName(header.name) ? header.name.replace(/^"|"$/g, '').trim() : ''
    // A department's mailbox ("Service RH", "Ufficio Personale") that names the person to write to: that person.
    const named = !headerName && !sig.name ? personNamedInBody(text, (a) => userAddresses.includes(a)) : null
    if (named) return named
    const sigMatches = sig.name && (!headerName || sig.name.toLowerCase().startsWith(headerName.split(' ')[0].toLowerCase()))
    const name = headerName || sig.name || ''
    const title = sigMatches ? sig.title : undefined
    return {
      name,
      email: header.address,
      ...(title ? { title } : {}),
      evidence: sigMatches
        ? sig.lines.join(', ')
        : `${header === replyTo ? 'Reply-To' : 'From'}: ${header.name ? `${header.name} <${header.address}>` : header.address}`
    }
  }
  if (sig.name && sig.email && !userAddresses.includes(sig.email) && !isMachineAddress({ name: sig.name, address: sig.email })) {
    return { name: sig.name, email: sig.email, ...(sig.title ? { title: sig.title } : {}), evidence: sig.lines.join(', ') }
  }
  return personNamedInBody(text, (address) => userAddresses.includes(address))
}

const EMAIL_ANYWHERE = new RegExp(EMAIL.source, 'g')
const CAPITALIZED = /^\p{Lu}[\p{L}'’-]+$/u
const plain = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

/**
 * "If you have questions, contact Maria López, Recruitment Coordinator, at maria.lopez@…", "wenden Sie sich an Frau
 * Petra Koch (petra.koch@…)": a machine's mail that names the person to answer in its text. The name is the
 * capitalized words just before the address that its local part spells, so a title or a team is never taken for it.
 */
function personNamedInBody(text: string, isUsers: (address: string) => boolean): Person | null {
  const own = text.split(/\n(?:On .{0,200}wrote:|-{2,} ?Original Message|From: |Von: |De: |Da: |Van: |>)/)[0]
  for (const m of own.matchAll(EMAIL_ANYWHERE)) {
    const email = m[0].toLowerCase().replace(/\.$/, '')
    // A consumer or shared address named in a machine's text is how phishing reads; an employer names its own.
    if (isUsers(email) || isMachineAddress({ name: '', address: email }) || isSharedDomain(domainOf(email))) continue
    const local = plain(email.split('@')[0])
    const lineStart = own.lastIndexOf('\n', m.index) + 1
    const words = own
      .slice(Math.max(lineStart, m.index - 160), m.index)
      .split(/[\s,:;()<>[\]"]+/)
      .filter(Boolean)
    // The last capitalized word the local part spells, and the capitalized words right before it: "Maria López".
    let end = words.length - 1
    while (end >= 0 && !(CAPITALIZED.test(words[end]) && plain(words[end]).length >= 2 && spells(local, words[end]))) end--
    if (end < 0) {
      // "Bei Fragen erreichen Sie uns unter j.riedmueller@…" under a signed "Jana Riedmüller": the name signed above.
      const signed = signedAbove(own.slice(0, lineStart), local)
      if (signed) return { name: signed, email, evidence: own.slice(lineStart, m.index + m[0].length).trim() }
      continue
    }
    let start = end
    while (start > 0 && end - start < 3 && CAPITALIZED.test(words[start - 1]) && !HONORIFIC.test(words[start - 1])) start--
    const name = words.slice(start, end + 1).join(' ')
    // A first and a last name, not a team: "Certificates Team at certificates@…" is a mailbox.
    if (end === start || GENERIC_NAME.test(name)) continue
    const sentenceStart = Math.max(own.lastIndexOf('. ', m.index) + 2, lineStart)
    return { name, email, evidence: own.slice(sentenceStart, m.index + m[0].length).trim() }
  }
  return null
}
/** The local part spells the word, also as German writes it without umlauts: "riedmueller" for "Riedmüller". */
const spells = (local: string, word: string): boolean =>
  local.includes(plain(word)) ||
  local.includes(plain(word.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')))

/** The nearest line above that is a first and last name, the last of which the local part spells. */
function signedAbove(text: string, local: string): string | undefined {
  const lines = text.split('\n').map((line) => line.trim())
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 15; i--) {
    const words = lines[i].split(' ')
    if (words.length >= 2 && NAME_LINE.test(lines[i]) && !GENERIC_NAME.test(lines[i]) && spells(local, words[words.length - 1]))
      return lines[i]
  }
  return undefined
}
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Frau|Herr|Sr|Sra|Srta|Dña|Don|M|Mme|Mlle|Dhr|Mevr|Sig|Sig\.ra|Dott|Dott\.ssa|Ing|Avv)\.?$/
