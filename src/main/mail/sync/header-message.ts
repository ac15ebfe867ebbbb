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

/** Headers the scan reads besides those an IMAP envelope carries (the floor process of the bench asks for these with the envelope). */
export const SCAN_HEADERS = ['references', ...MAIL_HEADERS_THAT_MATTER.filter((h) => h !== 'sender')]
/** What the envelope would have said: who wrote to whom, when, about what, and the thread. */
const ENVELOPE_HEADERS = ['from', 'to', 'cc', 'reply-to', 'subject', 'date', 'message-id', 'in-reply-to']
/** Every header field the scan fetches for each message. */
export const FETCH_HEADERS = [...ENVELOPE_HEADERS, ...SCAN_HEADERS]

/** Unfolds and reads `Name: value` lines; lower-case names; first occurrence wins. */
export function parseHeaderBlock(block: Buffer | string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (!block || block.length <= 2) return out // a mail with none of the asked headers: just the blank line
  const text = (typeof block === 'string' ? block : block.toString('utf8')).replace(/\r?\n[ \t]+/g, ' ')
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    if (!(name in out)) out[name] = line.slice(colon + 1).trim()
  }
  return out
}

/** RFC 2047 encoded words ("=?UTF-8?Q?Tom=C3=A1s?="); most values have none and are only tested. */
function decoded(value: string): string {
  if (!value.includes('=?')) return value
  try {
    return libmime.decodeWords(value)
  } catch {
    return value // a broken encoded word reads as written
  }
}

/** The mailboxes of an address field, groups flattened ("Team: a@x, b@x;"). */
function addresses(value: string | undefined): MailAddress[] {
  if (!value) return []
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
  return {
    messageId: messageId || `<uid-${fetched.uid}-${date.getTime()}@afterview.invalid>`,
    ...(inReplyTo ? { inReplyTo: tidyMessageId(inReplyTo) } : {}),
    references,
    date: date.toISOString(),
    from,
    to: addresses(headers.to),
    cc: addresses(headers.cc),
    ...(replyTo && replyTo.address !== from.address ? { replyTo } : {}),
    subject: tidySubject(decoded(headers.subject ?? '')),
    text: '',
    headers: kept,
    hasCalendarInvite: false
  }
}

/** Runs of white space as one space, trimmed; most subjects need nothing, so they are only tested. */
function tidySubject(subject: string): string {
  return /\s\s|[^\S ]|^ | $/.test(subject) ? subject.replace(/\s+/g, ' ').trim() : subject
}
