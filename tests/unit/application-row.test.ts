/**
 * A row of the applications list, as the user reads it: the next step (an interview to come counts,
 * unless something falls due before it) and the last news (never the time of an import or an edit).
 */
import { describe, expect, it } from 'vitest'
import { lastNews, nextStep } from '../../src/renderer/src/lib/application-row'
import { formatDate, formatDateTime, formatDateWithYear } from '../../src/renderer/src/lib/format'

const NOW = Date.parse('2026-12-08T10:00:00Z')
const INTERVIEW = { id: 'i1', startsAt: '2026-12-10T14:00:00Z', durationMinutes: 45, kind: 'video' as const }
const action = (title: string, dueAt: string | null) => ({ key: 'k', kind: 'thank_you' as const, title, dueAt })

describe('the next step of a row', () => {
  it('an interview to come is the next step when nothing else is planned', () => {
    expect(nextStep({ nextInterview: INTERVIEW }, NOW)).toEqual({
      title: `Video interview ${formatDateTime(INTERVIEW.startsAt)}`,
      when: 'in 2 days',
      overdue: false,
      planned: true
    })
  })

  it('says "going on now" while it is under way', () => {
    const under = { ...INTERVIEW, startsAt: '2026-12-08T09:45:00Z', kind: 'phone' as const }
    expect(nextStep({ nextInterview: under }, NOW)).toMatchObject({
      title: `Phone interview ${formatDateTime(under.startsAt)}`,
      when: 'going on now'
    })
  })

  it('an action due before the interview comes first, with the interview after it', () => {
    const step = nextStep({ nextAction: action('Send a thank-you to Maria', '2026-12-08T22:00:00Z'), nextInterview: INTERVIEW }, NOW)
    expect(step).toEqual({
      title: 'Send a thank-you to Maria',
      when: 'due in 12 h',
      overdue: false,
      then: `interview ${formatDateTime(INTERVIEW.startsAt)}`,
      planned: true
    })
  })

  it('an overdue action stays first and says it is overdue', () => {
    const step = nextStep({ nextAction: action('Answer Kevin', '2026-12-06T10:00:00Z'), nextInterview: INTERVIEW }, NOW)
    expect(step).toMatchObject({ title: 'Answer Kevin', when: 'overdue by 2 days', overdue: true })
  })

  it('the interview comes before an action due after it, and before a suggestion that is never due', () => {
    const later = nextStep({ nextAction: action('Follow up with Dana', '2026-12-15T09:00:00Z'), nextInterview: INTERVIEW }, NOW)
    expect(later.title).toBe(`Video interview ${formatDateTime(INTERVIEW.startsAt)}`)
    const suggestion = nextStep({ nextAction: action('Close out Maple Grove', null), nextInterview: INTERVIEW }, NOW)
    expect(suggestion.title).toBe(`Video interview ${formatDateTime(INTERVIEW.startsAt)}`)
  })

  it('without an interview, the action as before; a suggestion has no due time', () => {
    expect(nextStep({ nextAction: action('Ask Front about next steps', '2026-12-09T10:00:00Z') }, NOW)).toEqual({
      title: 'Ask Front about next steps',
      when: 'due in 1 day',
      overdue: false,
      planned: true
    })
    expect(nextStep({ nextAction: action('Close out Maple Grove', null) }, NOW)).toEqual({
      title: 'Close out Maple Grove',
      overdue: false,
      planned: true
    })
  })

  it('"Nothing planned" only when there is neither', () => {
    expect(nextStep({}, NOW)).toEqual({ title: 'Nothing planned', overdue: false, planned: false })
  })
})

describe('the last news of a row', () => {
  const created = '2026-12-08T09:58:00Z'

  it('is the last mail from the employer when there is one', () => {
    expect(lastNews({ lastHeardAt: '2026-12-05T09:00:00Z', appliedAt: '2026-11-20', createdAt: created }, NOW)).toEqual({
      label: 'Last heard',
      when: '3 days ago'
    })
  })

  it('else the day you applied, in the app’s date format (with the year when it is not this one)', () => {
    expect(lastNews({ appliedAt: '2026-12-06', createdAt: created }, NOW)).toEqual({ label: 'Applied', when: formatDate('2026-12-06') })
    expect(lastNews({ appliedAt: '2025-11-19', createdAt: created }, NOW)).toEqual({
      label: 'Applied',
      when: formatDateWithYear('2025-11-19')
    })
  })

  it('else when it was added: an import two minutes ago says so, not "2 min ago" alone', () => {
    expect(lastNews({ createdAt: created }, NOW)).toEqual({ label: 'Added', when: '2 min ago' })
  })
})
