// Over 300 lines: one pass over a mailbox (decision, header scan, bodies, filing); the bodies' reading (readBodies, readLettersWhole, readWhole) is the next seam to move out.
/**
 * One pass over an account's mailboxes: Sent then INBOX (Gmail: All Mail), deciding per
 * mailbox what to fetch (decision.ts), reading a few header fields, indexing them
 * (header-index.ts), fetching bodies only for matched mail and possible acknowledgements
 * from untracked employers (untracked-acknowledgement.ts), and filing each
 * message on its own. A mailbox's state never moves past a message that was neither filed
 * nor deliberately skipped. Retroactive filing of mail already seen is earlier-mail.ts, which
 * has the pass read and file what it chose. Which mailboxes there are is mailbox-list.ts; the
 * Junk folder, looked at last, junk.ts; mail the server could not send, unreadable.ts and its
 * lists, unreadable-lists.ts.
 */
import type { FetchMessageObject, FetchQueryObject, ImapFlow } from 'imapflow'
import type { Account } from '../../../shared/accounts'
import { AfterviewError } from '../../../shared/api'
import { messageIdKey, type MailMessage } from '../../../shared/core/mail-message'
import type { MessageMatch } from '../../../shared/core/matcher'
import { LookAlikes, mayBeUntrackedAcknowledgement } from '../../../shared/core/untracked-acknowledgement'
import { mayBeForwardToSelf } from '../../../shared/core/forwarded'
import { loadMailParser, parseMessage } from '../parse-message'
import { MAX_PDF_BYTES } from '../pdf-text'
import { roundTripOf } from '../imap'
import { BODY_MAX_BYTES, BodyParser } from './body-parser'
import { decideSync, uidSet, uidSets, withoutUids, type ServerMailbox, type StoredMailbox } from './decision'
import { lookInJunk } from './junk'
import { MailboxList, STATUS_QUERY, serverMailbox, type Box } from './mailbox-list'
import { UnreadableLists, rememberedOf, withoutBodies, type NoBodies, type Unreadable } from './unreadable-lists'
import {
  ASK_AGAIN_AT_ONCE,
  FetchFailed,
  FolderDropped,
  UnreadableFound,
  findUnreadable,
  sendsNow,
  serverFailed,
  unreadableId,
  unreadableItems
} from './unreadable'
import type { AccountSyncDeps, Candidate } from './types'
import type { MessageFiler } from './filing'
import { EarlierMail, type EarlierHost } from './earlier-mail'
import { FETCH_HEADERS, answered, headerMessage } from './header-message'
import { asItsHeaders, underId, type Batch } from './reused-id'
import { isCustomerMail } from '../../../shared/core/customer-mail'
import { HeaderIndex, entryOf, type IndexEntry } from './header-index'
import { isFolderRole, syncStateId, type FolderRole, type MailboxRole, type SyncState } from '../../store/sync-state'
import { identityStamp } from './identity'
import { ThreadFollowers } from './thread-followers'

/**
 * A mail cut at BODY_MAX_BYTES whose attached letter could not be read is fetched again whole,
 * up to this: two PDF letters of MAX_PDF_BYTES, base64-encoded, and the rest of the mail. A
 * letter of 400 KB no longer fits in 512 KB of mail once encoded, and cut short it is unreadable.
 */
export const LETTER_MAIL_MAX_BYTES = 2 * Math.ceil((MAX_PDF_BYTES * 4) / 3) + 1024 * 1024
/** Bodies are fetched, parsed and filed this many messages at a time. */
const FETCH_SLICE = 1000
/** Up to this many messages, the source comes with the headers (one round trip). */
export const SMALL_FETCH = 20
const DAY = 86_400_000
const HOUR = 3_600_000
/**
 * A STATUS not answered after this long is the server taking in new mail (Dovecot syncing
 * its maildir: about 75 ms at 20,000 messages, 250 at 100,000, against 2-4 ms with nothing
 * new): the sync gets ready to read it meanwhile. Further away, every answer takes a round
 * trip: slow is three of them. Taken for new mail, each STATUS of a server 40 ms away got
 * the sync ready for nothing: about 100 ms of work (the applications read, the matcher, the
 * classifier's warm-up), which also delayed reading the answer (issue 14).
 */
const SLOW_STATUS_MS = 40
const slowStatusMs = (client: ImapFlow) => Math.max(SLOW_STATUS_MS, 3 * roundTripOf(client))

/** A folder a pass could not read, and the mailbox went on without it: Sent, the Archive, or a folder of the user's own. */
export interface FolderFailure {
  error: unknown
  path: string
  role: 'sent' | 'archive' | FolderRole
}

/** Read before the primary mailbox, and not where replies arrive first: its failure leaves the rest to read. */
const readBeforePrimary = (role: MailboxRole): role is FolderFailure['role'] => role === 'sent' || role === 'archive' || isFolderRole(role)

/** What went wrong reading a folder in a pass, in plain words (the server's own, where it gave some); undefined when nothing did. */
export function folderProblem(failed: FolderFailure | undefined): string | undefined {
  if (!failed) return undefined
  const raw = (failed.error as { responseText?: unknown } | undefined)?.responseText
  // Dovecot ends its answers with its own timing: "(0.001 + 0.000 secs)."
  const said =
    typeof raw === 'string'
      ? raw
          .replace(/\s+/g, ' ')
          .replace(/\s*\([\d.]+ \+ [\d.]+(?: \+ [\d.]+)? secs\)\.?$/, '')
          .replace(/\.$/, '')
          .trim()
          .slice(0, 200)
      : ''
  const server = `on the mail server${said ? `, which said: "${said}"` : ''}`
  if (isFolderRole(failed.role))
    return (
      `Afterview could not read your folder "${failed.path}" ${server}. ` +
      `Replies in your inbox are still read; mail in that folder is read once it opens again.`
    )
  const folder = failed.role === 'sent' ? 'Sent' : 'Archive'
  return (
    `Afterview could not read your ${folder} folder (${failed.path}) ${server}. ` +
    `Replies in your inbox are still read; mail you ${failed.role === 'sent' ? 'sent' : 'archived'} is read once the folder opens again.`
  )
}

/** What a pass needs from its account's sync. */
export interface PassHost {
  account: Account
  deps: AccountSyncDeps
  now(): number
  /** Counts newly filed messages into the account's status. */
  filed(count: number): void
  /** A new connection to the account's server (following up a failed FETCH: unreadable.ts). */
  connect(): Promise<ImapFlow>
}

export class SyncPass {
  /** Which mailboxes there are, listed or remembered, and what LIST-STATUS said of them. */
  private readonly list: MailboxList
  /** Retroactive filing (earlier-mail.ts); none without a header index. */
  private readonly earlier?: EarlierMail
  /** STATUS answers asked ahead of their mailbox's turn in this pass (askPrimaryFirst). */
  private askedAhead = new Map<string, ServerMailbox | undefined>()
  /** The server is busy with what this pass asked (opening a mailbox, a slow STATUS): the classifier warms up meanwhile. */
  private waitingForServer = false
  private warming = false
  /** This pass (syncMailboxes) filed mail from Sent: retroactive filing is due (see scan). */
  private sentFiled = false
  /**
   * Of the mail of Sent and the Archive this pass left out: the Message-IDs it answers. Both are read before the INBOX: a
   * reply archived on the phone, or the user's own answer, may answer INBOX mail filed after.
   */
  private leftOutAnswers = new Set<string>()
  /** When looking in Junk last failed (lookInJunk). */
  private junkFailedAt = -Infinity
  get filedFromSent(): boolean {
    return this.sentFiled
  }
  /** This pass (syncMailboxes) could not read Sent, and read the rest: the error, to tell. */
  private folderFailed?: FolderFailure
  /** Sent, or else the Archive, could not be read by the last pass (told to the user: folderProblem). */
  get folderFailure(): FolderFailure | undefined {
    return this.folderFailed
  }
  /** Folders of the user's own on which the server dropped the connection, when last, and how often in a row (syncMailboxes). */
  private readonly folderDropped = new Map<string, { at: number; error: unknown; times: number }>()
  /** The folder at `path`, dropped twice in a row within the hour: left out (its last error), or undefined. */
  private leftOut(role: MailboxRole, path: string): { error: unknown } | undefined {
    const dropped = isFolderRole(role) ? this.folderDropped.get(path) : undefined
    return dropped && dropped.times >= 2 && this.host.now() - dropped.at < HOUR ? dropped : undefined
  }
  /** The server dropped the connection on the folder at `path`: what to throw (the pass runs again at once). */
  private droppedOn(path: string, error: unknown): FolderDropped {
    const before = this.folderDropped.get(path)
    const times = before && this.host.now() - before.at < HOUR ? before.times + 1 : 1
    this.folderDropped.set(path, { at: this.host.now(), error, times })
    return new FolderDropped(path)
  }
  /** Per mailbox: mail the server could not send (unreadable.ts), as its state lists it. */
  private readonly lists: UnreadableLists
  /** While a scan files what it read: which shapes of look-alike mail were worth reading (LookAlikes). */
  private lookAlikes?: LookAlikes
  readonly index?: HeaderIndex

