/**
 * An application's stage history: every stage it went through, with when. Recorded on
 * every write (the store calls `stageHistoryAfter` with the document about to be saved),
 * and worked out from the timeline for data saved before Afterview kept a history.
 * Pure: the time of a change is the application's own `updatedAt`.
 */
import type { Application, Stage, StageChange } from '../model'
import { STAGE_LABELS, STAGES } from '../model'
import { isHumanReply } from './planner'

type HistorySource = Pick<Application, 'stage' | 'appliedAt' | 'createdAt' | 'updatedAt' | 'events' | 'interviews'> & {
  stageHistory?: StageChange[]
}

const byLabel = new Map<string, Stage>(STAGES.map((s) => [STAGE_LABELS[s].toLowerCase(), s]))

/** A date-only day as an instant: midday UTC falls on that same date almost everywhere. */
export const middayOf = (date: string): string => `${date}T12:00:00Z`

/**
 * The history to save with `app`: its history so far with the current stage appended when
 * it differs from the last one recorded. An application without a history (new, or saved
 * by an older version) gets one worked out from its timeline.
 */
export function stageHistoryAfter(app: HistorySource): StageChange[] {
  const history = app.stageHistory ?? []
  if (history.length === 0) return inferStageHistory(app, { inferred: false })
  const last = history[history.length - 1]
  if (last.stage === app.stage) return history
  const at = app.updatedAt > last.at ? app.updatedAt : last.at
  return [...history, { stage: app.stage, at }]
}

/**
 * The stages an application went through, read from its timeline: the "Moved from … to …"
 * entries when there are any; otherwise the evidence (applied date, interviews, an offer or
 * a rejection by mail). Always ends with the current stage.
 */
export function inferStageHistory(app: HistorySource, options: { inferred: boolean } = { inferred: true }): StageChange[] {
  const points: { stage: Stage; at: string }[] = []
  const moves = app.events
    .filter((e) => e.type === 'stage_changed')
    .map((e) => {
      const m = /^Moved from (.+) to (.+)$/.exec(e.text.trim())
      const from = m ? byLabel.get(m[1].toLowerCase()) : undefined
      const to = m ? byLabel.get(m[2].toLowerCase()) : undefined
      return from && to ? { from, to, at: e.at } : undefined
    })
    .filter((m): m is { from: Stage; to: Stage; at: string } => !!m)
  const start = app.appliedAt ? middayOf(app.appliedAt) : app.createdAt
  const first = start < app.createdAt ? start : app.createdAt
  if (moves.length) {
    points.push({ stage: moves[0].from, at: moves[0].from === 'interested' ? app.createdAt : first })
    for (const m of moves) points.push({ stage: m.to, at: m.at })
  } else {
    points.push({ stage: app.appliedAt || app.stage !== 'interested' ? 'applied' : 'interested', at: first })
    const starts = app.interviews.map((i) => i.startsAt).sort()
    const added = app.events.find((e) => e.type === 'interview_added')?.at
    const interviewAt = added ?? starts[0]
    if (interviewAt) points.push({ stage: 'interviewing', at: interviewAt < app.updatedAt ? interviewAt : app.updatedAt })
    for (const e of app.events) {
      const m = e.message
      if (!m || !isHumanReply(m)) continue
      if (m.category === 'offer') points.push({ stage: 'offer', at: e.at })
      if (m.category === 'rejection' && (m.confidence === undefined || m.confidence >= 0.6)) points.push({ stage: 'rejected', at: e.at })
    }
  }
  points.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  const history: StageChange[] = []
  for (const p of points) {
    if (history.length && history[history.length - 1].stage === p.stage) continue
    history.push(options.inferred ? { ...p, inferred: true } : { ...p })
  }
  const last = history[history.length - 1]
  if (!last || last.stage !== app.stage) {
    const at = !last || app.updatedAt > last.at ? app.updatedAt : last.at
    history.push(options.inferred ? { stage: app.stage, at, inferred: true } : { stage: app.stage, at })
  }
  return history
}

/** Did the application ever reach one of these stages? */
export function reachedStage(history: readonly StageChange[], stages: readonly Stage[]): StageChange | undefined {
  return history.find((h) => stages.includes(h.stage))
}
