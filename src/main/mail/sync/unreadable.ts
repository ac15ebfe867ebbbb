/**
 * Mail the server cannot send: a message whose file is damaged or unreadable on the server.
 * Gmail, Yahoo and Office 365 answer NO to the FETCH that asks for it (the others in the same
 * command come); Dovecot, by default (imap_fetch_failure = disconnect-immediately), sends the
 * messages before it, then says BYE and drops the connection. Either way that FETCH failed on
 * every pass, and with it the mailbox, for good: no later reply in it was ever filed.
 *
 * So a FETCH that fails for the server's reasons (FetchFailed) is followed up on a connection
 * of its own. Each message it did not send is asked for alone (after a BYE, the one where the
 * server stopped, then the rest again, to the next stop); one the server refuses alone, by its
 * own answer (a NO, a BYE), while it sends another, cannot be sent. A connection that merely
 * dropped proves nothing: the failure then stands, and the next pass tries again. The pass
 * leaves such mail out from then on and runs again (UnreadableFound): a message whose headers
 * come but not its body is filed by its headers; one that sends nothing is left out of every
 * fetch (withoutUids in decision.ts) and listed with where to find it. A folder of the user's own
 * on which the server drops the connection runs the pass again too (FolderDropped, runsAgain).
 */
import type { FetchMessageObject, FetchQueryObject, ImapFlow } from 'imapflow'
import type { SkippedMailItem } from '../../../shared/accounts'
import type { MailboxRole } from '../../store/sync-state'
import { closeImap } from '../imap'
import { uidSets } from './decision'
import { MAX_OWN_FOLDERS } from './mailbox-list'

/** Messages followed up one by one after one failed FETCH, at most: more is the server at large. */
const MAX_SUSPECTS = 20

/**
 * Mail the server could not send is asked for again after this long. Gmail's NO for a message ("Some messages could
 * not be FETCHed") often passes within the hour, and a server's copy may be mended: left out for good, a reply that
 * could be read was never filed. Asking again costs a FETCH or two an hour per message while it stays unreadable, on a
 * connection of its own (sendsNow).
 */
export const TRY_AGAIN_AFTER_MS = 60 * 60 * 1000

/** Asked again this much before the hour is up: see dueAgain in unreadable-lists.ts. */
export const ASK_EARLY_MS = 5 * 60 * 1000

/** Mail the server could not send asked for again in one pass, at most: more is asked in turns, one set an hour. */
export const ASK_AGAIN_AT_ONCE = 20

/**
 * Asking again for one list (mail unreadable whole, or bodies) starts no new message after this
 * long: the account's other work, watching the inbox among it, waits while it asks, and a server
 * that drops the connection at each such message costs a login each (seconds, far away). What
 * was not reached is first in turn an hour later.
 */
export const ASK_AGAIN_FOR_MS = 3_000

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

/**
 * Whether the server sends message `uid` asked alone. It does not when it answers so itself: a
 * NO, or a BYE before it closes. A connection that merely dropped, or an answer that says "not
 * now", throws: that proves nothing about the message, and the failure stands.
 */
async function sends(client: ImapFlow, uid: number, items: FetchQueryObject): Promise<boolean> {
  try {
    for await (const m of client.fetch(String(uid), items, { uid: true }) as AsyncIterable<FetchMessageObject>) void m
    return true
  } catch (error) {
    const e = error as { code?: unknown; serverResponseCode?: unknown; responseStatus?: unknown; reason?: unknown }
    const said = e.responseStatus === 'NO' || e.responseStatus === 'BAD' || e.responseStatus === 'BYE' || typeof e.reason === 'string'
    if (!said || e.code === 'ETHROTTLE' || NOT_NOW.has(String(e.serverResponseCode ?? ''))) throw error
    return false
  }
}

/** The message came with everything asked (a message the server could not read comes with its UID and dates only). */
function complete(m: FetchMessageObject, items: FetchQueryObject): boolean {
  return (!items.headers || !!m.headers) && (!items.source || !!m.source)
}