  constructor(private readonly host: PassHost) {
    this.lists = new UnreadableLists(host)
    this.list = new MailboxList(host)
    if (host.deps.headerIndex !== false) this.index = new HeaderIndex(host.deps.store.dataDir, host.account.id)
    const index = this.index
    this.earlier =
      index &&
      new EarlierMail({
        index,
        deps: host.deps,
        windowStart: () => this.windowStart(),
        userAddresses: () => this.userAddresses(),
        roles: () => this.list.roles(),
        sentBy: (role, from, headers) => this.sentBy(role, from, headers),
        fileFrom: (...args) => this.fileEarlierFrom(...args),
        matchThreadsAgain: () => this.matchThreadsAgain()
      })
  }

  private get account(): Account {
    return this.host.account
  }
  private get deps(): AccountSyncDeps {
    return this.host.deps
  }

  /** Addresses the user sent mail from, as read in Sent: an alias of the mailbox, a +tag, a domain of their own. */
  private readonly aliases = new Set<string>()

  /**
   * The user's addresses: this account's; every account's in Afterview (a forward from the user's other account is
   * theirs); and those read as senders in Sent (mail the user sent is theirs, from whatever address: an alias's
   * thank-you was filed as a stranger's reply waiting for an answer).
   */
  userAddresses(): string[] {
    const own = [this.account.email, ...(this.account.user.includes('@') ? [this.account.user] : [])].map((a) => a.toLowerCase())
    for (const a of this.deps.store.accounts.all()) if (!own.includes(a.email.toLowerCase())) own.push(a.email.toLowerCase())
    for (const a of this.aliases) if (!own.includes(a)) own.push(a)
    return own
  }

  /**
   * Mail the user wrote, read in Sent: its sender is one of their addresses (userAddresses). True when it is a new one.
   * Not mail they redirected (Resent-From: its From is the original sender's), nor a sender who is a contact: an
   * interviewer's invitation redirected to a coach made her "the user", and her replies were dropped as the user's own.
   * (An address at a tracked employer's domain may be the user's own: applying internally, from the university's.)
   */
  private sentBy(role: MailboxRole, from: string, headers: Record<string, string>): boolean {
    if (role !== 'sent' || !from.includes('@') || 'resent-from' in headers || this.aliases.has(from)) return false
    if (this.userAddresses().includes(from) || this.someoneTracked(from)) return false
    this.aliases.add(from)
    return true
  }

  /** A contact's address. */
  private someoneTracked(address: string): boolean {
    return this.deps.store.applicationDigests.all().some((a) => a.contacts.some((c) => c.email?.toLowerCase() === address))
  }

  windowStart(): number {
    return Math.floor((this.host.now() - this.account.lookbackDays * DAY) / DAY) * DAY
  }

  /** The mailboxes to read this pass (MailboxList.boxes); what was asked ahead of a mailbox's turn is asked anew. */
  private async mailboxes(client: ImapFlow, options: { fresh?: boolean } = {}): Promise<Box[]> {
    this.askedAhead.clear()
    return this.list.boxes(client, options)
  }

  /** The mailboxes a pass reads besides the primary one, and Junk (MailboxList.besidesPrimary). */
  otherMailboxes(): ReadonlySet<string> {
    return this.list.besidesPrimary()
  }

  /** The next pass lists the mailboxes again (a folder was made, renamed or deleted). */
  listAgain(): void {
    this.list.listAgain()
  }

  /** The primary mailbox was read by an earlier pass. */
  private primaryReadBefore(): boolean {
    return this.deps.store.syncState.get(syncStateId(this.account.id, this.list.primaryRole)) !== undefined
  }

  /** Every mailbox; returns the path of the primary one (INBOX or All Mail). */
  async syncMailboxes(client: ImapFlow): Promise<string> {
    this.sentFiled = false
    this.leftOutAnswers.clear()
    this.folderFailed = undefined
    let boxes = await this.mailboxes(client)
    await this.askPrimaryFirst(client, boxes)
    let failed: FolderFailure | undefined
    let relisted = false
    for (let k = 0; k < boxes.length; k++) {
      const box = boxes[k]!
      // A folder of the user's own on which the server dropped the connection twice in a row: left for an hour, and told.
      const dropped = this.leftOut(box.role, box.path)
      if (dropped) {
        failed ??= { error: dropped.error, path: box.path, role: box.role as FolderRole }
        continue
      }
      try {
        await this.syncMailbox(client, box.role, box.path)
        this.folderDropped.delete(box.path)
      } catch (error) {
        if (error instanceof UnreadableFound) throw error // the pass runs again without that mail (unreadable.ts)
        // The server dropped the connection on a folder of the user's own (one it cannot open, one too big to read in
        // time, or the network): every pass failed there, before the INBOX, for good. The pass runs again at once, and
        // reads it again (a drop once is no reason to leave "Jobs" out for an hour); dropped again, without it.
        if (isFolderRole(box.role) && !client.usable) throw this.droppedOn(box.path, error)
        // A remembered mailbox that is gone (renamed Sent, no more All Mail, a folder deleted): list again, once, and read
        // every mailbox of the new list as the first were (a folder failing then does not keep the INBOX from being read).
        // imapflow has asked LIST of that one mailbox already, after a NO: to STATUS (NotFound when it is not listed), to
        // EXAMINE (mailboxMissing). Listed, it is there but would not open: not listed again at every pass, whatever
        // response code the server gave (none, on some servers). Otherwise (no NO), LIST says.
        const e = error as { code?: unknown; mailboxMissing?: unknown; responseStatus?: unknown } | undefined
        const gone = e?.code === 'NotFound' || e?.mailboxMissing === true
        const there = !gone && e?.responseStatus === 'NO'
        if (!relisted && !there && this.list.listed && !this.list.statuses.size && (gone || (await this.list.missing(client, box.path)))) {
          relisted = true
          failed = undefined
          boxes = await this.mailboxes(client, { fresh: true })
          k = -1
          continue
        }
        // Sent failing (the server refuses to open it, say) kept every reply in the INBOX from being filed: the INBOX
        // is read anyway, and the failure told (folderFailure). What threads on Sent alone is matched again once Sent is read.
        // The Archive failing does not keep the INBOX from being read either, and is told too (Sent's failure first).
        // So do the user's own folders.
        if (!readBeforePrimary(box.role) || !client.usable) throw error
        failed ??= { error, path: box.path, role: box.role }
      }
    }
    this.folderFailed = failed
    await this.list.remember(boxes[boxes.length - 1]!)
    await this.forgetFoldersGone()
    // Mail in Sent or the Archive, read before the INBOX, answering mail the INBOX filed after it: matched again.
    if ([...this.leftOutAnswers].some((id) => this.deps.filer.isFiled(id))) this.matchThreadsAgain()
    this.leftOutAnswers.clear()
    // Junk is looked at last, and only looked at: whatever goes wrong there, the pass read everything else. A failure
    // (the server dropping the connection on it) is not met again for an hour: each new connection hit it.
    if (this.list.listed?.junk && client.usable && !(this.host.now() - this.junkFailedAt < HOUR)) {
      await this.lookInJunk(client, this.list.listed.junk).catch(() => void (this.junkFailedAt = this.host.now()))
    }
    return boxes[boxes.length - 1]!.path
  }

