/**
 * Sending a follow-up through the same service methods the window calls, against the real
 * test Dovecot + SMTP server: the thank-you arrives with the right headers, exactly one copy
 * lands in Sent, the action is done, a reply to it is matched by thread, and a double
 * submit (one window or two processes' worth of services) still sends one mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import type { AppServices } from '../../src/main/services'
import { parseMessage } from '../../src/main/mail/parse-message'
import { matchMessage } from '../../src/shared/core/matcher'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { countInFolder, deliveredWith, fetchRaw, openServices, setUp } from './send-fixture'

let mail: MailServers
let env: Awaited<ReturnType<typeof setUp>>
let services: AppServices

beforeAll(async () => {
  mail = await startMailServers()
  env = await setUp(mail)
  services = env.services
})
afterAll(async () => {
  services?.dispose()
  await mail?.stop()
  env?.cleanup()
})

describe('sending a thank-you', () => {
  let messageId = ''

  it('opens a ready draft for the action: To Dana, its own thread, the Message-ID fixed', async () => {
    const view = await services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
    messageId = view.draft.messageId
    expect(view.draft.to).toEqual([`interviewer@${mail.domain}`])
    expect(view.draft.inReplyTo).toBeUndefined()
    expect(view.draft.subject).toBe('Thank you — Data Engineer interview')
    expect(view.draft.body).toMatch(/^Hi Dana,/)
    expect(view.draft.body).toContain('Our conversation about the streaming pipeline')
    expect(messageId).toMatch(new RegExp(`^<[0-9a-f-]{36}@${mail.domain.replace('.', '\\.')}>$`))
    expect(view.cannotSend).toBeUndefined()
    const again = await services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
    expect(again.draft.id).toBe(view.draft.id)
    expect(again.draft.messageId).toBe(messageId)
  })

  it('sends it, delivered once with the right headers, one \\Seen copy in Sent, and the action done on the timeline', async () => {
    const view = await services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
    await services.saveDraft(
      parseInput('saveDraft', { draftId: view.draft.id, patch: { body: `${view.draft.body}\nP.S. Grüße aus Köln.\n` } })
    )
    const started = Date.now()
    const result = await services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(result.record?.state).toBe('sent')
    expect(result.message).toMatch(/^Sent the thank-you to Dana at \d{1,2}:\d{2} — a copy is in your Sent folder\.$/)

    const delivered = deliveredWith(mail, messageId)
    expect(delivered).toHaveLength(1)
    expect(delivered[0].deliveredTo).toEqual(['interviewer'])
    const inbox = await fetchRaw(mail, 'interviewer', 'INBOX', messageId)
    const parsed = await parseMessage(inbox.raw)
    expect(parsed.from?.address).toBe(`candidate@${mail.domain}`)
    expect(parsed.from?.name).toBe('Zoë Brandt')
    expect(parsed.to.map((a) => a.address)).toEqual([`interviewer@${mail.domain}`])
    expect(parsed.subject).toBe('Thank you — Data Engineer interview')
    expect(parsed.text).toContain('Hi Dana,')
    expect(parsed.text).toContain('Grüße aus Köln')
    expect(parsed.inReplyTo).toBeFalsy()

    expect(await countInFolder(mail, 'candidate', 'Sent', messageId)).toBe(1)
    const sent = await fetchRaw(mail, 'candidate', 'Sent', messageId)
    expect(sent.flags).toContain('\\Seen')
    expect(sent.raw).toBe(delivered[0].raw.toString('utf8'))

    const detail = await services.getApplication(parseInput('getApplication', { id: env.applicationId }))
    expect(detail.actions.some((a) => a.key === env.thankYouKey)).toBe(false)
    expect(detail.application.actions[env.thankYouKey]?.status).toBe('done')
    expect(detail.application.sentMessageIds).toContain(messageId)
    const out = detail.application.events.find((e) => e.message?.messageId === messageId)
    expect(out?.message?.direction).toBe('out')
    expect(await services.listOutbox(undefined)).toEqual([])
  })

  it('pressing Send again for the same draft says it already went out and sends nothing', async () => {
    const before = mail.smtp.received.length
    const drafts = await services.listOutbox(undefined)
    expect(drafts).toEqual([])
    const [record] = services.mail.ctx.store.outbox.all()
    const again = await services.sendDraft(parseInput('sendDraft', { draftId: record.id }))
    expect(again.message).toMatch(/^Sent the thank-you to Dana/)
    expect(mail.smtp.received.length).toBe(before)
  })

  it('a reply to it is matched to the application by its thread', async () => {
    const detail = await services.getApplication(parseInput('getApplication', { id: env.applicationId }))
    const reply = await parseMessage(
      [
        `From: Someone Else <hr@elsewhere.test>`,
        `To: candidate@${mail.domain}`,
        'Subject: Re: Thank you',
        `Message-ID: <reply-1@elsewhere.test>`,
        `In-Reply-To: ${messageId}`,
        `References: ${messageId}`,
        'Date: Wed, 18 Nov 2026 10:00:00 +0000',
        '',
        'Thanks, we will be in touch.',
        ''
      ].join('\r\n')
    )
    const match = matchMessage(reply, [detail.application], { userAddresses: [`candidate@${mail.domain}`] })
    expect(match?.applicationId).toBe(env.applicationId)
    expect(match?.strength).toBe('thread')
  })
})

describe('double submit', () => {
  it('two clicks at once send one mail, and both are told the truth', async () => {
    const { services: s, applicationId, thankYouKey, cleanup } = await setUp(mail)
    try {
      const view = await s.openDraft(parseInput('openDraft', { applicationId, actionKey: thankYouKey }))
      const results = await Promise.all([1, 2].map(() => s.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))))
      expect(deliveredWith(mail, view.draft.messageId)).toHaveLength(1)
      expect(results.map((r) => r.record?.state).sort()).toEqual(['sending', 'sent'])
      expect(results.find((r) => r.record?.state === 'sending')?.message).toMatch(/being sent right now .* will not be sent twice/)
      expect(await countInFolder(mail, 'candidate', 'Sent', view.draft.messageId)).toBe(1)
    } finally {
      s.dispose()
      cleanup()
    }
  })

  it('two service instances on one data folder (app and CLI) send one mail', async () => {
    const first = await setUp(mail)
    const second = openServices(first.dir, first.clock, first.secrets)
    try {
      const view = await first.services.openDraft(
        parseInput('openDraft', { applicationId: first.applicationId, actionKey: first.thankYouKey })
      )
      const results = await Promise.all(
        [first.services, second].map((s) => s.sendDraft(parseInput('sendDraft', { draftId: view.draft.id })))
      )
      expect(deliveredWith(mail, view.draft.messageId)).toHaveLength(1)
      expect(results.map((r) => r.record?.state)).toContain('sent')
      for (const r of results) expect(r.message).toMatch(/^Sent the thank-you to Dana|being sent right now .* will not be sent twice/)
      // Pressed again later in the second window, whose copy is older than the file (it saw "queued" or "sending"):
      // told the truth from the file, nothing sent.
      const late = await second.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))
      expect(late.message).toMatch(/^Sent the thank-you to Dana/)
      expect(deliveredWith(mail, view.draft.messageId)).toHaveLength(1)
      expect(await countInFolder(mail, 'candidate', 'Sent', view.draft.messageId)).toBe(1)
    } finally {
      second.dispose()
      first.services.dispose()
      first.cleanup()
    }
  })
})
