/**
 * What a filed mail looks like on the timeline (a MessageRef), built so that it always fits
 * the stored schema: a 200 KB subject, a 10 KB display name or a subject with a thousand
 * "Re:" is cut to a sane length here (the full text stays reachable through "Open in full").
 * A mail that still cannot be stored is skipped with the reason, never silently.
 */
import { MessageRef } from '../../../shared/model'
import { describeInvalid } from '../../../shared/api'
import { tidyMessageId, type MailAddress, type MailMessage } from '../../../shared/core/mail-message'
import type { MessageMatch } from '../../../shared/core/matcher'
import { formatAddress as formatNamedAddress } from '../../../shared/core/address'

export const LIMITS = { subject: 300, name: 100, address: 320, recipients: 20, snippet: 240, reason: 1000, messageId: 1000 } as const

const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/** "Re: Re: RE: Fwd: Re: x" -> "Re: Fwd: Re: x" (runs of the same prefix once), cut to length. */
export function clampSubject(subject: string): string {
  const flat = subject.replace(/\s+/g, ' ').trim()
  const collapsed =
    flat.length > 40
      ? flat.replace(
          /^((?:re|aw|fwd?|wg|sv|antw)\s*(?:\[\d+\])?\s*:\s*)(?:\1|(?:re|aw|fwd?|wg|sv|antw)\s*:\s*)+/i,
          (_m, first: string) => first
        )
      : flat
  return cut(collapsed, LIMITS.subject)
}

/** "Name <address>" (the shared form), each part cut to what the record keeps. */
export function formatAddress(a: MailAddress): string {
  return formatNamedAddress({ name: cut(a.name.replace(/\s+/g, ' ').trim(), LIMITS.name), address: cut(a.address, LIMITS.address) })
}

export function snippetOf(text: string, max: number = LIMITS.snippet): string {
  const flat = text.replace(/^>.*$/gm, '').replace(/\s+/g, ' ').trim()
  return cut(flat, max)
}

export function isAutomatic(message: MailMessage): boolean {
  const h = message.headers
  const auto = h['auto-submitted']
  return (
    (auto !== undefined && auto.toLowerCase() !== 'no') ||
    h['x-autoreply'] !== undefined ||
    h['x-autorespond'] !== undefined ||
    /^(auto_reply|bulk|junk)$/i.test(h['precedence'] ?? '')
  )
}

export type RefResult = { ok: true; ref: MessageRef } | { ok: false; reason: string }

/** The timeline record of `message`, clamped; or why it cannot be stored. */
export function messageRefOf(match: MessageMatch, message: MailMessage, accountId: string): RefResult {
  const messageId = tidyMessageId(message.messageId)
  if (messageId.length > LIMITS.messageId)
    return { ok: false, reason: `its Message-ID is ${messageId.length} characters long (more than ${LIMITS.messageId})` }
  const recipients = [...message.to, ...message.cc]
  const to = recipients.slice(0, LIMITS.recipients).map(formatAddress)
  if (recipients.length > LIMITS.recipients) to.push(`and ${recipients.length - LIMITS.recipients} more`)
  const inReplyTo = message.inReplyTo && message.inReplyTo.length <= LIMITS.messageId ? message.inReplyTo : undefined
  const written = message.writtenMessageId && message.writtenMessageId.length <= LIMITS.messageId ? message.writtenMessageId : undefined
  const candidate = {
    messageId,
    direction: match.direction,
    from: formatAddress(message.from),
    to,
    subject: clampSubject(message.subject),
    snippet: snippetOf(message.text),
    reason: cut(match.reason, LIMITS.reason),
    automatic: isAutomatic(message),
    accountId,
    ...(inReplyTo ? { inReplyTo } : {}),
    // Filed under an id of its own (another mail has its Message-ID: reused-id.ts), answered under the one it has.
    ...(written && written !== messageId ? { originalMessageId: written } : {}),
    ...(match.unverifiedSender ? { unverifiedSender: true } : {})
  }
  const parsed = MessageRef.safeParse(candidate)
  if (!parsed.success) return { ok: false, reason: `it could not be stored: ${describeInvalid(parsed.error)}` }
  return { ok: true, ref: parsed.data }
}
