/**
 * Keeping an account watched: sync, then IDLE on INBOX (Gmail: All Mail) with a catch-up on
 * every EXISTS and a periodic look at Sent; on any disconnect a NEW connection after a
 * capped, jittered backoff (an account whose server refuses us is not hammered).
 */
import type { ImapFlow } from 'imapflow'
import { presetOf, type Account } from '../../../shared/accounts'
import { AfterviewError } from '../../../shared/api'
import { describeMailError } from '../connection'
import { backoffDelay } from './decision'
import { SMALL_FETCH, type SyncPass } from './pass'
import type { MailboxRole } from '../../store/sync-state'
import type { SyncStatus } from './types'

/** What the watch loop needs from its account's sync. */
export interface WatchHost {
  readonly account: Account
  readonly pass: SyncPass
  watching: boolean
  client?: ImapFlow
  sentCheckEveryMs: number
  now(): number
  connect(): Promise<ImapFlow>
  exclusive<T>(task: () => Promise<T>): Promise<T>
  setStatus(change: Partial<SyncStatus>): void
  sleep(ms: number): Promise<void>
  addTimer(t: NodeJS.Timeout): void
  dropTimer(t: NodeJS.Timeout): void
  /** Files earlier mail that now matches (after the first pass of a connection). */
  fileEarlier(): Promise<number>
  /** While IDLE: look for new mail now ("Sync now"), which also moves "last checked". */
  checkNow?: () => void
}

export async function watchAccount(host: WatchHost): Promise<void> {
  let attempt = 0
  while (host.watching) {
    let client: ImapFlow | undefined
    try {
      host.setStatus({ state: 'syncing' })
      client = await host.exclusive(() => host.connect())
      host.client = client
      const primary = await host.exclusive(() => host.pass.syncMailboxes(client!))
      await host.fileEarlier()
      attempt = 0
      host.setStatus({ state: 'watching', message: undefined, lastSyncAt: new Date(host.now()).toISOString() })
      const role: MailboxRole = primary === 'INBOX' ? 'inbox' : 'all'
      await client.mailboxOpen(primary, { readOnly: true })
      host.pass.prepareWhileIdle()
      await idleUntilClosed(host, client, role, primary)
    } catch (error) {
      const explained =
        error instanceof AfterviewError
          ? error
          : (await describeMailError(error, { account: host.account, which: 'imap', preset: presetOf(host.account.preset) })).error
      if (host.watching) host.setStatus({ state: 'error', message: explained.message })
      if (explained.code === 'mail_auth') attempt = Math.max(attempt, 6) // do not hammer a server that refuses us
    } finally {
      client?.close()
      host.client = undefined
    }
    if (!host.watching) break
    await host.sleep(backoffDelay(attempt++))
  }
  host.setStatus({ state: 'stopped' })
}

function idleUntilClosed(host: WatchHost, client: ImapFlow, role: MailboxRole, path: string): Promise<void> {
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
          .exclusive(async () => {
            await host.pass.catchUp(client, role, path, expected)
            host.setStatus({ lastSyncAt: new Date(host.now()).toISOString() })
          })
          .catch(() => client.close())
      })
    }
    const sentCheck = setInterval(() => {
      void host.exclusive(() => host.pass.syncMailboxes(client)).catch(() => client.close())
    }, host.sentCheckEveryMs)
    host.addTimer(sentCheck)
    client.on('exists', onExists)
    host.checkNow = () => onExists()
    client.once('close', () => {
      host.checkNow = undefined
      clearInterval(sentCheck)
      host.dropTimer(sentCheck)
      resolve()
    })
    // A message may have arrived between the scan and the listener.
    onExists()
  })
}
