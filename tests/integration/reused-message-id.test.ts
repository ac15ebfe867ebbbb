/**
 * A hiring system that gives every mail about one application the same Message-ID (RFC 5322 says each is unique; some
 * systems do not care). The interview invitation that came days after the acknowledgement, under its id, was dropped
 * as mail already filed: the scan skipped any id on the timeline, and filing kept one mail per id. Real Dovecot.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'
import { setUp } from './send-fixture'

const DAY = 86_400_000
let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const me = () => `candidate@${w.mail.domain}`
const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }
/** As the hiring system wrote it (its case kept: an answer threads to it as written). */
const SHARED_ID = '<Application-4711@Careers.AcmeRobotics.test>'

function acknowledgement(date: Date): string {
  return makeMessage({
    from: { name: 'Acme Robotics Careers', address: 'careers@acmerobotics.test' },
    to: me(),
    subject: 'We received your application',
    messageId: SHARED_ID,
    date,
    body: 'Thank you for applying for the Engineer position. We will review your application and get back to you.'
  })
}

function invitation(date: Date): string {
  return makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: me(),
    subject: 'Interview invitation',
    messageId: SHARED_ID,
    date,
    body: 'We would like to invite you to an interview. Could you come in on Tuesday at 10:00? Please let me know.'
  })
}

/** Mail of no interest, so that the pass reads more than a few messages and fetches bodies apart from headers. */
async function deliverOtherMail(count: number): Promise<void> {
  for (let i = 0; i < count; i++)
    await w.mail.deliver(
      'candidate',
      makeMessage({ from: `friend${i}@mail.test`, to: me(), subject: `Dinner on Friday ${i}`, body: 'See you there.' })
    )
}

const subjects = (acme: string) => w.filedOn(acme).map((m) => m.subject)
const opened = async (acme: string, messageId: string) => (await w.services.getMessage({ applicationId: acme, messageId })).subject

