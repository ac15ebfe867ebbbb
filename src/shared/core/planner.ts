/**
 * The follow-up planner: (application history, settings, now, what waits in Review) -> next actions.
 * Pure: no clock, no I/O. Implements the rules table of DESIGN.md ("Follow-up rules"):
 * the rules themselves are in planner/rules.ts (one function each), the caching in
 * planner/memo.ts. What replies said (their facts) drives the rules; a rejection the user
 * has not confirmed in Review is checked, not acted on (planner/in-review.ts).
 */
import type { Application, Interview, PlannerSettings } from '../model'
import { CLOSED_STAGES } from '../model'
import { resolveTimeZone } from './time'
import { keptPlan, historyOf } from './planner/memo'
import { answerReply, candidateDeadline, closeOutAfterRejection, endOf, followUps, thankYous, type RuleContext } from './planner/rules'
import type { NextAction, StageProposal } from './planner/types'
import { machineStep } from './planner/steps'
import { checkRejection, rejectionInReview } from './planner/in-review'

export { ACTION_KINDS, MAIL_ACTION_KINDS, type ActionKind, type MailActionKind, type NextAction, type StageProposal } from './planner/types'
export { isHumanReply } from './planner/memo'

const NONE: readonly StageProposal[] = []

/**
 * Plans the next actions for one application, most urgent first. Read-only: it may be shared.
 * `inReview`: the stage changes its mail proposed that are still open in Review or were dismissed there.
 */
export function nextActions(
  app: Application,
  settings: PlannerSettings,
  now: number,
  inReview: readonly StageProposal[] = NONE
): NextAction[] {
  return keptPlan(app, settings, now, reviewStamp(inReview), () => planApplication(app, settings, now, inReview).sort(compareActions))
}

const reviewStamp = (inReview: readonly StageProposal[]): string => inReview.map((p) => `${p.id}:${p.status}`).join(',')

function planApplication(app: Application, settings: PlannerSettings, now: number, inReview: readonly StageProposal[]): NextAction[] {
  if (CLOSED_STAGES.includes(app.stage)) return []
  const history = historyOf(app)
  const ended = history.interviews.filter((i) => endOf(i) <= now)
  const c: RuleContext = {
    app,
    settings,
    now,
    history,
    tz: resolveTimeZone(settings.timeZone),
    base: { applicationId: app.id, company: app.company, role: app.role },
    lastReply: history.replies[history.replies.length - 1],
    ended,
    lastInterview: ended[ended.length - 1],
    upcoming: history.interviews.some((i) => endOf(i) > now)
  }
  // A rejection waiting in Review is checked, not closed out as settled; one the user dismissed closes nothing.
  const reading = rejectionInReview(c.lastReply, inReview)
  if (reading?.status === 'open') return withState(app, now, [checkRejection(c, reading)])
  const closeOut = reading ? undefined : closeOutAfterRejection(c)
  if (closeOut) return withState(app, now, [closeOut])
  const planned: NextAction[] = []
  const thanksPending = thankYous(c, planned)
  const step = machineStep(c)
  const deadline = candidateDeadline(c)
  const answer = answerReply(c, deadline)
  if (step) planned.push(step)
  if (answer) return withState(app, now, [...planned, answer])
  if (deadline) planned.push(deadline)
  // A test or a booking waits on the user: no follow-up nags the employer meanwhile.
  if (step) return withState(app, now, planned)
  if (c.upcoming || thanksPending.size > 0 || app.stage === 'offer' || app.stage === 'interested') return withState(app, now, planned)
  return withState(app, now, [...planned, ...followUps(c)])
}

/** Applies done / dismissed / snoozed state: hides finished actions, moves snoozed ones. */
function withState(app: Application, now: number, actions: NextAction[]): NextAction[] {
  const out: NextAction[] = []
  for (const a of actions) {
    const s = app.actions[a.key]
    if (s?.status === 'done' || s?.status === 'dismissed') continue
    if (s?.status === 'snoozed' && s.until && Date.parse(s.until) > now) {
      const until = new Date(Date.parse(s.until)).toISOString().replace('.000Z', 'Z')
      out.push({ ...a, dueAt: until, snoozedUntil: until })
      continue
    }
    out.push(a)
  }
  return out
}

/** Next actions across all applications, most urgent first; suggestions without a due time last. `inReview` by application id. */
export function planAll(
  apps: readonly Application[],
  settings: PlannerSettings,
  now: number,
  inReview?: ReadonlyMap<string, readonly StageProposal[]>
): NextAction[] {
  const all: NextAction[] = []
  for (const app of apps) all.push(...nextActions(app, settings, now, inReview?.get(app.id)))
  return all.sort(compareActions)
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Soonest first; suggestions without a due time last. Plain string order: ISO instants sort as text. */
export function compareActions(a: NextAction, b: NextAction): number {
  if (a.dueAt === null || b.dueAt === null) return a.dueAt === b.dueAt ? cmp(a.key, b.key) : a.dueAt === null ? 1 : -1
  return cmp(a.dueAt, b.dueAt) || cmp(a.applicationId, b.applicationId)
}

/** The soonest interview of `app` that has not ended at `now`; none once the application is closed (nothing is planned then). */
export function nextInterview(app: Application, now: number): Interview | undefined {
  if (CLOSED_STAGES.includes(app.stage)) return undefined
  return historyOf(app).interviews.find((i) => endOf(i) > now)
}

/** When the latest mail from the employer about the process arrived (any incoming mail but unrelated mail), if any. */
export function lastHeardAt(app: Application): number | undefined {
  return historyOf(app).lastIncomingAt
}
