/**
 * The sync of one account: a pass over Sent then INBOX (Gmail: All Mail) deciding per
 * mailbox what to fetch (decision.ts), matching envelopes + a few headers, fetching bodies
 * only for matched or job-related mail, filing; then, when watching, IDLE on INBOX and a
 * catch-up on every EXISTS. One operation at a time per account (a promise-chain mutex);
 * a NEW ImapFlow for every reconnect, with capped, jittered backoff.
 */
import { ImapFlow, type FetchMessageObject } from 'imapflow'
import { presetOf, type Account } from '../../../shared/accounts'
import { AfterviewError } from '../../../shared/api'
import { domainOf, type MailMessage } from '../../../shared/core/mail-message'
import { hiringSystemForDomain } from '../../../shared/core/classifier/senders'
import type { MessageMatch } from '../../../shared/core/matcher'
import type { Store } from '../../store'
import { describeMailError, imapClientOptions, type ImapTuning } from '../connection'
import { parseMessage } from '../parse-message'
import { backoffDelay, decideSync, uidSet, type StoredMailbox } from './decision'
import type { MessageFiler } from './filing'
import { SCAN_HEADERS, headerMessage } from './header-message'
import { syncStateId, type MailboxRole, type SyncState } from './state'

export interface SyncStatus {
  state: 'idle' | 'syncing' | 'watching' | 'error' | 'stopped'
  lastSyncAt?: string
  message?: string
  filed: number
}

export interface AccountSyncDeps {
  store: Store
  filer: MessageFiler
  /** The password; throws an AfterviewError in plain words when there is none. OAuth2: an access token (`renew`: a fresh one). */
  secret: (options?: { renew?: boolean }) => Promise<string>
  progress?: (p: { phase: string; done: number; total: number; message?: string }) => void
  onStatus?: (status: SyncStatus) => void
  now?: () => number
  tuning?: ImapTuning
  /** Sent folder is re-checked this often while watching (ms). */
  sentCheckEveryMs?: number
}

const BODY_MAX_BYTES = 512 * 1024
/** Up to this many messages, the source comes with the headers (one round trip). */
const SMALL_FETCH = 20
const JOB_WORDS = /\b(interview|application|applied|applying|candidate|candidacy|position|role|offer|recruit\w*|hiring|assessment|opportunity|next steps)\b/i

/** Worth fetching the body even without a match: a hiring system wrote, or the subject is about a job. */
export function looksJobRelated(message: MailMessage): boolean {
  if (hiringSystemForDomain(domainOf(message.from.address))) return true
  return message.headers['list-id'] === undefined && JOB_WORDS.test(message.subject)
}

export class AccountSync {
  status: SyncStatus = { state: 'idle', filed: 0 }
  private queue: Promise<unknown> = Promise.resolve()
  private client?: ImapFlow
  private watching = false
  private wake?: () => void
  /** While IDLE: look for new mail now (Sync now), which also moves "last checked". */
  private checkNow?: () => void
  private timers = new Set<NodeJS.Timeout>()

  constructor(public account: Account, private readonly deps: AccountSyncDeps) {}

