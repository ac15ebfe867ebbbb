/**
 * Keeping an account watched: sync, then IDLE on INBOX (Gmail: All Mail) with a catch-up on
 * every EXISTS, and a look at the other mailboxes (Sent, the Archive, the user's own folders,
 * Junk) every minute, or at once where the server tells of new mail there (notify.ts); on any
 * disconnect a NEW connection after a capped, jittered backoff (an account whose server
 * refuses us is not hammered).
 *
 * The watched mailbox is selected read-write (SELECT), not read-only (EXAMINE): Dovecot tells
 * a read-only session of new maildir mail later and later as the mailbox grows. At 100,000
 * messages (tests/bench/sync.bench.ts, 20 deliveries), delivery -> EXISTS took 1,340 ms
 * read-only against 355 ms read-write in a bare session, and delivery -> timeline went from
 * 1,509 ms to 775 ms (load 10, then 3; of which about 190 is Dovecot answering the FETCH: a read-write
 * session moves the new file into cur/). The session still changes nothing: it only FETCHes
 * with BODY.PEEK (no \Seen), never STOREs, EXPUNGEs or CLOSEs (sync-watch.test.ts).
 */
import type { ImapFlow } from 'imapflow'
import { presetOf, type Account } from '../../../shared/accounts'
import { AfterviewError } from '../../../shared/api'
import { describeMailError } from '../connection'
import { backoffDelay } from './decision'
import { SMALL_FETCH, folderProblem, type SyncPass } from './pass'
import { MAX_PASSES_AGAIN, runsAgain } from './unreadable'
import { canNotify, listenForNewMail, type Listening } from './notify'
import type { MailboxRole } from '../../store/sync-state'
import type { SyncStatus } from './types'

/** What the watch loop needs from its account's sync. */
export interface WatchHost {
  readonly account: Account
  readonly pass: SyncPass
  /** As last set (setStatus). */
  readonly status: SyncStatus
  watching: boolean
  client?: ImapFlow
  /** How often the other mailboxes are looked at while watching (ms), when not every minute (LOOK_AROUND_EVERY_MS). */
  lookAroundEveryMs?: number
  now(): number
  connect(): Promise<ImapFlow>
  exclusive<T>(task: () => Promise<T>): Promise<T>
  setStatus(change: Partial<SyncStatus>): void
  sleep(ms: number): Promise<void>
  addTimer(t: NodeJS.Timeout): void
  dropTimer(t: NodeJS.Timeout): void
  /** Files earlier mail that now matches (after the first pass of a connection). */
  fileEarlier(): Promise<number>
  /** The same in a moment, in turn with the other work of the account. */
  fileEarlierSoon(): void
  /** While IDLE: look for new mail now ("Sync now"), which also moves "last checked". */
  checkNow?: () => void
}

export async function watchAccount(host: WatchHost): Promise<void> {
  let attempt = 0
  const tries = { again: 0, dropped: 0 }
  while (host.watching) {
    let client: ImapFlow | undefined
    try {
      host.setStatus({ state: 'syncing' })
      client = await host.exclusive(() => host.connect())
      host.client = client
      // Stopped while it logged in (the account removed or edited, the app quitting): stop() found no connection to
      // close, and this one went on to watch for good, the account's stop() waiting on it.
      if (!host.watching) break
      const primary = await host.exclusive(() => host.pass.syncMailboxes(client!))
      // The server dropped the connection once the mail was read (on the look at Junk, which is then left for an hour):
      // a new connection at once, with no error shown.
      if (!client.usable && tries.again++ < MAX_PASSES_AGAIN) continue
      await host.fileEarlier()
      attempt = 0
      tries.again = 0
      tries.dropped = 0
      // Sent could not be read: the INBOX is watched all the same, and what went wrong with Sent is told meanwhile.
      const sent = folderProblem(host.pass.folderFailure)
      host.setStatus({
        state: 'watching',
        message: sent,
        lastSyncAt: new Date(host.now()).toISOString(),
        problem: undefined,
        troubleSince: undefined
      })
      const role: MailboxRole = primary === 'INBOX' ? 'inbox' : 'all'
      await host.exclusive(() => selectToWatch(client!, primary))
      host.pass.prepareWhileIdle()
      await idleUntilClosed(host, client, role, primary)
    } catch (error) {
      // Mail the server cannot send was found and is left out from now on, or a folder dropped the connection: the pass
      // runs again at once (unreadable.ts, runsAgain).
      if (runsAgain(error, tries)) continue
      const explained = await explainedImapError(error, host.account)
      if (host.watching) host.setStatus(troubleStatus(explained, host.status.troubleSince, host.now()))
      if (explained.code === 'mail_auth') attempt = Math.max(attempt, 6) // do not hammer a server that refuses us
    } finally {
      client?.close()
      host.client = undefined
    }
    if (!host.watching) break
    await host.sleep(backoffDelay(attempt++))
  }
  host.setStatus({ state: 'stopped', problem: undefined, troubleSince: undefined })
}

