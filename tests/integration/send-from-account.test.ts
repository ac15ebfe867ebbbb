/**
 * A send that failed keeps its outbox record. When the user then picks another account in
 * "From" and presses Send, the mail goes out through that account (its server, its login, its
 * envelope), as the From header says; and with the failing account removed meanwhile, the
 * send is never left "being sent right now" for good. Real SMTP (smtp-server) and Dovecot.
 */
import { describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { addMailAccount, deliveredWith, setUp, useMailServers } from './send-fixture'

const servers = useMailServers({ users: ['zoe'] })

describe('changing From after a failed send', () => {
  it('the retry goes out through the account the user chose', async () => {
    const env = await setUp(servers())
    try {
      const second = await addMailAccount(env.services, servers(), 'zoe')
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      expect(view.draft.accountId).not.toBe(second)
      servers().smtp.failNext({ afterData: 'reject', code: 554, message: 'Sender blocked' })
      await expect(env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))).rejects.toThrow(/was not sent/)
      // The user picks the other account in "From" and presses Send again.
      await env.services.saveDraft(parseInput('saveDraft', { draftId: view.draft.id, patch: { accountId: second } }))
      const result = await env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))
      expect(result.record?.state).toBe('sent')
      const [delivered] = deliveredWith(servers(), view.draft.messageId)
      expect(delivered.raw.toString('utf8')).toContain(`zoe@${servers().domain}`) // the From header is the new account
      expect({ authUser: delivered.authUser, mailFrom: delivered.envelope.mailFrom }).toEqual({
        authUser: 'zoe',
        mailFrom: `zoe@${servers().domain}`
      })
    } finally {
      env.services.dispose()
      env.cleanup()
    }
  })

  it('after removing the failing account, the send is not stuck as "being sent right now"', async () => {
    const env = await setUp(servers())
    try {
      const second = await addMailAccount(env.services, servers(), 'zoe')
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      const first = view.draft.accountId!
      servers().smtp.failNext({ afterData: 'reject', code: 554, message: 'Sender blocked' })
      await expect(env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))).rejects.toThrow(/was not sent/)
      await env.services.saveDraft(parseInput('saveDraft', { draftId: view.draft.id, patch: { accountId: second } }))
      await env.services.removeAccount(parseInput('removeAccount', { id: first }))
      const attempt = await env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id })).then(
        (r) => r.message,
        (e: Error) => `error: ${e.message}`
      )
      const again = await env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id })).then(
        (r) => r.message,
        (e: Error) => `error: ${e.message}`
      )
      expect({ attempt, again, delivered: deliveredWith(servers(), view.draft.messageId).length }).toEqual({
        attempt: expect.stringMatching(/^Sent the thank-you/),
        again: expect.stringMatching(/^Sent the thank-you/),
        delivered: 1
      })
    } finally {
      env.services.dispose()
      env.cleanup()
    }
  })
})