  /**
   * After a LIST: the states, header indexes and notices of unreadable mail of the user's folders that are no longer
   * listed (MailboxList.foldersGone). Renamed, a folder is read anew under its new name: its old notices stayed beside
   * the new ones, naming a folder that is gone, and its state and index were kept for good.
   */
  private async forgetFoldersGone(): Promise<void> {
    for (const s of this.list.foldersGone()) {
      const ids = (s.unreadable ?? []).map((uid) => unreadableId({ role: s.role, uidValidity: s.uidValidity }, uid))
      if (ids.length) await this.deps.filer.unlistUnreadable(this.account.id, ids)
      await this.deps.store.syncState.remove(s.id).catch(() => undefined)
      this.index?.forget(s.role)
    }
  }

  /** The Junk folder at `path`: mail there that would be filed on an application is told once (junk.ts), never filed. */
  private async lookInJunk(client: ImapFlow, path: string): Promise<void> {
    const server = await this.serverStatus(client, path)
    if (!server) return
    await lookInJunk(client, path, server, {
      accountId: this.account.id,
      store: this.deps.store,
      filer: this.deps.filer,
      since: this.windowStart(),
      now: () => this.host.now(),
      users: () => this.userAddresses(),
      identity: () => identityStamp(this.deps.store),
      tell: this.deps.junkFound
    })
  }

  /**
   * Sent is read first, but the primary mailbox (INBOX) is asked its STATUS first: Dovecot
   * answers that in about 4 ms as a session's first question at 100,000 messages, and in
   * 60-180 ms after a STATUS of another mailbox (at 20,000: about 2 against 13 ms).
   */
  private async askPrimaryFirst(client: ImapFlow, boxes: Box[]): Promise<void> {
    const primary = boxes[boxes.length - 1]!
    if (boxes.length < 2 || this.list.statuses.has(primary.path) || !this.stored(primary.role, primary.path)) return
    if (client.mailbox !== false && client.mailbox.path === primary.path) return
    try {
      const server = await this.askStatus(client, primary.path)
      this.askedAhead.set(primary.path, server)
      const known = this.stored(primary.role, primary.path)!
      if (server && decideSync(known, server, this.windowStart()).kind === 'nothing') this.waitingForServer = false
    } catch {
      // asked again in its turn, where a mailbox that is gone is told apart
    }
  }

  /**
   * STATUS of `path`; a slow answer is the server taking in new mail, so the sync gets ready
   * for it meanwhile. A timer late because this process was busy is no sign of that: the
   * answer that may have arrived meanwhile is read first (setImmediate runs after I/O).
   */
  private async askStatus(client: ImapFlow, path: string): Promise<ServerMailbox | undefined> {
    let answered = false
    const asking = this.serverStatus(client, path).finally(() => (answered = true))
    const slow = setTimeout(
      () => setImmediate(() => answered || void this.prepareForNewMail(asking).catch(() => undefined)),
      slowStatusMs(client)
    )
    return await asking.finally(() => clearTimeout(slow))
  }

  /** UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ and EXISTS from LIST-STATUS, or from a STATUS command. */
  private async serverStatus(client: ImapFlow, path: string): Promise<ServerMailbox | undefined> {
    return this.list.statuses.get(path) ?? serverMailbox(await client.status(path, STATUS_QUERY))
  }

  private stored(role: MailboxRole, path: string): StoredMailbox | undefined {
    const saved = this.deps.store.syncState.get(syncStateId(this.account.id, role))
    if (!saved || saved.path !== path) return undefined
    // No header index yet for this mailbox (state written by an older version): scan it once in full.
    if (this.index && this.index.head(role)?.path !== path) return undefined
    return {
      uidValidity: BigInt(saved.uidValidity),
      uidNext: saved.uidNext,
      highestModseq: saved.highestModseq ? BigInt(saved.highestModseq) : undefined,
      since: Date.parse(saved.since)
    }
  }

  /** Decides and does what one mailbox needs; saves its state only after it completed. */
  async syncMailbox(client: ImapFlow, role: MailboxRole, path: string): Promise<void> {
    const known = this.stored(role, path)
    if (known && (client.mailbox === false || client.mailbox.path !== path)) {
      // Mailboxes mostly did not change: STATUS (or the LIST-STATUS already read) is cheaper than SELECT.
      // After new mail this costs Dovecot (maildir) a second scan of all of cur/ (at 100,000 messages ~300 ms each):
      // the STATUS scans (new/ changed, and with \Recent mail a read-only sync reads cur/ too), then the EXAMINE scans
      // again (its full sync re-reads a new/ last checked within a second of changing). Opening at once scans once,
      // but with nothing new an EXAMINE costs ~90 ms against ~4 for a STATUS (0224ab7, reverted in 8e924b3); SELECT
      // in place of EXAMINE moves the new files into cur/, and the FETCH then scans instead (issue 14).
      const server = this.askedAhead.has(path) ? this.askedAhead.get(path) : await this.askStatus(client, path)
      this.askedAhead.delete(path)
      const askAgain = this.lists.dueAgain(this.lists.of(role, path, String(known.uidValidity)))
      if (server && decideSync(known, server, this.windowStart()).kind === 'nothing' && !askAgain) {
        this.waitingForServer = false
        return
      }
    }
    knownToImapflow(client, path)
    // The watched mailbox, selected already: its UIDNEXT is imapflow's estimate from the UIDs fetched since, not the
    // server's word, and below what the sync keeps when mail was left out (unreadable), never a server gone back (a
    // restored server drops the connection; the mailbox is selected anew).
    const selected = client.mailbox !== false && client.mailbox.path === path
    const opening = client.getMailboxLock(path, { readOnly: readOnlyUnlessWatched(client, path) })
    opening.catch(() => undefined) // awaited below; meanwhile a failure is not "unhandled"
    await this.prepareForNewMail(opening)
    const lock = await opening
    let opened: string | undefined
    let askedAgain: ReadonlySet<number> | undefined
    try {
      const mb = client.mailbox
      if (!mb) throw new AfterviewError('mail_network', `The mailbox ${path} could not be opened.`)
      opened = String(mb.uidValidity)
      const skip = this.lists.of(role, path, opened)
      const id = syncStateId(this.account.id, role)
      const stored = this.stored(role, path)
      const since = stored && !Number.isNaN(stored.since) && stored.since <= this.windowStart() ? stored.since : this.windowStart()
      let uidNext = mb.uidNext
      // A UIDNEXT below the one kept is a server gone back (decision.ts: reseed) only when it holds no mail from there on.
      // Some servers say less than the UIDs they hold (they count from the mail there, or a replica lags): read from the
      // UID kept, as before, not the whole window again at every pass.
      if (stored && stored.uidValidity === mb.uidValidity && uidNext < stored.uidNext) {
        const held = selected ? 0 : await highestUidFrom(client, uidNext)
        if (selected || held) uidNext = Math.max(stored.uidNext, held + 1)
      }
      const server = { uidValidity: mb.uidValidity, uidNext, highestModseq: mb.highestModseq, exists: mb.exists }
      const decision = decideSync(stored, server, this.windowStart())
      const uidValidity = String(server.uidValidity)
      let nextUid = server.uidNext
      if (decision.kind === 'full' || decision.kind === 'reseed') {
        // Gone back: a new reply may have a UID the old server could not send, left out (or filed by its headers) for
        // an hour or more. What the server does not hold (from its UIDNEXT on) is taken off the lists, as is its notice:
        // that mail is gone with the old server, and new mail will have those UIDs. The rest is asked for again in this
        // pass, alone, after the scan, the highest first (askAgain: new mail has the highest UIDs): what comes now is
        // read as new mail, and what is still unreadable fails nothing (fetched with the rest, it failed every pass).
        if (stored && stored.uidValidity === server.uidValidity && server.uidNext < stored.uidNext) {
          const gone = [...skip.whole].filter((u) => u >= server.uidNext)
          for (const list of [skip.whole, skip.body]) {
            const kept = [...list].filter((u) => u < server.uidNext).sort((a, b) => b - a)
            list.clear()
            for (const u of kept) list.add(u)
          }
          skip.triedAt = undefined
          if (gone.length)
            await this.deps.filer.unlistUnreadable(
              this.account.id,
              gone.map((uid) => unreadableId({ role, uidValidity }, uid))
            )
        }
        const uids = mb.exists === 0 ? [] : (await client.search({ since: new Date(this.windowStart()) }, { uid: true })) || []
        const rewrite = this.index?.rewrite(role, path, uidValidity)
        try {
          const wanted = skip.whole.size ? uids.filter((u) => !skip.whole.has(u)) : uids
          nextUid = await this.scan(client, role, uidSets(wanted), wanted.length, 0, server.uidNext, rewrite?.add, skip)
        } catch (error) {
          rewrite?.abort()
          throw error
        }
        // Listed as unreadable under the old UIDVALIDITY: read again now, or found again under the new one. Not what is
        // older than the look-back window, which this scan did not read.
        const old = this.deps.store.syncState.get(id)
        if (old?.path === path && old.uidValidity !== uidValidity && old.unreadable?.length) {
          const listed = new Map(this.deps.store.skippedMail.get(this.account.id)?.items.map((i) => [i.messageId, i.date]))
          const read = old.unreadable
            .map((uid) => unreadableId({ role, uidValidity: old.uidValidity }, uid))
            .filter((messageId) => !(Date.parse(listed.get(messageId) ?? '') < this.windowStart()))
          await this.deps.filer.unlistUnreadable(this.account.id, read)
        }
        rewrite?.commit()
      } else if (decision.kind === 'new-messages') {
        const entries: IndexEntry[] = []
        nextUid = await this.scan(
          client,
          role,
          withoutUids([`${decision.fromUid}:*`], skip.whole),
          server.uidNext - decision.fromUid,
          decision.fromUid,
          server.uidNext,
          (e) => entries.push(e),
          skip
        )
        this.index?.append(role, path, uidValidity, entries)
      }
      const state: SyncState = {
        id,
        accountId: this.account.id,
        role,
        path,
        uidValidity,
        uidNext: nextUid,
        highestModseq: server.highestModseq !== undefined ? String(server.highestModseq) : undefined,
        since: new Date(decision.kind === 'nothing' || decision.kind === 'new-messages' ? since : this.windowStart()).toISOString(),
        lastSyncAt: new Date(this.host.now()).toISOString(),
        listedAt: this.list.listed?.listedAt ?? this.deps.store.syncState.get(id)?.listedAt,
        archivePath: this.list.listed
          ? (this.list.listed.boxes.find((b) => b.role === 'archive')?.path ?? '')
          : this.deps.store.syncState.get(id)?.archivePath,
        folderPaths: this.list.listed ? this.list.listed.folders : this.deps.store.syncState.get(id)?.folderPaths,
        junkPath: this.list.listed ? this.list.listed.junk : this.deps.store.syncState.get(id)?.junkPath,
        ...rememberedOf(skip)
      }
      await this.lists.saveState(state, skip)
      if (this.lists.dueAgain(skip)) await this.askAgain(client, state, skip, (uids) => (askedAgain = uids))
    } catch (error) {
      if (opened === undefined) throw error
      await this.followUp(error, role, path, opened, askedAgain)
    } finally {
      this.waitingForServer = false
      lock.release()
    }
  }

