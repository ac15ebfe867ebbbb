/**
 * A MailMessage built from the header fields the scan fetched, without the body: enough for
 * the matcher. Bodies are fetched later, only for matched or job-related mail.
 *
 * The scan asks for the header fields themselves (BODY.PEEK[HEADER.FIELDS (From To …)]), not
 * the IMAP ENVELOPE: imapflow turns each envelope into nested lists, decodes and hashes it,
 * about a fifth of its work on a scan of 20,000 messages (issue 14: 1.0 against 1.25 s of CPU
 * for the same fetch). Here the fields are read as mailparser reads a whole mail — nodemailer's
 * address parser, libmime's encoded words — so the header view and the body view of a mail
 * agree (sync-header-message.test.ts compares them on every mail of the labelled corpus).
 */
import type { FetchMessageObject } from 'imapflow'
import libmime from 'libmime'
import addressparser from 'nodemailer/lib/addressparser'
import { MAIL_HEADERS_THAT_MATTER, tidyMessageId, uniqueIds, type MailAddress, type MailMessage } from '../../../shared/core/mail-message'

/**
 * Headers the scan reads besides those an IMAP envelope carries (the bench's floor process asks for these with the
 * envelope): the thread, and what tells a list or a machine from a person before any body is read. The rest of
 * MAIL_HEADERS_THAT_MATTER (X-Autoreply and its kin, Feedback-ID, X-Mailer…) is read with the body of the mail that
 * is fetched: imapflow parses the field list the server echoes for every message one character at a time, so each
 * field asked costs every scanned message (21 fields against 9: 1.4 against 1.0 s of CPU for 20,000 messages).
 */
export const SCAN_HEADERS = ['references', 'list-id', 'list-unsubscribe', 'auto-submitted', 'precedence', 'resent-from']
/** What the envelope would have said: who wrote to whom, when, about what, and the thread. */
const ENVELOPE_HEADERS = ['from', 'to', 'cc', 'reply-to', 'subject', 'date', 'message-id', 'in-reply-to']
/** Every header field the scan fetches for each message. */
export const FETCH_HEADERS = [...ENVELOPE_HEADERS, ...SCAN_HEADERS]

/**
 * Unfolds and reads `Name: value` lines; lower-case names; first occurrence wins. One pass
 * over the block with indexOf: a scan reads tens of thousands of these, and unfolding the
 * whole block then splitting it into lines cost a third of the scan's own time (issue 14).
 */
export function parseHeaderBlock(block: Buffer | string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (!block || block.length <= 2) return out // a mail with none of the asked headers: just the blank line
  const text = typeof block === 'string' ? block : block.toString('utf8')
  const n = text.length
  let start = 0
  let colon = -1 // the first colon at or after `start`, searched again only once passed (lines without one: linear)
  while (start < n) {
    // The logical line: up to a line break not followed by a space or a tab (a folded line goes on).
    let end = text.indexOf('\n', start)
    let folded = false
    while (end !== -1 && end + 1 < n && (text.charCodeAt(end + 1) === 32 || text.charCodeAt(end + 1) === 9)) {
      folded = true
      end = text.indexOf('\n', end + 1)
    }
    if (end === -1) end = n
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end
    if (colon < start && colon !== -2) colon = text.indexOf(':', start)
    if (colon === -1) colon = -2 // none left in the text
    if (colon > start && colon < stop) {
      const name = unfold(text.slice(start, colon), folded).trim().toLowerCase()
      if (!(name in out)) out[name] = unfold(text.slice(colon + 1, stop), folded).trim()
    }
    start = end + 1
  }
  return out
}

/** A folded line's breaks as single spaces, as RFC 5322 reads them. */
const unfold = (part: string, folded: boolean): string => (folded ? part.replace(/\r?\n[ \t]+/g, ' ') : part)

/** RFC 2047 encoded words ("=?UTF-8?Q?Tom=C3=A1s?="); most values have none and are only tested. */
function decoded(value: string): string {
  if (!value.includes('=?')) return value
  try {
    return libmime.decodeWords(value)
  } catch {
    return value // a broken encoded word reads as written
  }
}