describe('a mail that reuses the Message-ID of mail already filed', () => {
  it('is filed, opens in full as itself, and is answered in its thread', async () => {
    const acme = await w.track(ACME)
    const account = await w.connectAndSync()
    await w.mail.deliver('candidate', acknowledgement(new Date(Date.now() - 3 * DAY)))
    await w.services.mail.sync.syncOnce([account])
    expect(subjects(acme)).toEqual(['We received your application'])
    await w.mail.deliver('candidate', invitation(new Date(Date.now() - 60_000)))
    await w.services.mail.sync.syncOnce([account])
    const [ack, invite] = w.filedOn(acme)
    expect([ack?.subject, invite?.subject]).toEqual(['We received your application', 'Interview invitation'])
    expect(invite!.category).toBe('interview_request')
    // Each opens as itself, though both carry the same Message-ID.
    expect(await opened(acme, ack!.messageId)).toBe('We received your application')
    expect(await opened(acme, invite!.messageId)).toBe('Interview invitation')
    // The answer to Dana threads to the id her mail has, as written, not to one the app made up.
    const { actions } = await w.services.getOverview({})
    const answer = actions.find((a) => a.applicationId === acme && a.to?.email === 'dana@acmerobotics.test')
    expect(answer, JSON.stringify(actions)).toBeDefined()
    const view = await w.services.openDraft(parseInput('openDraft', { applicationId: acme, actionKey: answer!.key }))
    expect(view.draft.inReplyTo).toBe(SHARED_ID)
    // Later passes, and retroactive filing after the application changed, file neither again.
    await w.services.mail.sync.syncOnce([account])
    await w.services.updateApplication(parseInput('updateApplication', { id: acme, fields: { role: 'Robotics Engineer' } }))
    await w.services.mail.sync.fileEarlier([account])
    expect(subjects(acme)).toEqual(['We received your application', 'Interview invitation'])
  }, 120_000)

  it('opens in full as itself when the first mail with its id was not filed', async () => {
    const acme = await w.track(ACME)
    const account = await w.connectAndSync()
    // A job board's notice came first under the id, from nobody the application knows: read, not filed.
    const notice = makeMessage({
      from: 'alerts@jobs-board.test',
      to: me(),
      subject: 'New jobs for you',
      messageId: SHARED_ID,
      date: new Date(Date.now() - 3 * DAY),
      body: 'Ten new jobs match your search.'
    })
    await w.mail.deliver('candidate', notice)
    await w.mail.deliver('candidate', invitation(new Date(Date.now() - 60_000)))
    await w.services.mail.sync.syncOnce([account])
    const [invite] = w.filedOn(acme)
    expect(w.filedOn(acme).map((m) => m.subject)).toEqual(['Interview invitation'])
    expect(await opened(acme, invite!.messageId)).toBe('Interview invitation')
  }, 120_000)

  it('is filed when both come in the first sync, among other mail', async () => {
    const acme = await w.track(ACME)
    await deliverOtherMail(15)
    await w.mail.deliver('candidate', acknowledgement(new Date(Date.now() - 3 * DAY)))
    await deliverOtherMail(10)
    await w.mail.deliver('candidate', invitation(new Date(Date.now() - 60_000)))
    await w.connectAndSync()
    expect(subjects(acme)).toEqual(['We received your application', 'Interview invitation'])
  }, 120_000)

  it('is filed when both come in one pass of a few new mails', async () => {
    const acme = await w.track(ACME)
    const account = await w.connectAndSync()
    await w.mail.deliver('candidate', acknowledgement(new Date(Date.now() - 3 * DAY)))
    await w.mail.deliver('candidate', invitation(new Date(Date.now() - 60_000)))
    await w.services.mail.sync.syncOnce([account])
    expect(subjects(acme)).toEqual(['We received your application', 'Interview invitation'])
  }, 120_000)

  it('is filed when the user adds the application after both came', async () => {
    const account = await w.connectAndSync()
    await w.mail.deliver('candidate', acknowledgement(new Date(Date.now() - 3 * DAY)))
    await w.mail.deliver('candidate', invitation(new Date(Date.now() - 60_000)))
    await w.services.mail.sync.syncOnce([account]) // nothing tracked yet: both read, nothing filed
    const acme = await w.track(ACME)
    await w.services.mail.sync.fileEarlier([account]) // as the app does when it saves one
    expect(subjects(acme)).toEqual(['We received your application', 'Interview invitation'])
    await w.services.mail.sync.syncOnce([account])
    expect(subjects(acme)).toEqual(['We received your application', 'Interview invitation'])
  }, 120_000)

  it('is filed when the acknowledgement came before the application was added and the invitation after', async () => {
    const account = await w.connectAndSync()
    await w.mail.deliver('candidate', acknowledgement(new Date(Date.now() - 3 * DAY)))
    await w.services.mail.sync.syncOnce([account])
    await w.mail.deliver('candidate', invitation(new Date(Date.now() - 60_000)))
    await w.services.mail.sync.syncOnce([account])
    const acme = await w.track(ACME)
    await w.services.mail.sync.fileEarlier([account])
    expect(subjects(acme)).toEqual(['We received your application', 'Interview invitation'])
  }, 120_000)

  it('is one mail when it is the same mail twice (the same date): filed once', async () => {
    const acme = await w.track(ACME)
    const sent = new Date(Date.now() - 2 * DAY)
    // A copy delivered twice (a forwarding rule, a list): same id, same Date header.
    await seedMaildir(w.mail, 'candidate', [
      { raw: invitation(sent), date: sent },
      { raw: invitation(sent), date: new Date(sent.getTime() + 5 * 60_000) }
    ])
    await w.connectAndSync()
    expect(subjects(acme)).toEqual(['Interview invitation'])
  }, 120_000)
})

describe('a mail the user sent from Afterview', () => {
  it('is one entry when its copy in Sent is read, though its Date header is not when it was recorded as sent', async () => {
    const env = await setUp(w.mail)
    try {
      // A real clock: the Date header is written to the second, before the server takes the mail; the timeline records
      // the moment it was sent, with its milliseconds.
      env.clock.now += 456
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      const sent = await env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))
      expect(sent.record?.state).toBe('sent')
      env.clock.now += 2_000
      const account = env.services.mail.ctx.store.accounts.all()[0]!
      await env.services.mail.sync.syncOnce([account]) // reads the copy in Sent
      const filed = env.services.mail.ctx.store.applications
        .get(env.applicationId)!
        .events.flatMap((e) => (e.message?.direction === 'out' ? [e.message.subject] : []))
      expect(filed).toEqual([view.draft.subject])
    } finally {
      env.services.dispose()
      env.cleanup()
    }
  }, 120_000)
})
