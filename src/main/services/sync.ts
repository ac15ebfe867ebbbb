/**
 * Mail sync services: "Sync now", and opening a filed message in full (fetched from the
 * mailbox on demand, returned as plain text — no HTML, so no remote images or scripts).
 */
import { AfterviewError, type MessageContent, type Services } from '../../shared/api'
import { messageIdKey } from '../../shared/core/mail-message'
import { addressOf, formatAddress } from '../../shared/core/address'
import type { MessageRef } from '../../shared/model'
import { closeImap, openImap } from '../mail/imap'
import { parseMessage, syntheticMessageId } from '../mail/parse-message'
import { FETCH_HEADERS, headerMessage } from '../mail/sync/header-message'
import { BODY_MAX_BYTES, LETTER_MAIL_MAX_BYTES } from '../mail/sync/pass'
import type { ImapFlow } from 'imapflow'
import type { MailHost } from './mail-host'

export type SyncServices = Pick<Services, 'syncNow' | 'getMessage'>

const CACHE_SIZE = 50
const DAY = 86_400_000

export function createSyncServices(host: MailHost): SyncServices {
  const { store } = host.ctx
  const cache = new Map<string, MessageContent>()
  return {
    async syncNow(input) {
      const accounts = input?.id ? [store.accounts.get(input.id)].filter((a) => a !== undefined) : store.accounts.all()
      if (input?.id && accounts.length === 0) throw new AfterviewError('not_found', 'That mail account no longer exists.')
      if (host.watching) host.sync.watch(accounts)
      else {
        void host.sync.syncOnce(accounts).catch((error: unknown) => {
          const message = error instanceof AfterviewError ? error.message : 'Mail sync stopped because of an unexpected problem.'
          host.emit('notice', { level: 'error', message })
        })
      }
      return { started: accounts.map((a) => a.id) }
    },
    async getMessage({ applicationId, messageId }) {
      const key = `${applicationId}|${messageIdKey(messageId)}`
      const cached = cache.get(key)
      if (cached) return cached
      const app = store.applications.get(applicationId)
      const event = app?.events.find((e) => e.message && messageIdKey(e.message.messageId) === messageIdKey(messageId))
      const ref = event?.message
      if (!app || !event || !ref) throw new AfterviewError('not_found', 'That message is not on this application any more.')
      const account = (ref.accountId && store.accounts.get(ref.accountId)) || undefined
      if (!account)
        throw new AfterviewError(
          'not_found',
          'The mail account this message came from is no longer connected, so it cannot be opened in full. Its summary stays on the timeline.'
        )
      const client = await openImap(account, { secret: (options) => host.secretFor(account, options) })
      try {
        const folders =
          ref.direction === 'out' ? [account.sentFolder ?? 'Sent', 'INBOX'] : ['INBOX', ...(account.sentFolder ? [account.sentFolder] : [])]
        for (const folder of folders) {
          const lock = await client.getMailboxLock(folder, { readOnly: true }).catch(() => undefined)
          if (!lock) continue
          try {
            const uid = await uidOf(client, ref, event.at)
            if (uid === undefined) continue
            const fetched = await client.fetchOne(String(uid), { source: { maxLength: 2 * 1024 * 1024 } }, { uid: true }).catch(() => {
              throw new AfterviewError(
                'mail_network',
                'Your mail server could not send this message just now. Try again later, or read it in your usual mail program.'
              )
            })
            if (!fetched || !fetched.source) continue
            const mail = await parseMessage(fetched.source)
            // Filed by its headers (its text could not be read then): the timeline takes the text now too.
            if (ref.textUnread && mail.text !== '') await host.sync.filer.completeText([{ ...mail, messageId: ref.messageId }])
            const content: MessageContent = {
              messageId: mail.messageId,
              subject: mail.subject,
              from: formatAddress(mail.from),
              to: [...mail.to, ...mail.cc].map(formatAddress),
              date: mail.date,
              text: mail.text,
              accountId: account.id
            }
            cache.set(key, content)
            if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
            return content
          } finally {
            lock.release()
          }
        }
      } finally {
        await closeImap(client)
      }
      throw new AfterviewError(
        'not_found',
        `The message "${ref.subject}" is no longer in the mailbox (it may have been deleted or moved). Its summary stays on the timeline.`
      )
    }
  }
}

