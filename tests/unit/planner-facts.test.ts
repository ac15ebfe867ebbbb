/**
 * The planner acts on what replies said: a promised date moves the second follow-up to the
 * business day after it, a reply without a timeline raises "ask about next steps", a
 * candidate deadline becomes an action due before it, and answers go to the person who
 * last wrote, threaded to their mail.
 */
import { describe, expect, it } from 'vitest'
import { nextActions } from '../../src/shared/core/planner'
import { Application, PlannerSettings, ReplyFacts, type MessageRef } from '../../src/shared/model'

const settings = PlannerSettings.parse({ timeZone: 'America/New_York' })
const t = (iso: string) => Date.parse(iso)
const thanked = { 'thank_you:i1': { status: 'done' as const, at: '2026-11-19T14:00:00Z' } }

function app(events: unknown[], over: Record<string, unknown> = {}): Application {
  return Application.parse({
    id: 'acme',
    company: 'Acme Robotics',
    role: 'Engineer',
    companyDomain: 'acme.example',
    appliedAt: '2026-10-02',
    stage: 'interviewing',
    contacts: [{ id: 'dana', name: 'Dana Whitfield', email: 'dana@acme.example' }],
    interviews: [{ id: 'i1', startsAt: '2026-11-18T15:00:00Z', durationMinutes: 45, contactIds: ['dana'] }],
    actions: thanked,
    events,
    createdAt: '2026-10-02T10:00:00Z',
    updatedAt: '2026-11-30T10:00:00Z',
    ...over
  })
}

function reply(id: string, at: string, facts: Partial<ReplyFacts> | undefined, m: Partial<MessageRef> = {}) {
  return {
    id,
    at,
    type: 'message',
    text: '',
    message: {
      messageId: `<${id}@acme.example>`,
      originalMessageId: `<${id.toUpperCase()}@Acme.Example>`,
      direction: 'in',
      from: 'Dana Whitfield <dana@acme.example>',
      category: 'update',
      needsAnswer: false,
      ...(facts ? { facts: ReplyFacts.parse(facts) } : {}),
      ...m
    }
  }
}

describe('a promised date', () => {
  // Mon Nov 30: "you should hear from Priya about next steps by Friday" → Fri Dec 4.
  const said = {
    timelineGiven: true,
    respondBy: '2026-12-04',
    evidence: 'You should hear from Priya about next steps by Friday.',
    replyTo: { name: 'Dana Whitfield', email: 'dana@acme.example' }
  }

  it('moves the second follow-up to the business day after it, quoting the sentence', () => {
    const [action] = nextActions(app([reply('r1', '2026-11-30T15:00:00Z', said)]), settings, t('2026-11-30T16:00:00Z'))
    expect(action.kind).toBe('follow_up')
    expect(action.dueAt).toBe('2026-12-07T14:00:00Z') // Mon Dec 7, 09:00 in New York
    expect(action.reason).toContain('"You should hear from Priya about next steps by Friday."')
    expect(action.reason).toContain('Fri, Dec 4')
    expect(action.to).toEqual({ name: 'Dana Whitfield', email: 'dana@acme.example' })
    expect(action.replyToMessageId).toBe('<r1@acme.example>')
  })

  it('a date the user corrected wins over the one read from the mail', () => {
    const [action] = nextActions(
      app([reply('r1', '2026-11-30T15:00:00Z', { ...said, respondBy: '2026-12-11', source: 'user' })]),
      settings,
      t('2026-11-30T16:00:00Z')
    )
    expect(action.dueAt).toBe('2026-12-14T14:00:00Z')
    expect(action.reason).toContain('Fri, Dec 11')
  })

  it('dismissed facts are ignored: the usual seven business days apply', () => {
    const [action] = nextActions(
      app([reply('r1', '2026-11-30T15:00:00Z', { ...said, dismissed: true })]),
      settings,
      t('2026-11-30T16:00:00Z')
    )
    expect(action.kind).toBe('follow_up')
    expect(action.dueAt).toBe('2026-12-10T15:00:00Z')
  })

  it('an automatic acknowledgement’s "within two weeks" times the application follow-up', () => {
    const ack = reply(
      'ack',
      '2026-10-02T15:00:00Z',
      { timelineGiven: true, respondBy: '2026-10-16', evidence: 'We will get back to you within two weeks.' },
      { category: 'acknowledgement', automatic: true, from: 'Acme <no-reply@greenhouse.io>' }
    )
    const [action] = nextActions(app([ack], { interviews: [], stage: 'applied', actions: {} }), settings, t('2026-10-03T10:00:00Z'))
    expect(action.kind).toBe('application_follow_up')
    expect(action.dueAt).toBe('2026-10-19T13:00:00Z') // Mon Oct 19, 09:00 EDT
    expect(action.reason).toContain('within two weeks')
  })
})

