// Over 300 lines: one function per seed rule (thank-you, next steps, follow-ups, answer, deadline, close out); the rules read best together.
/**
 * The seed's rules, one function each (DESIGN.md, "Follow-up rules"): close out after a
 * rejection, thank-you (with next steps when no timeline was given), answer a reply, meet
 * the candidate's deadline, ask about next steps after a reply without a timeline, and the
 * "no reply" chain of follow-ups that waits for the promised date. Pure.
 */
import { addressOf } from '../address'
import type { Application, Contact, Interview, MessageRef, PlannerSettings } from '../../model'
import { callName } from '../call-name'
import { safeSender } from '../safe-sender'
import { addBusinessDays, dateAtLocalHour, DAY, formatDay, formatDayTime, HOUR, isoInstant, fromWallTime } from '../time'
import { fromMachine } from './memo'
import {
  ASK_NEXT_STEPS_AFTER_BUSINESS_DAYS,
  factsOf,
  MORNING,
  SURE,
  THANK_YOU_CUTOFF_DAYS,
  type History,
  type NextAction,
  type Reply
} from './types'

export interface RuleContext {
  app: Application
  settings: PlannerSettings
  now: number
  tz: string
  history: History
  base: Pick<NextAction, 'applicationId' | 'company' | 'role'>
  lastReply?: Reply
  ended: Interview[]
  lastInterview?: Interview
  upcoming: boolean
}

const KIND_NAMES: Record<string, string> = {
  interview_request: 'an interview request',
  assessment: 'an assessment',
  offer: 'an offer',
  update: 'an update',
  rejection: 'a decision',
  acknowledgement: 'an acknowledgement'
}

export const endOf = (i: Interview): number => Date.parse(i.startsAt) + i.durationMinutes * 60_000
export const short = (s: string): string => (s.length > 160 ? `${s.slice(0, 157)}...` : s)
/** Their words in quotes, ending a sentence: no second full stop after their own ("…by Wednesday." not "…by Wednesday."."). */
export const quotedSentence = (s: string): string => {
  const q = short(s.trim())
  return /[.!?…]$/.test(q) ? `"${q}"` : `"${q}".`
}