  /**
   * After a FETCH in `path` failed: the messages the server cannot send are found on a
   * connection of their own, remembered, and the pass is to run again without them
   * (UnreadableFound). A failure no single message explains is thrown as it was.
   */
  private async followUp(
    error: unknown,
    role: MailboxRole,
    path: string,
    uidValidity: string,
    /** Mail known to be unreadable that this FETCH asked for again (askAgain): suspects like the rest. */
    askedAgain?: ReadonlySet<number>
  ): Promise<never> {
    if (!(error instanceof FetchFailed)) throw error
    const known = this.lists.of(role, path, uidValidity)
    const suspects = [...known.whole, ...known.body].filter((u) => !askedAgain?.has(u))
    const found = await findUnreadable(error, { path, uidValidity }, () => this.host.connect(), new Set(suspects))
    if (!found.length) throw error.cause
    known.triedAt ??= this.host.now() // mail found now is asked again with what was found before, not later
    for (const { uid, headersOnly } of found) (headersOnly ? known.body : known.whole).add(uid)
    // Kept with the mailbox's state where there is one (a first scan has none yet: it saves them when it completes).
    await this.lists.keep(role, path, uidValidity, known)
    // A body the server cannot send leaves the mail's headers to file it by; a message whose headers it cannot send is
    // unknown, and the user is told where it is.
    const unknown = found.filter((f) => !f.headersOnly)
    if (unknown.length)
      await this.deps.filer.listUnreadable(this.account.id, unreadableItems(unknown, { role, path, uidValidity }, this.host.now()))
    throw new UnreadableFound(found.map((f) => f.uid))
  }

  /**
   * While the server takes in new mail (a slow STATUS), opens the mailbox, then sends the
   * mail (each 50–350 ms for Dovecot at 100,000 messages), this process would wait idle: it
   * gets ready to read the mail instead — the mail parser and the matcher now, and in the
   * background the classifier's first use (about 200 ms of compiling its patterns), one
   * warm-up mail per event-loop turn, so the server's answers are read in between. The
   * warm-up stops when the new mail has come (the scan's fetch ended), or a STATUS said there
   * is nothing new after all.
   */
  private async prepareForNewMail(waiting: Promise<unknown>): Promise<void> {
    let answered = false
    waiting.then(
      () => (answered = true),
      () => (answered = true)
    )
    this.waitingForServer = true
    await nextTurn() // the command goes out first
    const filer = this.deps.filer
    filer.refreshIfChanged()
    await loadMailParser()
    if (!answered) filer.prepareMatcher(this.userAddresses())
    if (this.warming) return
    this.warming = true
    void (async () => {
      do await nextTurn()
      while (this.waitingForServer && filer.warmUpStep())
      this.warming = false
    })()
  }

  /**
   * Watching: the server has nothing to say until mail comes, so the sync gets ready for that
   * mail now (the mail parser, the matcher, the classifier's warm-up mails) rather than when
   * the first reply arrives, which then waited for all of it (issue 14: noticing a reply).
   */
  prepareWhileIdle(): void {
    void this.prepareForNewMail(new Promise<never>(() => {})).catch(() => undefined)
  }

  /**
   * New mail in the INBOX that stays selected while watching (read-write: watch.ts says why),
   * read as it is selected rather than opened again read-only. The selected mailbox's
   * UIDNEXT is not refreshed by EXISTS, so this fetches from the stored UIDNEXT directly.
   * Afterwards, while the mailbox is quiet, the matcher is rebuilt for what was just filed
   * (tens of milliseconds with thousands of filed mails), not when the next mail arrives.
   */
  async catchUp(client: ImapFlow, role: MailboxRole, path: string, expected: number): Promise<void> {
    const saved = this.deps.store.syncState.get(syncStateId(this.account.id, role))
    if (!saved || saved.path !== path) return this.syncMailbox(client, role, path)
    const lock = await client.getMailboxLock(path, { readOnly: readOnlyUnlessWatched(client, path) })
    const skip = this.lists.of(role, path, saved.uidValidity)
    try {
      const entries: IndexEntry[] = []
      const reached = Math.max(saved.uidNext, client.mailbox ? client.mailbox.uidNext : 0)
      const ranges = withoutUids([`${saved.uidNext}:*`], skip.whole)
      const next = await this.scan(client, role, ranges, Math.max(1, expected), saved.uidNext, reached, (e) => entries.push(e), skip)
      this.index?.append(role, path, saved.uidValidity, entries)
      const modseq = client.mailbox ? client.mailbox.highestModseq : undefined
      await this.lists.saveState(
        {
          ...saved,
          uidNext: Math.max(saved.uidNext, next),
          ...(modseq !== undefined ? { highestModseq: String(modseq) } : {}),
          lastSyncAt: new Date(this.host.now()).toISOString(),
          ...rememberedOf(skip)
        },
        skip
      )
    } catch (error) {
      await this.followUp(error, role, path, saved.uidValidity)
    } finally {
      lock.release()
    }
    setImmediate(() => {
      this.deps.filer.refreshIfChanged()
      this.deps.filer.prepareMatcher(this.userAddresses())
    })
  }

