// Over 300 lines: the stored records' schemas (application, contact, interview, timeline event, message) stay together so a migration reads them in one place.
/**
 * The data Afterview keeps: applications with their contacts, interviews, timeline and
 * the state of their follow-up actions. Every shape here is a zod schema, so whatever
 * crosses a boundary (IPC, HTTP, files, imports) is validated as `unknown` first.
 */
import { z } from 'zod'
import { isValidTimeZone } from './core/time'

export const Id = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(200, 'is too long')
  .regex(/^[A-Za-z0-9._:-]+$/, 'may only contain letters, digits, dot, dash, colon and underscore')
export type Id = z.infer<typeof Id>

/** A calendar day, YYYY-MM-DD. */
export const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date like 2026-11-18')
/** An instant with an explicit offset, e.g. 2026-11-18T15:00:00Z. */
export const Instant = z
  .string()
  .refine((s) => /T/.test(s) && !Number.isNaN(Date.parse(s)), 'is not a date and time like 2026-11-18T15:00:00Z')

export const STAGES = ['interested', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'closed'] as const
export const Stage = z.enum(STAGES)
export type Stage = z.infer<typeof Stage>
export const STAGE_LABELS: Record<Stage, string> = {
  interested: 'Interested',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  closed: 'Closed'
}
/** Stages after which no more follow-ups are planned. */
export const CLOSED_STAGES: readonly Stage[] = ['accepted', 'rejected', 'withdrawn', 'closed']

const text = (max: number) => z.string().trim().max(max, `is longer than ${max} characters`)
const optionalText = (max: number) => text(max).optional()

export const Contact = z.object({
  id: Id,
  name: text(200).min(1, 'is empty'),
  email: z.string().trim().toLowerCase().email('is not an email address').optional(),
  title: optionalText(200)
})
export type Contact = z.infer<typeof Contact>

export const INTERVIEW_KINDS = ['phone', 'video', 'onsite', 'other'] as const
export const InterviewKind = z.enum(INTERVIEW_KINDS)
/** An interview's kind as a sentence names it: "Video interview". */
export const INTERVIEW_KIND_WORDS: Record<(typeof INTERVIEW_KINDS)[number], string> = {
  phone: 'Phone interview',
  video: 'Video interview',
  onsite: 'On-site interview',
  other: 'Interview'
}
export const Interview = z.object({
  id: Id,
  startsAt: Instant,
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  kind: InterviewKind.default('video'),
  /** Contact ids of the people in the room. */
  contactIds: z.array(Id).default([]),
  topics: text(4000).default(''),
  /** Did they say when the candidate will hear back? */
  timelineGiven: z.boolean().default(false),
  /** The date they promised an answer by, when they gave one. */
  expectedResponseBy: CalendarDate.optional()
})
export type Interview = z.infer<typeof Interview>

export const MESSAGE_CATEGORIES = [
  'acknowledgement',
  'interview_request',
  'assessment',
  'rejection',
  'offer',
  'update',
  'unrelated'
] as const
export const MessageCategory = z.enum(MESSAGE_CATEGORIES)
export type MessageCategory = z.infer<typeof MessageCategory>

/** Someone to answer, read from a reply's headers or signature. */
export const ReplyPerson = z.object({
  name: z.string().trim().max(200).default(''),
  email: z.string().trim().toLowerCase().max(320),
  title: z.string().trim().max(200).optional()
})
export type ReplyPerson = z.infer<typeof ReplyPerson>

/**
 * What a human reply said about what happens next, each fact with its sentence. Read from
 * the mail when it was filed; the user may correct the promised date or dismiss them all.
 * Mail filed before facts existed simply has none (the planner then works as before).
 */
export const ReplyFacts = z.object({
  timelineGiven: z.boolean().default(false),
  /** The end of the promised window, in the writer's time zone. */
  respondBy: CalendarDate.nullable().default(null),
  /** The sentence with the promise. */
  evidence: z.string().max(1000).nullable().default(null),
  candidateDeadline: CalendarDate.nullable().default(null),
  deadlineEvidence: z.string().max(1000).nullable().default(null),
  nextStep: z.string().max(200).nullable().default(null),
  nextStepEvidence: z.string().max(1000).nullable().default(null),
  replyTo: ReplyPerson.nullable().default(null),
  /** 'user' once the user changed the date: their word then stands. */
  source: z.enum(['mail', 'user']).default('mail'),
  /** The user said these facts are wrong: the planner ignores them. */
  dismissed: z.boolean().default(false)
})
export type ReplyFacts = z.infer<typeof ReplyFacts>

