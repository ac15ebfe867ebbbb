/**
 * A send that failed keeps its outbox record. When the user then picks another account in
 * "From" and presses Send, the mail goes out through that account (its server, its login, its
 * envelope), as the From header says; and with the failing account removed meanwhile, the
 * send is never left "being sent right now" for good. Real SMTP (smtp-server) and Dovecot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { deliveredWith, setUp } from './send-fixture'

let mail: MailServers
beforeAll(async () => {
  mail = await startMailServers({ users: ['zoe'] })
})
afterAll(async () => {
  await mail?.stop()
}, 90_000)

async function addSecondAccount(env: Awaited<ReturnType<typeof setUp>>) {
  const added = await env.services.addAccount(
    parseInput('addAccount', {
      fields: {
        email: `zoe@${mail.domain}`,
        user: 'zoe',
        displayName: 'Zoë Brandt',
        allowSelfSigned: true,
        imap: { host: '127.0.0.1', port: mail.imap.port, security: 'starttls' },
        smtp: { host: '127.0.0.1', port: mail.smtp.port, security: 'starttls' }
      },
      password: mail.password,
      trustCertificate: mail.certFingerprint256
    })
  )
  return added.account.id
}

describe('changing From after a failed send', () => {
  it('the retry goes out through the account the user chose', async () => {
    const env = await setUp(mail)
    try {
      const second = await addSecondAccount(env)
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      expect(view.draft.accountId).not.toBe(second)
      mail.smtp.failNext({ afterData: 'reject', code: 554, message: 'Sender blocked' })
      await expect(env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))).rejects.toThrow(/was not sent/)
      // The user picks the other account in "From" and presses Send again.
      await env.services.saveDraft(parseInput('saveDraft', { draftId: view.draft.id, patch: { accountId: second } }))
      const result = await env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))
      expect(result.record?.state).toBe('sent')
      const [delivered] = deliveredWith(mail, view.draft.messageId)
      expect(delivered.raw.toString('utf8')).toContain(`zoe@${mail.domain}`) // the From header is the new account
      expect({ authUser: delivered.authUser, mailFrom: delivered.envelope.mailFrom }).toEqual({
        authUser: 'zoe',
        mailFrom: `zoe@${mail.domain}`
      })
    } finally {
      env.services.dispose()
      env.cleanup()
    }
  })

  it('after removing the failing account, the send is not stuck as "being sent right now"', async () => {
    const env = await setUp(mail)
    try {
      const second = await addSecondAccount(env)
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      const first = view.draft.accountId!
      mail.smtp.failNext({ afterData: 'reject', code: 554, message: 'Sender blocked' })
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
      expect({ attempt, again, delivered: deliveredWith(mail, view.draft.messageId).length }).toEqual({
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