/** What went wrong reading `account`'s mail, in plain words (an AfterviewError stays as it is). */
export async function explainedImapError(error: unknown, account: Account): Promise<AfterviewError> {
  if (error instanceof AfterviewError) return error
  return (await describeMailError(error, { account, which: 'imap', preset: presetOf(account.preset) })).error
}

/**
 * An account whose mail could not be read: what went wrong in plain words, what kind of trouble it is (the window and
 * the desktop tell the user of it: a refused sign-in at once, the rest when it lasts), and since when (the first
 * failure since the last pass that worked: the tries again in between keep it).
 */
export function troubleStatus(error: AfterviewError, since: string | undefined, now: number): Partial<SyncStatus> {
  return {
    state: 'error',
    message: error.message,
    problem: error.code === 'mail_auth' ? 'sign-in' : error.code === 'mail_tls' ? 'settings' : 'connection',
    troubleSince: since ?? new Date(now).toISOString()
  }
}

function idleUntilClosed(host: WatchHost, client: ImapFlow, role: MailboxRole, path: string): Promise<void> {
  // A look or a catch-up the server has not said one word to in this long: the connection is dead (see answeredWithin).
  const answerMs = Math.max(2_000, Math.min(ANSWER_WITHIN_MS, (host.lookAroundEveryMs ?? LOOK_AROUND_EVERY_MS) / 2))
  return new Promise((resolve) => {
    let pending = false
    let arrived = 0
    const onExists = (event?: { count: number; prevCount: number }) => {
      arrived += event ? Math.max(1, event.count - event.prevCount) : SMALL_FETCH + 1
      if (pending) return
      pending = true
      queueMicrotask(() => {
        pending = false
        const expected = arrived
        arrived = 0
        host
          .exclusive(() =>
            answeredWithin(client, answerMs, async () => {
              await host.pass.catchUp(client, role, path, expected)
              host.setStatus({ lastSyncAt: new Date(host.now()).toISOString() })
            })
          )
          .catch(() => client.close())
      })
    }
    // The other mailboxes (Sent, the Archive, the user's own folders, Junk), and the watched one's STATUS: now and then,
    // and at once when the server tells of new mail there. Then back to watching the primary mailbox, which a look
    // at another deselected: without this, IDLE went on in Sent and new mail waited for the next look. A look asked
    // for while one waits its turn is that one.
    let lookWaiting = false
    const lookAround = () => {
      if (lookWaiting) return
      lookWaiting = true
      void host
        .exclusive(async () => {
          lookWaiting = false
          await answeredWithin(client, answerMs, async () => {
            await host.pass.syncMailboxes(client)
            // A look at every mailbox: "last checked" moves every minute while all is quiet too.
            host.setStatus({ message: folderProblem(host.pass.folderFailure), lastSyncAt: new Date(host.now()).toISOString() })
            if (host.pass.filedFromSent) host.fileEarlierSoon() // a reply already read may thread on what was filed from Sent
            if (await selectToWatch(client, path)) onExists() // what came while another mailbox was selected
          })
        })
        .catch(() => client.close())
    }
    let closed = false
    let listening: Listening | undefined
    let connecting = false
    // Told by the server of new mail in another mailbox this pass reads (not Drafts, not the watched one): a look now.
    const heard = (changed: string) => {
      if (changed !== path && host.pass.otherMailboxes().has(changed)) lookAround()
    }
    // Not had twice in a row (the server refuses a second connection, or the command, or takes it and drops the
    // connection before the next look): tried again in half an hour, not at every look (a login a minute). Only a
    // listener that lasted until a look makes the count start again.
    let failed = { times: 0, at: 0 }
    let lasted = false
    const listen = async () => {
      if (closed || connecting || listening?.open || !canNotify(client)) return
      if (failed.times >= 2 && host.now() - failed.at < LISTEN_AGAIN_AFTER_MS) return
      // Not one the last look could not open (a Sent the server refuses): the listener would fail on it.
      const refused = host.pass.folderFailure?.path
      const select = [...host.pass.otherMailboxes()].find((other) => other !== path && other !== refused)
      if (!select) return // nothing but the watched mailbox to hear of
      connecting = true
      listening = await listenForNewMail(() => host.connect(), select, {
        heard,
        // A folder made, renamed or deleted: listed again at once, not within the hour ("Jobs", made on the phone).
        listChanged: () => {
          host.pass.listAgain()
          lookAround()
        },
        ended: () => lost()
      })
      connecting = false
      lasted = false
      if (!listening) failed = { times: failed.times + 1, at: host.now() }
      if (closed)
        listening?.close() // the watch ended meanwhile
      else if (listening) {
        // What came between the last look and the listening, a folder made or renamed meanwhile among it (no one was told:
        // the listening connection had dropped, or the watching one): listed again, or "Jobs" waited for the hour.
        host.pass.listAgain()
        lookAround()
      }
    }
    // The listener was dropped: the next look listens again; dropped before it lasted a look, a failure.
    const lost = () => {
      if (!closed && !lasted) failed = { times: failed.times + 1, at: host.now() }
    }
    let timer: NodeJS.Timeout | undefined
    const schedule = () => {
      timer = setTimeout(() => {
        host.dropTimer(timer!)
        if (listening?.open) {
          lasted = true
          failed = { times: 0, at: 0 }
          listening.check(answerMs) // gone silent: closed, and listened to again at the next look
        }
        lookAround()
        void listen() // dropped since: listened to again, once a look
        schedule()
      }, host.lookAroundEveryMs ?? LOOK_AROUND_EVERY_MS)
      host.addTimer(timer)
    }
    schedule()
    void listen()
    client.on('exists', onExists)
    // "Sync now": the watched mailbox, and the others, listed again (a folder made on the phone, the reply moved into it:
    // only the INBOX was read, and on a server that does not tell the folder waited for the hour the listing is trusted).
    host.checkNow = () => {
      onExists()
      host.pass.listAgain()
      lookAround()
    }
    client.once('close', () => {
      closed = true
      host.checkNow = undefined
      clearTimeout(timer)
      if (timer) host.dropTimer(timer)
      listening?.close()
      resolve()
    })
    // A message may have arrived between the scan and the listener.
    onExists()
  })
}

