/**
 * All accounts' syncs: one AccountSync per account, each on its own, sharing one filer
 * (so a message that reaches two accounts is filed once). Used by the services (app and
 * browser mode) and by `afterview sync`.
 */
import type { Account } from '../../../shared/accounts'
import type { EventName, EventPayload } from '../../../shared/api'
import type { MessageRef } from '../../../shared/model'
import { messageIdKey, type MailMessage } from '../../../shared/core/mail-message'
import type { Store } from '../../store'
import type { ImapTuning } from '../connection'
import { AccountSync, type SyncStatus } from './account-sync'
import { MessageFiler, type FiledMessage, type SkippedMessage } from './filing'
import { onApplicationsWritten } from '../../store/application-writes'
import { identityOf } from './identity'
import { junkNotice } from './junk'

export { identityOf } from './identity'

export interface SyncManagerOptions {
  store: Store
  secretFor: (account: Account, options?: { renew?: boolean }) => Promise<string>
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  onFiled?: (filed: FiledMessage) => void
  /** What the classifier says of an incoming mail, written in the same locked write that files it (issue 4). */
  describeIncoming?: (message: MailMessage, ref: MessageRef) => Partial<MessageRef>
  /** Hook for the review queue (issue 4). */
  onMessageFiled?: (applicationId: string, message: MailMessage, ref: MessageRef) => void | Promise<void>
  onUnmatched?: (message: MailMessage, accountId: string) => boolean | void | Promise<boolean | void>
  /** One step of the classifier's first use (false: nothing left to warm up). */
  warmUp?: () => boolean
  tuning?: ImapTuning
  /** Keep the local header index for retroactive filing (default on; the benchmark turns it off to compare). */
  headerIndex?: boolean
  now?: () => number
}

export class SyncManager {
  readonly filer: MessageFiler
  private readonly syncs = new Map<string, AccountSync>()
  private readonly watchers = new Map<string, Promise<void>>()
  private readonly filedListeners = new Set<(filed: FiledMessage) => void>()
  private readonly skippedListeners = new Set<(skipped: SkippedMessage) => void>()
  /** Mail in Junk told in this process, by its Message-ID (junkFound). */
  private readonly junkTold = new Set<string>()
  /** What identified each application when last seen; built when first needed (a sync with nothing new reads no application). */
  private identities?: Map<string, string>
  private readonly unsubscribe: () => void

  constructor(private readonly options: SyncManagerOptions) {
    this.filer = new MessageFiler(options.store, {
      now: options.now,
      onSkipped: (skipped) => {
        for (const listener of this.skippedListeners) listener(skipped)
      },
      timeZone: () => options.store.settings.current.planner.timeZone || undefined,
      describeIncoming: options.describeIncoming,
      onMessageFiled: options.onMessageFiled,
      onUnmatched: options.onUnmatched,
      warmUp: options.warmUp,
      onCompleted: (completed) => options.emit?.('dataChanged', { applicationIds: [completed.applicationId] }),
      onFiled: (filed) => {
        options.emit?.('dataChanged', { applicationIds: [filed.applicationId] })
        options.onFiled?.(filed)
        for (const listener of this.filedListeners) listener(filed)
      }
    })
    this.unsubscribe = onApplicationsWritten(options.store, (ids) => this.applicationsChanged(ids))
  }

  /**
   * Applications changed (in this process, or another one: the caller passes what the
   * store's folder watch saw). Any added, or changed in what identifies it, makes every
   * watched account file earlier mail that now matches.
   */
  applicationsChanged(ids: string[]): void {
    let changed = false
    if (!this.identities) {
      // Not read before this change: what they were is unknown, so each one still there counts as changed
      // (retroactive filing then compares what identifies them all with what the index was matched for).
      this.identities = new Map(this.options.store.applicationDigests.all().map((app) => [app.id, identityOf(app)]))
      changed = ids.some((id) => this.identities!.has(id))
    }
    for (const id of ids) {
      const app = this.options.store.applications.get(id)
      const identity = app ? identityOf(app) : undefined
      if (identity !== this.identities.get(id)) {
        changed = changed || app !== undefined
        if (identity === undefined) this.identities.delete(id)
        else this.identities.set(id, identity)
      }
    }
    if (!changed) return
    for (const [id, sync] of this.syncs) if (this.watchers.has(id)) sync.fileEarlierSoon()
  }

