/**
 * The Insights figures, from the applications alone: response rate (overall, by source,
 * by month applied), days to the first answer and between rounds, the stage funnel, what
 * has stalled, how often follow-ups are answered, and weekly activity. Pure: the clock,
 * the time zone and the planner settings are passed in.
 */
import type { Application, PlannerSettings } from '../../model'
import { CLOSED_STAGES } from '../../model'
import { nextActions } from '../planner'
import { DAY, isoInstant, localDate } from '../time'
import { factsOf, type ApplicationFacts } from './application-facts'
import { dateOfDayNumber, dayNumber, rateOf, spreadOf, weekStartOf } from './numbers'
import { sourceGroup } from './sources'
import type { CompanyTiming, FunnelRow, Insights, ResponseRate, StalledApplication, WeekActivity } from './types'

export interface InsightsOptions {
  now: number
  timeZone: string
  planner: PlannerSettings
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

function rate(list: readonly ApplicationFacts[]): ResponseRate {
  const responded = list.filter((f) => f.responded).length
  return { applications: list.length, responded, rate: rateOf(responded, list.length) }
}

function grouped<K extends string>(list: readonly ApplicationFacts[], keyOf: (f: ApplicationFacts) => K | undefined): Map<K, ApplicationFacts[]> {
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

const daysBetween = (fromDay: string, toDay: string) => Math.max(0, dayNumber(toDay) - dayNumber(fromDay))

export function computeInsights(apps: readonly Application[], options: InsightsOptions): Insights {
  const { now, timeZone, since } = options
  const stalledAfterDays = options.stalledAfterDays ?? 21
  const all = apps.map((a) => factsOf(a, timeZone, now))
  const tracked = since ? all.filter((f) => f.startDay >= since) : all
  const sent = tracked.filter((f) => f.appliedDay !== undefined)
  const local = (ms: number) => localDate(ms, timeZone)

  // Response rate.
  const bySource = [...grouped(sent, (f) => sourceGroup(f.app.source))].map(([source, list]) => ({ source, ...rate(list) }))
    .sort((a, b) => b.applications - a.applications || a.source.localeCompare(b.source))
  const byMonth = [...grouped(sent, (f) => f.appliedDay!.slice(0, 7))].map(([month, list]) => ({ month, ...rate(list) }))
    .sort((a, b) => a.month.localeCompare(b.month))

  // Timing: days to the first answer, days between rounds; overall and per company.
  const firstReplyDays = (f: ApplicationFacts) => (f.firstResponseAt !== undefined && f.appliedDay ? [daysBetween(f.appliedDay, local(f.firstResponseAt))] : [])
  const roundGaps = (f: ApplicationFacts) => f.interviewStarts.slice(1).map((t, i) => daysBetween(local(f.interviewStarts[i]), local(t)))
  const companies: CompanyTiming[] = []
  for (const [, list] of grouped(sent, (f) => f.app.company.trim().toLowerCase())) {
    const firstReply = spreadOf(list.flatMap(firstReplyDays))
    const betweenRounds = spreadOf(list.flatMap(roundGaps))
    if (firstReply.count + betweenRounds.count > 0) companies.push({ company: list[0].app.company.trim(), firstReply, betweenRounds })
  }
  companies.sort((a, b) => (b.firstReply.count + b.betweenRounds.count) - (a.firstReply.count + a.betweenRounds.count) || a.company.localeCompare(b.company))

  // Funnel: applied → a person replied → interviewed → offer.
  const funnelCounts: Array<[FunnelRow['step'], string, number]> = [
    ['applied', 'Applied', sent.length],
    ['replied', 'Heard back', sent.filter((f) => f.responded).length],
    ['interviewed', 'Interviewed', sent.filter((f) => f.interviewed).length],
    ['offer', 'Offer', sent.filter((f) => f.offered).length]
  ]
  const funnel = funnelCounts.map(([step, label, count]) => ({ step, label, count, share: rateOf(count, sent.length) }))

  // Stalled: open, nothing upcoming, nothing from their side for `stalledAfterDays`.
  const stalled: StalledApplication[] = []
  for (const f of sent) {
    const app = f.app
    if (CLOSED_STAGES.includes(app.stage) || app.stage === 'offer' || f.upcomingInterview) continue
    const appliedAt = Date.parse(`${f.appliedDay}T12:00:00Z`)
    const quietSince = Math.max(appliedAt, f.lastHeardAt ?? -Infinity)
    const daysQuiet = Math.floor((now - quietSince) / DAY)
    if (daysQuiet < stalledAfterDays) continue
    const followUp = nextActions(app, options.planner, now).find((a) => FOLLOW_UP_KINDS.has(a.kind))
    stalled.push({
      applicationId: app.id, company: app.company, role: app.role, stage: app.stage, quietSince: isoInstant(quietSince), daysQuiet,
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
  const thisWeek = dayNumber(weekStartOf(local(now)))
  let firstWeek = since ? dayNumber(weekStartOf(since)) : thisWeek - 7 * ((options.weeks ?? 12) - 1)
  firstWeek = Math.max(firstWeek, thisWeek - 7 * (MAX_WEEKS - 1))
  const weeks = new Map<string, WeekActivity>()
  for (let n = firstWeek; n <= thisWeek; n += 7) weeks.set(dateOfDayNumber(n), { weekStart: dateOfDayNumber(n), applications: 0, interviews: 0, followUps: 0 })
  const bump = (day: string, field: 'applications' | 'interviews' | 'followUps') => {
    const w = weeks.get(weekStartOf(day))
    if (w) w[field]++
  }
  for (const f of all) {
    if (f.appliedDay) bump(f.appliedDay, 'applications')
    for (const t of f.interviewStarts) bump(local(t), 'interviews')
    for (const u of f.followUps) if (u.at <= now) bump(local(u.at), 'followUps')
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
      byCompany: companies.slice(0, COMPANY_LIMIT),
      companiesWithTimings: companies.length
    },
    funnel,
    stalled: { afterDays: stalledAfterDays, applications: stalled },
    followUps: { settled, answeredWithinWindow: answered, rate: rateOf(answered, settled), waiting, windowDays: FOLLOW_UP_WINDOW_DAYS },
    weekly: [...weeks.values()]
  }
}