/** A mail filed on an application's timeline. */
export const MessageRef = z.object({
  messageId: z.string().max(1000),
  direction: z.enum(['in', 'out']),
  from: z.string().max(1000).default(''),
  to: z.array(z.string().max(1000)).default([]),
  subject: z.string().max(2000).default(''),
  snippet: z.string().max(2000).default(''),
  /** Why Afterview filed it here, in plain words. */
  reason: z.string().max(1000).default(''),
  category: MessageCategory.optional(),
  confidence: z.number().min(0).max(1).optional(),
  /** An automatic reply (out of office, auto-submitted): never counts as an answer. */
  automatic: z.boolean().default(false),
  /** Does the sender wait for an answer? Unset: decided from the category. */
  needsAnswer: z.boolean().optional(),
  accountId: z.string().max(200).optional(),
  inReplyTo: z.string().max(1000).optional(),
  /** Filed by thread, but from an address that is neither a contact nor on the company's (or its hiring system's) domains. */
  unverifiedSender: z.boolean().optional(),
  /** The Message-ID as the sender wrote it (messageId is lower-cased for matching); replies thread to this. */
  originalMessageId: z.string().max(1000).optional(),
  /** The References header as written: a reply threads to the whole chain. */
  references: z.array(z.string().max(1000)).max(50).optional(),
  facts: ReplyFacts.optional(),
  /** Sent from Afterview: recipients the outgoing server refused (lower case), who did not get it. */
  notDelivered: z.array(z.string().max(1000)).max(100).optional(),
  /** Filed by its headers alone: its text could not be read (the server did not send it, or it could not be parsed). */
  textUnread: z.boolean().optional()
})
export type MessageRef = z.infer<typeof MessageRef>

export const EVENT_TYPES = [
  'created',
  'applied',
  'note',
  'stage_changed',
  'interview_added',
  'interview_updated',
  'contact_added',
  'action_done',
  'action_dismissed',
  'action_snoozed',
  'action_reopened',
  'message',
  'imported'
] as const
export const TimelineEvent = z.object({
  id: Id,
  at: Instant,
  type: z.enum(EVENT_TYPES),
  text: z.string().max(4000).default(''),
  message: MessageRef.optional(),
  /** The planner action this event concerns (done, dismissed, snoozed). */
  actionKey: z.string().max(300).optional()
})
export type TimelineEvent = z.infer<typeof TimelineEvent>

export const ActionState = z.object({
  status: z.enum(['done', 'dismissed', 'snoozed']),
  at: Instant,
  /** For snoozed actions: when to bring it back. */
  until: Instant.optional()
})
export type ActionState = z.infer<typeof ActionState>

/** One step of an application's stage history: the stage it moved to, and when. */
export const StageChange = z.object({
  stage: Stage,
  at: Instant,
  /** Worked out from the timeline (older data had no history), not recorded as it happened. */
  inferred: z.boolean().optional()
})
export type StageChange = z.infer<typeof StageChange>

/**
 * The domain mail comes from, of what the user typed as they know it from the browser: "https://www.acme.com/careers"
 * is acme.com (mail never comes from www.acme.com). A job posting's address pasted whole ("https://careers.acme.com/
 * jobs/123") is the employer's domain too: its careers host is not where mail comes from. A host typed alone
 * (careers.acme.com) is taken as typed, and a host under a public suffix stays whole (jobs.ac.uk is a job board).
 */
