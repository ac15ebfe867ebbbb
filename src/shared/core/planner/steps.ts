/**
 * A step a machine asked for: a test platform's link, a hiring system's booking page, an offer to sign.
 * Nobody reads an answer to that mail, so the plan says what to do and by when, never "Answer HackerRank"
 * with a draft to a no-reply address. The step stays until anything else arrives about the application,
 * the user marks it done, or its deadline day is over (two weeks when it gave none).
 */
import { safeSender } from '../safe-sender'
import { addBusinessDays, dateAtLocalHour, formatDay, isoInstant } from '../time'
import { stepEndsAt } from './memo'
import { factsOf, MORNING, type NextAction } from './types'
import { businessMorningBefore, quotedSentence, type RuleContext } from './rules'

const WHAT: Record<string, { doIt: string; sent: string }> = {
  assessment: { doIt: 'Complete the assessment', sent: 'sent' },
  interview_request: { doIt: 'Pick a time for the interview', sent: 'offered' },
  offer: { doIt: 'Answer the offer', sent: 'sent' }
}

/** The step the latest machine mail asked for, while nothing has come since and it has not run out. */
export function machineStep(c: RuleContext): NextAction | undefined {
  const step = c.history.machineSteps[c.history.machineSteps.length - 1]
  if (!step || (c.history.lastIncomingAt ?? step.at) > step.at || c.now >= stepEndsAt(step, c.tz)) return undefined
  const what = WHAT[step.message.category ?? ''] ?? WHAT.assessment
  const sender = safeSender(step.message.from).name || c.app.company
  const facts = factsOf(step.message)
  const deadline = facts?.candidateDeadline
  const said = facts?.deadlineEvidence ? `: ${quotedSentence(facts.deadlineEvidence)}` : '.'
  const from = `It came from a system, not a person: do it from the link in their mail, then mark this done.`
  if (deadline) {
    const day = formatDay(dateAtLocalHour(deadline, MORNING, c.tz), c.tz)
    return {
      ...c.base,
      key: `step:${step.event.id}`,
      kind: 'complete_step',
      title: `${what.doIt} before ${day}`,
      reason: `${sender} wrote on ${formatDay(step.at, c.tz)}${said} The deadline is ${day}; this is due the business day before. ${from}`,
      dueAt: isoInstant(Math.max(step.at, businessMorningBefore(deadline, c.tz))),
      contactIds: []
    }
  }
  return {
    ...c.base,
    key: `step:${step.event.id}`,
    kind: 'complete_step',
    title: `${what.doIt} ${sender} ${what.sent}`,
    reason: `${sender} wrote on ${formatDay(step.at, c.tz)}${step.message.subject ? ` ("${step.message.subject}")` : ''} without a deadline. ${from}`,
    dueAt: isoInstant(addBusinessDays(step.at, Math.max(1, c.settings.answerWithinBusinessDays), c.tz)),
    contactIds: []
  }
}
