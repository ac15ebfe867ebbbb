/**
 * The SMTP server took the mail, then something on this computer failed: the disk refused the
 * write that notes the send, or another process held the application's lock. The mail went out,
 * so the user hears that, never an error that invites a second send; a copy lands in Sent, by
 * which the next start settles the send without asking; and pressing Send again sends nothing.
 * Real SMTP (smtp-server) and Dovecot; the failures are injected into the store.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AfterviewError, parseInput } from '../../src/shared/api'
import { countInFolder, deliveredWith, setUp, useMailServers } from './send-fixture'

const servers = useMailServers()
afterEach(() => vi.restoreAllMocks())

const told = (p: Promise<{ message: string }>) =>
  p.then(
    (r) => r.message,
    (e: Error) => `error: ${e.message}`
  )

describe('after the server took the mail', () => {
  it('a write the disk refuses: the user is told it was sent, the copy is in Sent, and nothing goes twice', async () => {
    const env = await setUp(servers())
    try {
      const store = env.services.mail.ctx.store
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      const update = store.outbox.update.bind(store.outbox)
      let failed = false
      vi.spyOn(store.outbox, 'update').mockImplementation(async (id, change) => {
        if (!failed && change(structuredClone(store.outbox.current(id)!)).state === 'sent') {
          failed = true
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
        }
        return update(id, change)
      })
      const first = await told(env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id })))
      expect(first).toMatch(/^Sent the thank-you to Dana, but Afterview could not note that it did \(ENOSPC/)
      expect(await countInFolder(servers(), 'candidate', 'Sent', view.draft.messageId)).toBe(1)
      const again = await told(env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id })))
      expect(again).not.toMatch(/^error|not sent/)
      expect(deliveredWith(servers(), view.draft.messageId)).toHaveLength(1)
    } finally {
      env.services.dispose()
      env.cleanup()
    }
  })

  it("another process holding the application's lock: still told it was sent", async () => {
    const env = await setUp(servers())
    try {
      const store = env.services.mail.ctx.store
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      vi.spyOn(store.applications, 'update').mockRejectedValueOnce(
        new AfterviewError('store_locked', 'Another Afterview window or command is saving the same data and has not finished.')
      )
      const first = await told(env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id })))
      expect(first).toMatch(/^Sent the thank-you to Dana/)
      expect(deliveredWith(servers(), view.draft.messageId)).toHaveLength(1)
    } finally {
      env.services.dispose()
      env.cleanup()
    }
  })
})
