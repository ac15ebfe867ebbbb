/**
 * Files matched mail on applications: one 'message' event per Message-ID, never twice
 * (the check runs inside the store's locked read-modify-write, so two syncs — the app and
 * `afterview sync` — cannot both file it). Keeps the matcher's index fresh as it files.
 */
import { randomUUID } from 'node:crypto'
import type { Application, MessageRef, TimelineEvent } from '../../../shared/model'
import { createMatcher, type Matcher, type MessageMatch } from '../../../shared/core/matcher'
import { normalizeMessageId, type MailAddress, type MailMessage } from '../../../shared/core/mail-message'
import type { Store } from '../../store'

export interface FiledMessage {
  applicationId: string
  accountId: string
  ref: MessageRef
  message: MailMessage
}

export interface FilerOptions {
  timeZone?: () => string | undefined
  /** Called after a message was filed (issue 4 classifies there). */
  onMessageFiled?: (applicationId: string, message: MailMessage, ref: MessageRef) => void | Promise<void>
  /** Told after every filing (CLI --json output, dataChanged). */
  onFiled?: (filed: FiledMessage) => void
}

const formatAddress = (a: MailAddress) => (a.name ? `${a.name} <${a.address}>` : a.address)

export function snippetOf(text: string, max = 240): string {
  const flat = text.replace(/^>.*$/gm, '').replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export class MessageFiler {
  private known = new Map<string, string>()
  private matcher?: { key: string; matcher: Matcher }
  private appsVersion = 0
  private appsStamp = ''

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

  /** Files `message` on the matched application; null when it was already there. */
  async file(match: MessageMatch, message: MailMessage, accountId: string): Promise<FiledMessage | null> {
    const messageId = normalizeMessageId(message.messageId)
    if (this.known.has(messageId)) return null
    const ref: MessageRef = {
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
    let filed = false
    try {
      await this.store.applications.update(match.applicationId, (app: Application) => {
        if (app.events.some((e) => e.message && normalizeMessageId(e.message.messageId) === messageId)) return app
        const event: TimelineEvent = {
          id: `e-${randomUUID().slice(0, 8)}`,
          at: message.date,
          type: 'message',
          text: `${match.direction === 'in' ? 'Mail from' : 'You wrote to'} ${match.direction === 'in' ? ref.from : ref.to.join(', ')}: ${message.subject}`.slice(0, 4000),
          message: ref
        }
        let at = app.events.length
        while (at > 0 && app.events[at - 1]!.at > event.at) at--
        app.events.splice(at, 0, event)
        app.updatedAt = new Date().toISOString()
        filed = true
        return app
      })
    } catch {
      return null // the application was deleted meanwhile
    }
    this.known.set(messageId, match.applicationId)
    this.appsVersion++
    if (!filed) return null
    const result = { applicationId: match.applicationId, accountId, ref, message }
    this.options.onFiled?.(result)
    try {
      await this.options.onMessageFiled?.(match.applicationId, message, ref)
    } catch {
      // a failing classifier must not stop the sync
    }
    return result
  }
}

export function isAutomatic(message: MailMessage): boolean {
  const h = message.headers
  const auto = h['auto-submitted']
  return (auto !== undefined && auto.toLowerCase() !== 'no') || h['x-autoreply'] !== undefined || h['x-autorespond'] !== undefined || /^(auto_reply|bulk|junk)$/i.test(h['precedence'] ?? '')
}
