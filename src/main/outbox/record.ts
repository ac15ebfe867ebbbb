/**
 * A sent follow-up on the application: its action is done, the mail is an outgoing
 * message on the timeline, and its Message-ID is remembered so replies match by thread.
 * Idempotent: running it twice for one mail records it once.
 */
import type { OutboxRecord } from '../../shared/api'
import { messageIdKey } from '../../shared/core/mail-message'
import { namedByContacts } from '../../shared/core/address'
import type { Store } from '../store'
import { addEvent, applicationWrites, hasMessage, messageEvent, timelineEvent } from '../store/application-writes'

interface Deps {
  store: Store
  now: () => number
  changed: (applicationIds?: string[]) => void
}

export async function recordOnApplication(deps: Deps, r: OutboxRecord): Promise<void> {
  if (!deps.store.applications.get(r.applicationId)) return
  const sentAt = r.sentAt ?? new Date(deps.now()).toISOString()
  const draft = deps.store.drafts.get(r.id)
  await applicationWrites(deps).change(r.applicationId, (app) => {
    if (!app.sentMessageIds.some((id) => messageIdKey(id) === messageIdKey(r.messageId))) app.sentMessageIds.push(r.messageId)
    if (!hasMessage(app, r.messageId)) {
      addEvent(
        app,
        messageEvent(
          {
            messageId: r.messageId,
            direction: 'out',
            from: r.from,
            // Named as the application's contacts are (the outbox keeps bare addresses): "To Dana Whitfield <dana@…>".
            to: [...r.to, ...r.cc].map((a) => namedByContacts(app.contacts, a)),
            subject: r.subject,
            snippet: (draft?.body ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
            reason: 'Sent from Afterview',
            automatic: false,
            accountId: r.accountId,
            ...(draft?.inReplyTo ? { inReplyTo: draft.inReplyTo } : {}),
            ...(r.refused?.length ? { notDelivered: r.refused } : {})
          },
          sentAt,
          `Sent the ${r.what}`,
          { actionKey: r.actionKey }
        )
      )
    } else if (r.refused?.length) {
      // Its copy in Sent was filed first (read by a sync before this ran): whom the server refused is marked there.
      const key = messageIdKey(r.messageId)
      for (const e of app.events) if (e.message && messageIdKey(e.message.messageId) === key) e.message.notDelivered ??= r.refused
    }
    const state = app.actions[r.actionKey]
    if (state?.status !== 'done') {
      app.actions[r.actionKey] = { status: 'done', at: sentAt }
      addEvent(app, timelineEvent(sentAt, 'action_done', `Done: sent the ${r.what}`, { actionKey: r.actionKey }))
    }
  })
}
