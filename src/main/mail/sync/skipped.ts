/**
 * Mail the sync deliberately left off the timeline, per account, with the reason in plain
 * words: what Settings → Mail accounts lists and `sync --json` prints. Kept short (the
 * newest 200); a message filed later is taken off the list.
 */
import { z } from 'zod'
import { Id } from '../../../shared/model'
import type { SkippedMailItem } from '../../../shared/accounts'
import { messageIdKey } from '../../../shared/core/mail-message'

const MAX_ITEMS = 200
const short = (max: number) => z.string().max(max)

export const SkippedMail = z.object({
  id: Id,
  items: z.array(z.object({ messageId: short(1100), subject: short(400), from: short(500), date: short(40), reason: short(1000), at: short(40) })).max(MAX_ITEMS)
})
export type SkippedMail = z.infer<typeof SkippedMail>

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/** Adds (or refreshes) items, newest first; at most MAX_ITEMS kept. */
export function withSkipped(current: SkippedMail | undefined, accountId: string, items: SkippedMailItem[]): SkippedMail {
  const fresh = items.map((i) => ({ messageId: cut(i.messageId, 1000), subject: cut(i.subject.replace(/\s+/g, ' '), 300), from: cut(i.from, 400), date: cut(i.date, 40), reason: cut(i.reason, 900), at: i.at }))
  const keys = new Set(fresh.map((i) => messageIdKey(i.messageId)))
  const kept = (current?.items ?? []).filter((i) => !keys.has(messageIdKey(i.messageId)))
  return { id: accountId, items: [...fresh, ...kept].slice(0, MAX_ITEMS) }
}
