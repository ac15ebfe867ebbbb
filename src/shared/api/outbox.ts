/**
 * Drafts, templates and the outbox: turning a planned follow-up into a mail that goes
 * out once, from the user's own account, now or later.
 */
import { z } from 'zod'
import { Id, Instant } from '../model'
import { MAIL_ACTION_KINDS } from '../core/planner'
import { method, none } from './contract'
import { addressOf } from '../core/address'

/** An address; "Dana Whitfield <dana@acme.example>" is taken as dana@acme.example. */
const address = z.preprocess(
  (v) => (typeof v === 'string' ? (addressOf(v) ?? v) : v),
  z.string().trim().toLowerCase().email('is not an email address')
)
const addressList = z.array(address).max(50, 'has more than 50 addresses')

export const Draft = z.object({
  id: Id,
  applicationId: Id,
  /** The planner action this draft carries out (thank_you:<interview>, …). */
  actionKey: z.string().max(300),
  actionKind: z.enum(MAIL_ACTION_KINDS),
  templateId: z.string().max(200).optional(),
  accountId: Id.optional(),
  to: addressList.default([]),
  cc: addressList.default([]),
  subject: z.string().max(998).default(''),
  body: z.string().max(100_000).default(''),
  /** Fixed when the draft is created: `<random@sender-domain>`. Never changes afterwards. */
  messageId: z.string().min(3).max(998),
  /** The message this answers (threading); empty for a new thread. */
  inReplyTo: z.string().max(998).optional(),
  references: z.array(z.string().max(998)).max(100).default([]),
  /** A thread the user may choose to reply in (the interview's thread), offered but not used by default. */
  threadOption: z
    .object({ messageId: z.string().max(998), subject: z.string().max(998), references: z.array(z.string().max(998)).default([]) })
    .optional(),
  createdAt: Instant,
  updatedAt: Instant
})
export type Draft = z.infer<typeof Draft>

export const OUTBOX_STATES = ['queued', 'scheduled', 'sending', 'sent', 'failed', 'unknown', 'overdue-needs-confirmation'] as const
export const OutboxState = z.enum(OUTBOX_STATES)
export type OutboxState = z.infer<typeof OutboxState>

/** One mail on its way out. Its id is the draft's id: one record per draft and Message-ID. */
export const OutboxRecord = z.object({
  id: Id,
  applicationId: Id,
  actionKey: z.string().max(300),
  actionKind: z.enum(MAIL_ACTION_KINDS),
  accountId: Id,
  messageId: z.string().max(998),
  from: z.string().max(1000),
  to: z.array(z.string().max(320)),
  cc: z.array(z.string().max(320)).default([]),
  subject: z.string().max(998),
  /** "thank-you to Dana", for sentences. */
  what: z.string().max(500),
  state: OutboxState,
  sendAt: Instant.optional(),
  /** The exact message, built once before the first attempt (base64). */
  raw: z.string().max(20_000_000).optional(),
  attempts: z.number().int().min(0).default(0),
  /** Plain words: the last failure or the question to the user. */
  message: z.string().max(2000).optional(),
  errorCode: z.string().max(50).optional(),
  sentAt: Instant.optional(),
  /** Where the Sent copy came from. */
  sentCopy: z.enum(['appended', 'provider', 'found', 'missing']).optional(),
  /** The application's timeline and action state were updated. */
  recorded: z.boolean().default(false),
  /** Sent, but the server refused some recipients: the sentence that says whom, and why. */
  notDelivered: z.string().max(2000).optional(),
  /** The addresses it refused (lower case), marked on the timeline's "Sent" entry. */
  refused: z.array(z.string().max(320)).max(100).optional(),
  /** The process that claimed it to send (state 'sending'): another process starting meanwhile leaves that send alone. */
  senderPid: z.number().int().positive().optional(),
  createdAt: Instant,
  updatedAt: Instant
})
export type OutboxRecord = z.infer<typeof OutboxRecord>

