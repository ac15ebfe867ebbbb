/**
 * How Insights says its figures: plain words a tired job seeker reads at a glance, the
 * numbers as computed. What the page and `afterview stats` show is asserted here.
 */
import { describe, expect, it } from 'vitest'
import {
  computeInsights,
  describeCompanyTiming,
  describeSpread,
  emptyInsights,
  headlineFigures,
  insightsSubtitle,
  mostAnswersWithin,
  stalledWording,
  type DaySpread,
  type Insights
} from '../../src/shared/core/insights'
import { spreadOf } from '../../src/shared/core/insights/numbers'
import { stageHistoryAfter } from '../../src/shared/core/stage-history'
import { Application, DEFAULT_SETTINGS } from '../../src/shared/model'

const NOW = Date.parse('2026-11-18T12:00:00Z')
const options = { now: NOW, timeZone: 'UTC', planner: DEFAULT_SETTINGS.planner }
const app = (raw: Record<string, unknown> & { id: string }): Application => {
  const parsed = Application.parse({ company: raw.id, createdAt: '2026-08-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z', ...raw })
  return { ...parsed, stageHistory: stageHistoryAfter(parsed) }
}
const none: DaySpread = spreadOf([])
/** Every word a headline card shows, as one line. */
const cards = (f: Insights) => headlineFigures(f).map((c) => [c.value, c.label, c.detail].filter((t) => t !== undefined).join(' | '))

