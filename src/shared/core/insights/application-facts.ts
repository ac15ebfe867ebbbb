/**
 * What one application's history says for the figures: when it was sent, when a person
 * first answered, its interview rounds, the follow-ups sent and whether each was answered.
 */
import type { Application } from '../../model'
import { isHumanReply } from '../planner'
import { localDate } from '../time'

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
  /** The day it was first tracked or sent (what --since compares with). */
  startDay: string
  responded: boolean
  firstResponseAt?: number
  interviewed: boolean
  offered: boolean
  interviewStarts: number[]
  /** Human replies, oldest first. */
  replies: number[]
  followUps: FollowUp[]
  /** Last time something came from their side: a reply or the end of an interview. */
  lastHeardAt?: number
  /** An interview still to come. */
  upcomingInterview: boolean
}

export function factsOf(app: Application, timeZone: string, now: number): ApplicationFacts {
  const history = app.stageHistory
  const appliedEntry = history.find((h) => h.stage !== 'interested')
  const appliedDay = app.appliedAt ?? (appliedEntry ? localDate(Date.parse(appliedEntry.at), timeZone) : app.stage !== 'interested' ? localDate(Date.parse(app.createdAt), timeZone) : undefined)
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
  const ends = app.interviews.map((i) => Date.parse(i.startsAt) + i.durationMinutes * 60_000).filter((t) => t <= now)
  const reachedResponse = history.filter((h) => (RESPONSE_STAGES as readonly string[]).includes(h.stage)).map((h) => Date.parse(h.at))
  const responseTimes = [...(replies.length ? [replies[0]] : []), ...reachedResponse, ...(interviewStarts.length ? [Math.min(interviewStarts[0], now)] : [])]
  const firstResponseAt = responseTimes.length ? Math.min(...responseTimes) : undefined
  const heard = [...replies, ...ends]
  return {
    app,
    appliedDay,
    startDay: appliedDay ?? localDate(Date.parse(app.createdAt), timeZone),
    responded: firstResponseAt !== undefined,
    firstResponseAt,
    interviewed: interviewStarts.length > 0 || history.some((h) => h.stage === 'interviewing'),
    offered: history.some((h) => h.stage === 'offer' || h.stage === 'accepted') || app.stage === 'offer' || app.stage === 'accepted',
    interviewStarts,
    replies,
    followUps,
    lastHeardAt: heard.length ? Math.max(...heard) : undefined,
    upcomingInterview: app.interviews.some((i) => Date.parse(i.startsAt) + i.durationMinutes * 60_000 > now)
  }
}
