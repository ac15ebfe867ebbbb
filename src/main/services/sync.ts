/**
 * Mail sync services: "Sync now", and opening a filed message in full (fetched from the
 * mailbox on demand, returned as plain text — no HTML, so no remote images or scripts).
 */
import { AfterviewError, type MessageContent, type Services } from '../../shared/api'
import { messageIdKey } from '../../shared/core/mail-message'
import { formatAddress } from '../../shared/core/address'
import { closeImap, openImap } from '../mail/imap'
import { parseMessage } from '../mail/parse-message'
import { uidOfFiled } from '../mail/sync/find-filed'
import { ownFoldersRead, syncStateId } from '../store/sync-state'
import type { MailHost } from './mail-host'

export type SyncServices = Pick<Services, 'syncNow' | 'getMessage'>

const CACHE_SIZE = 50

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
        // Where the sync reads mail: archived since it was filed (the Archive folder, Gmail's All Mail), or moved to a
        // folder of the user's own, it is there.
        const read = [
          ...(['archive', 'all'] as const).flatMap((role) => store.syncState.get(syncStateId(account.id, role))?.path ?? []),
          ...ownFoldersRead(store.syncState, account.id)
        ]
        const folders =
          ref.direction === 'out'
            ? [account.sentFolder ?? 'Sent', 'INBOX', ...read]
            : ['INBOX', ...read, ...(account.sentFolder ? [account.sentFolder] : [])]
        for (const folder of folders) {
          const lock = await client.getMailboxLock(folder, { readOnly: true }).catch(() => undefined)
          if (!lock) continue
          try {
            const uid = await uidOfFiled(client, ref, event.at)
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
