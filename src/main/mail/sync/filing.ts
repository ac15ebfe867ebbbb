// Over 300 lines: the filer and its index of what is filed where, which filing, completing mail filed by its headers and the list of mail not filed all share.
/**
 * Files matched mail on applications: one 'message' event per Message-ID, never twice
 * (the check runs inside the store's locked read-modify-write, so two syncs — the app and
 * `afterview sync` — cannot both file it). Each message is filed on its own terms: one that
 * cannot be stored is skipped with its reason and never takes the others down. Writes go
 * through the one owner of application writes. Keeps the matcher's index fresh as it files.
 */
import { ReplyFacts, type MessageRef, type TimelineEvent } from '../../../shared/model'
import type { SkippedMailItem } from '../../../shared/accounts'
import { createMatcher, type Matcher, type MessageMatch } from '../../../shared/core/matcher'
import { messageIdKey, reusedId, writtenIdOf, type MailMessage } from '../../../shared/core/mail-message'
import type { Store } from '../../store'
import { addEvent, applicationWrites, messageEvent, type ApplicationWrites } from '../../store/application-writes'
import { formatAddress, isAutomatic, LIMITS, messageRefOf, snippetOf } from './message-ref'
import { skipKey, withSkipped, withoutSkipped } from '../../store/skipped-mail'
import { another, TakenIds, underId, type Batch, type MailSeen } from './reused-id'

export { isAutomatic, snippetOf } from './message-ref'

export interface FiledMessage {
  applicationId: string
  accountId: string
  ref: MessageRef
  message: MailMessage
}

export interface SkippedMessage {
  accountId: string
  /** Absent for mail the server would not send at all (listUnreadable). */
  message?: MailMessage
  item: SkippedMailItem
}

export interface FilingResult {
  filed: FiledMessage[]
  skipped: SkippedMessage[]
  /** Neither filed nor skipped (the disk refused the write): the sync must come back for these. */
  failed: MailMessage[]
}

export interface FilerOptions {
  now?: () => number
  timeZone?: () => string | undefined
  /** What the classifier says of an incoming mail, written in the same locked write that files it (issue 4). */
  describeIncoming?: (message: MailMessage, ref: MessageRef) => Partial<MessageRef>
  /** Called after a message was filed (issue 4 proposes changes there). */
  onMessageFiled?: (applicationId: string, message: MailMessage, ref: MessageRef) => void | Promise<void>
  /**
   * A job-related mail (body read) that matched no application: an acknowledgement may propose tracking one (issue 4).
   * True when it was one (the sync then reads the mail that looks like it: LookAlikes).
   */
  onUnmatched?: (message: MailMessage, accountId: string) => boolean | void | Promise<boolean | void>
  /** One step of the classifier's first use, while the sync waits for the server; false when there is nothing left. */
  warmUp?: () => boolean
  /** Told after every filing (CLI --json output, dataChanged). */
  onFiled?: (filed: FiledMessage) => void
  /** Told after an entry filed by its headers took its text (completeText): the windows show it anew. */
  onCompleted?: (completed: FiledMessage) => void
  /** Told after every deliberate skip (CLI --json output). */
  onSkipped?: (skipped: SkippedMessage) => void
}

export class MessageFiler {
  private known = new Map<string, string>()
  /** Filed by their headers alone (textUnread): their text is still to be read. */
  private unread = new Set<string>()
  private skippedKeys = new Set<string>()
  /** Of each id filed or listed: its mail's date, which tells another mail that reuses it (reused-id.ts). */
  private readonly taken = new TakenIds()
  private matcher?: { key: string; version: number; users: readonly string[]; matcher: Matcher }
  private appsVersion = 0
  private appsStamp = ''
  private readonly writes: ApplicationWrites
  /** A real mail was classified: warming up is over. */
  private described = false
  /** Time spent in the classifier/review hooks (ms), for the benchmark. */
  hookMs = 0

  constructor(
    private readonly store: Store,
    private readonly options: FilerOptions = {}
  ) {
    this.writes = applicationWrites({ store, now: options.now ?? Date.now })
  }

  /** Which Message-IDs are filed where, read when first needed: a sync with nothing new reads no application (issue 14). */
  private indexed = false
  private ensureIndexed(): void {
    if (!this.indexed) this.reindex()
  }

