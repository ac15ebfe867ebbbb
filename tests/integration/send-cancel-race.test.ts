/**
 * "Cancel scheduled send" in one process (a browser tab on `afterview serve`) at the moment the
 * desktop app's timer starts sending it: the cancel is decided from the file under the lock, not
 * from the copy the tab holds, so it never removes a send that is going out. The user is told it
 * is being sent, and the send is recorded as sent, the action done. Real SMTP and Dovecot.
 */
import { describe, expect, it, vi } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { deliveredWith, openServices, setUp, useMailServers } from './send-fixture'

const servers = useMailServers()

describe('cancel in one process while the other sends', () => {
  it('"Cancel scheduled send" does not remove a record another process is sending', async () => {
    const env = await setUp(servers())
    const other = openServices(env.dir, env.clock, env.secrets) // afterview serve: the browser tab
    const runtime = env.services.startOutbox({ tickMs: 40 }) // the desktop app's timer
    try {
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      const scheduled = await env.services.scheduleDraft(parseInput('scheduleDraft', { draftId: view.draft.id, sendAt: 'next-morning' }))
      await new Promise((r) => setTimeout(r, 300)) // the other process has seen it scheduled
      expect(other.mail.ctx.store.outbox.get(view.draft.id)?.state).toBe('scheduled')
      let cancelled!: Promise<Awaited<ReturnType<typeof other.cancelScheduled>>>
      const store = env.services.mail.ctx.store
      const update = store.outbox.update.bind(store.outbox)
      vi.spyOn(store.outbox, 'update').mockImplementation(async (id, change) => {
        const written = await update(id, change)
        // The user presses "Cancel scheduled send" in the browser tab within 50 ms of the app's timer claiming it
        // (before the other process's folder watcher has read the change).
        if (written.state === 'sending' && !cancelled) cancelled = other.cancelScheduled(parseInput('cancelScheduled', { draftId: id }))
        return written
      })
      env.clock.now = Date.parse(scheduled.record!.sendAt!) + 1_000
      await new Promise<void>((resolve) => {
        const t = setInterval(() => {
          if (!cancelled || store.outbox.current(view.draft.id)?.state === 'sending') return
          clearInterval(t)
          resolve()
        }, 20)
      })
      await runtime.nextCheck()
      const told = await cancelled
      const detail = await env.services.getApplication(parseInput('getApplication', { id: env.applicationId }))
      expect({
        delivered: deliveredWith(servers(), view.draft.messageId).length,
        toldInTab: told.outbox?.state ?? 'no send (cancelled)',
        record: store.outbox.current(view.draft.id)?.state ?? 'none',
        draftKept: !!store.drafts.current(view.draft.id),
        actionDone: detail.application.actions[env.thankYouKey]?.status ?? 'not done'
      }).toEqual({ delivered: 1, toldInTab: 'sending', record: 'sent', draftKept: false, actionDone: 'done' })
    } finally {
      vi.restoreAllMocks()
      runtime.stop()
      other.dispose()
      env.services.dispose()
      env.cleanup()
    }
  }, 60_000)

  it('a send scheduled a moment ago in another window can be cancelled here at once', async () => {
    const env = await setUp(servers())
    const other = openServices(env.dir, env.clock, env.secrets)
    try {
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      await env.services.scheduleDraft(parseInput('scheduleDraft', { draftId: view.draft.id, sendAt: 'next-morning' }))
      // Pressed in the other window before its folder watcher has read the new record.
      const answer = await other.resolveSend(parseInput('resolveSend', { draftId: view.draft.id, choice: 'cancel' }))
      expect(answer.message).toMatch(/will not be sent/)
      expect(env.services.mail.ctx.store.outbox.current(view.draft.id)).toBeUndefined()
    } finally {
      other.dispose()
      env.services.dispose()
      env.cleanup()
    }
  })
})
