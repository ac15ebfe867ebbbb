/** The planner's vocabulary: what an action is, and what an application's history says. */
import type { Contact, Interview, MessageRef, ReplyFacts, Stage, TimelineEvent } from '../../model'

/** Actions that are a mail to write: each has a template and a draft. */
export const MAIL_ACTION_KINDS = ['thank_you', 'ask_next_steps', 'follow_up', 'application_follow_up', 'answer', 'close_out'] as const
export type MailActionKind = (typeof MAIL_ACTION_KINDS)[number]
/**
 * Every action: the mails; a step a machine asked for (a test link, a booking page), done outside Afterview; and a
 * reading of a mail that waits for the user in Review (a rejection not yet confirmed), decided there.
 */
export const ACTION_KINDS = [...MAIL_ACTION_KINDS, 'complete_step', 'check_in_review'] as const
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
  /** The person who last wrote, when the action answers them (name and address from their mail). */
  to?: { name: string; email: string }
  interviewId?: string
  /** The message this action answers (Message-ID), when it answers one. */
  replyToMessageId?: string
  /** Set when the user snoozed it: the original due time is replaced by this. */
  snoozedUntil?: string
  /** A thank-you that should also ask about next steps (no timeline was given). */
  asksNextSteps?: boolean
  /** check_in_review: the proposal in Review the user is asked to decide. */
  proposalId?: string
}

/**
 * A change of stage that a mail proposed (close after a rejection, move to Offer), as the user left it in Review:
 * still waiting for them (open) or turned down (dismissed). An accepted one changed the stage: the plan sees that.
 * The planner takes these beside the application: until the user decides, a rejection is Afterview's reading of a
 * mail, not a fact to plan on.
 */
export interface StageProposal {
  id: string
  kind: 'close_application' | 'move_to_offer'
  /** The mail it was read from, by Message-ID (as on the timeline). */
  messageId: string
  status: 'open' | 'dismissed'
  /** The stage it proposes. */
  stage: Stage
  /** The sentence that decided it. */
  evidence?: string
}

export interface Outgoing {
  at: number
  to: string[]
}
export interface Reply {
  at: number
  event: TimelineEvent
  message: MessageRef
}

/** What an application's history says, independent of the clock. */
export interface History {
  contactsById: Map<string, Contact>
  companyDomain?: string
  outgoing: Outgoing[]
  /** Human replies, oldest first. */
  replies: Reply[]
  acknowledged: boolean
  /** Automatic acknowledgements, oldest first (their promised timeline counts). */
  acknowledgements: Reply[]
  /** Steps a machine asked for (a test platform's link, a booking page), oldest first: see fromMachine(). */
  machineSteps: Reply[]
  /** When the latest incoming mail about the process arrived (anything but unrelated mail). */
  lastIncomingAt?: number
  interviews: Interview[]
}

/** Interviews older than this get no thank-you reminder: too late to help. */
export const THANK_YOU_CUTOFF_DAYS = 14
/** Local hour at which date-only deadlines fall due. */
export const MORNING = 9
/** Below this the classifier is "not sure": no decision is taken on its word. */
export const SURE = 0.6
/** A reply that gave no timeline: ask about next steps after this many business days. */
export const ASK_NEXT_STEPS_AFTER_BUSINESS_DAYS = 2

/** The categories that ask the candidate to do something. */
export const STEP_CATEGORIES: readonly string[] = ['interview_request', 'assessment', 'offer']

/** The facts of a reply the user has not dismissed. */
export function factsOf(m: MessageRef): ReplyFacts | undefined {
  return m.facts && !m.facts.dismissed ? m.facts : undefined
}