describe('no timeline given', () => {
  it('a reply that says nothing about when raises "ask about next steps", to the person who wrote', () => {
    const facts = { timelineGiven: false, replyTo: { name: 'Priya Raman', email: 'priya@acme.example' } }
    const [action] = nextActions(
      app([reply('r1', '2026-11-30T15:00:00Z', facts, { from: 'Priya Raman <priya@acme.example>' })]),
      settings,
      t('2026-11-30T16:00:00Z')
    )
    expect(action.kind).toBe('ask_next_steps')
    expect(action.title).toBe('Ask Priya about next steps')
    expect(action.dueAt).toBe('2026-12-02T15:00:00Z')
    expect(action.to).toEqual({ name: 'Priya Raman', email: 'priya@acme.example' })
  })

  it('once asked, the follow-up waits the usual business days', () => {
    const facts = { timelineGiven: false }
    const a = app([reply('r1', '2026-11-30T15:00:00Z', facts)], {
      actions: { ...thanked, 'ask_next_steps:reply-r1': { status: 'done', at: '2026-12-01T15:00:00Z' } }
    })
    const [action] = nextActions(a, settings, t('2026-12-01T16:00:00Z'))
    expect(action.kind).toBe('follow_up')
    expect(action.dueAt).toBe('2026-12-11T15:00:00Z')
  })

  it('the thank-you does not ask about next steps when a mail since the interview gave a timeline', () => {
    const a = app([reply('r1', '2026-11-18T17:00:00Z', { timelineGiven: true, respondBy: '2026-11-27' })], { actions: {} })
    const [action] = nextActions(a, settings, t('2026-11-18T18:00:00Z'))
    expect(action.kind).toBe('thank_you')
    expect(action.asksNextSteps).toBe(false)
  })

  it('mail filed before facts existed changes nothing: the usual follow-up', () => {
    const [action] = nextActions(app([reply('r1', '2026-11-30T15:00:00Z', undefined)]), settings, t('2026-11-30T16:00:00Z'))
    expect(action.key).toBe('follow_up:reply-r1:0')
  })
})

describe('a deadline for the candidate', () => {
  const asked = {
    candidateDeadline: '2026-12-07',
    deadlineEvidence: 'Please complete the assessment by Monday.',
    replyTo: { name: 'Dana Whitfield', email: 'dana@acme.example' }
  }

  it('becomes an answer due before it when the reply waits for one', () => {
    const [action] = nextActions(
      app([reply('r1', '2026-12-03T15:00:00Z', asked, { category: 'assessment', needsAnswer: true })]),
      settings,
      t('2026-12-03T16:00:00Z')
    )
    expect(action.kind).toBe('answer')
    expect(action.dueAt).toBe('2026-12-04T14:00:00Z') // Fri Dec 4 09:00, the business day before Monday
    expect(action.reason).toContain('Please complete the assessment by Monday.')
    // Read as sentences: no second full stop after theirs, no stray semicolon (the UX review saw both).
    expect(action.reason).toMatch(/They asked: "Please complete the assessment by Monday\." The deadline is Mon, Dec 7\.$/)
  })

  it('becomes its own action due the business day before when nothing else is asked', () => {
    const actions = nextActions(app([reply('r1', '2026-11-30T15:00:00Z', asked)]), settings, t('2026-11-30T16:00:00Z'))
    const deadline = actions.find((a) => a.key === 'deadline:r1')
    expect(deadline?.dueAt).toBe('2026-12-04T14:00:00Z')
    expect(deadline?.title).toBe('Before Mon, Dec 7: do what Dana asked')
    expect(deadline?.reason).toBe(
      'Dana Whitfield asked on Mon, Nov 30: "Please complete the assessment by Monday." The deadline is Mon, Dec 7; this is due the business day before.'
    )
  })
})