describe('Insights in words', () => {
  it('a spread of days: the days themselves while few, then the usual one and where half fall, never "median"', () => {
    expect(describeSpread(spreadOf([8]))).toBe('8 days (just one so far)')
    expect(describeSpread(spreadOf([1]))).toBe('1 day (just one so far)')
    expect(describeSpread(spreadOf([12, 4]))).toBe('4 and 12 days (two so far)')
    expect(describeSpread(spreadOf([5, 5]))).toBe('5 days both times (two so far)')
    expect(describeSpread(spreadOf([12, 4, 8]))).toBe('4, 8 and 12 days (three so far)')
    // The review's example: 9 answers, median 8, middle half 6–13, range 4–17.
    const nine = spreadOf([4, 6, 6, 7, 8, 10, 13, 15, 17])
    expect(nine).toMatchObject({ median: 8, p25: 6, p75: 13, min: 4, max: 17 })
    expect(describeSpread(nine)).toBe('Usually about 8 days (half took between 6 and 13; the quickest 4, the slowest 17)')
    // A half that falls between whole days is widened to them, so it never claims too little.
    expect(spreadOf([1, 3, 6, 8])).toMatchObject({ median: 4.5, p25: 2.5, p75: 6.5 })
    expect(describeSpread(spreadOf([1, 3, 6, 8]))).toBe('Usually about 4.5 days (half took between 2 and 7; the quickest 1, the slowest 8)')
    expect(describeSpread(spreadOf([2, 9, 9, 9, 30]))).toBe('Usually about 9 days (half took 9 days; the quickest 2, the slowest 30)')
    expect(describeSpread(spreadOf([3, 3, 3, 3]))).toBe('3 days each time (4 so far)')
    expect(describeSpread(none)).toBe('None yet')
    expect(describeSpread(none, 'No second rounds yet')).toBe('No second rounds yet')
  })

  it('a company\'s timing says what its count counts, not "5 (1)"', () => {
    expect(describeCompanyTiming(spreadOf([5]), 'firstReply')).toBe('5 days (1 answer)')
    expect(describeCompanyTiming(spreadOf([4, 12]), 'firstReply')).toBe('4 and 12 days (2 answers)')
    expect(describeCompanyTiming(spreadOf([10]), 'betweenRounds')).toBe('10 days (1 wait)')
    expect(describeCompanyTiming(spreadOf([5, 6, 7, 9, 20]), 'betweenRounds')).toBe('Usually about 7 days (5 waits)')
    expect(describeCompanyTiming(none, 'firstReply')).toBe('No answer yet')
    expect(describeCompanyTiming(none, 'betweenRounds')).toBe('No second round')
  })

  it('"most answers came within" only with three answers or more, and then truly most of them', () => {
    expect(mostAnswersWithin(spreadOf([4, 8]))).toBeNull()
    expect(mostAnswersWithin(spreadOf([4, 8, 12]))).toBe(10) // 2 of 3 within 10 days
    expect(mostAnswersWithin(spreadOf([4, 6, 6, 7, 8, 10, 13, 15, 17]))).toBe(13)
  })

  it('with no applications: one message saying what will appear and when, no cards, no "0 of 0", no "—"', () => {
    const f = computeInsights([], options)
    expect(emptyInsights(f)).toEqual({
      title: 'Nothing to show yet',
      body: 'Once you add the applications you have sent, with the day you applied, this page shows how many heard back, how long answers take, which have gone quiet for 3 weeks, and what you did each week.'
    })
    expect(insightsSubtitle(f)).toBe('How your search is going.')
    // Only "interested" is nothing sent either.
    expect(emptyInsights(computeInsights([app({ id: 'maybe', stage: 'interested' })], options))?.title).toBe('Nothing to show yet')
  })

  it('with nothing sent in the period chosen: says since when, and how to see the rest', () => {
    const f = computeInsights([app({ id: 'old', appliedAt: '2026-06-01', stage: 'applied' })], { ...options, since: '2026-10-19' })
    expect(emptyInsights(f)).toEqual({
      title: 'No applications sent since Oct 19, 2026',
      body: 'Choose “All time” above to see the earlier ones. Once you send one in this period, this page shows how many heard back, how long answers take, which have gone quiet for 3 weeks, and what you did each week.'
    })
  })

  it('one application, no answer, no follow-up: the cards say so in words instead of "—" and "0 of 0"', () => {
    const f = computeInsights([app({ id: 'solo', company: 'Solo', appliedAt: '2026-10-20', stage: 'applied' })], options)
    expect(emptyInsights(f)).toBeNull()
    expect(insightsSubtitle(f)).toBe('From 1 application sent.')
    expect(cards(f)).toEqual([
      '0% | heard back from a person | 0 of 1 application',
      'No answers from a person yet | How long a first answer takes shows here once one arrives.',
      '1 | quiet for 3+ weeks | Follow up or close them',
      'No follow-ups sent yet | Once you send some, this shows how many are answered within 7 days.'
    ])
    expect(cards(f).join(' ')).not.toMatch(/—|0 of 0/)
  })

  it('answers and follow-ups: the usual wait, and the share answered with what it is a share of', () => {
    const reply = (id: string, at: string) => ({ id, at, type: 'message', message: { messageId: `<${id}@x>`, direction: 'in' } })
    const followUp = (id: string, at: string) => ({ id, at, type: 'action_done', actionKey: 'application_follow_up', text: 'Done' })
    const f = computeInsights(
      [
        app({ id: 'a', appliedAt: '2026-10-01', stage: 'applied', events: [reply('r1', '2026-10-09T09:00:00Z')] }),
        app({ id: 'b', appliedAt: '2026-10-01', stage: 'applied', events: [followUp('f1', '2026-10-20T09:00:00Z')] }),
        app({ id: 'c', appliedAt: '2026-11-01', stage: 'applied', events: [followUp('f2', '2026-11-16T09:00:00Z')] })
      ],
      options
    )
    expect(cards(f)).toEqual([
      '33% | heard back from a person | 1 of 3 applications',
      '8 days | is the usual wait for a first answer | going by 1 answer so far',
      '2 | quiet for 3+ weeks | Follow up or close them',
      '0% | of follow-ups answered within 7 days | 0 of 1 follow-up · 1 sent in the last 7 days, not answered yet'
    ])
    const onlyWaiting = computeInsights(
      [app({ id: 'c', appliedAt: '2026-11-01', stage: 'applied', events: [followUp('f2', '2026-11-16T09:00:00Z')] })],
      options
    )
    expect(cards(onlyWaiting)[3]).toBe(
      '1 | follow-up sent in the last 7 days, not answered yet | How many get answered within 7 days shows here once its 7 days have passed.'
    )
  })

  it('what has stalled: no claim about open applications, which there may not be', () => {
    const closed = computeInsights([app({ id: 'x', appliedAt: '2026-09-01', stage: 'rejected' })], options)
    const words = stalledWording(closed.stalled)
    expect(words).toEqual({
      headline: 'Nothing has stalled.',
      note: 'An application that goes 3 weeks without a word from them, and has no interview coming up, shows here so you can follow up or close it.'
    })
    expect(JSON.stringify(words)).not.toMatch(/open application/i)
    const solo = computeInsights([app({ id: 'solo', appliedAt: '2026-10-20', stage: 'applied' })], options)
    expect(stalledWording(solo.stalled)).toEqual({ headline: '1 application with no reply for 3+ weeks' })
  })
})