  /** Re-reads which Message-IDs are filed where (after another process changed data). */
  reindex(): void {
    this.indexed = true
    this.known.clear()
    this.unread.clear()
    this.taken.clear()
    for (const app of this.store.applicationDigests.all()) {
      for (const e of app.events) {
        if (!e.message?.messageId) continue
        this.known.set(messageIdKey(e.message.messageId), app.id)
        this.taken.add(e.message.messageId, e.at, e.message.from, e.message.subject)
        if (e.message.textUnread) this.unread.add(messageIdKey(e.message.messageId))
      }
    }
    this.skippedKeys.clear()
    for (const list of this.store.skippedMail.all())
      for (const i of list.items) {
        this.skippedKeys.add(i.key ?? skipKey(i.messageId))
        this.taken.add(i.messageId, i.date, i.from, i.subject)
      }
    this.appsVersion++
  }

  /** Cheap check (once per scan) that applications did not change behind the matcher's back. */
  refreshIfChanged(): void {
    const stamp = this.store.applicationDigests
      .all()
      .map((a) => `${a.id}@${a.updatedAt}`)
      .join('|')
    if (stamp !== this.appsStamp) {
      this.appsStamp = stamp
      this.reindex()
    }
  }

  /**
   * The id a mail is filed under, or is to be: its own, or one of its own where another mail of another date has its
   * Message-ID (reused-id.ts). `batch`: the ids of the mail read to be filed with it (TakenIds.idOf).
   */
  idOf(mail: MailSeen, batch?: Batch): string {
    this.ensureIndexed()
    return this.taken.idOf(mail, (id) => this.known.has(messageIdKey(id)), batch)
  }

  /** `message` under the id it is filed under, or is to be (idOf). */
  distinct(message: MailMessage, batch?: Batch): MailMessage {
    return underId(message, this.idOf(message, batch))
  }

  isFiled(messageId: string): boolean {
    this.ensureIndexed()
    return this.known.has(messageIdKey(messageId))
  }

  /** Filed by its headers alone (textUnread): its text is still to be asked for. */
  isTextUnread(messageId: string): boolean {
    this.ensureIndexed()
    return this.unread.has(messageIdKey(messageId))
  }

  /** Deliberately skipped before (listed with its reason): not tried again by retroactive filing. */
  isSkipped(messageId: string): boolean {
    this.ensureIndexed()
    return this.skippedKeys.has(skipKey(messageId))
  }

  match(message: MailMessage, userAddresses: string[]): MessageMatch | null {
    return this.matcherFor(userAddresses).match(message)
  }

  /** Worth reading the body of an unmatched mail: a person who may be writing about a tracked application. */
  mayBeAboutAnApplication(header: MailMessage, userAddresses: string[]): boolean {
    return this.matcherFor(userAddresses).mayBeAboutAnApplication(header)
  }

  /** Builds the matcher now (tens of milliseconds with thousands of filed mails) rather than at the first message. */
  prepareMatcher(userAddresses: string[]): void {
    this.matcherFor(userAddresses)
  }

  private matcherFor(userAddresses: string[]): Matcher {
    this.ensureIndexed()
    // Asked twice for every scanned message: the same array as last time needs no key built (issue 14).
    if (this.matcher && this.matcher.version === this.appsVersion && this.matcher.users === userAddresses) return this.matcher.matcher
    const key = `${this.appsVersion}|${userAddresses.join(',')}`
    if (this.matcher?.key !== key) {
      this.matcher = {
        key,
        version: this.appsVersion,
        users: userAddresses,
        matcher: createMatcher(this.store.applicationDigests.all(), {
          userAddresses,
          knownMessageIds: this.known,
          timeZone: this.options.timeZone?.()
        })
      }
    } else this.matcher.users = userAddresses
    return this.matcher.matcher
  }

  /** One step of the classifier's first use (FilerOptions.warmUp); false when there is nothing left or real mail came first. Never throws. */
  warmUpStep(): boolean {
    if (this.described) return false
    const started = performance.now()
    try {
      return this.options.warmUp?.() ?? false
    } catch {
      return false
    } finally {
      this.hookMs += performance.now() - started
    }
  }