  /**
   * Asks again for the mail of `state`'s mailbox the server could not send (at most
   * ASK_AGAIN_AT_ONCE of it, in turns), each message alone on a connection of its own
   * (sendsNow): one still unreadable costs this pass nothing, and one that comes is not held
   * back by another that does not. What comes is read and filed as new mail is, and taken off
   * the list of mail not filed; the rest is left out for another while. So too, in turns of
   * their own, for the bodies of mail filed by its headers: what comes completes its entry
   * (MessageFiler.completeText).
   */
  private async askAgain(
    client: ImapFlow,
    state: SyncState,
    skip: Unreadable,
    /** Told which UIDs the pass's FETCH asks again: should it fail, the follow-up suspects them too. */
    asking: (uids: ReadonlySet<number>) => void
  ): Promise<void> {
    // Kept before asking: a process that starts meanwhile, or a failure of this one, does not ask again at once. (And
    // merged first with what another process changed: what it read is not asked for.)
    skip.triedAt = this.host.now()
    await this.lists.keep(state.role, state.path, state.uidValidity, skip)
    // The first ASK_AGAIN_AT_ONCE in the order kept; asked, they go to the end (the file keeps that order): turns.
    const asked = [...skip.whole].slice(0, ASK_AGAIN_AT_ONCE)
    const bodiesAsked = [...skip.body].slice(0, ASK_AGAIN_AT_ONCE)
    const box = { path: state.path, uidValidity: state.uidValidity }
    const whole = { uid: true, headers: FETCH_HEADERS, source: { maxLength: BODY_MAX_BYTES } }
    const now = await sendsNow(asked, box, () => this.host.connect(), { whole, headers: { uid: true, headers: FETCH_HEADERS } })
    const bodies = bodiesAsked.length ? await sendsNow(bodiesAsked, box, () => this.host.connect(), { whole }) : undefined
    const bodiesNow = bodies?.whole ?? []
    const back = [...now.whole, ...now.headersOnly].sort((a, b) => a - b)
    // What was asked and did not come goes to the end; what was not reached in time stays first in turn.
    for (const uid of now.asked) {
      skip.whole.delete(uid)
      if (!back.includes(uid)) skip.whole.add(uid)
    }
    for (const uid of bodies?.asked ?? []) {
      skip.body.delete(uid)
      if (!bodiesNow.includes(uid)) skip.body.add(uid)
    }
    if (!back.length && !bodiesNow.length) return this.lists.keep(state.role, state.path, state.uidValidity, skip)
    for (const uid of now.headersOnly) skip.body.add(uid) // filed by its headers
    for (const uid of now.whole) skip.body.delete(uid)
    const scanned = [...new Set([...back, ...bodiesNow])].sort((a, b) => a - b)
    asking(new Set(scanned))
    const entries: IndexEntry[] = []
    let next: number
    let notCompleted: number[]
    try {
      // Mail filed by its headers, read whole now: its entry is completed. What was never filed is read as new mail is.
      const read = await this.readWhole(client, bodiesNow)
      this.deps.filer.refreshIfChanged() // another process may have filed them, and listed them
      const filedBefore = [...read].filter(([, m]) => this.deps.filer.isFiled(m.messageId))
      const { failed } = await this.deps.filer.completeText(
        filedBefore.map(([, m]) => m),
        { orEmpty: true } // each on the list of mail filed by its headers
      )
      const refused = new Set(failed.map(messageIdKey))
      notCompleted = filedBefore.flatMap(([uid, m]) => (refused.has(messageIdKey(m.messageId)) ? [uid] : []))
      const indexed = new Set(bodiesNow) // their headers were read, and indexed, when they were first filed by them
      const index = (e: IndexEntry) => void (indexed.has(e.u) || entries.push(e))
      next = await this.scan(client, state.role, uidSets(scanned), scanned.length, scanned[0]!, state.uidNext, index, skip)
    } catch (error) {
      // Not read after all: left out as before, its body not given up on, and first in turn to be asked again.
      for (const uid of now.headersOnly) skip.body.delete(uid)
      const rest = [...skip.whole]
      skip.whole.clear()
      for (const uid of [...back, ...rest]) skip.whole.add(uid)
      const bodiesRest = [...skip.body]
      skip.body.clear()
      for (const uid of [...bodiesNow, ...bodiesRest]) skip.body.add(uid)
      throw error
    }
    // Come, they are off the list, also a body that came but does not parse (the scan saw its entry without text, and
    // listed it again): a mail read whole cannot be read better an hour later. Not an entry whose text could not be
    // written (the disk refused): asked for again in its turn.
    for (const uid of bodiesNow) skip.body.delete(uid)
    for (const uid of notCompleted) skip.body.add(uid)
    if (!skip.whole.size && !skip.body.size) skip.triedAt = undefined // mail found unreadable later waits its hour from then
    this.index?.append(state.role, state.path, state.uidValidity, entries)
    await this.deps.filer.unlistUnreadable(
      this.account.id,
      back.map((uid) => unreadableId({ role: state.role, uidValidity: state.uidValidity }, uid))
    )
    // A message read now that could not be filed (the disk refused): the next pass comes back for it, as for new mail.
    await this.lists.keep(state.role, state.path, state.uidValidity, skip, next)
  }

  /**
   * The mail of `uids`, read whole (for askAgain: each was just sent alone); a message that does not parse is left out.
   * As a pass's bodies are (readLettersWhole), a mail cut at BODY_MAX_BYTES whose attached letter could not be read
   * is fetched again up to LETTER_MAIL_MAX_BYTES: its offer and reply-by date are in the letter.
   */
  private async readWhole(client: ImapFlow, uids: number[], maxLength = BODY_MAX_BYTES): Promise<Map<number, MailMessage>> {
    const read = new Map<number, MailMessage>()
    const set = uidSet(uids)
    if (!set) return read
    const items = { uid: true, internalDate: true, headers: FETCH_HEADERS, source: { maxLength } }
    const received = new Set<number>()
    const cut: number[] = []
    await this.fetching(client, [set], items, 'bodies', received, async () => {
      for await (const m of client.fetch(set, items, { uid: true }) as AsyncIterable<FetchMessageObject>) {
        if (!m.source || !m.headers) continue
        received.add(m.uid)
        const receivedAt = m.internalDate instanceof Date ? m.internalDate : undefined
        const message = await parseMessage(m.source, receivedAt ? { receivedAt } : {}).catch(() => undefined)
        // Filed by its headers under the Message-ID they give it: a mail without one has another made from its UID then.
        // (And under its own id where another mail has its Message-ID: reused-id.ts.)
        const header = this.deps.filer.distinct(headerMessage(m))
        if (message) read.set(m.uid, { ...asItsHeaders(header, message), messageId: header.messageId })
        if (message && m.source.length >= maxLength && maxLength < LETTER_MAIL_MAX_BYTES && message.attachments?.some((a) => a.skipped))
          cut.push(m.uid)
      }
    })
    // One at a time, and one the server will not send whole keeps its first read (its text, without the letter): a
    // failure here lost every body of the turn, which was asked again, and failed again, every hour.
    for (const uid of cut) {
      const whole = await this.readWhole(client, [uid], LETTER_MAIL_MAX_BYTES).catch((error: unknown) => {
        if (!client.usable) throw error // the connection is gone: the pass's own follow-up takes it from here
        return undefined
      })
      const message = whole?.get(uid)
      if (message) read.set(uid, message)
    }
    return read
  }

