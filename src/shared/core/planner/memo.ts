/**
 * The planner's caches. An application's history is read once per application object (the
 * store replaces the object on every change), and a plan is kept until the clock passes a
 * moment at which it can change, so re-planning thousands of applications each minute
 * costs a lookup each.
 */
import type { Application, MessageRef, PlannerSettings } from '../../model'
import { dateAtLocalHour, DAY, resolveTimeZone } from '../time'
import { addressOf, deliveredAddresses } from '../address'
import { factsOf, STEP_CATEGORIES, THANK_YOU_CUTOFF_DAYS, type History, type NextAction, type Outgoing, type Reply } from './types'

export function isHumanReply(m: MessageRef): boolean {
  return m.direction === 'in' && !m.automatic && m.category !== 'unrelated' && m.category !== 'acknowledgement'
}

const NO_REPLY =
  /^(?:no-?reply|do-?not-?reply|donotreply|nao-?responda|ne-?pas-?repondre|nicht-?antworten|notifications?|mailer|bounces?)\b/i

/**
 * Nobody reads an answer to this mail: it was sent automatically, or it names no person to answer and comes from a
 * no-reply address or from another company's system (a test platform, a hiring system). A team mailbox on the
 * employer's own domain ("talent@acme.example") is still answered.
 */
export function fromMachine(m: MessageRef, companyDomain?: string): boolean {
  if (m.direction !== 'in') return false
  if (m.automatic) return true
  // Whom to answer is read in the text: a mail whose text was not read (and the date the user gave it) says nothing of it.
  if (!m.facts || m.facts.replyTo !== null || m.textUnread) return false
  const [local = '', domain = ''] = (addressOf(m.from) ?? m.from.trim().toLowerCase()).split('@')
  if (NO_REPLY.test(local)) return true
  return !!companyDomain && domain !== companyDomain && !domain.endsWith(`.${companyDomain}`)
}

/** A step that gave no deadline leaves the plan after this long: by then the link has expired or the step is done. */
const STEP_WITHOUT_DEADLINE_DAYS = 14

/** The moment a machine's step leaves the plan: the end of its deadline day in `tz`, or two weeks after it came. */
export function stepEndsAt(step: Reply, tz: string): number {
  const deadline = factsOf(step.message)?.candidateDeadline
  return deadline ? dateAtLocalHour(deadline, 0, tz) + DAY : step.at + STEP_WITHOUT_DEADLINE_DAYS * DAY
}

/**
 * What a kept plan was made from. The store never changes an application in place (each
 * change is a new object), but a caller holding one might: then this differs and the plan
 * is made again.
 */
export function stampOf(app: Application): string {
  return `${app.updatedAt}|${app.stage}|${app.events.length}|${app.interviews.length}|${app.contacts.length}|${JSON.stringify(app.actions)}`
}

const historyCache = new WeakMap<Application, { stamp: string; history: History }>()
export function historyOf(app: Application): History {
  const stamp = stampOf(app)
  const hit = historyCache.get(app)
  if (hit && hit.stamp === stamp) return hit.history
  const outgoing: Outgoing[] = []
  const replies: Reply[] = []
  const acknowledgements: Reply[] = []
  const machineSteps: Reply[] = []
  const companyDomain = app.companyDomain?.toLowerCase()
  let lastIncomingAt: number | undefined
  for (const event of app.events) {
    const m = event.message
    if (!m) continue
    const at = Date.parse(event.at)
    // Sync files recipients as "Dana <dana@acme.com>": compare the bare address.
    if (m.direction === 'out') {
      // A mail whose every recipient was refused reached no one: it answered nobody and followed up with nobody.
      const to = deliveredAddresses(m)
      if (to.length > 0 || !m.notDelivered?.length) outgoing.push({ at, to })
    } else if (isHumanReply(m)) replies.push({ at, event, message: m })
    else if (m.category === 'acknowledgement') acknowledgements.push({ at, event, message: m })
    if (m.direction !== 'in' || m.category === 'unrelated') continue
    lastIncomingAt = Math.max(lastIncomingAt ?? at, at)
    if (m.category && STEP_CATEGORIES.includes(m.category) && fromMachine(m, companyDomain)) machineSteps.push({ at, event, message: m })
  }
  machineSteps.sort((a, b) => a.at - b.at)
  replies.sort((a, b) => a.at - b.at)
  acknowledgements.sort((a, b) => a.at - b.at)
  const history: History = {
    contactsById: new Map(app.contacts.map((c) => [c.id, c])),
    companyDomain,
    outgoing,
    replies,
    acknowledgements,
    acknowledged: acknowledgements.length > 0,
    machineSteps,
    lastIncomingAt,
    interviews: [...app.interviews].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  }
  historyCache.set(app, { stamp, history })
  return history
}

/**
 * The moments at which the plan of `app` can change by the clock alone: an interview
 * ends, a thank-you becomes too late to suggest, a snooze runs out.
 */
function clockFlips(app: Application, tz: string): number[] {
  const flips: number[] = historyOf(app).machineSteps.map((s) => stepEndsAt(s, tz))
  for (const i of app.interviews) {
    const end = Date.parse(i.startsAt) + i.durationMinutes * 60_000
    flips.push(end, end + THANK_YOU_CUTOFF_DAYS * DAY + 1)
  }
  for (const key in app.actions) {
    const until = app.actions[key].until
    if (until) flips.push(Date.parse(until))
  }
  return flips
}

interface Kept {
  settings: PlannerSettings
  stamp: string
  from: number
  to: number
  actions: NextAction[]
}
const kept = new WeakMap<Application, Kept>()

/**
 * The plan kept for `app` at `now`, or a new one from `plan` (kept per application and settings object, and
 * `extra`: what else the plan was made from, in a word — the proposals in Review and their state).
 */
export function keptPlan(app: Application, settings: PlannerSettings, now: number, extra: string, plan: () => NextAction[]): NextAction[] {
  const hit = kept.get(app)
  const stamp = `${stampOf(app)}|${extra}`
  if (hit && hit.settings === settings && hit.stamp === stamp && now >= hit.from && now < hit.to) return hit.actions
  let from = -Infinity
  let to = Infinity
  for (const f of clockFlips(app, resolveTimeZone(settings.timeZone))) {
    if (f <= now) from = Math.max(from, f)
    else to = Math.min(to, f)
  }
  const actions = plan()
  kept.set(app, { settings, stamp, from, to, actions })
  return actions
}
