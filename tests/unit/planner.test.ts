import { describe, expect, it } from 'vitest'
import { nextActions, planAll } from '../../src/shared/core/planner'
import { Application, PlannerSettings, type MessageRef } from '../../src/shared/model'

const settings = (over: Partial<PlannerSettings> = {}) => PlannerSettings.parse({ timeZone: 'UTC', ...over })
const t = (iso: string) => Date.parse(iso)

function app(over: Record<string, unknown> = {}): Application {
  return Application.parse({
    id: 'acme-swe',
    company: 'Acme Robotics',
    role: 'Senior Software Engineer',
    companyDomain: 'acmerobotics.com',
    appliedAt: '2026-10-02',
    stage: 'interviewing',
    contacts: [{ id: 'dana', name: 'Dana Whitfield', email: 'dana.whitfield@acmerobotics.com' }],
    interviews: [{ id: 'i1', startsAt: '2026-11-18T15:00:00Z', durationMinutes: 45, contactIds: ['dana'] }],
    createdAt: '2026-10-02T10:00:00Z',
    updatedAt: '2026-10-02T10:00:00Z',
    ...over
  })
}

function message(id: string, at: string, m: Partial<MessageRef>) {
  return {
    id,
    at,
    type: 'message',
    text: '',
    message: { messageId: `<${id}@x>`, direction: 'in', from: 'Dana Whitfield <dana.whitfield@acmerobotics.com>', ...m }
  }
}

describe('thank-you after an interview', () => {
  it('is due 24 hours after the interview ends, naming the interviewer', () => {
    const [a] = nextActions(app(), settings(), t('2026-11-18T16:00:00Z'))
    expect(a.kind).toBe('thank_you')
    expect(a.dueAt).toBe('2026-11-19T15:45:00Z')
    expect(a.title).toBe('Send a thank-you to Dana')
    expect(a.reason).toContain('Dana Whitfield')
    expect(a.reason).toContain('No timeline was given')
    expect(a.asksNextSteps).toBe(true)
  })

  it('does not appear before the interview has ended', () => {
    expect(nextActions(app(), settings(), t('2026-11-18T15:30:00Z'))).toEqual([])
  })

  it('does not ask about next steps when a timeline was given', () => {
    const a = app({
      interviews: [{ id: 'i1', startsAt: '2026-11-18T15:00:00Z', durationMinutes: 45, contactIds: ['dana'], timelineGiven: true }]
    })
    const [action] = nextActions(a, settings(), t('2026-11-18T16:00:00Z'))
    expect(action.asksNextSteps).toBe(false)
    expect(action.reason).not.toContain('timeline')
  })

  it('is done once a mail went to the interviewer after the interview', () => {
    const a = app({ events: [message('ty', '2026-11-18T20:00:00Z', { direction: 'out', to: ['dana.whitfield@acmerobotics.com'] })] })
    expect(nextActions(a, settings(), t('2026-11-18T21:00:00Z')).map((x) => x.kind)).not.toContain('thank_you')
  })

  it('is hidden when marked done and moves when snoozed', () => {
    const key = 'thank_you:i1'
    const done = app({ actions: { [key]: { status: 'done', at: '2026-11-18T18:00:00Z' } } })
    expect(nextActions(done, settings(), t('2026-11-18T19:00:00Z')).map((x) => x.key)).not.toContain(key)
    const snoozed = app({ actions: { [key]: { status: 'snoozed', at: '2026-11-18T18:00:00Z', until: '2026-11-19T09:00:00Z' } } })
    const [a] = nextActions(snoozed, settings(), t('2026-11-18T19:00:00Z'))
    expect(a.dueAt).toBe('2026-11-19T09:00:00Z')
    expect(a.snoozedUntil).toBe('2026-11-19T09:00:00Z')
  })

  it('follows the configured number of hours', () => {
    const [a] = nextActions(app(), settings({ thankYouWithinHours: 4 }), t('2026-11-18T16:00:00Z'))
    expect(a.dueAt).toBe('2026-11-18T19:45:00Z')
  })

  it('turns into an ask-about-next-steps when the thank-you is dismissed and no timeline was given', () => {
    const a = app({ actions: { 'thank_you:i1': { status: 'dismissed', at: '2026-11-18T18:00:00Z' } } })
    const [action] = nextActions(a, settings(), t('2026-11-18T19:00:00Z'))
    expect(action.kind).toBe('ask_next_steps')
    expect(action.dueAt).toBe('2026-11-19T15:45:00Z')
  })

  it('is not proposed for an interview weeks ago', () => {
    expect(nextActions(app(), settings(), t('2026-12-20T10:00:00Z')).map((x) => x.kind)).not.toContain('thank_you')
  })
})