  /**
   * Fetches the header fields for `range`, matches, then bodies for the candidates, and
   * files. Returns the UIDNEXT to store: one past the highest UID seen (at least `reached`),
   * or the lowest UID that could not be filed, so the next pass comes back for it.
   */
  private async scan(
    client: ImapFlow,
    role: MailboxRole,
    /** UID sets, one FETCH each (uidSets keeps each command short enough for the server). */
    ranges: string[],
    total: number,
    minUid: number,
    reached: number,
    /** Where the header index entry of each scanned message goes (none without an index). */
    indexed?: (entry: IndexEntry) => void,
    /** Mail the server could not send (unreadable.ts): what it sends the headers of is filed by them. */
    unreadable?: Unreadable
  ): Promise<number> {
    const skip = withoutBodies(unreadable)
    if (!ranges.length) return reached
    // What the progress says it reads: a folder of the user's own by its name ("Reading Jobs: 1000 of 4000").
    const folder = isFolderRole(role) ? this.list.listed?.boxes.find((b) => b.role === role)?.path : undefined
    const phase = role === 'sent' ? 'Sent' : role === 'archive' ? 'Archive' : (folder ?? 'Inbox')
    const candidates: Candidate[] = []
    let users = this.userAddresses()
    const filer = this.deps.filer
    filer.refreshIfChanged()
    let done = 0
    let maxUid = 0
    // A few new messages (IDLE catch-up): take the source in the same round trip.
    // Not where a message in range sends its headers but not its body: asked with its body, it would fail again.
    const withSource = total <= SMALL_FETCH && ![...(unreadable?.body ?? [])].some((u) => u >= minUid)
    const sources = new Map<number, Buffer>()
    // Look-alikes are held back only where bodies are fetched apart from the headers (a few new messages come whole).
    const lookAlikes = withSource ? undefined : new LookAlikes()
    const heldBack = new Map<string, Candidate[]>()
    const followers = new ThreadFollowers()
    /** The mail read to be filed, by Message-ID: two mails with one id are two (reused-id.ts). */
    const batch: Batch = new Map()
    const items = {
      uid: true,
      internalDate: true,
      headers: FETCH_HEADERS,
      ...(withSource ? { source: { maxLength: BODY_MAX_BYTES } } : {})
    }
    const received = new Set<number>()
    await this.fetching(client, ranges, items, 'headers', received, async () => {
      for await (const fetched of fetchEach(client, ranges, items)) {
        // A message the server could not read comes without what was asked (Dovecot: its UID and dates), and the FETCH
        // then fails: what was read is thrown away, and the message is a suspect (unreadable.ts).
        if (fetched.headers && (!withSource || fetched.source)) received.add(fetched.uid)
        if (fetched.uid < minUid) continue // `N:*` returns the last message when none is newer
        maxUid = Math.max(maxUid, fetched.uid)
        const read = headerMessage(fetched)
        if (this.index) indexed?.(entryOf(fetched.uid, read, fetched.internalDate))
        if (this.sentBy(role, read.from.address, read.headers)) users = this.userAddresses()
        if (++done % 1000 === 0) this.deps.progress?.({ phase, done, total, message: `Reading ${phase}: ${done} of ${total}` })
        // Under its own id where a mail of another date has its Message-ID (reused-id.ts).
        const id = filer.idOf(read)
        if (filer.isFiled(id)) {
          // Filed by its headers, yet not on the list of mail whose text is asked for again (the mailbox was renumbered,
          // or another process wrote its own list over it): listed again, from what the timeline says.
          if (unreadable && !unreadable.body.has(fetched.uid) && filer.isTextUnread(id)) unreadable.body.add(fetched.uid)
          continue
        }
        const header = underId(read, id)
        const match = filer.match(header, users)
        let shape: string | undefined
        if (!match && !mayBeForwardToSelf(header, users) && !filer.mayBeAboutAnApplication(header, users)) {
          // Read when it answers mail read with it (ThreadFollowers), or for its acknowledgement-shaped subject alone:
          // then one of a run of look-alikes, maybe held back (LookAlikes).
          const follower = followers.follows(header)
          if (!follower && !mayBeUntrackedAcknowledgement(header)) {
            if (readBeforePrimary(role)) for (const id of answered(header)) this.leftOutAnswers.add(messageIdKey(id))
            continue
          }
          shape = !follower && lookAlikes ? LookAlikes.shapeOf(header) : undefined
          if (shape !== undefined && !lookAlikes!.take(shape)) {
            const c = { uid: fetched.uid, header: filer.distinct(header, batch), match: null, shape }
            const held = heldBack.get(shape)
            if (held) held.push(c)
            else heldBack.set(shape, [c])
            continue
          }
        }
        const own = filer.distinct(header, batch)
        // Read for its body, it may still match nothing before the INBOX files what it answers (matchThreadsAgain).
        if (readBeforePrimary(role) && !match) for (const id of answered(header)) this.leftOutAnswers.add(messageIdKey(id))
        candidates.push(shape === undefined ? { uid: fetched.uid, header: own, match } : { uid: fetched.uid, header: own, match, shape })
        followers.candidate(own)
        if (fetched.source) sources.set(fetched.uid, fetched.source)
      }
    })
    this.deps.progress?.({ phase, done, total: done, message: `Read ${done} ${done === 1 ? 'message' : 'messages'} in ${phase}` }) // done: the bar closes
    // The mail is here: the warm-up stops, and classifying the mail itself compiles what that needs. A warm-up step
    // (a whole sample mail, 40-70 ms) still running then delayed reading the 10 new messages by up to 120 ms (issue 14).
    this.waitingForServer = false
    const next = Math.max(reached, maxUid ? maxUid + 1 : 0)
    if (!candidates.length) return next
    this.lookAlikes = lookAlikes
    // Marked before filing, as after it (below): a pass killed between the filing and the mark lost the reply for good.
    if (readBeforePrimary(role) && candidates.some((c) => c.match) && this.primaryReadBefore()) this.matchThreadsAgain()
    try {
      const { filed, failed } = await this.fileCandidates(client, candidates, withSource ? sources : undefined, { skip })
      // So too for mail filed from a folder of the user's own or the Archive: while watching, the INBOX is read at once
      // (IDLE) and the others at the next look, so a reply in the INBOX is read before the invitation a rule filed into
      // "Jobs" (or the phone archived) that it answers.
      if ((role === 'sent' || role === 'archive' || isFolderRole(role)) && filed > 0 && this.primaryReadBefore()) {
        // A reply read earlier, tied to its application by a thread alone (the interviewer wrote from a personal
        // address), can match now that the mail it answers is filed. The INBOX had moved past it, and nothing that
        // identifies an application changed, so it was never read again. The index is marked as matched for nothing:
        // the next retroactive filing, in this process or another, reads it again. (A first scan reads Sent before
        // the INBOX, so there is nothing earlier to match then.)
        this.matchThreadsAgain()
      }
      // The look-alikes held back, of the shapes where a mail read was worth it; the others are skipped, deliberately.
      const later = [...heldBack].flatMap(([shape, held]) => (lookAlikes!.worthReading(shape) ? held : []))
      if (later.length) failed.push(...(await this.fileCandidates(client, later, undefined, { skip })).failed)
      return failed.length ? Math.min(next, ...failed) : next
    } finally {
      this.lookAlikes = undefined
    }
  }