/**
 * `task`, on `client`; should the server send not one byte in `ms` after it began, the connection is closed (and the
 * watch connects anew). After a change of network (Wi-Fi to a phone's hotspot, a VPN, no sleep), the watching connection
 * is dead and nothing says so: no reset comes back, the look's STATUS and the IDLE's DONE go unanswered, and imapflow
 * gave up only at its socket timeout (five minutes, then a NOOP), while the status said "watching" and replies waited.
 * A task that is answered at all is left alone, however long it then takes (a first read of a big folder).
 */
async function answeredWithin<T>(client: ImapFlow, ms: number, task: () => Promise<T>): Promise<T> {
  const before = client.stats().received
  let done = false
  // A timer late because this process was busy is no sign of a dead connection: what arrived meanwhile is read first
  // (setImmediate runs after I/O).
  const timer = setTimeout(() => setImmediate(() => done || client.stats().received !== before || client.close()), ms)
  try {
    return await task()
  } finally {
    done = true
    clearTimeout(timer)
  }
}

/** A look or a catch-up unanswered this long finds the watching connection dead (answeredWithin): half the look's minute. */
const ANSWER_WITHIN_MS = 30_000

/** A connection to hear of new mail on that could not be had twice in a row is tried for again after this long. */
const LISTEN_AGAIN_AFTER_MS = 30 * 60_000

/**
 * How often the other mailboxes are looked at while watching: every minute (a reply a rule files into "Jobs" reaches the
 * timeline within one), also where the server tells of new mail there (notify.ts): it tells only of what reaches the mail
 * through it, and a reply a procmail or maildrop rule drops into "Jobs"'s maildir is told of to no one. Each look is a
 * STATUS per mailbox.
 */
const LOOK_AROUND_EVERY_MS = 60_000

/** Selects the mailbox to watch read-write (see the top of this file), unless it already is; true when it did. */
async function selectToWatch(client: ImapFlow, path: string): Promise<boolean> {
  if (client.mailbox && client.mailbox.path === path && !client.mailbox.readOnly) return false
  await client.mailboxOpen(path, { readOnly: false })
  return true
}
