/**
 * The sync of one account: one pass at a time (a promise-chain mutex), a pass being
 * pass.ts (Sent then INBOX, per mailbox, filing each message on its own) and watching being
 * watch.ts (IDLE and reconnects). Also files earlier mail when an application is added or
 * changes what identifies it (retroactive filing, from the local header index).
 */
import type { ImapFlow } from 'imapflow'
import type { Account } from '../../../shared/accounts'
import { closeImap, leaveImap, openImap } from '../imap'
import type { AccountSyncDeps, SyncStatus } from './types'
import { SyncPass, folderProblem, type PassHost } from './pass'
import { runsAgain } from './unreadable'
import { AfterviewError } from '../../../shared/api'
import { explainedImapError, troubleStatus, watchAccount, type WatchHost } from './watch'
import { isFolderRole } from '../../store/sync-state'

export { looksJobRelated } from '../../../shared/core/classifier/job-related'
export type { AccountSyncDeps, SyncStatus } from './types'

export class AccountSync implements WatchHost, PassHost {
  status: SyncStatus = { state: 'idle', filed: 0 }
  readonly pass: SyncPass
  client?: ImapFlow
  watching = false
  private queue: Promise<unknown> = Promise.resolve()
  private wake?: () => void
  private timers = new Set<NodeJS.Timeout>()
  private earlierTimer?: NodeJS.Timeout

  constructor(
    public account: Account,
    readonly deps: AccountSyncDeps
  ) {
    this.pass = new SyncPass(this)
  }

  /** Counts newly filed messages into the status (the pass calls it). */
  filed(count: number): void {
    this.setStatus({ filed: this.status.filed + count })
  }

  get lookAroundEveryMs(): number | undefined {
    return this.deps.lookAroundEveryMs
  }
  now = (): number => (this.deps.now ?? Date.now)()

  setStatus(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change }
    this.deps.onStatus?.(this.status)
  }

  /** Runs `task` after every earlier one of this account: one sync per account at a time. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  connect(): Promise<ImapFlow> {
    return openImap(this.account, { secret: this.deps.secret, tuning: this.deps.tuning })
  }

  /**
   * One full pass: earlier mail that now matches, then Sent and INBOX. Returns how many
   * messages it filed. A pass that found mail the server cannot send runs again without it,
   * on a new connection (the server may have dropped this one): see unreadable.ts.
   */
  syncOnce(): Promise<number> {
    return this.exclusive(async () => {
      this.setStatus({ state: 'syncing', message: undefined })
      const before = this.status.filed
      try {
        await againPastUnreadable(async () => this.passOn(await this.connect()))
      } catch (error) {
        // Said where the account is shown (it stayed "Syncing…"); the caller tells the error its own way.
        this.setStatus(troubleStatus(await explainedImapError(error, this.account), this.status.troubleSince, this.now()))
        throw error
      }
      this.setStatus({
        state: this.watching ? 'watching' : 'idle',
        message: folderProblem(this.pass.folderFailure),
        lastSyncAt: new Date(this.now()).toISOString(),
        problem: undefined,
        troubleSince: undefined
      })
      return this.status.filed - before
    })
  }

  private async passOn(client: ImapFlow): Promise<void> {
    try {
      await this.pass.fileEarlier(
        async () => client,
        async () => {}
      )
      await this.pass.syncMailboxes(client)
      // Mail filed from Sent just now may be what a reply already read threads on: that reply is matched again.
      if (this.pass.filedFromSent)
        await this.pass.fileEarlier(
          async () => client,
          async () => {}
        )
      this.pass.rememberMatchedFiles()
      // The rest was read; what went wrong with Sent or the Archive is still told as a failure. A folder of the user's own
      // that will not open is told in the account's status (syncOnce), not as a failed sync at every run.
      const failure = this.pass.folderFailure
      if (failure && !isFolderRole(failure.role)) throw new AfterviewError('mail_network', folderProblem(failure)!)
    } finally {
      leaveImap(client)
    }
  }

  /**
   * Retroactive filing now (in turn with the other work of this account), on its own connection.
   * Mail the server cannot send found on the way is left out, and the filing runs again without it
   * (as a pass does): thrown, the rest of that mail waited for the next pass, minutes away.
   */
  fileEarlier(): Promise<number> {
    return this.exclusive(() => againPastUnreadable(() => this.pass.fileEarlier(() => this.connect(), closeImap)))
  }

  /** An application was added or changed what identifies it: file earlier mail soon (debounced). */
  fileEarlierSoon(delayMs = 100): void {
    // Asked by a look that was still running when the account was stopped (removed, edited, the app quitting): no new
    // connection for it.
    if (!this.watching) return
    clearTimeout(this.earlierTimer)
    this.earlierTimer = setTimeout(() => {
      this.earlierTimer = undefined
      if (this.watching) void this.fileEarlier().catch(() => undefined) // the next pass tries again
    }, delayMs)
  }

  /**
   * Keeps the account in sync until stop(): sync, then IDLE on INBOX; on any disconnect a
   * new connection after a capped, jittered backoff. Resolves when stopped.
   */
  async watch(): Promise<void> {
    if (this.watching) return
    this.watching = true
    await watchAccount(this)
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t)
        this.wake = undefined
        resolve()
      }, ms)
      this.timers.add(t)
      this.wake = () => {
        clearTimeout(t)
        this.timers.delete(t)
        resolve()
      }
    })
  }

  addTimer(t: NodeJS.Timeout): void {
    this.timers.add(t)
  }
  dropTimer(t: NodeJS.Timeout): void {
    this.timers.delete(t)
  }

  /** While IDLE: look for new mail now (set by the watch loop). */
  checkNow?: () => void

  /** "Sync now": reconnect instead of waiting out the backoff, or, while watching, check the mailbox now. */
  nudge(): void {
    this.wake?.()
    this.checkNow?.()
  }

  /**
   * After a sleep: the watching connection and its listener are most likely dead (the network changed, or a NAT forgot
   * them), and nothing says so; a look would find out only when its STATUS went unanswered for half a minute
   * (watch.ts, answeredWithin). They are dropped, and the watch connects anew at once: its pass reads what came.
   */
  reconnect(): void {
    if (!this.watching) return
    this.wake?.() // waiting to try again: now
    this.client?.close()
  }

  async stop(): Promise<void> {
    this.watching = false
    this.wake?.()
    clearTimeout(this.earlierTimer)
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
    const client = this.client
    if (client) await closeImap(client)
  }
}

/**
 * `run`, again while it finds mail the server cannot send, or a folder the server drops the connection on (runsAgain):
 * each run leaves out what the last found.
 */
async function againPastUnreadable<T>(run: () => Promise<T>): Promise<T> {
  const tries = { again: 0, dropped: 0 }
  for (;;) {
    try {
      return await run()
    } catch (error) {
      if (!runsAgain(error, tries)) throw error
    }
  }
}