export function bareDomain(typed: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\/|[/?#]/.test(typed)
  const host = typed
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\d*\./, '')
    .replace(/[/?#:].*$/, '')
  if (!url) return host
  const labels = host.split('.')
  const rest = labels.slice(1)
  // "co.uk", "ac.uk", "com.au": a second level of three letters or fewer under a country's two.
  const publicSuffix = rest.length === 2 && rest[0]!.length <= 3 && rest[1]!.length === 2
  return labels.length >= 3 && CAREERS_LABEL.test(labels[0]!) && !publicSuffix ? rest.join('.') : host
}
/** The first label of an employer's careers host (careers.acme.com, jobs.acme.com); the matcher knows them too. */
export const CAREERS_LABEL = /^(?:talent|careers?|jobs|recruiting|recruitment|hiring|apply|join|people|hr)$/

export const Application = z.object({
  id: Id,
  company: text(200).min(1, 'is empty'),
  role: text(200).default(''),
  companyDomain: z
    .string()
    .trim()
    .toLowerCase()
    .overwrite(bareDomain)
    .max(253)
    .regex(/^$|^[a-z0-9.-]+\.[a-z]{2,}$/, 'is not a domain like acme.com')
    .optional(),
  jobUrl: z
    .string()
    .trim()
    .max(2000)
    .regex(/^$|^https?:\/\//i, 'must start with http:// or https://')
    .optional(),
  source: optionalText(200),
  appliedAt: CalendarDate.optional(),
  stage: Stage.default('applied'),
  /** Every stage the application went through, oldest first; the last entry is `stage`. */
  stageHistory: z.array(StageChange).default([]),
  expectedResponseBy: CalendarDate.optional(),
  notes: text(20000).default(''),
  contacts: z.array(Contact).default([]),
  interviews: z.array(Interview).default([]),
  events: z.array(TimelineEvent).default([]),
  /** done / dismissed / snoozed state of planner actions, by action key. */
  actions: z.record(z.string(), ActionState).default({}),
  /** Message-IDs of mail the user sent about this application (for thread matching). */
  sentMessageIds: z.array(z.string().max(1000)).default([]),
  createdAt: Instant,
  updatedAt: Instant
})
export type Application = z.infer<typeof Application>

/** What the user can type when adding or editing an application. */
export const ApplicationFields = Application.pick({
  company: true,
  role: true,
  companyDomain: true,
  jobUrl: true,
  source: true,
  appliedAt: true,
  stage: true,
  expectedResponseBy: true,
  notes: true
})
export type ApplicationFields = z.infer<typeof ApplicationFields>

export const PlannerSettings = z.object({
  /** Hours after an interview ends by which a thank-you should go out. */
  thankYouWithinHours: z
    .number()
    .min(1)
    .max(24 * 14)
    .default(24),
  /** Business days of silence after the last message sent before a follow-up, when no date was promised. */
  followUpAfterBusinessDays: z.number().int().min(1).max(60).default(7),
  /** Business days after applying before following up on an application with no human reply. */
  applicationFollowUpAfterBusinessDays: z.number().int().min(1).max(60).default(10),
  /** Follow up on applications whose only answer was an automatic acknowledgement. */
  followUpAfterAutoAcknowledgement: z.boolean().default(true),
  /** Business days to answer a reply that asks something. */
  answerWithinBusinessDays: z.number().int().min(0).max(30).default(1),
  /** Unanswered follow-ups after which Afterview suggests closing out. */
  followUpsBeforeClosing: z.number().int().min(1).max(5).default(2),
  /** IANA time zone used for business days and for wording; empty means the computer's. */
  timeZone: z
    .string()
    .trim()
    .max(100)
    .refine((v) => v === '' || isValidTimeZone(v), 'is not a time zone name like Europe/Berlin or America/New_York')
    .default('')
})
export type PlannerSettings = z.infer<typeof PlannerSettings>

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is not a time like 21:00')
/** Desktop reminders: quiet hours, pause, tray and start-up behaviour. */
export const ReminderSettings = z.object({
  /** Notifications are held from this local time… (equal start and end: no nightly quiet hours) */
  quietHoursStart: ClockTime.default('21:00'),
  /** …until this local time. */
  quietHoursEnd: ClockTime.default('08:00'),
  /** Hold notifications on Saturdays and Sundays. */
  quietWeekends: z.boolean().default(true),
  /** Show a notification when a follow-up falls due (the tray count shows either way). */
  notifications: z.boolean().default(true),
  /** Closing the window keeps Afterview running in the tray (where the desktop has one). */
  closeToTray: z.boolean().default(true),
  /** The one-time "still running in the tray" explanation was shown. */
  closeToTrayExplained: z.boolean().default(false),
  launchAtLogin: z.boolean().default(false),
  /** The one-time "start at login?" question was asked. */
  launchAtLoginAsked: z.boolean().default(false),
  /** "Pause reminders for 1 hour": notifications are held until then. */
  pausedUntil: Instant.optional()
})
export type ReminderSettings = z.infer<typeof ReminderSettings>

/** Day and month order of dates like 03/04/2026: month first (US) or day first (most of the world); '' = not said. */
export const DateOrder = z.enum(['', 'month-first', 'day-first'])
export type DateOrder = z.infer<typeof DateOrder>

export const Settings = z.object({
  planner: PlannerSettings.default(PlannerSettings.parse({})),
  reminders: ReminderSettings.default(ReminderSettings.parse({})),
  /** Review queue: apply high-confidence, reversible proposals without asking (rejections and offers always wait). */
  review: z.object({ autoApply: z.boolean().default(false) }).default({ autoApply: false }),
  /** The user's name and signature, used in drafts. */
  userName: z.string().max(200).default(''),
  signature: z.string().max(2000).default(''),
  /** How an import reads a date like 03/04/2026 that could be either: '' asks (the import says which lines). */
  dateOrder: DateOrder.default('')
})
export type Settings = z.infer<typeof Settings>
export const DEFAULT_SETTINGS: Settings = Settings.parse({})
