/**
 * What one application's history says for the figures: when it was sent, when a person
 * first answered, its interview rounds, the follow-ups sent and whether each was answered.
 */
import type { Application } from '../../model'
import { isHumanReply } from '../planner'
import { localDate } from '../time'
import { dayNumber, localDayNumber } from './numbers'
import { sourceGroup } from './sources'

const RESPONSE_STAGES = ['interviewing', 'offer', 'accepted', 'rejected'] as const
const FOLLOW_UP_KINDS = new Set(['thank_you', 'ask_next_steps', 'follow_up', 'application_follow_up'])
const HOUR = 3_600_000

export interface FollowUp {
  at: number
  /** When a person first answered after it. */
  answeredAt?: number
}

export interface ApplicationFacts {
  app: Application
  /** The day it was sent, YYYY-MM-DD; undefined while only "interested". */
  appliedDay?: string
  /** …as a day number (days since 1970-01-01). */
  appliedDayNumber?: number
  source: string
  companyKey: string
  /** The day it was first tracked or sent (what --since compares with). */
  startDay: string
  /** When a person first answered (by mail, an interview, a decision), if they did. */
  firstResponseAt?: number
  interviewed: boolean
  offered: boolean
  interviewStarts: number[]
  /** Human replies, oldest first. */
  replies: number[]
  followUps: FollowUp[]
  interviewEnds: number[]
  /** Local day numbers, worked out once: interviews, follow-ups, the first answer. */
  interviewDays: number[]
  followUpDays: number[]
  firstResponseDay?: number
}

/**
 * Facts do not depend on the clock, so they are kept per application object (the store
 * replaces the object on every change) and time zone: figures for thousands of
 * applications are then recomputed from these, not from every timeline.
 */
const kept = new WeakMap<Application, { timeZone: string; facts: ApplicationFacts }>()
export function factsOf(app: Application, timeZone: string): ApplicationFacts {
  const hit = kept.get(app)
  if (hit && hit.timeZone === timeZone) return hit.facts
  const facts = readFacts(app, timeZone)
  kept.set(app, { timeZone, facts })
  return facts
}

/** Last time something came from their side by `now`: a reply or the end of an interview. */
export function lastHeardAt(f: ApplicationFacts, now: number): number | undefined {
  let last: number | undefined
  for (const t of f.replies) if (t <= now && (last === undefined || t > last)) last = t
  for (const t of f.interviewEnds) if (t <= now && (last === undefined || t > last)) last = t
  return last
}

export const hasUpcomingInterview = (f: ApplicationFacts, now: number) => f.interviewEnds.some((t) => t > now)

function readFacts(app: Application, timeZone: string): ApplicationFacts {
  const history = app.stageHistory
  const appliedEntry = history.find((h) => h.stage !== 'interested')
  const appliedDay =
    app.appliedAt ??
    (appliedEntry
      ? localDate(Date.parse(appliedEntry.at), timeZone)
      : app.stage !== 'interested'
        ? localDate(Date.parse(app.createdAt), timeZone)
        : undefined)
  const replies: number[] = []
  const sent: Array<{ at: number; key?: string }> = []
  let lastMessageWasReply = false
  for (const e of app.events) {
    const m = e.message
    if (m) {
      if (m.direction === 'in' && isHumanReply(m)) {
        replies.push(Date.parse(e.at))
        lastMessageWasReply = true
      } else if (m.direction === 'out') {
        const kind = e.actionKey?.split(':')[0]
        if (kind ? FOLLOW_UP_KINDS.has(kind) : !lastMessageWasReply) sent.push({ at: Date.parse(e.at), key: e.actionKey })
        lastMessageWasReply = false
      }
    } else if (e.type === 'action_done' && e.actionKey && FOLLOW_UP_KINDS.has(e.actionKey.split(':')[0])) {
      sent.push({ at: Date.parse(e.at), key: e.actionKey })
    }
  }
  replies.sort((a, b) => a - b)
  // One follow-up is often both a sent mail and "done": count it once.
  sent.sort((a, b) => a.at - b.at)
  const followUps: FollowUp[] = []
  let previous: { at: number; key?: string } | undefined
  for (const s of sent) {
    if (previous && ((s.key && s.key === previous.key) || s.at - previous.at < HOUR)) continue
    const answeredAt = replies.find((r) => r > s.at)
    followUps.push(answeredAt === undefined ? { at: s.at } : { at: s.at, answeredAt })
    previous = s
  }
  const interviewStarts = app.interviews.map((i) => Date.parse(i.startsAt)).sort((a, b) => a - b)
  const interviewEnds = app.interviews.map((i) => Date.parse(i.startsAt) + i.durationMinutes * 60_000)
  const reachedResponse = history.filter((h) => (RESPONSE_STAGES as readonly string[]).includes(h.stage)).map((h) => Date.parse(h.at))
  const responseTimes = [
    ...(replies.length ? [replies[0]] : []),
    ...reachedResponse,
    ...(interviewStarts.length ? [interviewStarts[0]] : [])
  ]
  const firstResponseAt = responseTimes.length ? Math.min(...responseTimes) : undefined
  return {
    app,
    appliedDay,
    ...(appliedDay ? { appliedDayNumber: dayNumber(appliedDay) } : {}),
    source: sourceGroup(app.source),
    companyKey: app.company.trim().toLowerCase(),
    startDay: appliedDay ?? localDate(Date.parse(app.createdAt), timeZone),
    firstResponseAt,
    interviewed: interviewStarts.length > 0 || history.some((h) => h.stage === 'interviewing'),
    offered: history.some((h) => h.stage === 'offer' || h.stage === 'accepted') || app.stage === 'offer' || app.stage === 'accepted',
    interviewStarts,
    replies,
    followUps,
    interviewEnds,
    interviewDays: interviewStarts.map((t) => localDayNumber(t, timeZone)),
    followUpDays: followUps.map((u) => localDayNumber(u.at, timeZone)),
    ...(firstResponseAt !== undefined ? { firstResponseDay: localDayNumber(firstResponseAt, timeZone) } : {})
  }
}