  private describe(message: MailMessage, ref: MessageRef): Partial<MessageRef> {
    this.described = true
    const started = performance.now()
    try {
      return this.options.describeIncoming?.(message, ref) ?? {}
    } catch {
      return {} // a failing classifier must not stop the sync
    } finally {
      this.hookMs += performance.now() - started
    }
  }

  /**
   * Tells the review hook about a read, job-related mail that matched no application; never throws. True when it was
   * an acknowledgement, or when the hook failed (so mail like it is read rather than skipped).
   */
  async unmatched(message: MailMessage, accountId: string): Promise<boolean> {
    const started = performance.now()
    try {
      return (await this.options.onUnmatched?.(message, accountId)) === true
    } catch {
      return true // a failing classifier must not stop the sync
    } finally {
      this.hookMs += performance.now() - started
    }
  }

  /** Files `message` on the matched application; null when it was already there (or skipped). */
  async file(match: MessageMatch, message: MailMessage, accountId: string): Promise<FiledMessage | null> {
    return (await this.fileMany([{ match, message }], accountId)).filed[0] ?? null
  }

  /**
   * Files several messages with one locked write per application (a first scan of a big
   * mailbox files hundreds); when that write fails, each message is tried on its own.
   */
  async fileMany(
    /** textUnread: the mail as its headers alone, its text not read (the server did not send it, or it did not parse). */
    items: Array<{ match: MessageMatch; message: MailMessage; textUnread?: boolean }>,
    accountId: string
  ): Promise<FilingResult> {
    this.ensureIndexed()
    const result: FilingResult = { filed: [], skipped: [], failed: [] }
    const byApp = new Map<string, FiledMessage[]>()
    const seen = new Set<string>()
    for (const { match, message, textUnread } of items) {
      const key = messageIdKey(message.messageId)
      if (this.known.has(key) || this.skippedKeys.has(skipKey(message.messageId)) || seen.has(key)) continue
      // Its headers alone, of a mail without a Message-ID filed already from another mailbox (reused-id.ts): that mail.
      if (textUnread && this.taken.filedAlike(message) !== undefined) continue
      seen.add(key)
      const built = messageRefOf(match, message, accountId)
      if (!built.ok) {
        result.skipped.push(this.skippedOf(message, accountId, built.reason))
        continue
      }
      if (textUnread) built.ref.textUnread = true
      const list = byApp.get(match.applicationId) ?? []
      list.push({ applicationId: match.applicationId, accountId, message, ref: built.ref })
      byApp.set(match.applicationId, list)
    }
    for (const [applicationId, list] of byApp) {
      const described = this.understand(list)
      const outcome = await this.write(applicationId, described)
      if (outcome !== 'failed') {
        result.filed.push(...outcome)
        continue
      }
      // One by one; a mail whose classifier facts the store refuses is filed without them (the review hook writes them if it can).
      for (const [k, one] of list.entries()) {
        let single = await this.write(applicationId, [described[k]!])
        if (single === 'failed' && described[k] !== one) single = await this.write(applicationId, [one])
        if (single === 'failed') result.failed.push(one.message)
        else result.filed.push(...single)
      }
    }
    if (byApp.size) this.appsVersion++
    await this.recordSkipped(accountId, result.skipped)
    // ISO dates in code-unit order, the order of time: a process's first localeCompare loads ICU's collation (6-15 ms).
    result.filed.sort((a, b) => (a.message.date < b.message.date ? -1 : a.message.date > b.message.date ? 1 : 0))
    for (const f of result.filed) this.options.onFiled?.(f)
    for (const f of result.filed) await this.messageFiled(f)
    for (const s of result.skipped) this.options.onSkipped?.(s)
    return result
  }

  /**
   * What the classifier says of each incoming mail of one application, written in the same
   * locked write that files it (issue 14): an application's mail waits only for its own
   * classification (a fraction of a millisecond a mail), never for the whole batch's, and
   * a first scan writes each application once per slice instead of twice.
   */
  private understand(list: FiledMessage[]): FiledMessage[] {
    return list.map((f) => {
      if (f.ref.direction !== 'in') return f
      // A mail whose text was not read says nothing of when they will answer: "no timeline given" would be a guess.
      const described = this.describe(f.message, f.ref)
      const { facts: _unknown, ...withoutFacts } = described
      return { ...f, ref: { ...f.ref, ...(f.ref.textUnread ? withoutFacts : described) } }
    })
  }