export const TemplateInput = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,60}$/, 'may only contain lower-case letters, digits and dashes')
    .optional(),
  kind: z.enum(MAIL_ACTION_KINDS),
  name: z.string().trim().min(1, 'is empty').max(200),
  subject: z.string().max(998),
  body: z.string().min(1, 'is empty').max(100_000)
})

/** A template the user wrote or changed, as stored in the 'templates' collection. */
export const StoredTemplate = TemplateInput.extend({ id: z.string().regex(/^[a-z0-9-]{1,60}$/) })
export type StoredTemplate = z.infer<typeof StoredTemplate>

export interface TemplateView {
  id: string
  kind: (typeof MAIL_ACTION_KINDS)[number]
  name: string
  subject: string
  body: string
  builtIn: boolean
  /** A built-in template the user changed: "Reset" brings the original back. */
  customized: boolean
}

/** An account to send from; `name` is the account's display name (may be empty). */
export interface SenderOption {
  accountId: string
  address: string
  name: string
}
export interface ContactOption {
  name: string
  email: string
}

export interface DraftView {
  draft: Draft
  /** The outbox record, once the draft was sent or scheduled. */
  outbox?: OutboxRecord
  from?: SenderOption
  senders: SenderOption[]
  /** The application's contacts with an address, offered for To/Cc. */
  contacts: ContactOption[]
  /** Who the To addresses are, by name (and title) as their own mail or the contacts say. */
  recipients?: Array<ContactOption & { title?: string }>
  company: string
  /** "Send a thank-you to Dana" */
  title: string
  /** Why Send is not possible yet, in plain words (missing values, no account, no recipient). */
  cannotSend?: string
  /** "Tue 9:00" etc.: when "Send tomorrow at 9:00" (or this morning, or Monday) would go out. */
  nextMorning: string
  nextMorningLabel: string
}

export interface SendResult {
  /** Absent when the send was called off (Edit / Cancel of a late scheduled send). */
  record?: OutboxRecord
  /** What happened, in plain words: "Sent to Dana at 10:42 — a copy is in your Sent folder." */
  message: string
}

/** What the compose view saves as the user types (no defaults: an absent field is left as it is). */
export const DraftPatch = z
  .object({
    accountId: Id.optional(),
    to: addressList.optional(),
    cc: addressList.optional(),
    subject: z.string().max(998).optional(),
    body: z.string().max(100_000).optional(),
    useThread: z.boolean().optional()
  })
  .strict()

export const outboxApi = {
  openDraft: method(z.object({ applicationId: Id, actionKey: z.string().min(1).max(300) }).strict())<DraftView>(),
  getDraft: method(z.object({ draftId: Id }).strict())<DraftView>(),
  saveDraft: method(z.object({ draftId: Id, patch: DraftPatch }).strict())<DraftView>(),
  discardDraft: method(z.object({ draftId: Id }).strict())<{ discarded: true }>(),
  sendDraft: method(z.object({ draftId: Id }).strict())<SendResult>(),
  scheduleDraft: method(z.object({ draftId: Id, sendAt: z.union([z.literal('next-morning'), Instant]) }).strict())<SendResult>(),
  cancelScheduled: method(z.object({ draftId: Id }).strict())<DraftView>(),
  /** The user's answer about a send whose outcome is unknown, or a late scheduled one. */
  resolveSend: method(
    z.object({ draftId: Id, choice: z.enum(['send_again', 'was_sent', 'send_now', 'edit', 'cancel']) }).strict()
  )<SendResult>(),
  /** Sends that need the user (unknown outcome, overdue, failed) and those still scheduled. */
  listOutbox: method(none)<OutboxRecord[]>(),
  listTemplates: method(none)<TemplateView[]>(),
  saveTemplate: method(TemplateInput.strict())<TemplateView[]>(),
  /** Deletes the user's own template, or resets a changed built-in one. */
  removeTemplate: method(z.object({ id: z.string().min(1).max(60) }).strict())<TemplateView[]>()
} as const
