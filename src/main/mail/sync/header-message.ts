/**
 * A MailMessage built from what the scan fetched (envelope + a few headers), without the
 * body: enough for the matcher. Bodies are fetched later, only for matched or job-related mail.
 */
import type { FetchMessageObject, MessageAddressObject } from 'imapflow'
import { MAIL_HEADERS_THAT_MATTER, tidyMessageId, uniqueIds, type MailAddress, type MailMessage } from '../../../shared/core/mail-message'

/** Headers the scan asks for besides the envelope. */
export const SCAN_HEADERS = ['references', ...MAIL_HEADERS_THAT_MATTER.filter((h) => h !== 'sender')]

/** Unfolds and reads `Name: value` lines; lower-case names; first occurrence wins. */
export function parseHeaderBlock(block: Buffer | string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (!block || block.length <= 2) return out // most scanned mail has none of the asked headers: just the blank line
  const text = (typeof block === 'string' ? block : block.toString('utf8')).replace(/\r?\n[ \t]+/g, ' ')
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    if (!(name in out)) out[name] = line.slice(colon + 1).trim()
  }
  return out
}

function hasAny(record: Record<string, string>): boolean {
  for (const _ in record) return true
  return false
}

const address = (a: MessageAddressObject | undefined): MailAddress => ({
  name: (a?.name ?? '').trim(),
  address: (a?.address ?? '').trim().toLowerCase()
})

export function headerMessage(fetched: FetchMessageObject): MailMessage {
  const env = fetched.envelope
  const headers = parseHeaderBlock(fetched.headers)
  const references = headers.references ? uniqueIds(headers.references.match(/<[^<>\s]+>/g) ?? []) : []
  const envDate = env?.date ? new Date(env.date) : undefined
  const date: Date =
    envDate && !Number.isNaN(envDate.getTime()) ? envDate : fetched.internalDate ? new Date(fetched.internalDate) : new Date(0)
  const kept: Record<string, string> = {}
  if (hasAny(headers)) for (const h of MAIL_HEADERS_THAT_MATTER) if (headers[h] !== undefined) kept[h] = headers[h]!
  const inReplyTo = env?.inReplyTo ? (env.inReplyTo.match(/<[^<>\s]+>/)?.[0] ?? env.inReplyTo) : undefined
  return {
    messageId: env?.messageId ? tidyMessageId(env.messageId) : `<uid-${fetched.uid}-${date.getTime()}@afterview.invalid>`,
    ...(inReplyTo ? { inReplyTo: tidyMessageId(inReplyTo) } : {}),
    references,
    date: date.toISOString(),
    from: address(env?.from?.[0]),
    to: (env?.to ?? []).map(address),
    cc: (env?.cc ?? []).map(address),
    ...(env?.replyTo?.[0] && env.replyTo[0].address !== env.from?.[0]?.address ? { replyTo: address(env.replyTo[0]) } : {}),
    subject: tidySubject(env?.subject ?? ''),
    text: '',
    headers: kept,
    hasCalendarInvite: false
  }
}

/** Runs of white space as one space, trimmed; most subjects need nothing, so they are only tested. */
function tidySubject(subject: string): string {
  return /\s\s|[^\S ]|^ | $/.test(subject) ? subject.replace(/\s+/g, ' ').trim() : subject
}
