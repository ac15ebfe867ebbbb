/**
 * The Insights figures, from the applications alone: response rate (overall, by source,
 * by month applied), days to the first answer and between rounds, the stage funnel, what
 * has stalled, how often follow-ups are answered, and weekly activity. Pure: the clock,
 * the time zone and the planner settings are passed in.
 */
import type { Application, PlannerSettings } from '../../model'
import { CLOSED_STAGES } from '../../model'
import { nextActions, type StageProposal } from '../planner'
import { DAY, isoInstant } from '../time'
import { factsOf, hasUpcomingInterview, lastHeardAt, type ApplicationFacts } from './application-facts'
import { dateOfDayNumber, dayNumber, localDayNumber, mondayOf, rateOf, spreadOf } from './numbers'
import type { CompanyTiming, FunnelRow, Insights, ResponseRate, StalledApplication, WeekActivity } from './types'

export interface InsightsOptions {
  now: number
  timeZone: string
  planner: PlannerSettings
  /** The changes of stage in Review, by application id (the planner reads them: planner/in-review.ts). */
  inReview?: ReadonlyMap<string, readonly StageProposal[]>
  /** YYYY-MM-DD: only applications sent (or tracked) on or after this day. */
  since?: string
  /** Silence after which an open application counts as stalled. */
  stalledAfterDays?: number
  /** Weeks of activity to show when no `since` is given. */
  weeks?: number
}

export const COMPANY_LIMIT = 50
export const FOLLOW_UP_WINDOW_DAYS = 7
const MAX_WEEKS = 104
const FOLLOW_UP_KINDS = new Set(['follow_up', 'application_follow_up', 'ask_next_steps'])

const responded = (f: ApplicationFacts) => f.firstResponseAt !== undefined

function rate(list: readonly ApplicationFacts[]): ResponseRate {
  const count = list.filter(responded).length
  return { applications: list.length, responded: count, rate: rateOf(count, list.length) }
}

function grouped<K extends string>(
  list: readonly ApplicationFacts[],
  keyOf: (f: ApplicationFacts) => K | undefined
): Map<K, ApplicationFacts[]> {
  const groups = new Map<K, ApplicationFacts[]>()
  for (const f of list) {
    const key = keyOf(f)
    if (key === undefined) continue
    const g = groups.get(key)
    if (g) g.push(f)
    else groups.set(key, [f])
  }
  return groups
}

