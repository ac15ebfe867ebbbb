/**
 * A step a machine asks for: a test platform's link, a hiring system's booking page, an e-signature.
 * Nobody waits for a mail, so the plan says what to do and by when ("Complete the assessment before
 * Thu, Dec 10"), never "Answer HackerRank" with a draft to a no-reply address, and it does so whether
 * or not the mail carried Auto-Submitted. Once anything arrives after it, or its deadline day is over,
 * the step leaves the plan.
 */
import { describe, expect, it } from 'vitest'
import { nextActions } from '../../src/shared/core/planner'
import { Application, PlannerSettings, ReplyFacts, type MessageRef } from '../../src/shared/model'

const settings = PlannerSettings.parse({ timeZone: 'America/New_York' })
const t = (iso: string) => Date.parse(iso)

function app(events: unknown[], over: Record<string, unknown> = {}): Application {
  return Application.parse({
    id: 'initech',
    company: 'Initech',
    role: 'Payroll Analyst',
    companyDomain: 'initech.example',
    appliedAt: '2026-11-02',
    stage: 'applied',
    contacts: [{ id: 'joan', name: 'Joan Lumbergh', email: 'joan@initech.example' }],
    events,
    createdAt: '2026-11-02T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    ...over
  })
}

function mail(id: string, at: string, m: Partial<MessageRef>, facts?: Partial<ReplyFacts>) {
  return {
    id,
    at,
    type: 'message',
    text: '',
    message: {
      messageId: `<${id}@mail.example>`,
      direction: 'in',
      from: 'HackerRank <noreply@hackerrank.com>',
      ...(facts ? { facts: ReplyFacts.parse(facts) } : {}),
      ...m
    }
  }
}

// Tue Dec 1: "Initech has invited you … Please complete the test by Thursday, December 10."
const testInvite = (over: Partial<MessageRef> = {}, facts: Partial<ReplyFacts> = {}) =>
  mail(
    'invite',
    '2026-12-01T15:00:00Z',
    { category: 'assessment', confidence: 0.9, needsAnswer: true, subject: 'Initech has invited you to a test', ...over },
    { candidateDeadline: '2026-12-10', deadlineEvidence: 'Please complete the test by Thursday, December 10.', replyTo: null, ...facts }
  )

describe('a step a test platform asks for', () => {
  it('is something to do before its deadline, not a mail to a no-reply address', () => {
    const actions = nextActions(app([testInvite()]), settings, t('2026-12-01T16:00:00Z'))
    expect(actions.map((a) => a.kind)).toEqual(['complete_step'])
    const [step] = actions
    expect(step.title).toBe('Complete the assessment before Thu, Dec 10')
    expect(step.dueAt).toBe('2026-12-09T14:00:00Z') // Wed Dec 9, 09:00 in New York: the business day before
    expect(step.reason).toContain('"Please complete the test by Thursday, December 10."')
    expect(step.reason).toContain('HackerRank')
    expect(step.to).toBeUndefined()
    expect(actions.some((a) => a.to?.email === 'noreply@hackerrank.com')).toBe(false)
  })

  it('is planned the same when the mail said it was sent automatically (Auto-Submitted)', () => {
    const actions = nextActions(app([testInvite({ automatic: true, needsAnswer: false })]), settings, t('2026-12-01T16:00:00Z'))
    expect(actions.map((a) => [a.kind, a.dueAt])).toEqual([['complete_step', '2026-12-09T14:00:00Z']])
  })

  it('without a deadline, is due within the days the user gives themselves to answer', () => {
    const actions = nextActions(
      app([testInvite({}, { candidateDeadline: null, deadlineEvidence: null })]),
      settings,
      t('2026-12-01T16:00:00Z')
    )
    expect(actions).toHaveLength(1)
    expect(actions[0]).toMatchObject({ kind: 'complete_step', title: 'Complete the assessment HackerRank sent' })
    expect(Date.parse(actions[0].dueAt!)).toBeGreaterThan(t('2026-12-01T16:00:00Z'))
  })

  it('a hiring system’s booking link asks the user to pick a time', () => {
    const invite = mail(
      'book',
      '2026-12-01T15:00:00Z',
      { from: 'Initech Careers <initech@myworkday.com>', category: 'interview_request', confidence: 0.9, needsAnswer: true },
      { candidateDeadline: '2026-12-04', deadlineEvidence: 'Please select a time by Friday.', replyTo: null }
    )
    const [step] = nextActions(app([invite]), settings, t('2026-12-01T16:00:00Z'))
    expect(step).toMatchObject({ kind: 'complete_step', title: 'Pick a time for the interview before Fri, Dec 4' })
    expect(step.reason).toContain('Initech Careers')
  })

  it('leaves the plan when anything arrives after it (a receipt of the test, a person writing)', () => {
    const received = mail('got-it', '2026-12-03T15:00:00Z', { category: 'acknowledgement', automatic: true, needsAnswer: false })
    expect(nextActions(app([testInvite(), received]), settings, t('2026-12-03T16:00:00Z')).map((a) => a.kind)).not.toContain(
      'complete_step'
    )
    const joan = mail(
      'joan',
      '2026-12-04T15:00:00Z',
      { from: 'Joan Lumbergh <joan@initech.example>', category: 'interview_request', needsAnswer: true },
      { replyTo: { name: 'Joan Lumbergh', email: 'joan@initech.example' } }
    )
    const actions = nextActions(app([testInvite(), joan]), settings, t('2026-12-04T16:00:00Z'))
    expect(actions.map((a) => a.kind)).toEqual(['answer'])
    expect(actions[0].to).toEqual({ name: 'Joan Lumbergh', email: 'joan@initech.example' })
  })

  it('leaves the plan once its deadline day is over, and the usual follow-up takes over', () => {
    const actions = nextActions(app([testInvite()]), settings, t('2026-12-11T15:00:00Z'))
    expect(actions.map((a) => a.kind)).not.toContain('complete_step')
  })

  it('stays done once the user marks it done', () => {
    const done = { 'step:invite': { status: 'done' as const, at: '2026-12-02T10:00:00Z' } }
    const actions = nextActions(app([testInvite()], { actions: done }), settings, t('2026-12-02T16:00:00Z'))
    expect(actions.map((a) => a.kind)).not.toContain('complete_step')
  })

  it('a person’s mail with a deadline is still answered to that person', () => {
    const person = mail(
      'dana',
      '2026-12-01T15:00:00Z',
      { from: 'Joan Lumbergh <joan@initech.example>', category: 'assessment', needsAnswer: true },
      {
        candidateDeadline: '2026-12-10',
        deadlineEvidence: 'Could you send the case back by the 10th?',
        replyTo: { name: 'Joan Lumbergh', email: 'joan@initech.example' }
      }
    )
    const actions = nextActions(app([person]), settings, t('2026-12-01T16:00:00Z'))
    expect(actions.map((a) => a.kind)).toEqual(['answer'])
    expect(actions[0].to?.email).toBe('joan@initech.example')
  })
})