  /**
   * Mail filed by its headers alone (textUnread) whose text has now been read: its entry takes
   * the text's snippet and what the classifier says of it, in one locked write per application,
   * and the review hook sees it as it sees new mail (proposals are keyed by Message-ID and kind:
   * none comes twice). The date the user gave stays over the text's (the rest of the text's facts come as read); facts
   * the user dismissed stay dismissed, but a date of the user's own that was dismissed gives way to the text's.
   * Mail not filed, or whose entry has its text, is left as it is. Never throws: what could not
   * be written stays as it was, and is returned in `failed`, to be completed another time.
   */
  async completeText(
    messages: MailMessage[],
    /** orEmpty: an entry without the mark but with no text is completed too (filed by its headers by a version before the mark). */
    options: { orEmpty?: boolean } = {}
  ): Promise<{ completed: string[]; failed: string[] }> {
    this.ensureIndexed()
    const byApp = new Map<string, Map<string, MailMessage>>()
    for (const message of messages) {
      const key = messageIdKey(message.messageId)
      const applicationId = this.known.get(key)
      if (applicationId === undefined) continue
      const wanted = byApp.get(applicationId) ?? new Map<string, MailMessage>()
      wanted.set(key, message)
      byApp.set(applicationId, wanted)
    }
    const completed: string[] = []
    const failed: string[] = []
    for (const [applicationId, wanted] of byApp) {
      const done: FiledMessage[] = []
      try {
        await this.writes.change(applicationId, (app) => {
          done.length = 0
          for (const e of app.events) {
            // Filed by its headers (textUnread; by a version before the mark, an empty snippet says so where the caller knows).
            const unread = e.message && (e.message.textUnread || (options.orEmpty && e.message.snippet === ''))
            const message = unread ? wanted.get(messageIdKey(e.message!.messageId)) : undefined
            if (!e.message || !message) continue
            // What the headers alone said gives way to what the text says.
            const { textUnread: _unread, category: _category, confidence: _confidence, needsAnswer: _needs, facts, ...kept } = e.message
            const ref: MessageRef = { ...kept, snippet: snippetOf(message.text), automatic: isAutomatic(message) }
            const described: MessageRef = ref.direction === 'in' ? { ...ref, ...this.describe(message, ref) } : ref
            // The user's date stays over what the text says of it; the rest of the text's facts (what they ask of you,
            // by when, whom to answer) come as read. A date the user gave and then dismissed gives way to the text's.
            if (facts?.source === 'user' && !facts.dismissed)
              described.facts = {
                ...(described.facts ?? ReplyFacts.parse({})),
                respondBy: facts.respondBy,
                timelineGiven: facts.timelineGiven,
                source: 'user',
                dismissed: false
              }
            else if (facts?.dismissed && facts.source !== 'user' && described.facts)
              described.facts = { ...described.facts, dismissed: true }
            e.message = described
            done.push({ applicationId, accountId: ref.accountId ?? '', message, ref: e.message })
          }
          return done.length > 0
        })
      } catch (error) {
        // Deleted meanwhile (nothing to complete), or the disk refused: left as it was.
        if ((error as { code?: string }).code !== 'not_found') failed.push(...[...wanted.values()].map((m) => m.messageId))
        continue
      }
      if (done.length) this.appsVersion++
      for (const f of done) {
        completed.push(f.ref.messageId)
        this.unread.delete(messageIdKey(f.ref.messageId))
        this.options.onCompleted?.(f)
        await this.messageFiled(f)
      }
    }
    return { completed, failed }
  }

  /** The review hook (onMessageFiled) on `f`, timed; never throws: a failing classifier must not stop the sync. */
  private async messageFiled(f: FiledMessage): Promise<void> {
    const started = performance.now()
    try {
      await this.options.onMessageFiled?.(f.applicationId, f.message, f.ref)
    } catch {
      // told nothing more: the mail is filed
    }
    this.hookMs += performance.now() - started
  }