function namesOf(contacts: Contact[]): string {
  const names = contacts.map((c) => c.name)
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

function doneAt(app: Application, key: string): number | undefined {
  const s = app.actions[key]
  return s && s.status === 'done' ? Date.parse(s.at) : undefined
}

/** The person who wrote a reply: the name and address their mail gives, and the contact it is, if any. */
export function writerOf(app: Application, m: MessageRef): { name: string; email: string; contact?: Contact } {
  const person = factsOf(m)?.replyTo
  const email = (person?.email ?? addressOf(m.from) ?? m.from).trim().toLowerCase()
  if (m.unverifiedSender) return { name: `An unverified sender (${email})`, email }
  const contact = app.contacts.find((c) => !!c.email && c.email === email)
  // Shown safely: bidi and zero-width characters out, never an address written inside the name.
  const name = contact?.name || person?.name || safeSender(m.from).name || app.company
  return { name, email, contact }
}

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

/** A rejection ends the chase: suggest closing out, nothing else. */
export function closeOutAfterRejection(c: RuleContext): NextAction | undefined {
  const r = c.lastReply
  if (!r || !isSureRejection(r.message)) return undefined
  return {
    ...c.base,
    key: `close_out:${r.event.id}`,
    kind: 'close_out',
    title: `Close out ${c.app.company}`,
    reason: `${c.app.company} declined on ${formatDay(r.at, c.tz)}. Close the application; a short, gracious reply keeps the door open.`,
    dueAt: null,
    contactIds: [],
    replyToMessageId: r.message.messageId
  }
}

/** Did they say when the candidate will hear back, at the interview or in a mail since it began? */
function timelineKnown(c: RuleContext, i: Interview): boolean {
  if (i.timelineGiven) return true
  const start = Date.parse(i.startsAt)
  return c.history.replies.some((r) => r.at >= start && !!factsOf(r.message)?.timelineGiven)
}

/** Thank-you (and next steps) after each interview that ended; returns the interviews still waiting for one. */
export function thankYous(c: RuleContext, planned: NextAction[]): Set<string> {
  const { app, settings, now, tz, history } = c
  const pending = new Set<string>()
  const sentToInterviewersAfter = (i: Interview) => {
    const emails = new Set(i.contactIds.map((id) => history.contactsById.get(id)?.email).filter((e): e is string => !!e))
    return history.outgoing.find(
      (o) => o.at >= endOf(i) && o.to.some((t) => emails.has(t) || (!!history.companyDomain && t.endsWith(`@${history.companyDomain}`)))
    )
  }
  for (const i of c.ended) {
    const end = endOf(i)
    if (now - end > THANK_YOU_CUTOFF_DAYS * DAY) continue
    const key = `thank_you:${i.id}`
    const s = app.actions[key]
    const who = i.contactIds.map((id) => history.contactsById.get(id)).filter((x): x is Contact => !!x)
    if (s?.status === 'done' || sentToInterviewersAfter(i)) continue
    const names = namesOf(who)
    const known = timelineKnown(c, i)
    if (s?.status === 'dismissed') {
      // No thank-you wanted, but with no timeline they should still ask what happens next.
      const askKey = `ask_next_steps:${i.id}`
      if (!known && !(c.lastReply && c.lastReply.at > end)) {
        planned.push({
          ...c.base,
          key: askKey,
          kind: 'ask_next_steps',
          title: names ? `Ask ${callName(who[0].name, app.company)} about next steps` : `Ask ${app.company} about next steps`,
          reason: `No timeline was given in your interview on ${formatDay(end, tz)}. Asking politely about next steps shows interest and tells you what to expect.`,
          dueAt: isoInstant(end + settings.thankYouWithinHours * HOUR),
          contactIds: who.map((x) => x.id),
          interviewId: i.id
        })
        if (!app.actions[askKey]) pending.add(i.id)
      }
      continue
    }
    pending.add(i.id)
    planned.push({
      ...c.base,
      key,
      kind: 'thank_you',
      title: names
        ? `Send a thank-you to ${who.map((x) => callName(x.name, app.company)).join(' and ')}`
        : `Send a thank-you to ${app.company}`,
      reason:
        `Your interview${names ? ` with ${names}` : ''} ended ${formatDayTime(end, tz)}. A concise thank-you within ${settings.thankYouWithinHours} hours keeps you top of mind.` +
        (known ? '' : ' No timeline was given, so the draft also asks about next steps.'),
      dueAt: isoInstant(end + settings.thankYouWithinHours * HOUR),
      contactIds: who.map((x) => x.id),
      interviewId: i.id,
      asksNextSteps: !known
    })
  }
  return pending
}

/** The morning of the business day before `date` (YYYY-MM-DD), in `tz`. */
export function businessMorningBefore(date: string, tz: string): number {
  const [y, m, d] = date.split('-').map(Number)
  let day = Date.UTC(y, m - 1, d) - DAY
  while (new Date(day).getUTCDay() === 0 || new Date(day).getUTCDay() === 6) day -= DAY
  const x = new Date(day)
  return fromWallTime(
    { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate(), hour: MORNING, minute: 0, second: 0 },
    tz
  )
}

/** A deadline the last reply set for the candidate ("complete the assessment by Monday"): an action due before it. */
export function candidateDeadline(c: RuleContext): NextAction | undefined {
  const r = c.lastReply
  const facts = r && factsOf(r.message)
  if (!r || !facts?.candidateDeadline || fromMachine(r.message, c.history.companyDomain)) return undefined
  const writer = writerOf(c.app, r.message)
  const by = dateAtLocalHour(facts.candidateDeadline, MORNING, c.tz)
  return {
    ...c.base,
    key: `deadline:${r.event.id}`,
    kind: 'answer',
    title: `Before ${formatDay(by, c.tz)}: do what ${callName(writer.name, c.app.company)} asked`,
    reason: `${writer.name} asked on ${formatDay(r.at, c.tz)}: ${quotedSentence(facts.deadlineEvidence ?? '')} The deadline is ${formatDay(by, c.tz)}; this is due the business day before.`,
    dueAt: isoInstant(Math.max(r.at, businessMorningBefore(facts.candidateDeadline, c.tz))),
    // An unverified sender is not written to unless the user picks them: the draft goes to the known contact.
    contactIds: writer.contact ? [writer.contact.id] : [],
    ...(r.message.unverifiedSender ? {} : { to: { name: writer.name, email: writer.email } }),
    replyToMessageId: r.message.messageId
  }
}

/** Answer the latest reply that waits for one. */
export function answerReply(c: RuleContext, deadline: NextAction | undefined): NextAction | undefined {
  const r = c.lastReply
  if (!r || !needsAnswer(r.message) || c.history.outgoing.some((o) => o.at > r.at) || fromMachine(r.message, c.history.companyDomain))
    return undefined
  const writer = writerOf(c.app, r.message)
  const what = r.message.category ? (KIND_NAMES[r.message.category] ?? 'a message') : 'a message'
  const due = addBusinessDays(r.at, c.settings.answerWithinBusinessDays, c.tz)
  return {
    ...c.base,
    key: `answer:${r.event.id}`,
    kind: 'answer',
    title: r.message.unverifiedSender ? 'Answer the mail from an unverified sender' : `Answer ${callName(writer.name, c.app.company)}`,
    reason:
      `${writer.name} sent ${what} on ${formatDay(r.at, c.tz)}${r.message.subject ? ` ("${r.message.subject}")` : ''}. They are waiting for your answer.` +
      (deadline ? ` ${deadline.reason.replace(/^[^:]*: /, 'They asked: ').replace(/; this is due the business day before\.$/, '.')}` : ''),
    dueAt: isoInstant(deadline?.dueAt ? Math.min(due, Date.parse(deadline.dueAt)) : due),
    contactIds: writer.contact ? [writer.contact.id] : [],
    ...(r.message.unverifiedSender ? {} : { to: { name: writer.name, email: writer.email } }),
    replyToMessageId: r.message.messageId
  }
}

interface Promise {
  at: number
  evidence?: string
}

/** The date they promised an answer by, if it lies after the baseline: from their last mail that said one, else as typed in. */
function promised(c: RuleContext, baselineAt: number): Promise | undefined {
  const fromMail = [...c.history.replies, ...c.history.acknowledgements]
    .filter((r) => r.at >= baselineAt - DAY && factsOf(r.message)?.respondBy)
    .sort((a, b) => b.at - a.at)[0]
  const facts = fromMail && factsOf(fromMail.message)
  if (facts?.respondBy)
    return {
      at: dateAtLocalHour(facts.respondBy, MORNING, c.tz),
      evidence: facts.source === 'user' ? undefined : (facts.evidence ?? undefined)
    }
  const dates = [c.lastInterview?.expectedResponseBy, c.app.expectedResponseBy]
    .filter((d): d is string => !!d)
    .map((d) => dateAtLocalHour(d, MORNING, c.tz))
  const latest = dates.length ? Math.max(...dates) : undefined
  return latest !== undefined && latest >= baselineAt - DAY ? { at: latest } : undefined
}

/** The "no reply" chain: since the last thing that happened, how many follow-ups went unanswered? */
export function followUps(c: RuleContext): NextAction[] {
  const { app, settings, tz, history, lastReply, lastInterview } = c
  const lastInterviewEnd = lastInterview ? endOf(lastInterview) : undefined
  let baselineAt: number
  let baselineKey: string
  const replyIsBaseline = !!lastReply && (lastInterviewEnd === undefined || lastReply.at > lastInterviewEnd)
  // A machine's mail (a no-reply system) starts the wait, but nobody there is followed up or asked.
  const byPerson = !!lastReply && !fromMachine(lastReply.message, history.companyDomain)
  if (lastReply && replyIsBaseline) {
    baselineAt = lastReply.at
    baselineKey = `reply-${lastReply.event.id}`
  } else if (lastInterview && lastInterviewEnd !== undefined) {
    baselineAt = lastInterviewEnd
    baselineKey = `interview-${lastInterview.id}`
  } else if (app.appliedAt) {
    const ackPromise = promised(c, dateAtLocalHour(app.appliedAt, MORNING, tz))
    if (!settings.followUpAfterAutoAcknowledgement && history.acknowledged && !ackPromise) return []
    baselineAt = dateAtLocalHour(app.appliedAt, MORNING, tz)
    baselineKey = 'applied'
  } else {
    return []
  }

  const chainKey = (n: number) => (baselineKey === 'applied' && n === 0 ? 'application_follow_up' : `follow_up:${baselineKey}:${n}`)
  let n = 0
  const sentTimes = history.outgoing.filter((o) => o.at >= baselineAt).map((o) => o.at)
  if (lastInterview && baselineKey.startsWith('interview-')) {
    const t = doneAt(app, `thank_you:${lastInterview.id}`) ?? doneAt(app, `ask_next_steps:${lastInterview.id}`)
    if (t !== undefined) sentTimes.push(t)
  }
  const askKey = `ask_next_steps:${baselineKey}`
  const asked = doneAt(app, askKey)
  if (asked !== undefined) sentTimes.push(asked)
  for (;;) {
    const t = doneAt(app, chainKey(n))
    if (t === undefined) break
    sentTimes.push(t)
    n++
  }
  if (n >= settings.followUpsBeforeClosing) {
    return [
      {
        ...c.base,
        key: `close_out:${baselineKey}`,
        kind: 'close_out',
        title: `Consider closing ${app.company}`,
        reason: `${n} follow-ups since ${formatDay(baselineAt, tz)} got no answer. It may be time to close this application and put your energy elsewhere.`,
        dueAt: null,
        contactIds: []
      }
    ]
  }

  const lastSent = sentTimes.length ? Math.max(...sentTimes) : baselineAt
  // After a reply, answer the person who wrote it; otherwise the interviewers, or the first contact.
  const writer = lastReply && replyIsBaseline && byPerson ? writerOf(app, lastReply.message) : undefined
  const contactIds = writer
    ? writer.contact
      ? [writer.contact.id]
      : []
    : (lastInterview?.contactIds ?? app.contacts.slice(0, 1).map((x) => x.id))
  const who = contactIds.map((id) => history.contactsById.get(id)).filter((x): x is Contact => !!x)
  const whoName = writer?.name ?? who[0]?.name
  const addressed = writer ? { to: { name: writer.name, email: writer.email }, replyToMessageId: lastReply!.message.messageId } : {}
  if (baselineKey === 'applied' && n === 0) {
    const ack = promised(c, baselineAt)
    return [
      {
        ...c.base,
        key: chainKey(0),
        kind: 'application_follow_up',
        title: `Follow up on your ${app.role || app.company} application`,
        reason: ack?.evidence
          ? `They wrote "${short(ack.evidence)}" — by ${formatDay(ack.at, tz)}. If nothing has come by then, a short note the next business day brings your application back to the top.`
          : `You applied on ${formatDay(baselineAt, tz)}. With no reply from a person after ${settings.applicationFollowUpAfterBusinessDays} business days, a short note can bring your application back to the top.`,
        dueAt: isoInstant(
          ack ? addBusinessDays(ack.at, 1, tz) : addBusinessDays(baselineAt, settings.applicationFollowUpAfterBusinessDays, tz)
        ),
        contactIds: who.map((x) => x.id)
      }
    ]
  }
  const promise = n === 0 ? promised(c, baselineAt) : undefined
  // A reply that gave no timeline: ask what happens next (the seed's second step), once.
  const replyFacts = lastReply && replyIsBaseline && byPerson ? factsOf(lastReply.message) : undefined
  if (
    n === 0 &&
    replyFacts &&
    !replyFacts.timelineGiven &&
    !promise &&
    asked === undefined &&
    !history.outgoing.some((o) => o.at > baselineAt) &&
    !app.actions[askKey]
  ) {
    return [
      {
        ...c.base,
        key: askKey,
        kind: 'ask_next_steps',
        title: `Ask ${whoName ? callName(whoName, app.company) : app.company} about next steps`,
        reason: `${whoName ?? app.company} wrote on ${formatDay(baselineAt, tz)} without saying when you will hear back. Asking politely about next steps and the timeline shows interest and tells you what to expect.`,
        dueAt: isoInstant(addBusinessDays(baselineAt, ASK_NEXT_STEPS_AFTER_BUSINESS_DAYS, tz)),
        contactIds: who.map((x) => x.id),
        ...addressed
      }
    ]
  }
  const waitUntil = promise?.at ?? addBusinessDays(lastSent, settings.followUpAfterBusinessDays, tz)
  return [
    {
      ...c.base,
      key: chainKey(n),
      kind: 'follow_up',
      title: whoName ? `Follow up with ${callName(whoName, app.company)}` : `Follow up with ${app.company}`,
      reason:
        promise !== undefined
          ? `They said ${promise.evidence ? `"${short(promise.evidence)}" — ` : ''}you would hear back by ${formatDay(promise.at, tz)}. If nothing has come by then, a respectful follow-up the next business day reiterates your interest.`
          : `No reply since ${formatDay(lastSent, tz)}. After ${settings.followUpAfterBusinessDays} business days of silence a short, respectful follow-up is welcome.`,
      dueAt: isoInstant(addBusinessDays(waitUntil, 1, tz)),
      contactIds: who.map((x) => x.id),
      ...addressed
    }
  ]
}
