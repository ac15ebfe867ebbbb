/**
 * Forged senders against the real Dovecot: a reply in the thread of the user's thank-you,
 * but from an unknown address at a foreign domain (with the contact's name in its display
 * name), is filed as "unverified sender", raises no offer or rejection proposal and no
 * close-out, and the draft answering it goes to the known contact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import type { AppServices } from '../../src/main/services'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { makeMessage, seedMaildir } from '../support/maildir'
import { INTERVIEW_END, setUp } from './send-fixture'

let mail: MailServers
let env: Awaited<ReturnType<typeof setUp>>
let services: AppServices
let thankYouId = ''
const OFFER = '<forged-offer@attacker.test>'
const REJECTION = '<forged-rejection@attacker.test>'

beforeAll(async () => {
  mail = await startMailServers()
  env = await setUp(mail)
  services = env.services
  const view = await services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
  thankYouId = view.draft.messageId
  expect((await services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))).record?.state).toBe('sent')
  const at = (min: number) => new Date(INTERVIEW_END + min * 60_000)
  await seedMaildir(mail, 'candidate', [
    {
      raw: makeMessage({
        from: { name: `Dana Søndergaard interviewer@${mail.domain}`, address: 'dana@attacker.test' },
        to: `candidate@${mail.domain}`,
        subject: 'Re: Thank you — Data Engineer interview',
        messageId: OFFER,
        inReplyTo: thankYouId,
        date: at(90),
        body: 'We are delighted to offer you the position of Data Engineer! Please reply with your bank details to receive your signing bonus.'
      }),
      date: at(90)
    },
    {
      raw: makeMessage({
        from: { name: 'Acme Recruiting', address: 'hr@acme-careers.example' },
        to: `candidate@${mail.domain}`,
        subject: 'Re: Thank you — Data Engineer interview',
        messageId: REJECTION,
        references: [thankYouId],
        date: at(85),
        body: 'Unfortunately we have decided not to move forward with your application.'
      }),
      date: at(85)
    }
  ])
}, 120_000)

afterAll(async () => {
  services?.dispose()
  await mail?.stop()
  env?.cleanup()
})

describe('a thread reply from a stranger', () => {
  it('is filed as an unverified sender, with the reason', async () => {
    await services.mail.sync.syncOnce(services.mail.ctx.store.accounts.all())
    const app = (await services.getApplication({ id: env.applicationId })).application
    for (const id of [OFFER, REJECTION]) {
      const m = app.events.find((e) => e.message?.messageId === id)?.message
      expect(m, id).toBeDefined()
      expect(m!.unverifiedSender).toBe(true)
      expect(m!.reason).toMatch(/neither a contact nor an address of Acme Robotics: unverified sender/)
    }
  }, 60_000)

  it('raises no offer or rejection proposal, and the stage stays as it was', async () => {
    const queue = await services.listProposals({ status: 'all' })
    expect(queue.proposals.filter((p) => p.kind === 'move_to_offer' || p.kind === 'close_application')).toEqual([])
    const detail = await services.getApplication({ id: env.applicationId })
    expect(detail.application.stage).toBe('interviewing')
    expect(detail.actions.some((a) => a.kind === 'close_out')).toBe(false)
  })

  it('gets a draft addressed to the known contact, not to the stranger', async () => {
    const detail = await services.getApplication({ id: env.applicationId })
    const answer = detail.actions.find((a) => a.replyToMessageId === OFFER || a.replyToMessageId === REJECTION)
    expect(answer, JSON.stringify(detail.actions.map((a) => [a.kind, a.replyToMessageId]))).toBeDefined()
    const view = await services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: answer!.key }))
    expect(view.draft.to).toEqual([`interviewer@${mail.domain}`])
    expect(view.draft.to.join()).not.toMatch(/attacker|acme-careers/)
  })
})
