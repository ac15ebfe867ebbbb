/**
 * The services as the app runs them, on a real data directory: mail filed by the sync's
 * filer goes through the review hook. An employer's reply cancels the pending "no reply"
 * follow-up and adds the planner's next step; an out-of-office does not. A calendar invite
 * becomes a proposed interview; accepting it creates the interview and, once it ended, the
 * thank-you. Rejections never apply themselves, even with auto-apply on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { createReview } from '../../src/main/review/engine'
import { parseMessage } from '../../src/main/mail/parse-message'
import { tempDataDir } from '../support/temp-dir'
import { inviteMail, plainMail } from './review-mail'

const ME = 'jordan@candidate.test'
const DANA = { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' }
const NOW = Date.parse('2026-11-25T12:00:00Z')
let data: ReturnType<typeof tempDataDir>
let services: AppServices
let now = NOW
let appId = ''

async function deliver(raw: string): Promise<void> {
  const message = await parseMessage(raw)
  const match = services.mail.sync.filer.match(message, [ME])
  expect(match?.applicationId).toBe(appId)
  await services.mail.sync.filer.file(match!, message, 'acct-1')
}
const kinds = async () => (await services.getApplication({ id: appId })).actions.map((a) => a.kind)
const overviewKinds = async (at: number) =>
  (await services.getOverview(parseInput('getOverview', { at: new Date(at).toISOString() }))).actions
    .filter((a) => a.applicationId === appId)
    .map((a) => a.kind)

beforeEach(async () => {
  data = tempDataDir()
  now = NOW
  services = createServices({ store: openStore(data.dir), mode: 'browser', version: 'test', now: () => now, emit: () => {} })
  await services.updateSettings(parseInput('updateSettings', { planner: { timeZone: 'UTC' } }))
  appId = (
    await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Kestrel Harbor', role: 'Data Engineer', companyDomain: 'kestrelharbor.test', appliedAt: '2026-11-02' },
        contacts: [{ name: DANA.name, email: DANA.address }]
      })
    )
  ).application.id
})
afterEach(() => {
  services.dispose()
  data.cleanup()
})

describe('review on filing (services)', () => {
  it('an out-of-office keeps the "no reply" follow-up; the employer reply replaces it with "answer"', async () => {
    expect(await kinds()).toEqual(['application_follow_up'])
    await deliver(
      plainMail({
        from: DANA,
        to: ME,
        subject: 'Automatic reply: Data Engineer application',
        body: 'I am out of the office until December 1 with limited access to email.',
        date: new Date(NOW - 3600_000),
        messageId: '<ooo@kestrelharbor.test>',
        headers: { 'Auto-Submitted': 'auto-replied' }
      })
    )
    const ooo = (await services.getApplication({ id: appId })).application.events.find(
      (e) => e.message?.messageId === '<ooo@kestrelharbor.test>'
    )!.message!
    expect(ooo).toMatchObject({ category: 'unrelated', automatic: true, needsAnswer: false })
    expect(await kinds()).toEqual(['application_follow_up'])
    expect((await services.listProposals(undefined)).open).toBe(0)

    await deliver(
      plainMail({
        from: DANA,
        to: ME,
        subject: 'Your Data Engineer application',
        body: 'Hi Jordan,\n\nThanks for applying! We would like to invite you to an interview with our team. Could you share a few times that work for you next week?\n\nDana',
        date: new Date(NOW - 1800_000),
        messageId: '<reply@kestrelharbor.test>'
      })
    )
    const reply = (await services.getApplication({ id: appId })).application.events.find(
      (e) => e.message?.messageId === '<reply@kestrelharbor.test>'
    )!.message!
    expect(reply).toMatchObject({ category: 'interview_request', automatic: false, needsAnswer: true })
    const actions = (await services.getApplication({ id: appId })).actions
    expect(actions.map((a) => a.kind)).toEqual(['answer'])
    expect(actions[0].title).toBe('Answer Dana')
  })

  it('a calendar invite becomes a proposed interview; accepting it adds the interview with Dana, and the thank-you after it ends', async () => {
    const start = new Date('2026-11-27T15:00:00Z')
    await deliver(
      inviteMail({
        from: DANA,
        to: { name: 'Jordan', address: ME },
        summary: 'Kestrel Harbor - Data Engineer interview',
        start,
        minutes: 45,
        uid: 'kh-1@kestrelharbor.test',
        sentAt: new Date(NOW - 600_000),
        messageId: '<invite-1@kestrelharbor.test>'
      })
    )
    const queue = await services.listProposals(undefined)
    expect(queue.open).toBe(1)
    const [p] = queue.proposals
    expect(p).toMatchObject({
      kind: 'add_interview',
      applicationId: appId,
      status: 'open',
      fields: { startsAt: start.toISOString(), durationMinutes: 45, attendees: [{ name: DANA.name, email: DANA.address }] }
    })
    expect(p.summary).toBe('Add an interview on Fri, Nov 27 at 15:00 (45 min) with Dana Whitfield.')
    expect(p.evidence).toContain('calendar invite')
    expect(p.message).toMatchObject({
      subject: 'Invitation: Kestrel Harbor - Data Engineer interview',
      from: `${DANA.name} <${DANA.address}>`
    })

    const accepted = await services.acceptProposal({ id: p.id })
    expect(accepted.proposal.status).toBe('accepted')
    const app = (await services.getApplication({ id: appId })).application
    expect(app.interviews).toEqual([
      expect.objectContaining({ startsAt: start.toISOString(), durationMinutes: 45, contactIds: [app.contacts[0].id] })
    ])
    expect(app.stage).toBe('interviewing')
    expect((await services.listProposals(undefined)).open).toBe(0)
    expect(await overviewKinds(start.getTime() + 60 * 60_000)).toContain('thank_you')

    // The organizer moves it: same UID, new time → a proposal to move that interview.
    const later = new Date('2026-11-30T16:00:00Z')
    await deliver(
      inviteMail({
        from: DANA,
        to: { name: 'Jordan', address: ME },
        summary: 'Kestrel Harbor - Data Engineer interview',
        start: later,
        minutes: 45,
        uid: 'kh-1@kestrelharbor.test',
        sentAt: new Date(NOW - 300_000),
        messageId: '<invite-2@kestrelharbor.test>',
        sequence: 1
      })
    )
    const move = (await services.listProposals(undefined)).proposals[0]
    expect(move).toMatchObject({ kind: 'move_interview', fields: { interviewId: app.interviews[0].id, startsAt: later.toISOString() } })
    await services.acceptProposal({ id: move.id, fields: { startsAt: '2026-11-30T17:00:00Z' } })
    expect((await services.getApplication({ id: appId })).application.interviews[0].startsAt).toBe('2026-11-30T17:00:00Z')
  })

  it('a rejection waits for the user even with auto-apply on; an invite is applied; dismiss keeps the application as it was', async () => {
    await services.setReviewAutoApply({ autoApply: true })
    await deliver(
      plainMail({
        from: DANA,
        to: ME,
        subject: 'Your application',
        body: 'Hi Jordan,\n\nThank you for your time. Unfortunately, we have decided to move forward with other candidates whose experience more closely matches our needs.\n\nDana',
        date: new Date(NOW - 600_000),
        messageId: '<rej@kestrelharbor.test>'
      })
    )
    const [rejection] = (await services.listProposals(undefined)).proposals
    expect(rejection).toMatchObject({ kind: 'close_application', status: 'open', autoApplied: false })
    expect(rejection.evidence).toContain('move forward with other candidates')
    expect((await services.getApplication({ id: appId })).application.stage).toBe('applied')
    await services.dismissProposal({ id: rejection.id })
    expect((await services.listProposals(undefined)).open).toBe(0)
    expect((await services.getApplication({ id: appId })).application.stage).toBe('applied')
    await expect(services.acceptProposal({ id: rejection.id })).rejects.toMatchObject({ code: 'conflict' })

    await deliver(
      inviteMail({
        from: DANA,
        to: { name: 'Jordan', address: ME },
        summary: 'Interview',
        start: new Date('2026-12-01T10:00:00Z'),
        minutes: 30,
        uid: 'kh-2@kestrelharbor.test',
        sentAt: new Date(NOW - 300_000),
        messageId: '<invite-3@kestrelharbor.test>'
      })
    )
    const all = await services.listProposals({ status: 'all' })
    expect(all.proposals.find((p) => p.kind === 'add_interview')).toMatchObject({ status: 'accepted', autoApplied: true })
    expect((await services.getApplication({ id: appId })).application.interviews).toHaveLength(1)
  })

  it('while a rejection waits in Review, every page says so: a check, not a close-out; dismissed, it closes nothing', async () => {
    await deliver(
      plainMail({
        from: DANA,
        to: ME,
        subject: 'Your application',
        body: 'Hi Jordan,\n\nUnfortunately, we have decided to move forward with other candidates.\n\nDana',
        date: new Date(NOW - 600_000),
        messageId: '<rej3@kestrelharbor.test>'
      })
    )
    const [rejection] = (await services.listProposals(undefined)).proposals
    expect(rejection.kind).toBe('close_application')
    const overview = await services.getOverview(undefined)
    const mine = overview.actions.filter((a) => a.applicationId === appId)
    expect(mine).toEqual([expect.objectContaining({ kind: 'check_in_review', proposalId: rejection.id, dueAt: null })])
    expect(mine[0].reason).toContain('Nothing has changed yet')
    expect(overview.applications.find((a) => a.id === appId)).toMatchObject({
      stage: 'applied',
      stageInReview: { proposalId: rejection.id, stage: 'rejected' },
      nextAction: { kind: 'check_in_review' }
    })
    const detail = await services.getApplication({ id: appId })
    expect(detail.stageInReview).toEqual({ proposalId: rejection.id, stage: 'rejected' })
    expect(detail.actions.map((a) => a.kind)).toEqual(['check_in_review'])
    // No reminder nags about it, and no close-out reply can be drafted while it waits.
    expect((await services.getReminders(undefined)).due.filter((r) => r.applicationId === appId)).toEqual([])
    await expect(
      services.openDraft({ applicationId: appId, actionKey: `close_out:${detail.application.events.at(-1)!.id}` })
    ).rejects.toMatchObject({ code: 'not_found' })

    await services.dismissProposal({ id: rejection.id })
    const after = await services.getApplication({ id: appId })
    expect(after.stageInReview).toBeNull()
    expect(after.actions.map((a) => a.kind)).not.toContain('close_out')
    expect(after.actions.map((a) => a.kind)).not.toContain('check_in_review')
    expect((await services.getOverview(undefined)).applications.find((a) => a.id === appId)?.stageInReview).toBeUndefined()
  })

  it('accepting a rejection closes the application and drafts the gracious reply', async () => {
    await deliver(
      plainMail({
        from: DANA,
        to: ME,
        subject: 'Your application',
        body: 'Hi Jordan,\n\nUnfortunately, we have decided to move forward with other candidates.\n\nDana',
        date: new Date(NOW - 600_000),
        messageId: '<rej2@kestrelharbor.test>'
      })
    )
    const [rejection] = (await services.listProposals(undefined)).proposals
    const result = await services.acceptProposal({ id: rejection.id })
    expect((await services.getApplication({ id: appId })).application.stage).toBe('rejected')
    expect(result.path).toMatch(new RegExp(`^/application/${appId}\\?action=close_out%3A`))
    const key = decodeURIComponent(result.path.split('action=')[1])
    const draft = await services.openDraft({ applicationId: appId, actionKey: key })
    expect(draft.draft.to).toEqual([DANA.address])
  })

  it('a colleague who writes three times is proposed as a contact once, and not again once dismissed', async () => {
    const owen = { name: 'Owen Marsh', address: 'owen.marsh@kestrelharbor.test' }
    const note = (n: number) =>
      plainMail({
        from: owen,
        to: ME,
        subject: `Re: Data Engineer (${n})`,
        body: `Hi Jordan,\n\nThanks for the chat. Dana will be in touch about the next steps.\n\nOwen Marsh\nEngineering Manager`,
        date: new Date(NOW - (10 - n) * 3600_000),
        messageId: `<owen-${n}@kestrelharbor.test>`
      })
    for (const n of [1, 2, 3]) await deliver(note(n))
    const contacts = () => services.listProposals({ status: 'all' }).then((l) => l.proposals.filter((p) => p.kind === 'add_contact'))
    const [only, ...more] = await contacts()
    expect(more).toEqual([])
    expect(only).toMatchObject({ status: 'open', fields: { contact: { email: owen.address } } })
    await services.dismissProposal({ id: only.id })
    await deliver(note(4))
    expect((await contacts()).map((p) => p.status)).toEqual(['dismissed'])
  })

  it('an acknowledgement that matches no application proposes tracking it; accepting creates it', async () => {
    const review = createReview({ store: services.mail.ctx.store, now: () => now, changed: () => {} }, services)
    await review.onUnmatched(
      await parseMessage(
        plainMail({
          from: { name: 'Northwind Traders', address: 'no-reply@greenhouse.io' },
          to: ME,
          subject: 'Thank you for applying to Data Engineer at Northwind Traders',
          body: 'Thank you for applying to Data Engineer at Northwind Traders. We have received your application and will review it shortly.',
          date: new Date(NOW - 86_400_000),
          messageId: '<ack@greenhouse.io>'
        })
      )
    )
    const [track] = (await services.listProposals(undefined)).proposals
    expect(track).toMatchObject({
      kind: 'track_application',
      summary: 'Track this application: Data Engineer at Northwind Traders, applied on Tue, Nov 24.'
    })
    const { applicationId } = await services.acceptProposal({ id: track.id, fields: { role: 'Senior Data Engineer' } })
    const created = (await services.getApplication({ id: applicationId })).application
    expect(created).toMatchObject({ company: 'Northwind Traders', role: 'Senior Data Engineer', appliedAt: '2026-11-24', stage: 'applied' })
    expect(created.events.some((e) => e.message?.category === 'acknowledgement')).toBe(true)
  })
})