  /** Tells `listener` about every message deliberately skipped from now on; returns an unsubscribe. */
  onSkipped(listener: (skipped: SkippedMessage) => void): () => void {
    this.skippedListeners.add(listener)
    return () => this.skippedListeners.delete(listener)
  }

  private syncFor(account: Account): AccountSync {
    let sync = this.syncs.get(account.id)
    if (!sync) {
      const emit = this.options.emit
      sync = new AccountSync(account, {
        store: this.options.store,
        filer: this.filer,
        secret: (options) => this.options.secretFor(sync!.account, options),
        tuning: this.options.tuning,
        headerIndex: this.options.headerIndex,
        now: this.options.now,
        progress: (p) => emit?.('syncProgress', { accountId: account.id, ...p }),
        junkFound: (mails) => {
          // The same reply in the Junk folders of two accounts, found by passes running side by side: told once.
          const untold = mails.filter((m) => !this.junkTold.has(messageIdKey(m.messageId)))
          for (const m of untold) this.junkTold.add(messageIdKey(m.messageId))
          const message = junkNotice(untold, sync!.account.email)
          if (message) emit?.('notice', { level: 'warning', message, notify: 'A reply may be in your Junk folder' })
        },
        onStatus: (s) =>
          emit?.('syncProgress', {
            accountId: account.id,
            phase: `status:${s.state}`,
            done: s.filed,
            total: s.filed,
            ...(s.message ? { message: s.message } : {}),
            ...(s.problem ? { problem: s.problem, troubleSince: s.troubleSince } : {})
          })
      })
      this.syncs.set(account.id, sync)
    } else {
      sync.account = account
    }
    return sync
  }

  /** Tells `listener` about every message filed from now on; returns an unsubscribe. */
  onFiled(listener: (filed: FiledMessage) => void): () => void {
    this.filedListeners.add(listener)
    return () => this.filedListeners.delete(listener)
  }

  statusOf(accountId: string): SyncStatus {
    return this.syncs.get(accountId)?.status ?? { state: 'idle', filed: 0 }
  }

  /** One pass over each account (in parallel); resolves with how many messages were filed. */
  async syncOnce(accounts: Account[]): Promise<number> {
    const counts = await Promise.all(accounts.map((a) => this.syncFor(a).syncOnce()))
    return counts.reduce((a, b) => a + b, 0)
  }

  /** Retroactive filing now: earlier mail (from the header index) that matches an application today. */
  async fileEarlier(accounts: Account[]): Promise<number> {
    const counts = await Promise.all(accounts.map((a) => this.syncFor(a).fileEarlier()))
    return counts.reduce((a, b) => a + b, 0)
  }

  /** Keeps each account watched (IDLE) until stopped. Already-watched accounts are nudged. */
  watch(accounts: Account[]): void {
    for (const account of accounts) {
      const sync = this.syncFor(account)
      if (this.watchers.has(account.id)) {
        sync.nudge()
        continue
      }
      this.watchers.set(
        account.id,
        sync.watch().finally(() => this.watchers.delete(account.id))
      )
    }
  }

  /** Every watched account connects anew at once (after a sleep: AccountSync.reconnect). */
  reconnect(): void {
    for (const id of this.watchers.keys()) this.syncs.get(id)?.reconnect()
  }

  isWatching(accountId: string): boolean {
    return this.watchers.has(accountId)
  }

  async stop(accountId: string): Promise<void> {
    const sync = this.syncs.get(accountId)
    this.syncs.delete(accountId)
    if (sync) await sync.stop()
    await this.watchers.get(accountId)
  }

  /** Stops following application changes (the services are being disposed). */
  dispose(): void {
    this.unsubscribe()
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.syncs.keys()].map((id) => this.stop(id)))
  }
}
