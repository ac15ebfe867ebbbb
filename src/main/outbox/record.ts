/**
 * A sent follow-up on the application: its action is done, the mail is an outgoing
 * message on the timeline, and its Message-ID is remembered so replies match by thread.
 * Idempotent: running it twice for one mail records it once.
 */
import { randomUUID } from 'node:crypto'
import type { OutboxRecord } from '../../shared/api'
import type { Store } from '../store'

interface Deps {
  store: Store
  now: () => number
  changed: (applicationIds?: string[]) => void
}

export async function recordOnApplication(deps: Deps, r: OutboxRecord): Promise<void> {
  if (!deps.store.applications.get(r.applicationId)) return
  const sentAt = r.sentAt ?? new Date(deps.now()).toISOString()
  const draft = deps.store.drafts.get(r.id)
  await deps.store.applications.update(r.applicationId, (app) => {
    if (!app.sentMessageIds.includes(r.messageId)) app.sentMessageIds.push(r.messageId)
    if (!app.events.some((e) => e.message?.messageId === r.messageId)) {
      app.events.push({
        id: `e-${randomUUID().slice(0, 8)}`, at: sentAt, type: 'message', text: `Sent the ${r.what}`, actionKey: r.actionKey,
        message: {
          messageId: r.messageId, direction: 'out', from: r.from, to: [...r.to, ...r.cc], subject: r.subject,
          snippet: (draft?.body ?? '').replace(/\s+/g, ' ').trim().slice(0, 200), reason: 'Sent from Afterview', automatic: false,
          accountId: r.accountId, ...(draft?.inReplyTo ? { inReplyTo: draft.inReplyTo } : {})
        }
      })
    }
    const state = app.actions[r.actionKey]
    if (state?.status !== 'done') {
      app.actions[r.actionKey] = { status: 'done', at: sentAt }
      app.events.push({ id: `e-${randomUUID().slice(0, 8)}`, at: sentAt, type: 'action_done', text: `Done: sent the ${r.what}`, actionKey: r.actionKey })
    }
    app.updatedAt = new Date(deps.now()).toISOString()
    return app
  })
  deps.changed([r.applicationId])
}
