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

/** NOTIFY SET (PERSONAL (MessageNew MessageExpunge)): a STATUS when mail comes to any of the user's mailboxes (RFC 5465 asks for both events). */
const NOTIFY_PERSONAL = [atom('SET'), [atom('PERSONAL'), [atom('MessageNew'), atom('MessageExpunge')]]]

/** The server can tell of new mail in other mailboxes than the selected one. */
export const canNotify = (client: ImapFlow): boolean => client.capabilities?.has('NOTIFY') === true

export interface Listening {
  /** Still connected: false once the server or the network dropped it. */
  readonly open: boolean
  close(): void
}

/**
 * A connection told of new mail in any of the user's mailboxes: `heard(path)` for each notice. Undefined when it cannot
 * be had (no NOTIFY after login, a refusal, a failed connection): the caller's periodic look goes on alone.
 */
export async function listenForNewMail(connect: () => Promise<ImapFlow>, heard: (path: string) => void): Promise<Listening | undefined> {
  let client: ImapFlow | undefined
  try {
    client = await connect()
    if (!canNotify(client)) throw new Error('no NOTIFY')
    const c = client
    const internals = c as unknown as ImapInternals
    internals.untaggedHandlers.STATUS = async (untagged) => {
      const name = untagged.attributes?.[0]?.value
      const path = Buffer.isBuffer(name) ? name.toString() : name
      if (typeof path === 'string' && path) heard(decodePath(c, path))
    }
    // imapflow IDLEs, and so keeps the connection alive and hears the server, only with a mailbox selected: the INBOX,
    // read-only (nothing is asked of it; its notices are the watching connection's).
    await c.mailboxOpen('INBOX', { readOnly: true })
    ;(await internals.exec('NOTIFY', NOTIFY_PERSONAL)).next()
    return {
      get open() {
        return c.usable
      },
      close: () => c.close()
    }
  } catch {
    client?.close()
    return undefined
  }
}
