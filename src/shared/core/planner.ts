/**
 * The follow-up planner: (application history, settings, now) -> next actions.
 * Pure: no clock, no I/O. Implements the rules table of DESIGN.md ("Follow-up rules").
 */
import type { Application, Contact, Interview, MessageRef, PlannerSettings, TimelineEvent } from '../model'
import { CLOSED_STAGES } from '../model'
import { safeSender } from './safe-sender'
import { addBusinessDays, dateAtLocalHour, DAY, formatDay, formatDayTime, HOUR, isoInstant, resolveTimeZone } from './time'

export const ACTION_KINDS = ['thank_you', 'ask_next_steps', 'follow_up', 'application_follow_up', 'answer', 'close_out'] as const
export type ActionKind = (typeof ACTION_KINDS)[number]

export interface NextAction {
  /** Stable key: the same action keeps it from one plan to the next (done/snooze state hangs off it). */
  key: string
  applicationId: string
  kind: ActionKind
  /** "Send a thank-you to Dana" */
  title: string
  /** Why, in plain words. */
  reason: string
  /** ISO instant; null for suggestions that never nag (close out). */
  dueAt: string | null
  company: string
  role: string
  /** Who it goes to. */
  contactIds: string[]
  interviewId?: string
  /** The message this action answers (Message-ID), when it answers one. */
  replyToMessageId?: string
  /** Set when the user snoozed it: the original due time is replaced by this. */
  snoozedUntil?: string
  /** A thank-you that should also ask about next steps (no timeline was given). */
  asksNextSteps?: boolean
}

/** Interviews older than this get no thank-you reminder: too late to help. */
const THANK_YOU_CUTOFF_DAYS = 14
/** Local hour at which date-only deadlines fall due. */
const MORNING = 9

interface Outgoing { at: number; to: string[] }
interface Reply { at: number; event: TimelineEvent; message: MessageRef }

const KIND_NAMES: Record<string, string> = {
  interview_request: 'an interview request',
  assessment: 'an assessment',
  offer: 'an offer',
  update: 'an update',
  rejection: 'a decision',
  acknowledgement: 'an acknowledgement'
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name
}

