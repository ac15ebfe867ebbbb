/**
 * Hearing at once of new mail in the mailboxes the sync reads besides the watched one (issue 14): Sent, the Archive,
 * the user's own folders and Junk. IDLE tells of the selected mailbox only, so a reply a server rule files into "Jobs"
 * (or into Junk) waited for the next look at the other mailboxes. Where the server has NOTIFY (RFC 5465: Dovecot has
 * it; Gmail and Outlook do not), a second connection asks to be told of new mail in every mailbox of the user's and
 * says which one changed; the watch loop then reads the other mailboxes at once.
 *
 * A connection of its own, which asks nothing else: with NOTIFY on the watching connection, a notice arriving while a
 * pass waits for the answer to a STATUS would be taken by imapflow for that answer (it does not compare the mailbox's
 * name), and another mailbox's UIDNEXT saved as Sent's would hide its mail for good.
 */
import type { ImapFlow } from 'imapflow'
import { decodePath } from 'imapflow/lib/tools.js'

/** What of imapflow this needs beyond its typings: a command of its own, and hearing the untagged STATUS it does not handle. */
interface ImapInternals {
  exec(command: string, attributes: unknown[]): Promise<{ next(): void }>
  untaggedHandlers: Record<string, ((untagged: { attributes?: { value?: unknown }[] }) => Promise<void>) | null | undefined>
}

const atom = (value: string) => ({ type: 'ATOM', value })

/**
 * NOTIFY SET (SELECTED (MessageNew MessageExpunge)) (PERSONAL (MessageNew MessageExpunge MailboxName)): an EXISTS when
 * mail comes to the selected mailbox, a STATUS when it comes to any other of the user's (RFC 5465 asks for both
 * events), and a LIST when one of them is made, renamed or deleted ("Jobs", made on the phone to move a reply into).
 */
const NEW_MAIL = [atom('MessageNew'), atom('MessageExpunge')]
const NOTIFY_PERSONAL = [atom('SET'), [atom('SELECTED'), NEW_MAIL], [atom('PERSONAL'), [...NEW_MAIL, atom('MailboxName')]]]

/** The server can tell of new mail in other mailboxes than the selected one. */
export const canNotify = (client: ImapFlow): boolean => client.capabilities?.has('NOTIFY') === true

export interface Listening {
  /** Still connected: false once the server or the network dropped it. */
  readonly open: boolean
  /**
   * Asks the server a NOOP; should it send not one byte within `ms`, the connection is closed (and `ended` told). A
   * listening connection that went silent (a NAT that forgot it, a change of network) is otherwise "open" until
   * imapflow's socket timeout, five minutes and then a NOOP's five more, and heard of nothing meanwhile.
   */
  check(ms: number): void
  close(): void
}

/**
 * A connection told of new mail in any of the user's mailboxes: `tell.heard(path)` for each notice. Undefined when it cannot
 * be had (no NOTIFY after login, a refusal, a failed connection): the caller's periodic look goes on alone.
 */
export async function listenForNewMail(
  connect: () => Promise<ImapFlow>,
  /** A mailbox to select, other than the watched one (imapflow IDLEs only with one selected). */
  select: string,
  tell: {
    /** New mail (or mail gone) in the mailbox at `path`. */
    heard(path: string): void
    /** A mailbox was made, renamed or deleted. */
    listChanged?(): void
    /** The connection, once listening, was closed (by the server, the network, or close()). */
    ended?(): void
  }
): Promise<Listening | undefined> {
  let client: ImapFlow | undefined
  try {
    client = await connect()
    if (!canNotify(client)) throw new Error('no NOTIFY')
    const c = client
    const internals = c as unknown as ImapInternals
    internals.untaggedHandlers.STATUS = async (untagged) => {
      const name = untagged.attributes?.[0]?.value
      const path = Buffer.isBuffer(name) ? name.toString() : name
      // Dovecot names the mailbox in a NOTIFY STATUS as the user sees it (UTF-8, "Jobs & Interviews"), not in modified
      // UTF-7 ("Jobs &- Interviews") as it lists it: decoded as UTF-7, a name with "&" no longer matched the listing and
      // its mail waited for the next look. Heard under both readings (one look either way).
      if (typeof path === 'string' && path) for (const heard of new Set([decodePath(c, path), path])) tell.heard(heard)
    }
    internals.untaggedHandlers.LIST = async () => tell.listChanged?.()
    // NOTIFY first, then the mailbox. imapflow IDLEs, and so keeps the connection alive and hears the server, only with
    // a mailbox selected, and arms IDLE only at the end of a command of its own (mailboxOpen), not of exec(): asked
    // after the SELECT, a NOTIFY still unanswered when the auto-IDLE timer (50 ms) fired kept the connection out of
    // IDLE for good, and on any server further away than the loopback imapflow's socket timeout closed it after five
    // quiet minutes. The mailbox: one of the others (Sent, say), read-only; nothing is asked of it. Not the watched
    // INBOX: Dovecot brings a session's selected mailbox up to date on new mail, and two sessions on it told the
    // watching one of a reply later (about 100 ms at 100,000 messages: tests/bench/sync.bench.ts).
    ;(await internals.exec('NOTIFY', NOTIFY_PERSONAL)).next()
    await c.mailboxOpen(select, { readOnly: true })
    c.on('exists', () => tell.heard(select))
    if (tell.ended) c.once('close', () => tell.ended!())
    return {
      get open() {
        return c.usable
      },
      check: (ms) => {
        const before = c.stats().received
        c.noop().catch(() => undefined)
        // Late because this process was busy: what arrived meanwhile is read first (setImmediate runs after I/O).
        setTimeout(() => setImmediate(() => c.stats().received !== before || c.close()), ms).unref()
      },
      close: () => c.close()
    }
  } catch {
    client?.close()
    return undefined
  }
}