/** A message the server cannot send; `headersOnly`: it sends the headers, not the body. */
export interface Unsendable {
  uid: number
  /** The date the server keeps for it, where it gives one. */
  date?: Date
  headersOnly: boolean
}

/**
 * `box` opened read-only on a connection of its own, again after the server dropped it (a BYE);
 * `open` gives undefined when the mailbox changed (another UIDVALIDITY).
 */
function mailboxOn(
  box: { path: string; uidValidity: string },
  connect: () => Promise<ImapFlow>
): { open(): Promise<ImapFlow | undefined>; close(): Promise<void> } {
  let client: ImapFlow | undefined
  return {
    async open() {
      if (client?.usable) return client
      if (client) client.close()
      client = await connect()
      await client.mailboxOpen(box.path, { readOnly: true })
      return client.mailbox && String(client.mailbox.uidValidity) === box.uidValidity ? client : undefined
    },
    async close() {
      if (client?.usable) await closeImap(client)
      else client?.close()
    }
  }
}

/**
 * The messages of `failure` the server cannot send even alone, asked on connections of their
 * own (`connect`), in `path` while its UIDVALIDITY is `uidValidity`; [] when none is.
 */
export async function findUnreadable(
  failure: FetchFailed,
  box: { path: string; uidValidity: string },
  connect: () => Promise<ImapFlow>,
  known: ReadonlySet<number>
): Promise<Unsendable[]> {
  const { open, close } = mailboxOn(box, connect)
  const items = failure.items
  try {
    const first = await open()
    if (!first) return []
    const listed: number[] = []
    for (const range of failure.ranges) listed.push(...((await first.search({ uid: range }, { uid: true })) || []))
    let missing = [...new Set(listed)].filter((u) => !failure.received.has(u) && !known.has(u)).sort((a, b) => a - b)
    const unreadable: number[] = []
    if (failure.usable) {
      // A NO: the server sent the others, so each message it did not send is asked alone.
      for (const uid of missing.slice(0, MAX_SUSPECTS)) {
        const c = await open()
        if (!c) return []
        if (!(await sends(c, uid, items))) unreadable.push(uid)
      }
    } else {
      // A BYE: the server stopped at the first message it could not send. That one alone, then the rest, to the next stop.
      while (missing.length && unreadable.length < MAX_SUSPECTS) {
        let c = await open()
        if (!c || (await sends(c, missing[0]!, items))) break // sent alone: the stop was not this message's
        unreadable.push(missing[0]!)
        const rest = missing.slice(1)
        const got = new Set<number>()
        c = await open()
        if (!c) return []
        try {
          for (const set of uidSets(rest))
            for await (const m of c.fetch(set, items, { uid: true }) as AsyncIterable<FetchMessageObject>)
              if (complete(m, items)) got.add(m.uid)
          break // the rest came
        } catch (error) {
          if (!serverFailed(error, c)) throw error
          missing = rest.filter((u) => !got.has(u))
        }
      }
    }
    if (!unreadable.length) return []
    // A message the server does send, asked the same way: when that fails too, the server fails at large (nothing is
    // left out for it). Only where the mailbox holds no other message is the one that failed taken as the one.
    const other = (uids: Iterable<number>) => [...uids].find((u) => !unreadable.includes(u) && !known.has(u))
    let control = other([...failure.received, ...listed])
    if (control === undefined) control = other((await (await open())?.search({ all: true }, { uid: true })) || [])
    if (control === undefined && unreadable.length > 1) return []
    if (control !== undefined) {
      const c = await open()
      if (!c || !(await sends(c, control, items))) return []
    }
    // Asked with its body (a few new messages come whole), a message may still send its headers: it is filed by them.
    const headersOnly = new Set<number>(failure.asked === 'bodies' ? unreadable : [])
    if (failure.asked === 'headers' && items.source) {
      const { source: _source, ...headers } = items
      for (const uid of unreadable) {
        const c = await open()
        if (c && (await sends(c, uid, headers).catch(() => false))) headersOnly.add(uid)
      }
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
    return unreadable.map((uid) => ({ uid, headersOnly: headersOnly.has(uid), ...(dates.has(uid) ? { date: dates.get(uid)! } : {}) }))
  } catch {
    // Could not follow it up (the network, the server at large): the FETCH's own failure stands.
    return []
  } finally {
    await close()
  }
}

/** What the server sends now of mail it could not send before: whole, or its headers alone. */
export interface SendsNow {
  whole: number[]
  headersOnly: number[]
  /** What was asked for (the rest was not reached within the time given). */
  asked: number[]
}

/**
 * Which of `uids` (mail of `box` the server could not send) it sends now, each asked alone on
 * a connection of its own (`connect`), so a server that still drops the connection at one
 * costs the pass nothing. Only what comes counts: a refusal, a drop or a changed mailbox
 * leaves the rest as they were. A UID no longer in the mailbox "sends" nothing, and is
 * counted as sent (it is gone, and so is its place on the list).
 */
export async function sendsNow(
  uids: number[],
  box: { path: string; uidValidity: string },
  connect: () => Promise<ImapFlow>,
  /** headers: asked where the whole does not come (none: the whole alone counts). */
  items: { whole: FetchQueryObject; headers?: FetchQueryObject }
): Promise<SendsNow> {
  const now: SendsNow = { whole: [], headersOnly: [], asked: [] }
  const until = performance.now() + ASK_AGAIN_FOR_MS // no message is asked for after that
  const { open, close } = mailboxOn(box, connect)
  const alone = async (uid: number, asked: FetchQueryObject): Promise<boolean> => {
    const c = await open()
    if (!c) throw new Error('the mailbox changed')
    return sends(c, uid, asked)
  }
  try {
    for (const uid of uids) {
      if (performance.now() >= until) break
      now.asked.push(uid)
      if (await alone(uid, items.whole)) now.whole.push(uid)
      else if (items.headers && (await alone(uid, items.headers).catch(() => false))) now.headersOnly.push(uid)
    }
  } catch {
    // the rest stays as it was, asked again another time
  } finally {
    await close()
  }
  return now
}

/** What Settings → Mail accounts lists for messages whose headers the server could not send: where to find each. */
export function unreadableItems(
  found: Unsendable[],
  box: { role: MailboxRole; path: string; uidValidity: string },
  now: number
): SkippedMailItem[] {
  const at = new Date(now).toISOString()
  return found.map(({ uid, date }) => ({
    messageId: unreadableId(box, uid),
    subject: '(could not be read)',
    from: '',
    date: date ? date.toISOString() : '',
    reason: `Your mail server failed to send this message (number ${uid} in ${box.path}), so Afterview could not read it. Look for it in your usual mail program: if it is about an application, it is not on your timeline.`,
    at
  }))
}

/** The Message-ID that stands for message `uid` of `box` in the list of mail not filed (its own is unknown). */
export const unreadableId = (box: { role: MailboxRole; uidValidity: string }, uid: number): string =>
  `<unreadable.${box.uidValidity}.${uid}.${box.role}@afterview.invalid>`

/**
 * The server dropped the connection on the user's folder at `path`: the pass runs again at once on a new connection, and
 * reads it again; dropped twice in a row, the folder is left out for an hour (as UnreadableFound).
 */
export class FolderDropped extends UnreadableFound {
  constructor(readonly path: string) {
    super([])
    this.message = `The mail server closed the connection on your folder "${path}".`
  }
}

/** Each folder is read again once after a drop, then left out: this bounds the passes run again for dropped folders. */
const MAX_DROPS_AGAIN = 2 * MAX_OWN_FOLDERS

/**
 * Whether a pass (or retroactive filing) that failed with `error` runs again at once, counting in `tries`: mail the server
 * cannot send, at most MAX_PASSES_AGAIN times; a folder the server dropped the connection on, apart (each folder at most
 * twice, then left out), so that six such folders, or one and mail the server cannot send, do not fail the sync for good.
 */
export function runsAgain(error: unknown, tries: { again: number; dropped: number }): boolean {
  if (error instanceof FolderDropped) return tries.dropped++ < MAX_DROPS_AGAIN
  return error instanceof UnreadableFound && tries.again++ < MAX_PASSES_AGAIN
}
