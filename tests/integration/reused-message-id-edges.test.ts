/**
 * Where telling two mails with one Message-ID apart (reused-id.ts) could go wrong, found by a review of the first
 * version, each failing then: mail sent from Afterview and its copy in Sent, copies of a mail without a readable or
 * zoned Date header, mail filed by the version before, an answer's thread, two processes filing at once, "Open in
 * full" after the first mail was archived, and a reply to a mail filed under an id made for it. Real Dovecot.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage, seedMaildir } from '../support/maildir'
import { servicesIn, startMailWorld, type MailWorld } from '../support/services'
import { parseMessage } from '../../src/main/mail/parse-message'
import { applicationWrites } from '../../src/main/store/application-writes'

const DAY = 86_400_000
let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const me = () => `candidate@${w.mail.domain}`
const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }
const DANA = [{ name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }]

describe('mail sent from Afterview', () => {
  it('an answer sent from Afterview is on the timeline once after the next sync', async () => {
    const acme = await w.track(ACME, DANA)
    const account = await w.connectAndSync()
    await w.mail.deliver(
      'candidate',
      makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
        to: me(),
        subject: 'Interview invitation',
        messageId: '<invite-1@acmerobotics.test>',
        date: new Date(Date.now() - 60_000),
        body: 'We would like to invite you to an interview. Could you come in on Tuesday at 10:00? Please let me know.'
      })
    )
    await w.services.mail.sync.syncOnce([account])
    const { actions } = await w.services.getOverview({})
    const answer = actions.find((a) => a.applicationId === acme && a.to?.email === 'dana@acmerobotics.test')
    expect(answer, JSON.stringify(actions)).toBeDefined()
    const view = await w.services.openDraft(parseInput('openDraft', { applicationId: acme, actionKey: answer!.key }))
    await w.services.saveDraft(
      parseInput('saveDraft', { draftId: view.draft.id, patch: { body: 'Tuesday at 10:00 works for me.\nZoë\n' } })
    )
    const sent = await w.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))
    expect(sent.record?.state).toBe('sent')
    await w.services.mail.sync.syncOnce([account])
    const out = w.filedOn(acme).filter((m) => m.direction === 'out')
    expect(out.map((m) => m.messageId)).toEqual([view.draft.messageId])
  }, 120_000)
})

const SHARED_ID = '<Application-4711@Careers.AcmeRobotics.test>'
const subjects = (acme: string) => w.filedOn(acme).map((m) => m.subject)
function invitation(date: Date, messageId = SHARED_ID): string {
  return makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: me(),
    subject: 'Interview invitation',
    messageId,
    date,
    body: 'We would like to invite you to an interview. Could you come in on Tuesday at 10:00? Please let me know.'
  })
}
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
const withoutDate = (raw: string) => raw.replace(/^Date: .*\r\n/m, '')
const withDate = (raw: string, date: string) => raw.replace(/^Date: .*\r\n/m, `Date: ${date}\r\n`)

describe('copies of one mail', () => {
  it('the same mail delivered twice, without a Date header, is filed once', async () => {
    const acme = await w.track(ACME)
    const arrived = new Date(Date.now() - 2 * DAY)
    const raw = withoutDate(invitation(arrived, '<no-date-1@acmerobotics.test>'))
    await seedMaildir(w.mail, 'candidate', [
      { raw, date: arrived },
      { raw, date: new Date(arrived.getTime() + 5 * 60_000) } // the copy a forwarding rule delivered 5 minutes later
    ])
    await w.connectAndSync()
    expect(subjects(acme)).toEqual(['Interview invitation'])
  }, 120_000)

  it('the same mail with an unreadable Date header, its copy coming in a later pass, is filed once', async () => {
    const acme = await w.track(ACME)
    const arrived = new Date(Date.now() - 2 * DAY)
    const raw = withDate(invitation(arrived, '<bad-date-1@acmerobotics.test>'), 'Tuesday morning')
    await seedMaildir(w.mail, 'candidate', [{ raw, date: arrived }])
    const account = await w.connectAndSync()
    expect(subjects(acme)).toEqual(['Interview invitation'])
    await w.mail.deliver('candidate', raw) // the same mail again (a forwarding rule, a list)
    await w.services.mail.sync.syncOnce([account])
    expect(subjects(acme)).toEqual(['Interview invitation'])
  }, 120_000)
})

describe('mail filed by the version before', () => {
  it('a mail with an unreadable Date header filed by the version before is not filed again when the application changes', async () => {
    const acme = await w.track(ACME)
    const arrived = new Date(Date.now() - 2 * DAY)
    const raw = withDate(invitation(arrived, '<bad-date-2@acmerobotics.test>'), 'Tuesday morning')
    await seedMaildir(w.mail, 'candidate', [{ raw, date: arrived }])
    const account = await w.connectAndSync()
    expect(subjects(acme)).toEqual(['Interview invitation'])
    // As the version before 2fb9947e filed it (run at ac8a6f87: "arrived 2026-12-05T07:00:33.599Z filed at
    // 2026-12-07T07:00:34.346Z"): mailparser dated the unreadable Date header as the moment it parsed the mail.
    const store = w.services.mail.ctx.store
    const parsedAt = new Date().toISOString()
    await applicationWrites({ store, now: Date.now }).change(acme, (app) => {
      for (const e of app.events) if (e.message) e.at = parsedAt
    })
    // The user corrects the role: the app files earlier mail that may match now.
    await w.services.updateApplication(parseInput('updateApplication', { id: acme, fields: { role: 'Robotics Engineer' } }))
    await w.services.mail.sync.fileEarlier([account])
    expect(subjects(acme)).toEqual(['Interview invitation'])
  }, 120_000)
})

describe('answers', () => {
  it("a thank-you offered in the interview's thread threads to the id the invitation has, not to a made-up one", async () => {
    const acme = await w.track({ ...ACME, stage: 'interviewing' }, DANA)
    const account = await w.connectAndSync()
    await w.mail.deliver('candidate', acknowledgement(new Date(Date.now() - 3 * DAY)))
    await w.services.mail.sync.syncOnce([account])
    await w.mail.deliver('candidate', invitation(new Date(Date.now() - DAY)))
    await w.services.mail.sync.syncOnce([account])
    expect(subjects(acme)).toEqual(['We received your application', 'Interview invitation'])
    const app = (await w.services.getApplication(parseInput('getApplication', { id: acme }))).application
    const detail = await w.services.saveInterview(
      parseInput('saveInterview', {
        applicationId: acme,
        interview: {
          startsAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
          durationMinutes: 45,
          contactIds: [app.contacts[0]!.id],
          topics: 'the robot arm',
          timelineGiven: false
        }
      })
    )
    const thankYou = detail.actions.find((a) => a.kind === 'thank_you')
    expect(thankYou, JSON.stringify(detail.actions)).toBeDefined()
    const view = await w.services.openDraft(parseInput('openDraft', { applicationId: acme, actionKey: thankYou!.key }))
    expect(view.draft.threadOption?.subject).toBe('Interview invitation')
    // "Reply in the interview's thread": the In-Reply-To that goes out.
    const threaded = await w.services.saveDraft(parseInput('saveDraft', { draftId: view.draft.id, patch: { useThread: true } }))
    expect(threaded.draft.inReplyTo).toBe(SHARED_ID)
    expect(threaded.draft.references).toEqual([SHARED_ID])
  }, 120_000)
})

describe('two processes', () => {
  it('the invitation read by one process while the other files the acknowledgement under the same id is filed', async () => {
    const acme = await w.track(ACME)
    const cli = servicesIn(w.data.dir) // `afterview sync` beside the app, on the same data folder
    try {
      const ack = await parseMessage(acknowledgement(new Date(Date.now() - 3 * DAY)))
      const invite = await parseMessage(invitation(new Date(Date.now() - 60_000)))
      const match = { applicationId: acme, direction: 'in' as const, reason: 'from Acme Robotics', strength: 'domain' as const }
      // The CLI's scan reads the invitation's headers: no mail has its id yet, so it keeps it.
      cli.mail.sync.filer.refreshIfChanged()
      const asRead = cli.mail.sync.filer.distinct(invite, new Map())
      expect(asRead.messageId).toBe(SHARED_ID)
      // Meanwhile the app files the acknowledgement (its own pass over the same mailbox).
      expect((await w.services.mail.sync.filer.fileMany([{ match, message: ack }], 'acct')).filed).toHaveLength(1)
      // The CLI then files what it read.
      const result = await cli.mail.sync.filer.fileMany([{ match, message: asRead }], 'acct')
      // As the data folder holds it now (this process's store does not look at the file again on its own).
      const fresh = servicesIn(w.data.dir)
      try {
        const filed = fresh.mail.ctx.store.applications.get(acme)!.events.flatMap((e) => (e.message ? [e.message] : []))
        expect(filed.map((m) => m.subject)).toEqual(['We received your application', 'Interview invitation'])
        expect(filed[1]!.originalMessageId).toBe(SHARED_ID)
      } finally {
        fresh.dispose()
      }
      expect(result.filed.length + result.failed.length).toBe(1)
    } finally {
      cli.dispose()
    }
  }, 120_000)
})

describe('open in full', () => {
  it('the acknowledgement, archived out of the INBOX, does not open as the invitation that has its id', async () => {
    const acme = await w.track(ACME)
    const account = await w.connectAndSync()
    await w.mail.deliver('candidate', acknowledgement(new Date(Date.now() - 3 * DAY)))
    await w.services.mail.sync.syncOnce([account])
    await w.mail.deliver('candidate', invitation(new Date(Date.now() - 60_000)))
    await w.services.mail.sync.syncOnce([account])
    const [ack, invite] = w.filedOn(acme)
    expect([ack?.subject, invite?.subject]).toEqual(['We received your application', 'Interview invitation'])
    // The user archives the acknowledgement (moves it out of the INBOX).
    const client = await w.mail.imapClient('candidate')
    try {
      await client.mailboxCreate('Archive').catch(() => undefined)
      await client.mailboxOpen('INBOX')
      const uids = (await client.search({ subject: 'We received your application' }, { uid: true })) || []
      expect(uids).toHaveLength(1)
      await client.messageMove(String(uids[0]), 'Archive', { uid: true })
    } finally {
      await client.logout()
    }
    const opened = await w.services
      .getMessage({ applicationId: acme, messageId: ack!.messageId })
      .then((m) => m.subject)
      .catch((e: Error) => `not found: ${e.message}`)
    expect(opened).not.toBe('Interview invitation')
  }, 120_000)
})

describe('a Date header without a zone', () => {
  it('is filed once when the computer is in another time zone at a full rescan (travel)', async () => {
    const tz = process.env.TZ
    try {
      process.env.TZ = 'Europe/Berlin'
      const acme = await w.track(ACME)
      const sent = new Date(Date.now() - 2 * DAY)
      // "Mon, 30 Nov 2026 09:00:00": no +0000, as some mailers write it; read as local time.
      const raw = withDate(invitation(sent, '<no-zone-1@acmerobotics.test>'), 'Mon, 30 Nov 2026 09:00:00')
      await seedMaildir(w.mail, 'candidate', [{ raw, date: sent }])
      const account = await w.connectAndSync()
      expect(subjects(acme)).toEqual(['Interview invitation'])
      process.env.TZ = 'America/New_York' // the user flew to an interview
      await w.mail.resetUidValidity('candidate') // and the server renumbered the INBOX: the sync reads it again
      await w.services.mail.sync.syncOnce([account])
      expect(subjects(acme)).toEqual(['Interview invitation'])
    } finally {
      if (tz === undefined) delete process.env.TZ
      else process.env.TZ = tz
    }
  }, 120_000)
})

describe('replies to a mail filed under a made id', () => {
  it('a reply to the invitation from the hiring manager (replying to all, from a personal address) is filed by its thread', async () => {
    const acme = await w.track(ACME, DANA)
    const account = await w.connectAndSync()
    // An acknowledgement from a job board under the same id (read for its subject, matched to nothing, not filed),
    // then Dana's invitation: both in one pass.
    await w.mail.deliver(
      'candidate',
      makeMessage({
        from: 'no-reply@jobs-board.test',
        to: me(),
        subject: 'Thank you for your application',
        messageId: SHARED_ID,
        date: new Date(Date.now() - 3 * DAY),
        body: 'Thank you for applying through Jobs Board. The employer will be in touch.'
      })
    )
    await w.mail.deliver('candidate', invitation(new Date(Date.now() - DAY)))
    await w.services.mail.sync.syncOnce([account])
    expect(subjects(acme)).toEqual(['Interview invitation'])
    // The hiring manager, copied on the invitation, answers all from a personal address, in its thread.
    await w.mail.deliver(
      'candidate',
      makeMessage({
        from: { name: 'Sam Ortiz', address: 'sam.ortiz@personal-mail.test' },
        to: me(),
        subject: 'Re: Interview invitation',
        inReplyTo: SHARED_ID,
        date: new Date(Date.now() - 60_000),
        body: 'Writing from my phone: could we make it 11:00 instead of 10:00 on Tuesday? I would like to join.'
      })
    )
    await w.services.mail.sync.syncOnce([account])
    expect(subjects(acme)).toEqual(['Interview invitation', 'Re: Interview invitation'])
  }, 120_000)
})