  /**
   * Reads the bodies and files, FETCH_SLICE messages at a time: a first scan of 100,000
   * messages holds one slice of bodies in memory, not thousands, and thousands of scattered
   * UIDs would make a command line longer than servers accept (Dovecot: 64 KB). Slices take
   * one application's mail after another (byApplication), so each application is written
   * once or twice, not once per slice.
   */
  private async fileCandidates(
    client: ImapFlow,
    candidates: Candidate[],
    fetchedSources?: Map<number, Buffer>,
    options: { unmatched?: boolean; skip?: NoBodies } = {}
  ): Promise<{ filed: number; failed: number[] }> {
    const skip = options.skip
    if (fetchedSources || candidates.length <= FETCH_SLICE)
      return this.fileRead(candidates, await this.readBodies(client, candidates, fetchedSources, skip), options)
    let filed = 0
    const failed: number[] = []
    const ordered = byApplication(candidates)
    const slices: Candidate[][] = []
    for (let at = 0; at < ordered.length; at += FETCH_SLICE) slices.push(ordered.slice(at, at + FETCH_SLICE))
    // The next slice's bodies are asked for before this slice is filed: the server reads them from its disk and the
    // parser takes them in between, while this process classifies and writes (a first scan of 100,000 messages
    // otherwise waited for the server at the start of each of its seven slices). Two slices of bodies at most at once.
    let reading: Promise<Array<MailMessage | undefined>> | undefined = this.readBodies(client, slices[0]!, undefined, skip)
    try {
      for (let k = 0; k < slices.length; k++) {
        const bodies = await reading!
        reading = k + 1 < slices.length ? this.readBodies(client, slices[k + 1]!, undefined, skip) : undefined
        reading?.catch(() => undefined) // awaited in its turn; meanwhile its failure is not "unhandled"
        const result = await this.fileRead(slices[k]!, bodies, options)
        filed += result.filed
        failed.push(...result.failed)
      }
    } finally {
      // A failure while filing leaves no fetch running behind the mailbox lock the caller is about to release.
      await reading?.catch(() => undefined)
    }
    return { filed, failed }
  }

  /**
   * Each candidate's mail, read from its body (fetched now unless given); its headers where
   * the body cannot be read, or the server could not send it (`skip`); undefined where the
   * mailbox no longer has it (moved or deleted since its headers were read, or since the header
   * index listed it): the FETCH answered without it.
   */
  private async readBodies(
    client: ImapFlow,
    candidates: Candidate[],
    fetchedSources?: Map<number, Buffer>,
    skip?: NoBodies
  ): Promise<Array<MailMessage | undefined>> {
    const bodies = new BodyParser(candidates, BODY_MAX_BYTES)
    let messages: MailMessage[]
    let fetched = false
    if (!fetchedSources) {
      const set = uidSet(candidates.flatMap((c) => (skip?.has(c.uid) ? [] : [c.uid])))
      const items = { uid: true, source: { maxLength: BODY_MAX_BYTES } }
      fetched = set !== ''
      messages = set
        ? await this.fetching(client, [set], items, 'bodies', bodies.received, () =>
            bodies.readFrom(client.fetch(set, items, { uid: true }))
          )
        : await bodies.done()
    } else {
      for (const [uid, source] of fetchedSources) bodies.add(uid, source)
      messages = await bodies.done()
    }
    if (bodies.cut.size) messages = await this.readLettersWhole(client, candidates, messages, bodies.cut)
    // Filed by its headers, a mail moved since (the phone archived it) was filed twice where it had no Message-ID: its
    // copy in the Archive is read there, under the id made from its text; this one had an id made from its UID.
    return fetched
      ? messages.map((m, k) => (skip?.has(candidates[k]!.uid) || bodies.received.has(candidates[k]!.uid) ? m : undefined))
      : messages
  }

  /** `read` over a FETCH of `ranges`; a failure of the server's becomes FetchFailed, followed up by followUp (unreadable.ts). */
  private async fetching<T>(
    client: ImapFlow,
    ranges: string[],
    items: FetchQueryObject,
    asked: 'headers' | 'bodies',
    received: ReadonlySet<number>,
    read: () => Promise<T>
  ): Promise<T> {
    try {
      return await read()
    } catch (error) {
      throw serverFailed(error, client) ? new FetchFailed(ranges, items, received, client.usable, asked, error) : error
    }
  }

  /**
   * Mail cut at BODY_MAX_BYTES whose attached letter could not be read: fetched again whole (up
   * to LETTER_MAIL_MAX_BYTES) and read again. Cut short, an offer letter of a few hundred
   * kilobytes was unreadable, and its offer was filed as an update with no reply-by date.
   */
  private async readLettersWhole(
    client: ImapFlow,
    candidates: Candidate[],
    messages: MailMessage[],
    cut: ReadonlySet<number>
  ): Promise<MailMessage[]> {
    const again = candidates.flatMap((c, k) => (cut.has(c.uid) && messages[k]!.attachments?.some((a) => a.skipped) ? [k] : []))
    if (!again.length) return messages
    const parser = new BodyParser(again.map((k) => candidates[k]!))
    const set = uidSet(again.map((k) => candidates[k]!.uid))
    const items = { uid: true, source: { maxLength: LETTER_MAIL_MAX_BYTES } }
    const whole = await this.fetching(client, [set], items, 'bodies', parser.received, () =>
      parser.readFrom(client.fetch(set, items, { uid: true }))
    )
    again.forEach((k, n) => {
      if (whole[n] !== candidates[k]!.header) messages[k] = whole[n]! // unreadable again: the mail as first read
    })
    return messages
  }

  /** Files read mail; returns how many were filed and the UIDs that were neither filed nor skipped. */
  private async fileRead(
    all: Candidate[],
    read: Array<MailMessage | undefined>,
    options: { unmatched?: boolean } = {}
  ): Promise<{ filed: number; failed: number[] }> {
    const users = this.userAddresses()
    const filer = this.deps.filer
    const uidOf = new Map<MailMessage, number>()
    // Gone from the mailbox since its headers were read: neither filed nor failed (read where it went, if read at all).
    const candidates = all.filter((_, k) => read[k] !== undefined)
    const messages = read.filter((m) => m !== undefined).map((m, k) => asItsHeaders(candidates[k]!.header, m))
    const matchOf = (c: Candidate, message: MailMessage): MessageMatch | null => {
      const match = filer.match(message, users) ?? c.match
      // Filed by the domain on its headers, but the body shows a council's or a shop's service mail: not the application's.
      return match?.strength === 'domain' && message !== c.header && isCustomerMail(message) ? null : match
    }
    const item = (c: Candidate, match: MessageMatch, message: MailMessage) =>
      message === c.header ? { match, message, textUnread: true } : { match, message }
    // Mail that answers mail read with it is matched only once that is filed: the matcher follows a thread to filed mail.
    const batch = new Set(candidates.flatMap((c, k) => [messageIdKey(c.header.messageId), messageIdKey(messages[k]!.messageId)]))
    const answersBatch = (m: MailMessage) =>
      (m.inReplyTo !== undefined && batch.has(messageIdKey(m.inReplyTo))) || m.references.some((r) => batch.has(messageIdKey(r)))
    const matched: Array<{ match: MessageMatch; message: MailMessage; textUnread?: boolean }> = []
    let waiting: Array<{ c: Candidate; message: MailMessage }> = []
    for (const [k, c] of candidates.entries()) {
      const message = messages[k]!
      uidOf.set(message, c.uid)
      const match = matchOf(c, message)
      if (match) matched.push(item(c, match, message))
      else if (answersBatch(message)) waiting.push({ c, message })
      else await this.leftUnmatched(c, message, options)
      if (match && c.shape) this.lookAlikes?.found(c.shape, true)
    }
    const filed: MailMessage[] = []
    const failed: MailMessage[] = []
    let result = await this.fileMarked(matched)
    for (;;) {
      filed.push(...result.filed.map((f) => f.message))
      failed.push(...result.failed)
      // No bound but the batch: each round files some of `waiting`, or ends (a thread deeper than five, its mail answering
      // the one before alone, lost its end).
      if (!result.filed.length || !waiting.length) break
      const now: typeof matched = []
      const rest: typeof waiting = []
      for (const w of waiting) {
        const match = matchOf(w.c, w.message)
        if (match) {
          now.push(item(w.c, match, w.message))
          if (w.c.shape) this.lookAlikes?.found(w.c.shape, true)
        } else rest.push(w)
      }
      waiting = rest
      if (!now.length) break
      result = await this.fileMarked(now)
    }
    for (const w of waiting) await this.leftUnmatched(w.c, w.message, options)
    if (filed.length) this.host.filed(filed.length)
    return { filed: filed.length, failed: failed.map((m) => uidOf.get(m)).filter((u): u is number => u !== undefined) }
  }

