/**
 * Retroactive filing: mail already seen within the look-back window (the header index,
 * header-index.ts) that now matches an application, read again from the server and filed.
 * Most users add an application after connecting their mailbox, so the interviewer's mail
 * is there before Afterview knows whom it is from; and an answer found by its thread alone
 * can match only once the mail it answers is filed. Which mail is read, and in how many
 * rounds, is here; reading and filing it is the pass's (SyncPass.fileEarlierFrom).
 */
import type { ImapFlow } from 'imapflow'
import { LookAlikes, mayBeUntrackedAcknowledgement } from '../../../shared/core/untracked-acknowledgement'
import { mayBeForwardToSelf } from '../../../shared/core/forwarded'
import type { MailboxRole } from '../../store/sync-state'
import { answered } from './header-message'
import { messageOf, type HeaderIndex } from './header-index'
import { identityStamp } from './identity'
import { underId, type Batch } from './reused-id'
import { ThreadFollowers } from './thread-followers'
import type { AccountSyncDeps, Candidate } from './types'

/**
 * Rounds of retroactive filing for threads alone, in one run (fileEarlierNow): each reads the whole header index again.
 * A thread deeper than this, its mail answering the one before alone and read in the wrong order, goes on in the next run.
 */
const FOLLOWER_ROUNDS = 5

/** What retroactive filing needs of the account's pass (SyncPass). */
export interface EarlierHost {
  readonly index: HeaderIndex
  readonly deps: AccountSyncDeps
  windowStart(): number
  /** Every mailbox's role, in the order a pass reads them (MailboxList.roles: the user's own folders among them). */
  roles(): MailboxRole[]
  userAddresses(): string[]
  /** Mail read in Sent from an address of the user's not known before: learned (true). */
  sentBy(role: MailboxRole, from: string, headers: Record<string, string>): boolean
  /** Reads and files `candidates` of the mailbox `box` (its mail of a run of look-alikes held back, as a scan does). */
  fileFrom(
    client: ImapFlow,
    role: MailboxRole,
    box: { path: string; uidValidity: string },
    candidates: Candidate[],
    lookAlikes: LookAlikes,
    heldBack: Map<string, Candidate[]>
  ): Promise<{ filed: number; complete: boolean }>
  /** The next retroactive filing, in this process or another, matches threads again (SyncPass.matchThreadsAgain). */
  matchThreadsAgain(): void
}

export class EarlierMail {
  constructor(private readonly host: EarlierHost) {}

  /**
   * Retroactive filing: mail already seen within the look-back window (the header index)
   * that now matches an application — added, or changed what identifies it — is filed,
   * with the same reasons, reading only the bodies of the newly matched messages.
   * Opens a connection only when something matched. Returns how many were filed.
   */
  async fileEarlier(connect: () => Promise<ImapFlow>, release: (client: ImapFlow) => Promise<void>): Promise<number> {
    // The applications' files are the very ones the index was last matched for: no application was read, none needs to be.
    const matched = this.host.index.matchedFor()
    const files = this.host.deps.store.applications.fingerprint()
    if (matched?.files !== undefined && matched.files === files) return 0
    // Nothing identifies an application differently since the index was last matched: nothing new can match.
    const stamp = identityStamp(this.host.deps.store)
    if (matched?.stamp === stamp && !matched.threadsAgain) {
      this.host.index.setMatchedFor(stamp, files)
      return 0
    }
    this.host.deps.filer.refreshIfChanged() // the matcher is built only when there is something to match (a pass with nothing new needs none)
    // Forced by mail filed from Sent (or the INBOX after the Archive) alone: only threads can match anew, so what a scan
    // reads for its body (hiring systems' mail, acknowledgements) is not fetched again: nothing identifies it anew.
    const wide = !(matched?.threadsAgain && matched.stamp === stamp)
    const { filed, complete, threadsLeft } = await this.fileEarlierNow(connect, release, wide)
    if (complete) this.host.index.setMatchedFor(stamp, files)
    if (threadsLeft) this.host.matchThreadsAgain() // a thread longer than this run's rounds: the next run goes on with it
    return filed
  }

  /**
   * After a pass that filed mail (its writes change the applications' files, not what
   * identifies them): the index stays matched for the files as they are now, so the next
   * process with nothing new reads no application either. Only when this process's digests
   * (or the applications it holds) are of every file as it is now, and their identity is the one matched.
   */
  rememberMatchedFiles(): void {
    const matched = this.host.index.matchedFor()
    const files = this.host.deps.store.applicationDigests.fingerprintIfCurrent()
    if (!matched || files === undefined || matched.files === files) return
    if (!matched.threadsAgain && matched.stamp === identityStamp(this.host.deps.store)) this.host.index.setMatchedFor(matched.stamp, files)
  }