/**
 * One plain mailbox: "Dana Whitfield <dana@x>" or "dana@x", nothing to unquote, decode or split. Written so that no
 * input makes it backtrack more than once over a character (a sender's header is hostile), and tried on short fields only.
 */
const PLAIN_MAILBOX = /^(?:([^"(),:;<>@\\]*)<([^\s<>()",;:\\@]+@[^\s<>()",;:\\@]+)>|([^\s<>()",;:\\@]+@[^\s<>()",;:\\@]+))$/

/** One mailbox with a quoted name and nothing to unquote: "Whitfield, Dana" <dana@x>. */
const QUOTED_MAILBOX = /^"([^"\\\r\n]*)"[ \t]*<([^\s<>()",;:\\@]+@[^\s<>()",;:\\@]+)>$/

/** The mailboxes of an address field, groups flattened ("Team: a@x, b@x;"). */
function addresses(value: string | undefined): MailAddress[] {
  if (!value) return []
  // Most fields hold one mailbox, its name plain, quoted or in encoded words: read without the full parser (a scan
  // reads tens of thousands). An encoded word with a comma or a quote in it does not match and goes to the parser.
  const one = value.length > 400 ? null : (PLAIN_MAILBOX.exec(value) ?? QUOTED_MAILBOX.exec(value))
  if (one) return [{ name: decoded(one[1] ?? '').trim(), address: (one[2] ?? one[3]!).toLowerCase() }]
  const out: MailAddress[] = []
  for (const a of addressparser(value, { flatten: true })) {
    const address = (a.address ?? '').trim().toLowerCase()
    const name = decoded(a.name ?? '').trim()
    if (address !== '' || name !== '') out.push({ name, address })
  }
  return out
}

export function headerMessage(fetched: Pick<FetchMessageObject, 'uid' | 'headers' | 'internalDate'>): MailMessage {
  const headers = parseHeaderBlock(fetched.headers)
  const references = headers.references ? uniqueIds(headers.references.match(/<[^<>\s]+>/g) ?? []) : []
  const stated = headers.date ? new Date(headers.date) : undefined
  const date: Date =
    stated && !Number.isNaN(stated.getTime()) ? stated : fetched.internalDate ? new Date(fetched.internalDate) : new Date(0)
  const kept: Record<string, string> = {}
  for (const h of MAIL_HEADERS_THAT_MATTER) if (headers[h] !== undefined) kept[h] = headers[h]!
  const inReplyTo = headers['in-reply-to'] ? (headers['in-reply-to'].match(/<[^<>\s]+>/)?.[0] ?? headers['in-reply-to']) : undefined
  const from = addresses(headers.from)[0] ?? { name: '', address: '' }
  const replyTo = addresses(headers['reply-to'])[0]
  const messageId = headers['message-id'] ? tidyMessageId(headers['message-id']) : ''
  // One object literal without spread parts, the optional fields set after it (spreads cost the scan a runtime call each).
  const m: MailMessage = {
    messageId: messageId || `<uid-${fetched.uid}-${date.getTime()}@afterview.invalid>`,
    references,
    date: date.toISOString(),
    from,
    to: addresses(headers.to),
    cc: addresses(headers.cc),
    subject: tidySubject(decoded(headers.subject ?? '')),
    text: '',
    headers: kept,
    hasCalendarInvite: false
  }
  if (inReplyTo) m.inReplyTo = tidyMessageId(inReplyTo)
  if (replyTo && replyTo.address !== from.address) m.replyTo = replyTo
  return m
}

/** Runs of white space as one space, trimmed; most subjects need nothing, so they are only tested. */
function tidySubject(subject: string): string {
  return /\s\s|[^\S ]|^ | $/.test(subject) ? subject.replace(/\s+/g, ' ').trim() : subject
}

/** The Message-IDs a mail answers. */
export const answered = (m: MailMessage): string[] => (m.inReplyTo ? [m.inReplyTo, ...m.references] : m.references)
