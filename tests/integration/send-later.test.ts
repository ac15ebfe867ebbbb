/**
 * Send later and replies, against the real test Dovecot + SMTP with a test clock: a
 * scheduled thank-you goes out at its time from the main process; one whose time passed
 * while the app was closed is asked about, never sent late on its own; an answer to an
 * interview request is threaded and refused while its availability is still unfilled.
 */
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { deliveredWith, fetchRaw, openServices, setUp } from './send-fixture'

let mail: MailServers
beforeAll(async () => {
  mail = await startMailServers()
})
afterAll(async () => {
  await mail?.stop()
})

const waitFor = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('send later', () => {
  it('"Send tomorrow at 9:00" goes out at 9:00 the next business morning, once', async () => {
    const env = await setUp(mail)
    const runtime = env.services.startOutbox({ tickMs: 40 })
    try {
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      expect(view.nextMorningLabel).toBe('Send tomorrow at 9:00')
      const scheduled = await env.services.scheduleDraft(parseInput('scheduleDraft', { draftId: view.draft.id, sendAt: 'next-morning' }))
      expect(scheduled.record?.state).toBe('scheduled')
      expect(scheduled.record?.sendAt).toBe('2026-11-18T08:00:00.000Z') // Wed 9:00 in Berlin
      expect(scheduled.message).toBe('Your thank-you to Dana will go out Wed 9:00.')
      await runtime.nextCheck() // the outbox looked after scheduling, and it is not time yet
      expect(deliveredWith(mail, view.draft.messageId)).toHaveLength(0)

      env.clock.now = Date.parse('2026-11-18T08:00:30Z')
      await waitFor(() => deliveredWith(mail, view.draft.messageId).length > 0)
      await waitFor(() => env.services.mail.ctx.store.outbox.get(view.draft.id)?.recorded === true)
      await runtime.nextCheck() // another look once it was sent and recorded: no second copy
      expect(deliveredWith(mail, view.draft.messageId)).toHaveLength(1)
      const detail = await env.services.getApplication(parseInput('getApplication', { id: env.applicationId }))
      expect(detail.application.actions[env.thankYouKey]?.status).toBe('done')
    } finally {
      runtime.stop()
      env.services.dispose()
      env.cleanup()
    }
  })

  it('a send missed while the app was closed is asked about at the next start: Send now / Edit / Cancel', async () => {
    const env = await setUp(mail)
    const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
    await env.services.scheduleDraft(parseInput('scheduleDraft', { draftId: view.draft.id, sendAt: 'next-morning' }))
    env.services.dispose()

    env.clock.now = Date.parse('2026-11-20T10:00:00Z') // Friday: two days late
    const restarted = openServices(env.dir, env.clock, env.secrets)
    const runtime = restarted.startOutbox({ tickMs: 40 })
    try {
      const report = await runtime.recovered
      expect(report.questions).toEqual([
        "This thank-you to Dana was scheduled for Wed 9:00 and hasn't gone out. Send now, edit it, or cancel?"
      ])
      await runtime.nextCheck() // the outbox has looked since it started: a late send waits for the user
      expect(deliveredWith(mail, view.draft.messageId)).toHaveLength(0)
      expect((await restarted.listOutbox(undefined)).map((r) => r.state)).toEqual(['overdue-needs-confirmation'])

      const edit = await restarted.resolveSend(parseInput('resolveSend', { draftId: view.draft.id, choice: 'edit' }))
      expect(edit.message).toMatch(/back in your drafts/)
      expect((await restarted.getDraft(parseInput('getDraft', { draftId: view.draft.id }))).outbox).toBeUndefined()

      await restarted.scheduleDraft(
        parseInput('scheduleDraft', { draftId: view.draft.id, sendAt: new Date(env.clock.now + 3_600_000).toISOString() })
      )
      env.clock.now += 3 * 86_400_000
      await waitFor(() => restarted.mail.ctx.store.outbox.get(view.draft.id)?.state === 'overdue-needs-confirmation')
      const sent = await restarted.resolveSend(parseInput('resolveSend', { draftId: view.draft.id, choice: 'send_now' }))
      expect(sent.record?.state).toBe('sent')
      expect(deliveredWith(mail, view.draft.messageId)).toHaveLength(1)
    } finally {
      runtime.stop()
      restarted.dispose()
      env.cleanup()
    }
  })
})

describe('answering an interview request', () => {
  it('is threaded (In-Reply-To, References, Re:) and refused while [your availability?] is unfilled', async () => {
    const env = await setUp(mail)
    try {
      const store = env.services.mail.ctx.store
      const requestId = `<${randomUUID()}@acme.test>`
      await store.applications.update(env.applicationId, (app) => {
        app.actions[`thank_you:${app.interviews[0].id}`] = { status: 'done', at: '2026-11-17T16:00:00Z' }
        app.events.push({
          id: 'e-request',
          at: '2026-11-18T09:00:00Z',
          type: 'message',
          text: 'Interview request',
          message: {
            messageId: requestId,
            direction: 'in',
            from: `Dana Søndergaard <interviewer@${mail.domain}>`,
            to: [`candidate@${mail.domain}`],
            subject: 'Second round with the team',
            snippet: 'Could you do Thursday or Friday?',
            reason: 'known contact',
            category: 'interview_request',
            automatic: false
          }
        })
        return app
      })
      env.clock.now = Date.parse('2026-11-18T10:00:00Z')
      const detail = await env.services.getApplication(parseInput('getApplication', { id: env.applicationId }))
      const answer = detail.actions.find((a) => a.kind === 'answer')!
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: answer.key }))
      expect(view.draft.subject).toBe('Re: Second round with the team')
      expect(view.draft.inReplyTo).toBe(requestId)
      expect(view.cannotSend).toMatch(/your availability .*\[your availability\?\]/)
      await expect(env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))).rejects.toMatchObject({
        code: 'invalid_input'
      })
      expect(deliveredWith(mail, view.draft.messageId)).toHaveLength(0)

      await env.services.saveDraft(
        parseInput('saveDraft', {
          draftId: view.draft.id,
          patch: { body: view.draft.body.replace('{{availability}}', 'Thursday 10:00–12:00 or Friday afternoon') }
        })
      )
      const result = await env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))
      expect(result.record?.state).toBe('sent')
      const { raw } = await fetchRaw(mail, 'interviewer', 'INBOX', view.draft.messageId)
      expect(raw).toContain(`In-Reply-To: ${requestId}`)
      expect(raw).toContain(`References: ${requestId}`)
      expect(raw).toContain('Subject: Re: Second round with the team')
      expect(raw).not.toContain('{{')
    } finally {
      env.services.dispose()
      env.cleanup()
    }
  })
})