describe('second follow-up', () => {
  const thanked = { 'thank_you:i1': { status: 'done' as const, at: '2026-11-19T09:00:00Z' } }

  it('comes 7 business days after the last message sent, plus one', () => {
    // Thu Nov 19 + 7 business days = Mon Nov 30; + 1 = Tue Dec 1.
    const [a] = nextActions(app({ actions: thanked }), settings(), t('2026-11-20T10:00:00Z'))
    expect(a.kind).toBe('follow_up')
    expect(a.dueAt).toBe('2026-12-01T09:00:00Z')
    expect(a.reason).toContain('No reply since Thu, Nov 19')
  })

  it('waits for the promised date and comes the next business day', () => {
    const a = app({
      actions: thanked,
      interviews: [
        {
          id: 'i1',
          startsAt: '2026-11-18T15:00:00Z',
          durationMinutes: 45,
          contactIds: ['dana'],
          timelineGiven: true,
          expectedResponseBy: '2026-11-27'
        }
      ]
    })
    const [action] = nextActions(a, settings(), t('2026-11-20T10:00:00Z'))
    // Promised Fri Nov 27 → follow up Mon Nov 30 at 9:00.
    expect(action.dueAt).toBe('2026-11-30T09:00:00Z')
    expect(action.reason).toContain('Fri, Nov 27')
  })

  it('is cancelled by a reply from the employer', () => {
    const a = app({ actions: thanked, events: [message('r1', '2026-11-23T10:00:00Z', { category: 'update', needsAnswer: false })] })
    const actions = nextActions(a, settings(), t('2026-11-23T11:00:00Z'))
    // The chain restarts from their reply instead of from the thank-you.
    expect(actions).toHaveLength(1)
    expect(actions[0].key).toBe('follow_up:reply-r1:0')
    expect(actions[0].dueAt).toBe('2026-12-03T10:00:00Z')
  })

  it('is not cancelled by an out-of-office reply', () => {
    const a = app({ actions: thanked, events: [message('ooo', '2026-11-20T10:00:00Z', { automatic: true, category: 'unrelated' })] })
    const [action] = nextActions(a, settings(), t('2026-11-20T11:00:00Z'))
    expect(action.key).toBe('follow_up:interview-i1:0')
  })

  it('suggests closing out after two unanswered follow-ups, without a due time', () => {
    const a = app({
      actions: {
        ...thanked,
        'follow_up:interview-i1:0': { status: 'done', at: '2026-12-01T09:00:00Z' },
        'follow_up:interview-i1:1': { status: 'done', at: '2026-12-11T09:00:00Z' }
      }
    })
    const [action] = nextActions(a, settings(), t('2026-12-20T10:00:00Z'))
    expect(action.kind).toBe('close_out')
    expect(action.dueAt).toBeNull()
  })

  it('counts the first follow-up and plans the next one from it', () => {
    const a = app({ actions: { ...thanked, 'follow_up:interview-i1:0': { status: 'done', at: '2026-12-01T09:00:00Z' } } })
    const [action] = nextActions(a, settings(), t('2026-12-02T10:00:00Z'))
    expect(action.key).toBe('follow_up:interview-i1:1')
    // Tue Dec 1 + 8 business days = Fri Dec 11.
    expect(action.dueAt).toBe('2026-12-11T09:00:00Z')
  })
})

describe('applications without an interview', () => {
  const applied = () => app({ stage: 'applied', interviews: [], appliedAt: '2026-11-02' })

  it('follows up 10 business days after applying', () => {
    const [a] = nextActions(applied(), settings(), t('2026-11-03T10:00:00Z'))
    expect(a.kind).toBe('application_follow_up')
    // Mon Nov 2 + 10 business days = Mon Nov 16, 9:00.
    expect(a.dueAt).toBe('2026-11-16T09:00:00Z')
  })

  it('still follows up after an automatic acknowledgement, unless the user turned that off', () => {
    const acked = app({
      stage: 'applied',
      interviews: [],
      appliedAt: '2026-11-02',
      events: [message('ack', '2026-11-02T10:00:00Z', { category: 'acknowledgement' })]
    })
    expect(nextActions(acked, settings(), t('2026-11-03T10:00:00Z'))[0]?.kind).toBe('application_follow_up')
    expect(nextActions(acked, settings({ followUpAfterAutoAcknowledgement: false }), t('2026-11-03T10:00:00Z'))).toEqual([])
  })

  it('plans nothing for a closed application', () => {
    expect(nextActions(app({ stage: 'withdrawn' }), settings(), t('2026-11-18T16:00:00Z'))).toEqual([])
  })
})