export function computeInsights(apps: readonly Application[], options: InsightsOptions): Insights {
  const { now, timeZone, since } = options
  const stalledAfterDays = options.stalledAfterDays ?? 21
  const all = apps.map((a) => factsOf(a, timeZone))
  const tracked = since ? all.filter((f) => f.startDay >= since) : all
  const sent = tracked.filter((f) => f.appliedDay !== undefined)
  const day = (ms: number) => localDayNumber(ms, timeZone)

  // Response rate.
  const bySource = [...grouped(sent, (f) => f.source)]
    .map(([source, list]) => ({ source, ...rate(list) }))
    .sort((a, b) => b.applications - a.applications || a.source.localeCompare(b.source))
  const byMonth = [...grouped(sent, (f) => f.appliedDay!.slice(0, 7))]
    .map(([month, list]) => ({ month, ...rate(list) }))
    .sort((a, b) => a.month.localeCompare(b.month))

  // Timing: days to the first answer, days between rounds; overall and per company.
  const today = day(now)
  const firstReplyDays = (f: ApplicationFacts) =>
    f.firstResponseDay !== undefined && f.appliedDayNumber !== undefined
      ? [Math.max(0, Math.min(f.firstResponseDay, today) - f.appliedDayNumber)]
      : []
  const roundGaps = (f: ApplicationFacts) => f.interviewDays.slice(1).map((d, i) => Math.max(0, d - f.interviewDays[i]))
  // Companies with the most timings first; spreads only for the ones shown.
  const timed = [...grouped(sent, (f) => f.companyKey).values()]
    .map((list) => ({
      list,
      name: list[0].app.company.trim(),
      n: list.reduce((k, f) => k + (f.firstResponseDay !== undefined ? 1 : 0) + Math.max(0, f.interviewDays.length - 1), 0)
    }))
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const companies: CompanyTiming[] = timed.slice(0, COMPANY_LIMIT).map((c) => ({
    company: c.name,
    firstReply: spreadOf(c.list.flatMap(firstReplyDays)),
    betweenRounds: spreadOf(c.list.flatMap(roundGaps))
  }))

  // Funnel: applied → a person replied → interviewed → offer.
  const funnelCounts: Array<[FunnelRow['step'], string, number]> = [
    ['applied', 'Applied', sent.length],
    ['replied', 'Heard back', sent.filter(responded).length],
    ['interviewed', 'Interviewed', sent.filter((f) => f.interviewed).length],
    ['offer', 'Offer', sent.filter((f) => f.offered).length]
  ]
  const funnel = funnelCounts.map(([step, label, count]) => ({ step, label, count, share: rateOf(count, sent.length) }))

  // Stalled: open, nothing upcoming, nothing from their side for `stalledAfterDays`.
  const stalled: StalledApplication[] = []
  for (const f of sent) {
    const app = f.app
    if (CLOSED_STAGES.includes(app.stage) || app.stage === 'offer' || hasUpcomingInterview(f, now)) continue
    const appliedAt = Date.parse(`${f.appliedDay}T12:00:00Z`)
    const quietSince = Math.max(appliedAt, lastHeardAt(f, now) ?? -Infinity)
    const daysQuiet = Math.floor((now - quietSince) / DAY)
    if (daysQuiet < stalledAfterDays) continue
    const followUp = nextActions(app, options.planner, now, options.inReview?.get(app.id)).find((a) => FOLLOW_UP_KINDS.has(a.kind))
    stalled.push({
      applicationId: app.id,
      company: app.company,
      role: app.role,
      stage: app.stage,
      quietSince: isoInstant(quietSince),
      daysQuiet,
      ...(followUp ? { followUpKey: followUp.key } : {})
    })
  }
  stalled.sort((a, b) => b.daysQuiet - a.daysQuiet || a.company.localeCompare(b.company))

  // Follow-up effectiveness: answered by a person within a week.
  const windowMs = FOLLOW_UP_WINDOW_DAYS * DAY
  const sinceMs = since ? Date.parse(`${since}T00:00:00Z`) : -Infinity
  let settled = 0
  let answered = 0
  let waiting = 0
  for (const f of all) {
    for (const u of f.followUps) {
      if (u.at < sinceMs || u.at > now) continue
      const inTime = u.answeredAt !== undefined && u.answeredAt - u.at <= windowMs && u.answeredAt <= now
      if (inTime) {
        settled++
        answered++
      } else if (now - u.at >= windowMs) settled++
      else waiting++
    }
  }

  // Weekly activity, Monday to Sunday in the user's time zone.
  const thisWeek = mondayOf(day(now))
  let firstWeek = since ? mondayOf(dayNumber(since)) : thisWeek - 7 * ((options.weeks ?? 12) - 1)
  firstWeek = Math.max(firstWeek, thisWeek - 7 * (MAX_WEEKS - 1))
  const weekly: WeekActivity[] = []
  for (let n = firstWeek; n <= thisWeek; n += 7)
    weekly.push({ weekStart: dateOfDayNumber(n), applications: 0, interviews: 0, followUps: 0 })
  const bump = (dayNum: number, field: 'applications' | 'interviews' | 'followUps') => {
    const i = Math.floor((dayNum - firstWeek) / 7)
    if (i >= 0 && i < weekly.length) weekly[i][field]++
  }
  for (const f of all) {
    if (f.appliedDayNumber !== undefined) bump(f.appliedDayNumber, 'applications')
    for (const d of f.interviewDays) bump(d, 'interviews')
    f.followUps.forEach((u, i) => {
      if (u.at <= now) bump(f.followUpDays[i], 'followUps')
    })
  }

  return {
    generatedAt: isoInstant(now),
    timeZone,
    ...(since ? { since } : {}),
    tracked: tracked.length,
    responseRate: { overall: rate(sent), bySource, byMonth },
    timing: {
      firstReply: spreadOf(sent.flatMap(firstReplyDays)),
      betweenRounds: spreadOf(sent.flatMap(roundGaps)),
      byCompany: companies,
      companiesWithTimings: timed.length
    },
    funnel,
    stalled: { afterDays: stalledAfterDays, applications: stalled },
    followUps: { settled, answeredWithinWindow: answered, rate: rateOf(answered, settled), waiting, windowDays: FOLLOW_UP_WINDOW_DAYS },
    weekly
  }
}
