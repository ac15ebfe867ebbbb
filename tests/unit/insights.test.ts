import { describe, expect, it } from 'vitest'
import { computeInsights, describeSpread, formatRate, sourceGroup } from '../../src/shared/core/insights'
import { stageHistoryAfter } from '../../src/shared/core/stage-history'
import { Application, DEFAULT_SETTINGS } from '../../src/shared/model'

const NOW = Date.parse('2026-11-18T12:00:00Z')
const options = { now: NOW, timeZone: 'UTC', planner: DEFAULT_SETTINGS.planner }

type Raw = Record<string, unknown> & { id: string; events?: unknown[] }
/** An application as the store would save it: validated, with its stage history. */
function app(raw: Raw): Application {
  const parsed = Application.parse({ company: raw.id, createdAt: '2026-08-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z', ...raw })
  return { ...parsed, stageHistory: stageHistoryAfter(parsed) }
}
const reply = (id: string, at: string, category = 'update') => ({
  id,
  at,
  type: 'message',
  message: { messageId: `<${id}@x>`, direction: 'in', category }
})
const autoAck = (id: string, at: string) => ({
  id,
  at,
  type: 'message',
  message: { messageId: `<${id}@x>`, direction: 'in', category: 'acknowledgement', automatic: true }
})
const sentMail = (id: string, at: string, actionKey?: string) => ({
  id,
  at,
  type: 'message',
  ...(actionKey ? { actionKey } : {}),
  message: { messageId: `<${id}@me>`, direction: 'out', to: ['hr@x.com'] }
})
const done = (id: string, at: string, actionKey: string) => ({ id, at, type: 'action_done', actionKey, text: 'Done' })
const interview = (id: string, startsAt: string) => ({ id, startsAt, durationMinutes: 45 })

/** Four applications with known answers (now: Wed 2026-11-18 12:00 UTC). */
const sample = () => [
  app({
    id: 'acme',
    company: 'Acme',
    source: 'LinkedIn',
    appliedAt: '2026-09-01',
    stage: 'offer',
    stageHistory: [
      { stage: 'applied', at: '2026-09-01T12:00:00Z' },
      { stage: 'interviewing', at: '2026-09-05T10:00:00Z' },
      { stage: 'offer', at: '2026-09-25T10:00:00Z' }
    ],
    interviews: [interview('i1', '2026-09-10T14:00:00Z'), interview('i2', '2026-09-17T14:00:00Z')],
    events: [reply('r1', '2026-09-04T09:00:00Z', 'interview_request')]
  }),
  app({
    id: 'bluefin',
    company: 'Bluefin',
    source: 'referred by Sam',
    appliedAt: '2026-09-15',
    stage: 'rejected',
    stageHistory: [
      { stage: 'applied', at: '2026-09-15T12:00:00Z' },
      { stage: 'interviewing', at: '2026-09-17T10:00:00Z' },
      { stage: 'rejected', at: '2026-10-01T10:00:00Z' }
    ],
    interviews: [interview('i3', '2026-09-20T14:00:00Z')],
    events: [reply('r2', '2026-09-16T09:00:00Z', 'interview_request')]
  }),
  app({
    id: 'corvid',
    company: 'Corvid',
    source: 'Recruiter (agency)',
    appliedAt: '2026-10-01',
    stage: 'applied',
    events: [autoAck('a1', '2026-10-01T13:00:00Z'), done('d1', '2026-10-15T09:00:00Z', 'application_follow_up')],
    actions: { application_follow_up: { status: 'done', at: '2026-10-15T09:00:00Z' } }
  }),
  app({
    id: 'delta',
    company: 'Delta',
    appliedAt: '2026-10-20',
    stage: 'applied',
    events: [sentMail('s1', '2026-10-25T09:00:00Z'), reply('r3', '2026-10-28T10:00:00Z')]
  })
]

