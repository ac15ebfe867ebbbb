/**
 * Mail the sync deliberately left off the timeline, per account, with the reason in plain
 * words: what Settings → Mail accounts lists and `sync --json` prints. Kept short (the
 * newest 200); a message the server could not send is taken off once it sends it (withoutSkipped).
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { Id } from '../../shared/model'
import type { SkippedMailItem } from '../../shared/accounts'
import { messageIdKey } from '../../shared/core/mail-message'

const MAX_ITEMS = 200
const short = (max: number) => z.string().max(max)

export const SkippedMail = z.object({
  id: Id,
  items: z
    .array(
      z.object({
        key: short(200).optional(),
        messageId: short(1100),
        subject: short(400),
        from: short(500),
        date: short(40),
        reason: short(1000),
        at: short(40)
      })
    )
    .max(MAX_ITEMS)
})
export type SkippedMail = z.infer<typeof SkippedMail>

/** A short lookup key for a Message-ID of any length (the shown id may be cut). */
export function skipKey(messageId: string): string {
  const key = messageIdKey(messageId)
  return key.length <= 200 ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`
}

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/** Adds (or refreshes) items, newest first; at most MAX_ITEMS kept. */
export function withSkipped(current: SkippedMail | undefined, accountId: string, items: SkippedMailItem[]): SkippedMail {
  const fresh = items.map((i) => ({
    key: skipKey(i.messageId),
    messageId: cut(i.messageId, 1000),
    subject: cut(i.subject.replace(/\s+/g, ' '), 300),
    from: cut(i.from, 400),
    date: cut(i.date, 40),
    reason: cut(i.reason, 900),
    at: i.at
  }))
  const keys = new Set(fresh.map((i) => i.key))
  const kept = (current?.items ?? []).filter((i) => !keys.has(i.key ?? skipKey(i.messageId)))
  return { id: accountId, items: [...fresh, ...kept].slice(0, MAX_ITEMS) }
}

/** Without the items for `messageIds` (mail listed as unreadable that the server has since sent). */
export function withoutSkipped(current: SkippedMail, messageIds: string[]): SkippedMail {
  const keys = new Set(messageIds.map(skipKey))
  return { ...current, items: current.items.filter((i) => !keys.has(i.key ?? skipKey(i.messageId))) }
}