  /**
   * fileMany; mail of Sent or the Archive left out this pass that answers mail about to be filed is first marked, on
   * disk, to be matched again (matchThreadsAgain). Marked only once the pass ended (syncMailboxes), a pass killed or
   * failing after this filing lost it for good: those mailboxes' states are past it, and the mail it answers is filed.
   */
  private fileMarked(items: Parameters<MessageFiler['fileMany']>[0]): ReturnType<MessageFiler['fileMany']> {
    if (this.leftOutAnswers.size) {
      const answers = (m: MailMessage) =>
        this.leftOutAnswers.has(messageIdKey(m.messageId)) ||
        (m.writtenMessageId !== undefined && this.leftOutAnswers.has(messageIdKey(m.writtenMessageId)))
      if (items.some((i) => answers(i.message))) this.matchThreadsAgain()
    }
    return this.deps.filer.fileMany(items, this.account.id)
  }

  /** A read mail that matched no application: told to the review hook; a look-alike's shape learns whether it was worth reading. */
  private async leftUnmatched(c: Candidate, message: MailMessage, options: { unmatched?: boolean }): Promise<void> {
    // A look-alike is worth its shape's other mails when it is about an application, an acknowledgement, or unread.
    let worth = message === c.header
    if (message !== c.header && options.unmatched !== false) worth = await this.deps.filer.unmatched(message, this.account.id)
    if (c.shape) this.lookAlikes?.found(c.shape, worth)
  }

  /**
   * Retroactive filing (earlier-mail.ts): mail already seen within the look-back window that now matches an
   * application is filed. Opens a connection only when something matched. Returns how many were filed.
   */
  async fileEarlier(connect: () => Promise<ImapFlow>, release: (client: ImapFlow) => Promise<void>): Promise<number> {
    return this.earlier ? this.earlier.fileEarlier(connect, release) : 0
  }

  /** After a pass that filed mail: the header index stays matched for the applications' files as they are now (earlier-mail.ts). */
  rememberMatchedFiles(): void {
    this.earlier?.rememberMatchedFiles()
  }

  /**
   * A reply read earlier, tied to its application by a thread alone (the interviewer wrote from a personal address), can
   * match now that the mail it answers is filed: from Sent, or from the INBOX after the Archive was read. The mailbox
   * had moved past it, and nothing that identifies an application changed, so it was never read again. The index is
   * marked as matched for threads only: the next retroactive filing, in this process or another, matches it again.
   */
  private matchThreadsAgain(): void {
    this.index?.matchThreadsAgain()
    this.sentFiled = true
  }

  /**
   * Mail of the header index that retroactive filing chose (earlier-mail.ts), read and filed from `box`, as a scan files
   * what it reads. A mailbox that is gone, or whose UIDVALIDITY changed, files nothing (the pass's own listing and
   * scan see to it).
   */
  private async fileEarlierFrom(...args: Parameters<EarlierHost['fileFrom']>): ReturnType<EarlierHost['fileFrom']> {
    const [client, role, box] = args
    // A folder the server dropped the connection on, left out of the pass: left out here too, and filed from later.
    if (this.leftOut(role, box.path)) return { filed: 0, complete: false }
    try {
      return await this.fileEarlierIn(...args)
    } catch (error) {
      // Retroactive filing runs before the pass: a folder that drops the connection failed every pass there, for good.
      if (isFolderRole(role) && !client.usable && !(error instanceof UnreadableFound)) throw this.droppedOn(box.path, error)
      throw error
    }
  }

  private async fileEarlierIn(
    client: ImapFlow,
    role: MailboxRole,
    box: { path: string; uidValidity: string },
    candidates: Candidate[],
    lookAlikes: LookAlikes,
    heldBack: Map<string, Candidate[]>
  ): Promise<{ filed: number; complete: boolean }> {
    let lock: Awaited<ReturnType<ImapFlow['getMailboxLock']>>
    try {
      lock = await client.getMailboxLock(box.path, { readOnly: true })
    } catch (error) {
      // The mailbox is gone or renamed (a deleted Sent folder): nothing more can be filed from it, and the pass's own
      // listing finds the mailbox now. Thrown, it failed every pass before any new mail was read, for good.
      if (!client.usable) throw error
      return { filed: 0, complete: true }
    }
    try {
      // UIDs mean nothing after UIDVALIDITY changed: the next pass rescans that mailbox.
      if (!client.mailbox || String(client.mailbox.uidValidity) !== box.uidValidity) return { filed: 0, complete: true }
      const skip = withoutBodies(this.lists.of(role, box.path, box.uidValidity))
      const file = (list: Candidate[]) =>
        this.fileCandidates(client, list, undefined, { unmatched: false, skip }).catch((error: unknown) =>
          this.followUp(error, role, box.path, box.uidValidity)
        )
      this.lookAlikes = lookAlikes
      try {
        const result = await file(candidates)
        const later = [...heldBack].flatMap(([shape, held]) => (lookAlikes.worthReading(shape) ? held : []))
        const again = later.length ? await file(later) : { filed: 0, failed: [] }
        return { filed: result.filed + again.filed, complete: !result.failed.length && !again.failed.length }
      } finally {
        this.lookAlikes = undefined
      }
    } finally {
      lock.release()
    }
  }
}

/**
 * The candidates grouped by the application their headers matched, each group in mailbox
 * order, the unmatched last. In mailbox order, every slice of a first scan held mail of
 * nearly every application, and each was written (a file of up to 500 KB, validated and
 * copied) once per slice: at 100,000 messages 450 writes, about 350 MB of the 4.5 GB the
 * scan allocates (an allocation profile), for a live heap of about 40 MB.
 */
function byApplication(candidates: Candidate[]): Candidate[] {
  const groups = new Map<string, Candidate[]>()
  const unmatched: Candidate[] = []
  for (const c of candidates) {
    if (!c.match) {
      unmatched.push(c)
      continue
    }
    const group = groups.get(c.match.applicationId)
    if (group) group.push(c)
    else groups.set(c.match.applicationId, [c])
  }
  return [...[...groups.values()].flat(), ...unmatched]
}

/**
 * imapflow sends LIST and LSUB for a mailbox before it opens one it has not listed on this
 * connection, for metadata the sync never reads. A mailbox the sync remembered (no LIST this
 * pass) is entered as listed, so opening it costs the EXAMINE alone. Should imapflow no
 * longer keep this map, it lists as before (sync-round-trips.test.ts counts the commands).
 */
function knownToImapflow(client: ImapFlow, path: string): void {
  const folders = (client as unknown as { folders?: unknown }).folders
  if (folders instanceof Map && !folders.has(path)) folders.set(path, { path, flags: new Set<string>(), listed: true })
}

/**
 * Mailboxes are opened read-only (EXAMINE), except the one being watched, which stays
 * selected as it is (read-write, watch.ts says why) rather than being opened again.
 */
function readOnlyUnlessWatched(client: ImapFlow, path: string): boolean {
  const mailbox = client.mailbox
  return mailbox && mailbox.path === path ? mailbox.readOnly === true : true
}

/** The highest UID `client`'s open mailbox holds at or above `from`; 0 when it holds none. */
async function highestUidFrom(client: ImapFlow, from: number): Promise<number> {
  // `from:*` names the mailbox's last message even when its UID is lower: only a UID at or above `from` counts.
  const uids = (await client.search({ uid: `${from}:*` }, { uid: true })) || []
  const top = uids.reduce((a, b) => Math.max(a, b), 0)
  return top >= from ? top : 0
}

/** A turn of the event loop: what arrived from the server meanwhile is read first. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/** The messages of each UID set in turn, as one stream; one set (a mailbox without gaps) straight from imapflow. */
function fetchEach(client: ImapFlow, ranges: string[], items: Parameters<ImapFlow['fetch']>[1]): AsyncIterable<FetchMessageObject> {
  if (ranges.length === 1) return client.fetch(ranges[0]!, items, { uid: true }) as AsyncIterable<FetchMessageObject>
  return (async function* () {
    for (const range of ranges) yield* client.fetch(range, items, { uid: true }) as AsyncIterable<FetchMessageObject>
  })()
}