describe('Insights figures', () => {
  it('with no applications: zeros, no rates, an empty but readable activity view', () => {
    const f = computeInsights([], options)
    expect(f.responseRate.overall).toEqual({ applications: 0, responded: 0, rate: null })
    expect(f.responseRate.bySource).toEqual([])
    expect(f.timing.firstReply).toEqual({ count: 0, median: null, p25: null, p75: null, min: null, max: null })
    expect(f.funnel.map((r) => [r.step, r.count, r.share])).toEqual([
      ['applied', 0, null],
      ['replied', 0, null],
      ['interviewed', 0, null],
      ['offer', 0, null]
    ])
    expect(f.stalled.applications).toEqual([])
    expect(f.followUps).toMatchObject({ settled: 0, rate: null, waiting: 0 })
    expect(f.weekly).toHaveLength(12)
    expect(f.weekly.at(-1)).toEqual({ weekStart: '2026-11-16', applications: 0, interviews: 0, followUps: 0 })
    expect(formatRate(f.responseRate.overall.rate)).toBe('—')
  })

  it('with one application and no answer: 0%, stalled after three weeks, with its follow-up to write', () => {
    const f = computeInsights([app({ id: 'solo', company: 'Solo', appliedAt: '2026-10-20', stage: 'applied' })], options)
    expect(f.responseRate.overall).toEqual({ applications: 1, responded: 0, rate: 0 })
    expect(f.funnel.map((r) => r.count)).toEqual([1, 0, 0, 0])
    expect(f.stalled.applications).toEqual([
      {
        applicationId: 'solo',
        company: 'Solo',
        role: '',
        stage: 'applied',
        quietSince: '2026-10-20T12:00:00Z',
        daysQuiet: 29,
        followUpKey: 'application_follow_up'
      }
    ])
    expect(f.weekly.find((w) => w.weekStart === '2026-10-19')?.applications).toBe(1)
  })

  it('an application only "interested" is not counted as sent', () => {
    const f = computeInsights([app({ id: 'maybe', stage: 'interested' })], options)
    expect(f.tracked).toBe(1)
    expect(f.responseRate.overall.applications).toBe(0)
  })

  it('response rate overall, by source and by month applied', () => {
    const f = computeInsights(sample(), options)
    expect(f.responseRate.overall).toEqual({ applications: 4, responded: 3, rate: 0.75 })
    expect(f.responseRate.bySource.map((s) => [s.source, s.responded, s.applications])).toEqual([
      ['Job board', 1, 1],
      ['Not recorded', 1, 1],
      ['Recruiter', 0, 1],
      ['Referral', 1, 1]
    ])
    expect(f.responseRate.byMonth.map((m) => [m.month, m.responded, m.applications])).toEqual([
      ['2026-09', 2, 2],
      ['2026-10', 1, 2]
    ])
  })

  it('days to the first answer from a person and between rounds: median and spread, per company', () => {
    const f = computeInsights(sample(), options)
    // Acme 3 days, Bluefin 1 day, Delta 8 days; the automatic acknowledgement is no answer.
    expect(f.timing.firstReply).toEqual({ count: 3, median: 3, p25: 2, p75: 5.5, min: 1, max: 8 })
    expect(describeSpread(f.timing.firstReply)).toBe('1, 3 and 8 days (three so far)')
    expect(f.timing.betweenRounds).toMatchObject({ count: 1, median: 7 })
    expect(f.timing.byCompany.map((c) => [c.company, c.firstReply.median, c.betweenRounds.median])).toEqual([
      ['Acme', 3, 7],
      ['Bluefin', 1, null],
      ['Delta', 8, null]
    ])
  })

  it('the funnel comes from the stage history: a rejected application still counts its interviews', () => {
    const f = computeInsights(sample(), options)
    expect(f.funnel.map((r) => [r.label, r.count])).toEqual([
      ['Applied', 4],
      ['Heard back', 3],
      ['Interviewed', 2],
      ['Offer', 1]
    ])
    expect(f.funnel[2].share).toBe(0.5)
  })

  it('what has stalled: open applications with nothing from their side for three weeks, longest first', () => {
    const f = computeInsights(sample(), options)
    expect(f.stalled.applications.map((s) => [s.company, s.daysQuiet])).toEqual([
      ['Corvid', 48],
      ['Delta', 21]
    ])
    expect(computeInsights(sample(), { ...options, stalledAfterDays: 30 }).stalled.applications.map((s) => s.company)).toEqual(['Corvid'])
  })

  it('follow-up effectiveness: the share answered within 7 days; ones still inside their week wait', () => {
    const f = computeInsights(sample(), options)
    expect(f.followUps).toEqual({ settled: 2, answeredWithinWindow: 1, rate: 0.5, waiting: 0, windowDays: 7 })
    const fresh = app({
      id: 'fresh',
      appliedAt: '2026-11-01',
      events: [sentMail('s9', '2026-11-16T09:00:00Z', 'application_follow_up'), done('d9', '2026-11-16T09:00:05Z', 'application_follow_up')]
    })
    expect(computeInsights([fresh], options).followUps).toMatchObject({ settled: 0, waiting: 1, rate: null })
  })

  it("weekly activity counts applications, interviews and follow-ups per week in the user's time zone", () => {
    const late = app({ id: 'late', appliedAt: '2026-11-09', interviews: [interview('i9', '2026-11-15T23:30:00Z')] })
    const utc = computeInsights([late], options).weekly
    const berlin = computeInsights([late], { ...options, timeZone: 'Europe/Berlin' }).weekly
    expect(utc.find((w) => w.weekStart === '2026-11-09')).toEqual({ weekStart: '2026-11-09', applications: 1, interviews: 1, followUps: 0 })
    expect(berlin.find((w) => w.weekStart === '2026-11-16')?.interviews).toBe(1) // Monday 00:30 in Berlin
    const f = computeInsights(sample(), options)
    expect(f.weekly.find((w) => w.weekStart === '2026-10-12')?.followUps).toBe(1)
    expect(f.weekly.find((w) => w.weekStart === '2026-09-14')).toMatchObject({ applications: 1, interviews: 2 }) // Bluefin applied; Acme's second round and Bluefin's first
  })

  it('--since keeps the applications sent on or after that day', () => {
    const f = computeInsights(sample(), { ...options, since: '2026-10-01' })
    expect(f.responseRate.overall).toEqual({ applications: 2, responded: 1, rate: 0.5 })
    expect(f.weekly[0].weekStart).toBe('2026-09-28')
  })

  it('groups free-text sources', () => {
    expect(['Indeed', 'LinkedIn referral', 'a recruiter on LinkedIn', 'their careers page', 'meetup', ''].map(sourceGroup)).toEqual([
      'Job board',
      'Referral',
      'Recruiter',
      'Direct',
      'Other',
      'Not recorded'
    ])
  })
})
