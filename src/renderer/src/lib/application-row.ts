/**
 * What a row of the applications list says, in words. Pure: the summary and `now` in, words out.
 *
 * - The next step: an interview still to come is the most important next thing, unless an action
 *   falls due before it starts (a thank-you for the last interview, an answer someone waits for):
 *   then the action, with the interview after it.
 * - The last news: when the employer last wrote; with no mail from them, when you applied; else when
 *   Afterview started tracking it. Never the time of the last edit or import, which is no news.
 */
import type { ApplicationSummary } from '../../../shared/api'
import { INTERVIEW_KIND_WORDS } from '../../../shared/model'
import { agoText, dueText, formatDate, formatDateTime, formatDateWithYear, isOverdue } from './format'

export interface NextStep {
  /** "Send a thank-you to Maria", "Video interview Thu, Dec 10, 14:00", "Nothing planned" */
  title: string
  /** "due in 12 h", "overdue by 2 days", "in 2 days", "going on now" */
  when?: string
  overdue: boolean
  /** The interview to come after a more urgent action: "interview Thu, Dec 10, 14:00". */
  then?: string
  /** False for "Nothing planned". */
  planned: boolean
}

export function nextStep(a: Pick<ApplicationSummary, 'nextAction' | 'nextInterview'>, now: number): NextStep {
  const action = a.nextAction
  const interview = a.nextInterview
  const startsAt = interview ? Date.parse(interview.startsAt) : undefined
  const actionFirst = !!action && (startsAt === undefined || (action.dueAt !== null && Date.parse(action.dueAt) < startsAt))
  if (interview && startsAt !== undefined && !actionFirst) {
    return {
      title: `${INTERVIEW_KIND_WORDS[interview.kind] ?? 'Interview'} ${formatDateTime(interview.startsAt)}`,
      when: startsAt > now ? agoText(interview.startsAt, now) : 'going on now',
      overdue: false,
      planned: true
    }
  }
  if (action) {
    return {
      title: action.title,
      ...(action.dueAt ? { when: dueText(action.dueAt, now) } : {}),
      overdue: isOverdue(action.dueAt, now),
      ...(interview ? { then: `interview ${formatDateTime(interview.startsAt)}` } : {}),
      planned: true
    }
  }
  return { title: 'Nothing planned', overdue: false, planned: false }
}

export interface LastNews {
  /** "Last heard", "Applied", "Added" */
  label: string
  /** "3 days ago", "Sun, Dec 6", "2 min ago" */
  when: string
}

export function lastNews(a: Pick<ApplicationSummary, 'lastHeardAt' | 'appliedAt' | 'createdAt'>, now: number): LastNews {
  if (a.lastHeardAt) return { label: 'Last heard', when: agoText(a.lastHeardAt, now) }
  if (a.appliedAt) {
    const thisYear = a.appliedAt.slice(0, 4) === String(new Date(now).getFullYear())
    return { label: 'Applied', when: thisYear ? formatDate(a.appliedAt) : formatDateWithYear(a.appliedAt) }
  }
  return { label: 'Added', when: agoText(a.createdAt, now) }
}
