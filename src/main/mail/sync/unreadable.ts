/**
 * Mail the server cannot send: a message whose file is damaged or unreadable on the server.
 * Gmail, Yahoo and Office 365 answer NO to the FETCH that asks for it (the others in the same
 * command come); Dovecot, by default (imap_fetch_failure = disconnect-immediately), sends the
 * messages before it, then drops the connection. Either way that FETCH failed on every pass,
 * and with it the mailbox, for good: no later reply in it was ever filed.
 *
 * So a FETCH that fails for the server's reasons (FetchFailed) is followed up on a connection
 * of its own: the messages it did not send are asked for one at a time (after a dropped
 * connection only the first, where the server stopped), and those the server cannot send
 * alone are the unreadable ones. The pass leaves them out from then on (withoutUids in
 * decision.ts; a body that cannot be had leaves the mail's headers, as an unreadable body
 * does) and runs again (UnreadableFound). A failure no single message explains is thrown as
 * it was: the network, or the server at large.
 */
import type { FetchMessageObject, FetchQueryObject, ImapFlow } from 'imapflow'
import type { SkippedMailItem } from '../../../shared/accounts'
import type { MailboxRole } from '../../store/sync-state'
import { closeImap } from '../imap'

/** Messages followed up one by one after one failed FETCH, at most: more is the server at large. */
const MAX_SUSPECTS = 20

/** A pass runs again at most this often for mail the server cannot send; the next pass goes on from there. */
export const MAX_PASSES_AGAIN = 5

/** A FETCH the server failed (a NO, or the connection dropped), with what it had sent. */
export class FetchFailed extends Error {
  constructor(
    readonly ranges: string[],
    readonly items: FetchQueryObject,
    /** UIDs the server had sent before it failed. */
    readonly received: ReadonlySet<number>,
    /** The connection is still up (the server answered NO): every message not sent is a suspect. */
    readonly usable: boolean,
    /** What was asked: headers (an unreadable message is then unknown) or bodies (its headers are known). */
    readonly asked: 'headers' | 'bodies',
    override readonly cause: unknown
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
  }
}

/** The pass found messages the server cannot send, and leaves them out when it runs again. */
export class UnreadableFound extends Error {
  constructor(readonly uids: number[]) {
    super(`The mail server could not send ${uids.length === 1 ? 'one message' : `${uids.length} messages`}; they are left out.`)
  }
}

/** An error of the server or the connection, not of this process: only those are followed up. */
export function serverFailed(error: unknown, client: ImapFlow): boolean {
  if (!client.usable) return true
  const status = (error as { responseStatus?: unknown } | undefined)?.responseStatus
  return status === 'NO' || status === 'BAD' || status === 'BYE'
}

/** Answers that say "not now" (throttled, busy, over a limit), not "this message cannot be read". */
const NOT_NOW = new Set(['UNAVAILABLE', 'LIMIT', 'INUSE', 'OVERQUOTA', 'CONTACTADMIN'])

/** Whether the server sends message `uid` asked alone; throws when it says "not now" (the failure then stands). */
async function sends(client: ImapFlow, uid: number, items: FetchQueryObject): Promise<boolean> {
  try {
    for await (const m of client.fetch(String(uid), items, { uid: true }) as AsyncIterable<FetchMessageObject>) void m
    return true
  } catch (error) {
    const e = error as { code?: unknown; serverResponseCode?: unknown }
    if (!serverFailed(error, client) || e.code === 'ETHROTTLE' || NOT_NOW.has(String(e.serverResponseCode ?? ''))) throw error
    return false
  }
}

/**
 * The messages of `failure` the server cannot send even alone, asked on connections of their
 * own (`connect`), in `path` while its UIDVALIDITY is `uidValidity`, each with the date the
 * server has for it where it gives one; [] when none is.
 */
export async function findUnreadable(
  failure: FetchFailed,
  box: { path: string; uidValidity: string },
  connect: () => Promise<ImapFlow>,
  known: ReadonlySet<number>
): Promise<Array<{ uid: number; date?: Date }>> {
  let client: ImapFlow | undefined
  const open = async (): Promise<ImapFlow | undefined> => {
    if (client?.usable) return client
    if (client) client.close()
    client = await connect()
    await client.mailboxOpen(box.path, { readOnly: true })
    return client.mailbox && String(client.mailbox.uidValidity) === box.uidValidity ? client : undefined
  }
  try {
    const first = await open()
    if (!first) return []
    const listed: number[] = []
    for (const range of failure.ranges) listed.push(...((await first.search({ uid: range }, { uid: true })) || []))
    const missing = [...new Set(listed)].filter((u) => !failure.received.has(u) && !known.has(u)).sort((a, b) => a - b)
    const unreadable: number[] = []
    for (const uid of missing.slice(0, failure.usable ? MAX_SUSPECTS : 1)) {
      const c = await open()
      if (!c) return []
      if (!(await sends(c, uid, failure.items))) unreadable.push(uid)
    }
    if (!unreadable.length) return []
    // A message the server does send, asked the same way: when that fails too, the server fails at large (nothing is
    // left out for it). Where the mailbox holds no other message, the one that failed is the one.
    const control = [...failure.received, ...listed].find((u) => !unreadable.includes(u) && !known.has(u))
    if (control !== undefined) {
      const c = await open()
      if (!c || !(await sends(c, control, failure.items))) return []
    }
    // The date the server keeps for each (from its index, not the message): where to look in another mail program.
    const dates = new Map<number, Date>()
    const c = await open().catch(() => undefined)
    if (c)
      try {
        for await (const m of c.fetch(unreadable.join(','), { uid: true, internalDate: true }, { uid: true }))
          if (m.internalDate instanceof Date) dates.set(m.uid, m.internalDate)
      } catch {
        // no dates, then
      }
    return unreadable.map((uid) => (dates.has(uid) ? { uid, date: dates.get(uid)! } : { uid }))
  } catch {
    // Could not follow it up (the network, the server at large): the FETCH's own failure stands.
    return []
  } finally {
    if (client?.usable) await closeImap(client)
    else client?.close()
  }
}

/** What Settings → Mail accounts lists for messages whose headers the server could not send: where to find each. */
export function unreadableItems(
  found: Array<{ uid: number; date?: Date }>,
  box: { role: MailboxRole; path: string; uidValidity: string },
  now: number
): SkippedMailItem[] {
  const at = new Date(now).toISOString()
  return found.map(({ uid, date }) => ({
    messageId: `<unreadable.${box.uidValidity}.${uid}.${box.role}@afterview.invalid>`,
    subject: '(could not be read)',
    from: '',
    date: date ? date.toISOString() : '',
    reason: `Your mail server failed to send this message (number ${uid} in ${box.path}), so Afterview could not read it. Look for it in your usual mail program: if it is about an application, it is not on your timeline.`,
    at
  }))
}
