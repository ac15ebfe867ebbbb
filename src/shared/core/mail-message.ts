/**
 * What a parsed mail is for the pure core: plain data, already decoded (headers, charsets,
 * quoted-printable/base64, HTML turned into text). The Node side builds it from raw RFC 822
 * (src/main/mail/parse-message.ts); the matcher and the classifier only read it.
 */

export interface MailAddress {
  /** Display name as written, '' when there is none. */
  name: string
  /** Lower-cased address, '' when the header could not be read. */
  address: string
}

/** The first event of a text/calendar part (an interview invite, usually). */
export interface CalendarInvite {
  /** REQUEST (an invite or an update), CANCEL, REPLY, PUBLISH…; upper case, '' when absent. */
  method: string
  /** ISO instants (UTC); for all-day events a plain YYYY-MM-DD date. */
  start?: string
  end?: string
  organizer?: MailAddress
  attendees: MailAddress[]
  summary: string
  uid: string
}

export interface MailMessage {
  /** With angle brackets, as in the header; a stable synthetic id when the mail had none. */
  messageId: string
  inReplyTo?: string
  references: string[]
  /** The Message-ID and References as written, when their case differs from the lower-cased ones (a reply threads to these). */
  writtenMessageId?: string
  writtenReferences?: string[]
  /** ISO instant. */
  date: string
  /** The sender's UTC offset in minutes east, from the Date header: the zone of times they write without one. */
  dateOffsetMinutes?: number
  from: MailAddress
  to: MailAddress[]
  cc: MailAddress[]
  replyTo?: MailAddress
  subject: string
  /** Plain-text body; converted from HTML when the mail has no text part. */
  text: string
  /** Only the headers that matter for reply detection (see MAIL_HEADERS_THAT_MATTER), lower-case names. */
  headers: Record<string, string>
  hasCalendarInvite: boolean
  calendar?: CalendarInvite
  /** PDF attachments of a mail with a short body (an offer letter sent as a PDF): their text, or why it was not read. */
  attachments?: AttachmentText[]
}

export interface AttachmentText {
  filename: string
  /** The text of its first pages; '' when it was not read. */
  text: string
  /** Why it was not read ("larger than 5 MB", "unreadable PDF (…)"). */
  skipped?: string
}

/** Headers kept in MailMessage.headers: the ones that tell automatic and bulk mail apart. */
export const MAIL_HEADERS_THAT_MATTER = [
  'auto-submitted',
  'x-autoreply',
  'x-autorespond',
  'x-autoresponder',
  'x-auto-response-suppress',
  'precedence',
  'x-precedence',
  'list-id',
  'list-unsubscribe',
  'list-post',
  'feedback-id',
  'x-mailer',
  'sender',
  /** Redirected (bounced on) by the user: its From is the original sender's, not theirs. */
  'resent-from'
] as const

/**
 * The lookup key of a Message-ID: '<ABC@x>', 'abc@x' and ' <abc@x> ' give the same key.
 * Only for comparing; what is stored and sent is the id as received (tidyMessageId).
 */
export function messageIdKey(id: string): string {
  const trimmed = id.trim().toLowerCase()
  if (trimmed === '') return ''
  return trimmed.startsWith('<') ? trimmed : `<${trimmed.replace(/>$/, '')}>`
}

/** A Message-ID as received, exactly: only white space trimmed and angle brackets ensured. */
export function tidyMessageId(id: string): string {
  const trimmed = id.trim()
  if (trimmed === '') return ''
  return trimmed.startsWith('<') ? trimmed : `<${trimmed.replace(/>$/, '')}>`
}

/** Ids made by reusedId: the Message-ID, the date, and a domain no real mail has. */
const REUSED = /^<(.+)\.(-?\d+)@reused\.afterview\.invalid>$/i

/**
 * The id the sync files a mail under when another mail has its Message-ID (a hiring system that gives every mail about
 * one application the same one: src/main/mail/sync/reused-id.ts), from that id and the date it was sent (ISO).
 */
export function reusedId(messageId: string, date: string): string {
  return `<${tidyMessageId(messageId).replace(/^<|>$/g, '')}.${Date.parse(date)}@reused.afterview.invalid>`
}

/** Of an id made by reusedId: the Message-ID the mail has, and the date it was sent (ms). */
export function reusedOf(id: string): { messageId: string; date: number } | undefined {
  if (!id.trimEnd().endsWith('@reused.afterview.invalid>')) return undefined // most ids: not looked at further
  const m = REUSED.exec(id.trim())
  return m ? { messageId: `<${m[1]}>`, date: Number(m[2]) } : undefined
}

/** The Message-ID a filed mail has, as its sender wrote it: what an answer threads to. */
export function writtenIdOf(m: { messageId: string; originalMessageId?: string }): string {
  return m.originalMessageId ?? reusedOf(m.messageId)?.messageId ?? m.messageId
}

/** Message-IDs as received, once each (compared by their lookup key). */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const id of ids) {
    const key = messageIdKey(id)
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    out.push(id)
  }
  return out
}

/** Addresses repeat across a mailbox, and the matcher asks several times per mail: remembered, up to a bound. */
const domains = new Map<string, string>()

/** The domain of an address, lower case, '' when there is none. */
/** An e-mail address written in a text (a signature, "write to anna.price@…"). */
export const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/

export function domainOf(address: string): string {
  let domain = domains.get(address)
  if (domain === undefined) {
    const at = address.lastIndexOf('@')
    domain =
      at < 0
        ? ''
        : address
            .slice(at + 1)
            .trim()
            .toLowerCase()
            .replace(/\.$/, '')
    if (domains.size >= 20_000) domains.clear()
    domains.set(address, domain)
  }
  return domain
}

/** The part before the @, lower case. */
export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@')
  return (at < 0 ? address : address.slice(0, at)).trim().toLowerCase()
}
