/**
 * The review queue: changes proposed from what the mail said (track an application, close
 * it after a rejection, move it to Offer, add or move an interview), each with the sentence
 * that decided it. The user accepts (as is or edited) or dismisses; nothing else changes.
 */
import { z } from 'zod'
import { CalendarDate, Id, Instant, MessageCategory, Stage } from '../model'
import { PROPOSAL_KINDS, type ProposalFields as PureProposalFields } from '../core/consequences'
import { method } from './contract'

const Person = z.object({
  name: z.string().trim().min(1, 'is empty').max(200),
  email: z.string().trim().toLowerCase().email('is not an email address')
})

export const ProposalFields = z
  .object({
    company: z.string().trim().min(1, 'is empty').max(200).optional(),
    role: z.string().trim().max(200).optional(),
    appliedAt: CalendarDate.optional(),
    companyDomain: z.string().trim().toLowerCase().max(253).optional(),
    stage: Stage.optional(),
    startsAt: Instant.optional(),
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .optional(),
    organizer: Person.optional(),
    attendees: z.array(Person).max(50).optional(),
    interviewId: Id.optional(),
    previousStartsAt: Instant.optional(),
    interviewKind: z.enum(['phone', 'video', 'onsite', 'other']).optional(),
    calendarUid: z.string().max(1000).optional(),
    offerReply: z.boolean().optional(),
    /** track_application: start a separate application even when this company and role are already tracked. */
    newApplication: z.boolean().optional(),
    contact: Person.extend({ title: z.string().trim().max(200).optional() }).optional()
  })
  .strict()
export type ProposalFields = z.infer<typeof ProposalFields>
// The pure core and the stored shape must agree.
const _sameFields: PureProposalFields = {} as ProposalFields
void _sameFields

export const ProposalStatus = z.enum(['open', 'accepted', 'dismissed'])

export const Proposal = z.object({
  id: Id,
  kind: z.enum(PROPOSAL_KINDS),
  status: ProposalStatus,
  applicationId: Id.optional(),
  fields: ProposalFields,
  evidence: z.string().max(2000).default(''),
  reasons: z.array(z.string().max(1000)).max(20).default([]),
  category: MessageCategory,
  confidence: z.number().min(0).max(1),
  autoApplicable: z.boolean().default(false),
  /** The mail it came from. */
  message: z.object({
    messageId: z.string().max(1000),
    from: z.string().max(1000),
    subject: z.string().max(2000),
    date: Instant,
    accountId: z.string().max(200).optional()
  }),
  createdAt: Instant,
  decidedAt: Instant.optional(),
  /** Applied without asking (review.autoApply was on). */
  autoApplied: z.boolean().default(false),
  /** What accepting made: the application (track) and interview. */
  result: z.object({ applicationId: Id.optional(), interviewId: Id.optional() }).optional()
})
export type Proposal = z.infer<typeof Proposal>

/** A proposal as the review queue shows it. */
export interface ProposalView extends Proposal {
  /** "Acme Robotics — Senior Software Engineer"; for track_application the proposed one. */
  applicationLabel: string
  /** The proposed change in plain words: "Move Acme Robotics to Rejected". */
  summary: string
}

export interface ReviewQueue {
  proposals: ProposalView[]
  open: number
  autoApply: boolean
}

export interface AcceptResult {
  proposal: ProposalView
  applicationId: string
  /** Where to go next: the application, or its gracious-reply draft after a rejection. */
  path: string
}

export const reviewApi = {
  listProposals: method(
    z
      .object({ status: z.enum(['open', 'all']).default('open') })
      .strict()
      .optional()
  )<ReviewQueue>(),
  /** Accept as proposed, or with edited fields (Edit). */
  acceptProposal: method(z.object({ id: Id, fields: ProposalFields.partial().optional() }).strict())<AcceptResult>(),
  dismissProposal: method(z.object({ id: Id }).strict())<{ proposal: ProposalView }>(),
  /** High-confidence, reversible changes (interviews from invites, tracking acknowledged applications) applied without asking. Rejections and offers always wait. */
  setReviewAutoApply: method(z.object({ autoApply: z.boolean() }).strict())<{ autoApply: boolean }>()
} as const