  private async fileEarlierNow(
    connect: () => Promise<ImapFlow>,
    release: (client: ImapFlow) => Promise<void>,
    /** Read what a scan reads for its body, not only what matches (false: only threads can match anew). */
    wide = true
  ): Promise<{ filed: number; complete: boolean; threadsLeft: boolean }> {
    const index = this.host.index
    const filer = this.host.deps.filer
    let users = this.host.userAddresses()
    const start = new Date(this.host.windowStart()).toISOString()
    let client: ImapFlow | undefined
    let filed = 0
    let complete = true
    let threadsLeft = false
    /** `threadsOnly`: only mail that answers mail filed by now (or mail read with it), read again after a round that filed some. */
    const fromMailbox = async (role: MailboxRole, wide: boolean, threadsOnly = false): Promise<void> => {
      const box = index.get(role)
      if (!box) return
      const candidates: Candidate[] = []
      const followers = new ThreadFollowers()
      const batch: Batch = new Map() // as in a scan
      // What a scan reads for its body, a scan reads here (a portal that names the employer only in its text, a
      // forward from the user's old address): mail that came before the application was added was left out of it.
      const lookAlikes = new LookAlikes()
      const heldBack = new Map<string, Candidate[]>()
      for (const entry of box.entries) {
        // In the window by when it came (a Date header a year off, from a sender's wrong clock, is not "a year ago").
        if (entry.d < start && !(entry.g !== undefined && entry.g >= start)) continue
        if (threadsOnly && entry.r === undefined && !entry.f?.length) continue // answers nothing
        if (this.host.sentBy(role, entry.a, entry.h ?? {})) users = this.host.userAddresses()
        const id = filer.idOf({ messageId: entry.i, date: entry.d, from: { address: entry.a }, subject: entry.s })
        if (filer.isFiled(id) || filer.isSkipped(id)) continue
        const header = underId(messageOf(entry), id)
        if (threadsOnly) {
          if (answered(header).some((a) => filer.isFiled(a)) || followers.follows(header)) {
            const own = filer.distinct(header, batch)
            candidates.push({ uid: entry.u, header: own, match: filer.match(header, users) })
            followers.candidate(own)
          }
          continue
        }
        const match = filer.match(header, users)
        // A person naming the employer or role in the subject: only the body says whether they write about it.
        // And mail that answers mail read here: matched once that is filed (ThreadFollowers).
        const forward = wide && mayBeForwardToSelf(header, users, { recipientNamesUnknown: true })
        if (match || filer.mayBeAboutAnApplication(header, users) || forward) {
          const own = filer.distinct(header, batch)
          candidates.push({ uid: entry.u, header: own, match })
          followers.candidate(own)
        } else if (followers.follows(header)) candidates.push({ uid: entry.u, header: filer.distinct(header, batch), match: null })
        else if (wide && mayBeUntrackedAcknowledgement(header)) {
          // Of a run of look-alikes (a job board's notices), the first few, and the rest only if one of those was filed.
          const shape = LookAlikes.shapeOf(header)
          const c: Candidate = {
            uid: entry.u,
            header: filer.distinct(header, batch),
            match: null,
            ...(shape !== undefined ? { shape } : {})
          }
          if (shape === undefined || lookAlikes.take(shape)) candidates.push(c)
          else heldBack.set(shape, [...(heldBack.get(shape) ?? []), c])
        }
      }
      if (!candidates.length) return
      client ??= await connect()
      const done = await this.host.fileFrom(client, role, box, candidates, lookAlikes, heldBack)
      filed += done.filed
      if (!done.complete) complete = false
    }
    try {
      // Sent first: what the user wrote anchors the threads the replies are matched by.
      const roles = this.host.roles()
      for (const role of roles) await fromMailbox(role, wide)
      // Mail that answers mail this run filed from a mailbox read after its own (a reply archived on the phone answering
      // the invitation in the INBOX; the user's answer in Sent to a reply in the INBOX; and a chain of these) was left
      // out, and nothing read it again until what identifies an application changed. Read again for threads alone,
      // every mailbox, until a round files nothing (as a scan does: matchThreadsAgain).
      let before = 0
      for (let round = 0; round < FOLLOWER_ROUNDS && filed > before; round++) {
        before = filed
        for (const role of roles) await fromMailbox(role, false, true)
      }
      threadsLeft = filed > before
    } finally {
      if (client) await release(client)
    }
    return { filed, complete, threadsLeft }
  }
}