/** Made-up Message-IDs of mail that had none: from its UID and date (filed by its headers), or from its text. */
const MADE_UP_ID = /^<(?:uid-(\d+)-(-?\d+)|sha1-[0-9a-f]{40})@afterview\.invalid>$/
/** The mail looked at, at most, to find one filed under a made-up id. */
const MADE_UP_CANDIDATES = 50
/** A made-up id from a UID and a date, without the UID: the same mail has another UID in another mailbox. */
const withoutUid = (id: string) => id.replace(/^<uid-\d+-/, '<uid-')

/**
 * The UID, in the open mailbox, of the filed mail `ref`, dated `at`: found by its Message-ID. A mail that had none was
 * filed under an id the sync made for it: from its text (its first BODY_MAX_BYTES, or the whole of a large mail whose
 * letter was read whole), or, filed by its headers, from its UID and date. It is looked for among the mail from the
 * same sender within two days of it, by the date it says it was sent or by its arrival (a mail without a Date header
 * has only the latter); a server that finds none by that sender (Dovecot cannot search an address with a backslash)
 * is asked for the whole window. Its text's id is exact. Of one filed by its headers, the UID in the id is looked at
 * first; in another mailbox (Gmail's All Mail) the mail has another UID, and only the one mail of exactly that sender,
 * subject and date is taken: with two alike (a forged copy, or a system that sent two in one second), none is, rather
 * than the wrong one, whose text would then be written into the entry.
 */
async function uidOf(client: ImapFlow, ref: MessageRef, at: string): Promise<number | undefined> {
  const made = MADE_UP_ID.exec(ref.messageId)
  if (!made) return ((await client.search({ header: { 'message-id': ref.messageId } }, { uid: true })) || [])[0]
  const t = Date.parse(at)
  const since = new Date(t - 2 * DAY)
  const before = new Date(t + 2 * DAY)
  const window = {
    or: [
      { sentSince: since, sentBefore: before },
      { since, before }
    ]
  }
  const sender = addressOf(ref.from) ?? ''
  let found = sender ? (await client.search({ from: sender, ...window }, { uid: true })) || [] : []
  if (!found.length) found = (await client.search(window, { uid: true })) || []
  const own = made[1] ? Number(made[1]) : undefined
  const candidates = [...new Set([...(own !== undefined ? [own] : []), ...found])].slice(0, MADE_UP_CANDIDATES)
  const alike: number[] = []
  for (const uid of candidates) {
    const items = { uid: true, internalDate: true, headers: FETCH_HEADERS, source: { maxLength: BODY_MAX_BYTES } }
    const m = await client.fetchOne(String(uid), items, { uid: true }).catch(() => undefined)
    if (!m || !m.headers || !m.source) continue
    if (own === undefined) {
      if (syntheticMessageId(m.source) === ref.messageId) return uid
      if (m.source.length < BODY_MAX_BYTES) continue
      const whole = await client
        .fetchOne(String(uid), { uid: true, source: { maxLength: LETTER_MAIL_MAX_BYTES } }, { uid: true })
        .catch(() => undefined)
      if (whole && whole.source && syntheticMessageId(whole.source) === ref.messageId) return uid
      continue
    }
    const header = headerMessage(m)
    const same =
      withoutUid(header.messageId) === withoutUid(ref.messageId) && header.from.address === sender && header.subject === ref.subject
    if (same && uid === own) return uid
    if (same) alike.push(uid)
  }
  return alike.length === 1 ? alike[0] : undefined
}
