/**
 * Files matched mail on applications: one 'message' event per Message-ID, never twice
 * (the check runs inside the store's locked read-modify-write, so two syncs — the app and
 * `afterview sync` — cannot both file it). Keeps the matcher's index fresh as it files.
 */
import { formatAddress } from '../../../shared/core/address'
import { randomUUID } from 'node:crypto'
import type { Application, MessageRef, TimelineEvent } from '../../../shared/model'
import { createMatcher, type Matcher, type MessageMatch } from '../../../shared/core/matcher'
import { normalizeMessageId, type MailMessage } from '../../../shared/core/mail-message'
import type { Store } from '../../store'

export interface FiledMessage {
  applicationId: string
  accountId: string
  ref: MessageRef
  message: MailMessage
}

export interface FilerOptions {
  timeZone?: () => string | undefined
  /** What the classifier says of an incoming mail, written in the same locked write that files it (issue 4). */
  describeIncoming?: (message: MailMessage, ref: MessageRef) => Partial<MessageRef>
  /** Called after a message was filed (issue 4 proposes changes there). */
  onMessageFiled?: (applicationId: string, message: MailMessage, ref: MessageRef) => void | Promise<void>
  /** A job-related mail (body read) that matched no application: an acknowledgement may propose tracking one (issue 4). */
  onUnmatched?: (message: MailMessage, accountId: string) => void | Promise<void>
  /** Told after every filing (CLI --json output, dataChanged). */
  onFiled?: (filed: FiledMessage) => void
}


export function snippetOf(text: string, max = 240): string {
  const flat = text.replace(/^>.*$/gm, '').replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export class MessageFiler {
  private known = new Map<string, string>()
  private matcher?: { key: string; matcher: Matcher }
  private appsVersion = 0
  private appsStamp = ''
  /** Time spent in the classifier/review hooks (ms), for the benchmark. */
  hookMs = 0

  constructor(private readonly store: Store, private readonly options: FilerOptions = {}) {
    this.reindex()
  }

  /** Re-reads which Message-IDs are filed where (after another process changed data). */
  reindex(): void {
    this.known.clear()
    for (const app of this.store.applications.all()) {
      for (const e of app.events) if (e.message?.messageId) this.known.set(normalizeMessageId(e.message.messageId), app.id)
    }
    this.appsVersion++
  }

  /** Cheap check (once per scan) that applications did not change behind the matcher's back. */
  refreshIfChanged(): void {
    const stamp = this.store.applications.all().map((a) => `${a.id}@${a.updatedAt}`).join('|')
    if (stamp !== this.appsStamp) {
      this.appsStamp = stamp
      this.reindex()
    }
  }

  isFiled(messageId: string): boolean {
    return this.known.has(normalizeMessageId(messageId))
  }

  match(message: MailMessage, userAddresses: string[]): MessageMatch | null {
    const key = `${this.appsVersion}|${userAddresses.join(',')}`
    if (this.matcher?.key !== key) {
      this.matcher = { key, matcher: createMatcher(this.store.applications.all(), { userAddresses, knownMessageIds: this.known, timeZone: this.options.timeZone?.() }) }
    }
    return this.matcher.matcher.match(message)
  }

  private describe(message: MailMessage, ref: MessageRef): Partial<MessageRef> {
    const started = performance.now()
    try {
      return this.options.describeIncoming?.(message, ref) ?? {}
    } catch {
      return {} // a failing classifier must not stop the sync
    } finally {
      this.hookMs += performance.now() - started
    }
  }

  /** Tells the review hook about a read, job-related mail that matched no application; never throws. */
  async unmatched(message: MailMessage, accountId: string): Promise<void> {
    const started = performance.now()
    try {
      await this.options.onUnmatched?.(message, accountId)
    } catch {
      // a failing classifier must not stop the sync
    }
    this.hookMs += performance.now() - started
  }

  /** Files `message` on the matched application; null when it was already there. */
  async file(match: MessageMatch, message: MailMessage, accountId: string): Promise<FiledMessage | null> {
    return (await this.fileMany([{ match, message }], accountId))[0] ?? null
  }

  /**
   * Files several messages with one locked write per application (a first scan of a big
   * mailbox files hundreds). Returns what was newly filed, oldest first.
   */
  async fileMany(items: Array<{ match: MessageMatch; message: MailMessage }>, accountId: string): Promise<FiledMessage[]> {
    const byApp = new Map<string, FiledMessage[]>()
    for (const { match, message } of items) {
      const messageId = normalizeMessageId(message.messageId)
      if (this.known.has(messageId)) continue
      const list = byApp.get(match.applicationId) ?? []
      if (list.some((f) => f.ref.messageId === messageId)) continue
      const ref = refOf(match, message, messageId, accountId)
      list.push({ applicationId: match.applicationId, accountId, message, ref: ref.direction === 'in' ? { ...ref, ...this.describe(message, ref) } : ref })
      byApp.set(match.applicationId, list)
    }
    const filed: FiledMessage[] = []
    for (const [applicationId, list] of byApp) {
      const added: FiledMessage[] = []
      try {
        await this.store.applications.update(applicationId, (app: Application) => {
          added.length = 0
          const present = new Set(app.events.flatMap((e) => (e.message ? [normalizeMessageId(e.message.messageId)] : [])))
          for (const f of list) {
            if (present.has(f.ref.messageId)) continue
            insertByDate(app.events, eventOf(f))
            added.push(f)
          }
          if (added.length) app.updatedAt = new Date().toISOString()
          return app
        })
      } catch {
        continue // the application was deleted meanwhile
      }
      for (const f of list) this.known.set(f.ref.messageId, applicationId)
      filed.push(...added)
    }
    if (byApp.size) this.appsVersion++
    filed.sort((a, b) => a.message.date.localeCompare(b.message.date))
    for (const f of filed) {
      this.options.onFiled?.(f)
      const started = performance.now()
      try {
        await this.options.onMessageFiled?.(f.applicationId, f.message, f.ref)
      } catch {
        // a failing classifier must not stop the sync
      }
      this.hookMs += performance.now() - started
    }
    return filed
  }
}

function refOf(match: MessageMatch, message: MailMessage, messageId: string, accountId: string): MessageRef {
  return {
    messageId,
    direction: match.direction,
    from: formatAddress(message.from),
    to: [...message.to, ...message.cc].map(formatAddress),
    subject: message.subject,
    snippet: snippetOf(message.text),
    reason: match.reason,
    automatic: isAutomatic(message),
    accountId,
    ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {})
  }
}

function eventOf(f: FiledMessage): TimelineEvent {
  const who = f.ref.direction === 'in' ? `Mail from ${f.ref.from}` : `You wrote to ${f.ref.to.join(', ')}`
  return { id: `e-${randomUUID().slice(0, 8)}`, at: f.message.date, type: 'message', text: `${who}: ${f.message.subject}`.slice(0, 4000), message: f.ref }
}

function insertByDate(events: TimelineEvent[], event: TimelineEvent): void {
  let at = events.length
  while (at > 0 && events[at - 1]!.at > event.at) at--
  events.splice(at, 0, event)
}

export function isAutomatic(message: MailMessage): boolean {
  const h = message.headers
  const auto = h['auto-submitted']
  return (auto !== undefined && auto.toLowerCase() !== 'no') || h['x-autoreply'] !== undefined || h['x-autorespond'] !== undefined || /^(auto_reply|bulk|junk)$/i.test(h['precedence'] ?? '')
}