describe('replies', () => {
  it('asks to answer an interview request within one business day', () => {
    const a = app({
      stage: 'applied',
      interviews: [],
      events: [message('req', '2026-11-20T16:00:00Z', { category: 'interview_request', subject: 'Interview?' })]
    })
    const [action] = nextActions(a, settings(), t('2026-11-20T17:00:00Z'))
    expect(action.kind).toBe('answer')
    // Friday → Monday, same time.
    expect(action.dueAt).toBe('2026-11-23T16:00:00Z')
    expect(action.title).toBe('Answer Dana')
    expect(action.replyToMessageId).toBe('<req@x>')
  })

  it('proposes closing out after a rejection and nothing else', () => {
    const a = app({ events: [message('no', '2026-11-20T16:00:00Z', { category: 'rejection' })] })
    const actions = nextActions(a, settings(), t('2026-11-20T17:00:00Z'))
    expect(actions.map((x) => x.kind)).toEqual(['close_out'])
    expect(actions[0].dueAt).toBeNull()
  })
})

describe('unsure labels', () => {
  it('does not close out on a rejection the classifier is not sure of; it asks to read and answer instead', () => {
    const a = app({ events: [message('maybe', '2026-11-20T16:00:00Z', { category: 'rejection', confidence: 0.45 })] })
    const actions = nextActions(a, settings(), t('2026-11-20T17:00:00Z'))
    expect(actions.map((x) => x.kind)).toContain('answer')
    expect(actions.map((x) => x.kind)).not.toContain('close_out')
  })
})

describe('business days across time zones and DST', () => {
  it('keeps the local hour across the end of daylight saving time (New York)', () => {
    // Applied Fri Oct 30, 2026 09:00 EDT (13:00Z); 10 business days later is Fri Nov 13, 09:00 EST (14:00Z).
    const a = app({ stage: 'applied', interviews: [], appliedAt: '2026-10-30' })
    const [action] = nextActions(a, settings({ timeZone: 'America/New_York' }), t('2026-10-30T15:00:00Z'))
    expect(action.dueAt).toBe('2026-11-13T14:00:00Z')
  })

  it('keeps the local hour across the start of summer time (Berlin)', () => {
    // Applied Fri Mar 20, 2026 09:00 CET (08:00Z); +10 business days = Fri Apr 3, 09:00 CEST (07:00Z).
    const a = app({ stage: 'applied', interviews: [], appliedAt: '2026-03-20' })
    const [action] = nextActions(a, settings({ timeZone: 'Europe/Berlin' }), t('2026-03-20T12:00:00Z'))
    expect(action.dueAt).toBe('2026-04-03T07:00:00Z')
  })

  it('counts weekends by the user’s calendar, not UTC (Tokyo)', () => {
    // A reply Friday 23:30 Tokyo time is Friday 14:30Z; one business day later is Monday 23:30 Tokyo.
    const a = app({ stage: 'applied', interviews: [], events: [message('q', '2026-11-20T14:30:00Z', { category: 'assessment' })] })
    const [action] = nextActions(a, settings({ timeZone: 'Asia/Tokyo' }), t('2026-11-20T15:00:00Z'))
    expect(action.dueAt).toBe('2026-11-23T14:30:00Z')
  })

  it('words the interview time in the user’s zone', () => {
    const [a] = nextActions(app(), settings({ timeZone: 'America/Los_Angeles' }), t('2026-11-18T16:00:00Z'))
    expect(a.reason).toContain('Wed, Nov 18 at 07:45')
  })
})

describe('kept plans', () => {
  it('are planned anew when the clock passes an interview end or a snooze, and when the application changes', () => {
    const s = settings()
    const a = app({ actions: {} })
    expect(nextActions(a, s, t('2026-11-18T15:30:00Z'))).toEqual([])
    expect(nextActions(a, s, t('2026-11-18T15:40:00Z'))).toEqual([])
    expect(nextActions(a, s, t('2026-11-18T15:46:00Z')).map((x) => x.kind)).toEqual(['thank_you'])
    a.actions['thank_you:i1'] = { status: 'snoozed', at: '2026-11-18T16:00:00Z', until: '2026-11-18T18:00:00Z' }
    expect(nextActions(a, s, t('2026-11-18T16:01:00Z'))[0].snoozedUntil).toBe('2026-11-18T18:00:00Z')
    expect(nextActions(a, s, t('2026-11-18T18:01:00Z'))[0].snoozedUntil).toBeUndefined()
    expect(nextActions(a, s, t('2026-12-10T10:00:00Z')).map((x) => x.kind)).not.toContain('thank_you')
  })
})

describe('planAll', () => {
  it('orders the most urgent first and suggestions last', () => {
    const later = app({
      id: 'later',
      interviews: [{ id: 'i2', startsAt: '2026-11-18T17:00:00Z', durationMinutes: 30, contactIds: ['dana'] }]
    })
    const rejected = app({ id: 'rej', events: [message('no', '2026-11-18T12:00:00Z', { category: 'rejection' })] })
    const sooner = app({ id: 'sooner' })
    const keys = planAll([rejected, later, sooner], settings(), t('2026-11-18T18:00:00Z')).map((a) => a.applicationId)
    expect(keys).toEqual(['sooner', 'later', 'rej'])
  })
})