  private now = () => (this.deps.now ?? Date.now)()
  private setStatus(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change }
    this.deps.onStatus?.(this.status)
  }

  /** Runs `task` after every earlier one of this account: one sync per account at a time. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private userAddresses(): string[] {
    return [this.account.email, ...(this.account.user.includes('@') ? [this.account.user] : [])]
  }

  /** OAuth2: a refused access token is renewed once, then the user is asked to sign in again. */
  private async connect(renewed = false): Promise<ImapFlow> {
    const secret = await this.deps.secret(renewed ? { renew: true } : undefined)
    const client = new ImapFlow(imapClientOptions(this.account, secret, this.deps.tuning))
    client.on('error', () => undefined) // surfaced through close + the failing command
    try {
      await client.connect()
    } catch (error) {
      client.close()
      const explained = (await describeMailError(error, { account: this.account, which: 'imap', preset: presetOf(this.account.preset), secret })).error
      if (explained.code === 'mail_auth' && this.account.auth.type === 'oauth2' && !renewed) return this.connect(true)
      throw explained
    }
    return client
  }

  /** One full pass (connect, Sent, INBOX, logout). Returns how many messages it filed. */
  syncOnce(): Promise<number> {
    return this.exclusive(async () => {
      this.setStatus({ state: 'syncing', message: undefined })
      const before = this.status.filed
      const client = await this.connect()
      try {
        await this.syncMailboxes(client)
      } finally {
        await client.logout().catch(() => client.close())
      }
      this.setStatus({ state: this.watching ? 'watching' : 'idle', lastSyncAt: new Date(this.now()).toISOString() })
      return this.status.filed - before
    })
  }

  private listed?: { at: number; boxes: Array<{ role: MailboxRole; path: string }> }

  /** Sent, then INBOX (Gmail: All Mail), found by SPECIAL-USE; remembered for 10 minutes. */
  private async mailboxes(client: ImapFlow): Promise<Array<{ role: MailboxRole; path: string }>> {
    if (this.listed && this.now() - this.listed.at < 10 * 60_000) return this.listed.boxes
    const list = await client.list()
    const sent = list.find((m) => m.specialUse === '\\Sent')
    const all = presetOf(this.account.preset).scanAllMail ? list.find((m) => m.specialUse === '\\All') : undefined
    if (sent && sent.path !== this.account.sentFolder) {
      this.account = await this.deps.store.accounts.update(this.account.id, (a) => ({ ...a, sentFolder: sent.path })).catch(() => this.account)
    }
    const boxes = [...(sent ? [{ role: 'sent' as const, path: sent.path }] : []), all ? { role: 'all' as const, path: all.path } : { role: 'inbox' as const, path: 'INBOX' }]
    this.listed = { at: this.now(), boxes }
    return boxes
  }

  private async syncMailboxes(client: ImapFlow): Promise<string> {
    const boxes = await this.mailboxes(client)
    for (const box of boxes) await this.syncMailbox(client, box.role, box.path)
    return boxes[boxes.length - 1]!.path
  }

  private windowStart(): number {
    const day = 86_400_000
    return Math.floor((this.now() - this.account.lookbackDays * day) / day) * day
  }

  /** Decides and does what one mailbox needs; saves its state only after it completed. */
  private async syncMailbox(client: ImapFlow, role: MailboxRole, path: string): Promise<void> {
    const saved = this.deps.store.syncState.get(syncStateId(this.account.id, role))
    if (role === 'sent' && saved && saved.path === path && (client.mailbox === false || client.mailbox.path !== path)) {
      // Sent rarely changes: STATUS is cheaper than SELECT, so skip it when nothing changed.
      const st = await client.status(path, { uidNext: true, uidValidity: true, highestModseq: true, messages: true })
      const known: StoredMailbox = { uidValidity: BigInt(saved.uidValidity), uidNext: saved.uidNext, highestModseq: saved.highestModseq ? BigInt(saved.highestModseq) : undefined, since: Date.parse(saved.since) }
      if (st && st.uidValidity !== undefined && st.uidNext !== undefined && decideSync(known, { uidValidity: st.uidValidity, uidNext: st.uidNext, highestModseq: st.highestModseq, exists: st.messages ?? 0 }, this.windowStart()).kind === 'nothing') return
    }
    const lock = await client.getMailboxLock(path, { readOnly: true })
    try {
      const mb = client.mailbox
      if (!mb) throw new AfterviewError('mail_network', `The mailbox ${path} could not be opened.`)
      const id = syncStateId(this.account.id, role)
      const saved = this.deps.store.syncState.get(id)
      const stored: StoredMailbox | undefined = saved && saved.path === path ? { uidValidity: BigInt(saved.uidValidity), uidNext: saved.uidNext, highestModseq: saved.highestModseq ? BigInt(saved.highestModseq) : undefined, since: Date.parse(saved.since) } : undefined
      const since = stored && !Number.isNaN(stored.since) && stored.since <= this.windowStart() ? stored.since : this.windowStart()
      const server = { uidValidity: mb.uidValidity, uidNext: mb.uidNext, highestModseq: mb.highestModseq, exists: mb.exists }
      const decision = decideSync(stored, server, this.windowStart())
      let nextUid = server.uidNext
      if (decision.kind === 'full' || decision.kind === 'reseed') {
        const uids = mb.exists === 0 ? [] : ((await client.search({ since: new Date(this.windowStart()) }, { uid: true })) || [])
        nextUid = Math.max(nextUid, await this.scan(client, role, uidSet(uids), uids.length, 0))
      } else if (decision.kind === 'new-messages') {
        nextUid = Math.max(nextUid, await this.scan(client, role, `${decision.fromUid}:*`, server.uidNext - decision.fromUid, decision.fromUid))
      }
      await this.saveState({ id, accountId: this.account.id, role, path, uidValidity: String(server.uidValidity), uidNext: nextUid, highestModseq: server.highestModseq !== undefined ? String(server.highestModseq) : undefined, since: new Date(decision.kind === 'nothing' || decision.kind === 'new-messages' ? since : this.windowStart()).toISOString(), lastSyncAt: new Date(this.now()).toISOString() })
    } finally {
      lock.release()
    }
  }

  private async saveState(state: SyncState): Promise<void> {
    if (state.highestModseq === undefined) delete state.highestModseq
    await this.deps.store.syncState.put(state)
  }

  /**
   * Fetches envelope + headers for `range`, matches, then bodies for the candidates, and files.
   * Returns one past the highest UID seen (0 when none).
   */
  private async scan(client: ImapFlow, role: MailboxRole, range: string, total: number, minUid: number): Promise<number> {
    if (!range) return 0
    const phase = role === 'sent' ? 'Sent' : 'Inbox'
    const candidates: Array<{ uid: number; header: MailMessage; match: MessageMatch | null }> = []
    const users = this.userAddresses()
    this.deps.filer.refreshIfChanged()
    let done = 0
    let maxUid = 0
    // A few new messages (IDLE catch-up): take the source in the same round trip.
    const withSource = total <= SMALL_FETCH
    const sources = new Map<number, Buffer>()
    const items = { uid: true, envelope: true, internalDate: true, headers: SCAN_HEADERS, ...(withSource ? { source: { maxLength: BODY_MAX_BYTES } } : {}) }
    for await (const fetched of client.fetch(range, items, { uid: true }) as AsyncIterable<FetchMessageObject>) {
      if (fetched.uid < minUid) continue // `N:*` returns the last message when none is newer
      maxUid = Math.max(maxUid, fetched.uid)
      const header = headerMessage(fetched)
      if (++done % 1000 === 0) this.deps.progress?.({ phase, done, total, message: `Reading ${phase}: ${done} of ${total}` })
      if (this.deps.filer.isFiled(header.messageId)) continue
      const match = this.deps.filer.match(header, users)
      if (match || looksJobRelated(header)) {
        candidates.push({ uid: fetched.uid, header, match })
        if (fetched.source) sources.set(fetched.uid, fetched.source)
      }
    }
    this.deps.progress?.({ phase, done, total: done, message: `Read ${done} messages in ${phase}` }) // done: the bar closes
    if (candidates.length) await this.fileCandidates(client, candidates, users, withSource ? sources : undefined)
    return maxUid ? maxUid + 1 : 0
  }

  private async fileCandidates(client: ImapFlow, candidates: Array<{ uid: number; header: MailMessage; match: MessageMatch | null }>, users: string[], fetchedSources?: Map<number, Buffer>): Promise<void> {
    const sources = fetchedSources ?? new Map<number, Buffer>()
    if (!fetchedSources) {
      for await (const fetched of client.fetch(uidSet(candidates.map((c) => c.uid)), { uid: true, source: { maxLength: BODY_MAX_BYTES } }, { uid: true }) as AsyncIterable<FetchMessageObject>) {
        if (fetched.source) sources.set(fetched.uid, fetched.source)
      }
    }
    const matched: Array<{ match: MessageMatch; message: MailMessage }> = []
    for (const c of candidates) {
      let message = c.header
      const source = sources.get(c.uid)
      if (source) {
        try {
          message = await parseMessage(source, { receivedAt: new Date(c.header.date) })
        } catch {
          message = c.header
        }
      }
      const match = this.deps.filer.match(message, users) ?? c.match
      if (match) matched.push({ match, message })
      else if (message !== c.header) await this.deps.filer.unmatched(message, this.account.id)
    }
    const filed = await this.deps.filer.fileMany(matched, this.account.id)
    if (filed.length) this.setStatus({ filed: this.status.filed + filed.length })
  }

  /**
   * New mail in the INBOX that stays selected while watching. The selected mailbox's
   * UIDNEXT is not refreshed by EXISTS, so this fetches from the stored UIDNEXT directly.
   */
  private async catchUp(client: ImapFlow, role: MailboxRole, path: string, expected: number): Promise<void> {
    await this.exclusive(async () => {
      const saved = this.deps.store.syncState.get(syncStateId(this.account.id, role))
      if (!saved || saved.path !== path) return this.syncMailbox(client, role, path)
      const lock = await client.getMailboxLock(path, { readOnly: true })
      try {
        const next = await this.scan(client, role, `${saved.uidNext}:*`, Math.max(1, expected), saved.uidNext)
        const modseq = client.mailbox ? client.mailbox.highestModseq : undefined
        await this.saveState({ ...saved, uidNext: Math.max(saved.uidNext, next), ...(modseq !== undefined ? { highestModseq: String(modseq) } : {}), lastSyncAt: new Date(this.now()).toISOString() })
      } finally {
        lock.release()
      }
      this.setStatus({ lastSyncAt: new Date(this.now()).toISOString() })
    })
  }

  /**
   * Keeps the account in sync until stop(): sync, then IDLE on INBOX; on any disconnect a
   * new ImapFlow after a capped, jittered backoff. Resolves when stopped.
   */
  async watch(): Promise<void> {
    if (this.watching) return
    this.watching = true
    let attempt = 0
    while (this.watching) {
      let client: ImapFlow | undefined
      try {
        this.setStatus({ state: 'syncing' })
        client = await this.exclusive(() => this.connect())
        this.client = client
        const primary = await this.exclusive(() => this.syncMailboxes(client!))
        attempt = 0
        this.setStatus({ state: 'watching', message: undefined, lastSyncAt: new Date(this.now()).toISOString() })
        const role: MailboxRole = primary === 'INBOX' ? 'inbox' : 'all'
        await client.mailboxOpen(primary, { readOnly: true })
        await this.idleUntilClosed(client, role, primary)
      } catch (error) {
        const explained = error instanceof AfterviewError ? error : (await describeMailError(error, { account: this.account, which: 'imap', preset: presetOf(this.account.preset) })).error
        if (this.watching) this.setStatus({ state: 'error', message: explained.message })
        if (explained.code === 'mail_auth') attempt = Math.max(attempt, 6) // do not hammer a server that refuses us
      } finally {
        client?.close()
        this.client = undefined
      }
      if (!this.watching) break
      await this.sleep(backoffDelay(attempt++))
    }
    this.setStatus({ state: 'stopped' })
  }

  private idleUntilClosed(client: ImapFlow, role: MailboxRole, path: string): Promise<void> {
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
          this.catchUp(client, role, path, expected).catch(() => client.close())
        })
      }
      const sentCheck = setInterval(() => {
        void this.exclusive(async () => {
          const boxes = await this.mailboxes(client)
          for (const b of boxes) await this.syncMailbox(client, b.role, b.path)
        }).catch(() => client.close())
      }, this.deps.sentCheckEveryMs ?? 5 * 60_000)
      this.timers.add(sentCheck)
      client.on('exists', onExists)
      this.checkNow = () => onExists()
      client.once('close', () => {
        this.checkNow = undefined
        clearInterval(sentCheck)
        this.timers.delete(sentCheck)
        resolve()
      })
      // A message may have arrived between the scan and the listener.
      onExists()
    })
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => { this.timers.delete(t); this.wake = undefined; resolve() }, ms)
      this.timers.add(t)
      this.wake = () => { clearTimeout(t); this.timers.delete(t); resolve() }
    })
  }

  /** "Sync now": reconnect instead of waiting out the backoff, or, while watching, check the mailbox now. */
  nudge(): void {
    this.wake?.()
    this.checkNow?.()
  }

  async stop(): Promise<void> {
    this.watching = false
    this.wake?.()
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
    const client = this.client
    if (client) await client.logout().catch(() => client.close())
  }
}