  /** One locked write; returns what was newly added, or 'failed'. A deleted application files nothing (not a failure). */
  private async write(applicationId: string, list: FiledMessage[]): Promise<FiledMessage[] | 'failed'> {
    const added: FiledMessage[] = []
    const present: TimelineEvent[] = []
    try {
      await this.writes.change(applicationId, (app) => {
        added.length = 0
        present.length = 0
        // The application's Message-IDs read once, not once per filed mail (a first scan of 100,000: about 65 ms).
        const have = new Map<string, TimelineEvent>()
        for (const e of app.events) if (e.message) have.set(messageIdKey(e.message.messageId), e)
        for (let f of list) {
          const there = have.get(messageIdKey(f.ref.messageId))
          if (there) {
            // Filed since this process read the timeline (by another process): the same mail, or another that has its
            // Message-ID (reused-id.ts), filed under an id of its own as this process would have.
            const own = another(takenBy(there), f.message) ? reusedId(f.ref.messageId, f.message.date) : undefined
            const again = own === undefined ? there : have.get(messageIdKey(own))
            if (again || own!.length > LIMITS.messageId) {
              present.push(again ?? there)
              continue
            }
            f = { ...f, message: underId(f.message, own!), ref: { ...f.ref, messageId: own!, originalMessageId: writtenIdOf(f.ref) } }
          }
          const event = messageEvent(f.ref, f.message.date)
          have.set(messageIdKey(f.ref.messageId), event)
          addEvent(app, event)
          added.push(f)
          present.push(event)
        }
        return added.length > 0
      })
    } catch (error) {
      if ((error as { code?: string }).code === 'not_found') return []
      return 'failed'
    }
    // What is on the timeline now under each id: this process's mail, or another's filed meanwhile.
    for (const e of present) {
      this.known.set(messageIdKey(e.message!.messageId), applicationId)
      this.taken.add(e.message!.messageId, e.at, e.message!.from, e.message!.subject)
    }
    for (const f of added) if (f.ref.textUnread) this.unread.add(messageIdKey(f.ref.messageId))
    return added
  }

  private skippedOf(message: MailMessage, accountId: string, reason: string): SkippedMessage {
    const at = new Date((this.options.now ?? Date.now)()).toISOString()
    return {
      accountId,
      message,
      item: { messageId: message.messageId, subject: message.subject, from: formatAddress(message.from), date: message.date, reason, at }
    }
  }

  /** Mail the server would not send at all (unreadable.ts): listed with where to find it, and told as skipped mail is. */
  async listUnreadable(accountId: string, items: SkippedMailItem[]): Promise<void> {
    const skipped = items.map((item) => ({ accountId, item }))
    await this.recordSkipped(accountId, skipped)
    for (const s of skipped) this.options.onSkipped?.(s)
  }

  /** Takes off the list of mail not filed what stood for `messageIds` (listUnreadable): the server has sent it since. */
  async unlistUnreadable(accountId: string, messageIds: string[]): Promise<void> {
    for (const id of messageIds) this.skippedKeys.delete(skipKey(id))
    // From the file, not this process's copy: another process may have listed it (asked again at most once an hour).
    try {
      await this.store.skippedMail.update(accountId, (current) => withoutSkipped(current, messageIds))
    } catch {
      // the list is informative: at worst it still shows what is now filed
    }
  }

  private async recordSkipped(accountId: string, skipped: SkippedMessage[]): Promise<void> {
    if (!skipped.length) return
    const items = skipped.map((s) => s.item)
    for (const i of items) {
      this.skippedKeys.add(skipKey(i.messageId))
      this.taken.add(i.messageId, i.date, i.from, i.subject)
    }
    const collection = this.store.skippedMail
    try {
      // One locked step: a list another process started since this one read the folder is added to, not replaced.
      await collection.upsert(accountId, (current) => withSkipped(current, accountId, items))
    } catch {
      // the list is informative; filing goes on without it
    }
  }
}

/** What tells a mail on the timeline from another with its Message-ID (reused-id.ts). */
const takenBy = (e: TimelineEvent) => ({ at: Date.parse(e.at), from: e.message?.from ?? '', subject: e.message?.subject ?? '' })