function namesOf(contacts: Contact[]): string {
  const names = contacts.map((c) => c.name)
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

function isHumanReply(m: MessageRef): boolean {
  return m.direction === 'in' && !m.automatic && m.category !== 'unrelated' && m.category !== 'acknowledgement'
}

/** Below this the classifier is "not sure": no decision is taken on its word. */
const SURE = 0.6

function isSureRejection(m: MessageRef): boolean {
  // An unverified sender's word closes nothing.
  return !m.unverifiedSender && m.category === 'rejection' && (m.confidence === undefined || m.confidence >= SURE)
}

function needsAnswer(m: MessageRef): boolean {
  // An unsure label is no reason to stay silent: the user should read it and answer.
  if (m.confidence !== undefined && m.confidence < SURE && (m.category === 'rejection' || m.category === 'offer')) return true
  if (m.needsAnswer !== undefined) return m.needsAnswer
  return m.category === undefined || m.category === 'interview_request' || m.category === 'assessment' || m.category === 'offer'
}

interface Facts {
  contactsById: Map<string, Contact>
  companyDomain?: string
  outgoing: Outgoing[]
  replies: Reply[]
  acknowledged: boolean
  interviews: Interview[]
}

/**
 * What an application's history says, independent of the clock. Kept per application
 * object (the store replaces the object on every change), so re-planning thousands of
 * applications each minute does not re-read thousands of timelines.
 */
const factsCache = new WeakMap<Application, { stamp: string; facts: Facts }>()
function factsOf(app: Application): Facts {
  const stamp = stampOf(app)
  const hit = factsCache.get(app)
  if (hit && hit.stamp === stamp) return hit.facts
  const outgoing: Outgoing[] = []
  const replies: Reply[] = []
  let acknowledged = false
  for (const event of app.events) {
    const m = event.message
    if (!m) continue
    const at = Date.parse(event.at)
    // Sync files recipients as "Dana <dana@acme.com>": compare the bare address.
    if (m.direction === 'out') outgoing.push({ at, to: m.to.map((t) => (/<([^>]+)>/.exec(t)?.[1] ?? t).trim().toLowerCase()) })
    else if (isHumanReply(m)) replies.push({ at, event, message: m })
    else if (m.category === 'acknowledgement') acknowledged = true
  }
  replies.sort((a, b) => a.at - b.at)
  const facts: Facts = {
    contactsById: new Map(app.contacts.map((c) => [c.id, c])),
    companyDomain: app.companyDomain?.toLowerCase(),
    outgoing, replies, acknowledged,
    interviews: [...app.interviews].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  }
  factsCache.set(app, { stamp, facts })
  return facts
}

/**
 * The moments at which the plan of `app` can change by the clock alone: an interview
 * ends, a thank-you becomes too late to suggest, a snooze runs out. Between two of them
 * the plan is the same, so it is kept (per application object and settings object) and
 * re-planning thousands of applications each minute costs a lookup each.
 */
function clockFlips(app: Application): number[] {
  const flips: number[] = []
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

/**
 * What a kept plan was made from. The store never changes an application in place (each
 * change is a new object), but a caller holding one might: then this differs and the plan
 * is made again.
 */
function stampOf(app: Application): string {
  return `${app.updatedAt}|${app.stage}|${app.events.length}|${app.interviews.length}|${app.contacts.length}|${JSON.stringify(app.actions)}`
}

interface Kept { settings: PlannerSettings; stamp: string; from: number; to: number; actions: NextAction[] }
const kept = new WeakMap<Application, Kept>()

/** Plans the next actions for one application, most urgent first. Read-only: it may be shared. */
export function nextActions(app: Application, settings: PlannerSettings, now: number): NextAction[] {
  const hit = kept.get(app)
  const stamp = stampOf(app)
  if (hit && hit.settings === settings && hit.stamp === stamp && now >= hit.from && now < hit.to) return hit.actions
  let from = -Infinity
  let to = Infinity
  for (const f of clockFlips(app)) {
    if (f <= now) from = Math.max(from, f)
    else to = Math.min(to, f)
  }
  const actions = planApplication(app, settings, now).sort(compareActions)
  kept.set(app, { settings, stamp, from, to, actions })
  return actions
}

function planApplication(app: Application, settings: PlannerSettings, now: number): NextAction[] {
  if (CLOSED_STAGES.includes(app.stage)) return []
  const tz = resolveTimeZone(settings.timeZone)
  const planned: NextAction[] = []
  const base = { applicationId: app.id, company: app.company, role: app.role }
  const { contactsById, companyDomain, outgoing, replies, acknowledged, interviews } = factsOf(app)
  const lastReply = replies[replies.length - 1]
  const state = (key: string) => app.actions[key]
  const doneAt = (key: string) => {
    const s = state(key)
    return s && s.status === 'done' ? Date.parse(s.at) : undefined
  }

  const endOf = (i: Interview) => Date.parse(i.startsAt) + i.durationMinutes * 60_000
  const ended = interviews.filter((i) => endOf(i) <= now)
  const upcoming = interviews.some((i) => endOf(i) > now)
  const lastInterview = ended[ended.length - 1]

  const sentToInterviewersAfter = (i: Interview) => {
    const emails = new Set(i.contactIds.map((id) => contactsById.get(id)?.email).filter((e): e is string => !!e))
    return outgoing.find((o) => o.at >= endOf(i) && o.to.some((t) => emails.has(t) || (!!companyDomain && t.endsWith(`@${companyDomain}`))))
  }

  // A rejection ends the chase: suggest closing out, nothing else.
  if (lastReply && isSureRejection(lastReply.message)) {
    return withState(app, now, [{
      ...base, key: `close_out:${lastReply.event.id}`, kind: 'close_out', title: `Close out ${app.company}`,
      reason: `${app.company} declined on ${formatDay(lastReply.at, tz)}. Close the application; a short, gracious reply keeps the door open.`,
      dueAt: null, contactIds: [], replyToMessageId: lastReply.message.messageId
    }])
  }

  // Thank-you (and next steps) after each interview that ended.
  const thanksPending = new Set<string>()
  for (const i of ended) {
    const end = endOf(i)
    if (now - end > THANK_YOU_CUTOFF_DAYS * DAY) continue
    const key = `thank_you:${i.id}`
    const s = state(key)
    const who = i.contactIds.map((id) => contactsById.get(id)).filter((c): c is Contact => !!c)
    if (s?.status === 'done' || sentToInterviewersAfter(i)) continue
    const names = namesOf(who)
    if (s?.status === 'dismissed') {
      // No thank-you wanted, but with no timeline they should still ask what happens next.
      const askKey = `ask_next_steps:${i.id}`
      if (!i.timelineGiven && !(lastReply && lastReply.at > end)) {
        planned.push({
          ...base, key: askKey, kind: 'ask_next_steps', title: names ? `Ask ${firstName(who[0].name)} about next steps` : `Ask ${app.company} about next steps`,
          reason: `No timeline was given in your interview on ${formatDay(end, tz)}. Asking politely about next steps shows interest and tells you what to expect.`,
          dueAt: isoInstant(end + settings.thankYouWithinHours * HOUR), contactIds: who.map((c) => c.id), interviewId: i.id
        })
        if (!state(askKey)) thanksPending.add(i.id)
      }
      continue
    }
    thanksPending.add(i.id)
    planned.push({
      ...base, key, kind: 'thank_you',
      title: names ? `Send a thank-you to ${who.map((c) => firstName(c.name)).join(' and ')}` : `Send a thank-you to ${app.company}`,
      reason: `Your interview${names ? ` with ${names}` : ''} ended ${formatDayTime(end, tz)}. A concise thank-you within ${settings.thankYouWithinHours} hours keeps you top of mind.` +
        (i.timelineGiven ? '' : ' No timeline was given, so the draft also asks about next steps.'),
      dueAt: isoInstant(end + settings.thankYouWithinHours * HOUR),
      contactIds: who.map((c) => c.id), interviewId: i.id, asksNextSteps: !i.timelineGiven
    })
  }

  // Answer the latest reply that waits for one.
  if (lastReply && needsAnswer(lastReply.message) && !outgoing.some((o) => o.at > lastReply.at)) {
    const key = `answer:${lastReply.event.id}`
    // The real sending address, never an address written inside the display name.
    const shown = safeSender(lastReply.message.from)
    const sender = lastReply.message.unverifiedSender ? undefined : app.contacts.find((c) => c.email && c.email === shown.address)
    const who = sender?.name ?? (lastReply.message.unverifiedSender ? `An unverified sender (${shown.address})` : shown.name || shown.address || app.company)
    const what = lastReply.message.category ? KIND_NAMES[lastReply.message.category] ?? 'a message' : 'a message'
    planned.push({
      ...base, key, kind: 'answer', title: lastReply.message.unverifiedSender ? `Answer the mail from an unverified sender` : `Answer ${firstName(who)}`,
      reason: `${who} sent ${what} on ${formatDay(lastReply.at, tz)}${lastReply.message.subject ? ` ("${lastReply.message.subject}")` : ''}. They are waiting for your answer.`,
      dueAt: isoInstant(addBusinessDays(lastReply.at, settings.answerWithinBusinessDays, tz)),
      contactIds: sender ? [sender.id] : [], replyToMessageId: lastReply.message.messageId
    })
    return withState(app, now, planned)
  }

  if (upcoming || thanksPending.size > 0 || app.stage === 'offer' || app.stage === 'interested') return withState(app, now, planned)

  // The "no reply" chain: since the last thing that happened, how many follow-ups went unanswered?
  const lastInterviewEnd = lastInterview ? endOf(lastInterview) : undefined
  let baselineAt: number
  let baselineKey: string
  if (lastReply && (lastInterviewEnd === undefined || lastReply.at > lastInterviewEnd)) {
    baselineAt = lastReply.at
    baselineKey = `reply-${lastReply.event.id}`
  } else if (lastInterview && lastInterviewEnd !== undefined) {
    baselineAt = lastInterviewEnd
    baselineKey = `interview-${lastInterview.id}`
  } else if (app.appliedAt) {
    if (!settings.followUpAfterAutoAcknowledgement && acknowledged) return withState(app, now, planned)
    baselineAt = dateAtLocalHour(app.appliedAt, MORNING, tz)
    baselineKey = 'applied'
  } else {
    return withState(app, now, planned)
  }

  const chainKey = (n: number) => (baselineKey === 'applied' && n === 0 ? 'application_follow_up' : `follow_up:${baselineKey}:${n}`)
  let n = 0
  const sentTimes = outgoing.filter((o) => o.at >= baselineAt).map((o) => o.at)
  if (lastInterview && baselineKey.startsWith('interview-')) {
    const t = doneAt(`thank_you:${lastInterview.id}`) ?? doneAt(`ask_next_steps:${lastInterview.id}`)
    if (t !== undefined) sentTimes.push(t)
  }
  for (;;) {
    const t = doneAt(chainKey(n))
    if (t === undefined) break
    sentTimes.push(t)
    n++
  }
  if (n >= settings.followUpsBeforeClosing) {
    planned.push({
      ...base, key: `close_out:${baselineKey}`, kind: 'close_out', title: `Consider closing ${app.company}`,
      reason: `${n} follow-ups since ${formatDay(baselineAt, tz)} got no answer. It may be time to close this application and put your energy elsewhere.`,
      dueAt: null, contactIds: []
    })
    return withState(app, now, planned)
  }

  const lastSent = sentTimes.length ? Math.max(...sentTimes) : baselineAt
  const contactIds = lastInterview?.contactIds ?? app.contacts.slice(0, 1).map((c) => c.id)
  const who = contactIds.map((id) => contactsById.get(id)).filter((c): c is Contact => !!c)
  if (baselineKey === 'applied' && n === 0) {
    planned.push({
      ...base, key: chainKey(0), kind: 'application_follow_up', title: `Follow up on your ${app.role || app.company} application`,
      reason: `You applied on ${formatDay(baselineAt, tz)}. With no reply from a person after ${settings.applicationFollowUpAfterBusinessDays} business days, a short note can bring your application back to the top.`,
      dueAt: isoInstant(addBusinessDays(baselineAt, settings.applicationFollowUpAfterBusinessDays, tz)), contactIds: who.map((c) => c.id)
    })
    return withState(app, now, planned)
  }
  const promise = n === 0 ? latestPromise(app, lastInterview, baselineAt, tz) : undefined
  const waitUntil = promise ?? addBusinessDays(lastSent, settings.followUpAfterBusinessDays, tz)
  planned.push({
    ...base, key: chainKey(n), kind: 'follow_up',
    title: who.length ? `Follow up with ${firstName(who[0].name)}` : `Follow up with ${app.company}`,
    reason: promise !== undefined
      ? `They said you would hear back by ${formatDay(promise, tz)}. If nothing has come by then, a respectful follow-up the next business day reiterates your interest.`
      : `No reply since ${formatDay(lastSent, tz)}. After ${settings.followUpAfterBusinessDays} business days of silence a short, respectful follow-up is welcome.`,
    dueAt: isoInstant(addBusinessDays(waitUntil, 1, tz)), contactIds: who.map((c) => c.id)
  })
  return withState(app, now, planned)
}

/** The date they promised an answer by, if it lies after the baseline. */
function latestPromise(app: Application, interview: Interview | undefined, baselineAt: number, tz: string): number | undefined {
  const dates = [interview?.expectedResponseBy, app.expectedResponseBy].filter((d): d is string => !!d).map((d) => dateAtLocalHour(d, MORNING, tz))
  const latest = dates.length ? Math.max(...dates) : undefined
  return latest !== undefined && latest >= baselineAt - DAY ? latest : undefined
}

/** Applies done / dismissed / snoozed state: hides finished actions, moves snoozed ones. */
function withState(app: Application, now: number, actions: NextAction[]): NextAction[] {
  const out: NextAction[] = []
  for (const a of actions) {
    const s = app.actions[a.key]
    if (s?.status === 'done' || s?.status === 'dismissed') continue
    if (s?.status === 'snoozed' && s.until && Date.parse(s.until) > now) {
      const until = isoInstant(Date.parse(s.until))
      out.push({ ...a, dueAt: until, snoozedUntil: until })
      continue
    }
    out.push(a)
  }
  return out
}

/** Next actions across all applications, most urgent first; suggestions without a due time last. */
export function planAll(apps: readonly Application[], settings: PlannerSettings, now: number): NextAction[] {
  const all: NextAction[] = []
  for (const app of apps) all.push(...nextActions(app, settings, now))
  return all.sort(compareActions)
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Soonest first; suggestions without a due time last. Plain string order: ISO instants sort as text. */
export function compareActions(a: NextAction, b: NextAction): number {
  if (a.dueAt === null || b.dueAt === null) return a.dueAt === b.dueAt ? cmp(a.key, b.key) : a.dueAt === null ? 1 : -1
  return cmp(a.dueAt, b.dueAt) || cmp(a.applicationId, b.applicationId)
}
