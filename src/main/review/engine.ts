/**
 * What happens after the sync files a mail: classify it, write what the planner needs on
 * the timeline (category, confidence, automatic, needsAnswer), and queue the proposed
 * changes for review. Also takes acknowledgements that matched no application ("Track this
 * application"). Applying a proposal lives in apply.ts.
 */
import { createHash } from 'node:crypto'
import type { Proposal, ProposalFields } from '../../shared/api/review'
import { classifyMessage, preparePhrases, prepareTextModel, type Classification } from '../../shared/core/classifier'
import { messageFacts, proposeChanges, type ProposedChange } from '../../shared/core/consequences'
import { domainOf, messageIdKey, tidyMessageId, type MailMessage } from '../../shared/core/mail-message'
import { extractFacts, toStoredFacts } from '../../shared/core/facts'
import type { MessageRef } from '../../shared/model'
import { untrackedAcknowledgement } from '../../shared/core/untracked-acknowledgement'
import { formatAddress } from '../../shared/core/address'
import type { ServiceContext } from '../service-context'
import { applicationWrites } from '../store/application-writes'
import { applyProposal, type ApplicationChanges } from './apply'
import { WARM_UP_MAIL } from './warm-up'

export interface Review {
  /** Before filing: what the planner needs to know of an incoming mail, written with it. */
  describeIncoming(message: MailMessage, ref: MessageRef): Partial<MessageRef>
  /** The sync's hook: a mail was filed on `applicationId`. */
  onMessageFiled(applicationId: string, message: MailMessage, ref: MessageRef): Promise<void>
  /** A job-related mail that matched no application (an acknowledgement may propose tracking one); true when it was one. */
  onUnmatched(message: MailMessage, accountId?: string): Promise<boolean>
  /** Takes the next step of the classifier's warm-up (a warm-up mail, warm-up.ts, read and forgotten); false when none is left. */
  warmUp(): boolean
}

export const userAddresses = (ctx: ServiceContext): string[] => ctx.store.accounts.all().map((a) => a.email.toLowerCase())
/** The user's addresses, plus whom an employer's mail was addressed to outside the employer's domain (the user, on an alias). */
const recipients = (ctx: ServiceContext, message: MailMessage): string[] => {
  const from = domainOf(message.from.address)
  return [...new Set([...userAddresses(ctx), ...message.to.map((a) => a.address).filter((a) => a && domainOf(a) !== from)])]
}
const timeZoneOf = (ctx: ServiceContext): string | undefined => ctx.store.settings.current.planner.timeZone || undefined

const sameContactProposal = (p: Proposal, change: ProposedChange): boolean =>
  p.kind === 'add_contact' &&
  p.applicationId === change.applicationId &&
  p.fields.contact?.email?.toLowerCase() === change.fields.contact?.email?.toLowerCase()

export function proposalId(messageId: string, kind: string): string {
  return `p-${createHash('sha256')
    .update(`${messageIdKey(messageId)}|${kind}`)
    .digest('hex')
    .slice(0, 16)}`
}

/** Interviews made from calendar invites, by invite UID (from accepted proposals). */
export function interviewsByCalendarUid(ctx: ServiceContext): Map<string, { applicationId: string; interviewId: string }> {
  const map = new Map<string, { applicationId: string; interviewId: string }>()
  const accepted = ctx.store.proposals
    .all()
    .filter((p) => p.status === 'accepted' && p.fields.calendarUid && p.result?.interviewId)
    .sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? ''))
  for (const p of accepted) {
    const applicationId = p.result?.applicationId ?? p.applicationId
    if (applicationId) map.set(p.fields.calendarUid!, { applicationId, interviewId: p.result!.interviewId! })
  }
  return map
}

export function createReview(ctx: ServiceContext, apps: ApplicationChanges): Review {
  const { store } = ctx
  /** Classified before filing, reused after it (the same parsed message object). */
  const classified = new WeakMap<MailMessage, Classification>()
  const classify = (message: MailMessage) =>
    classifyMessage(message, { relatedToApplication: true, direction: 'in', timeZone: timeZoneOf(ctx) })
  /**
   * The classifier's first use, a step at a time: the phrases' gate alone, one sample mail a step, then the text
   * model's weights, which the sample mails do not reach (about 10 ms). A step delays reading what the server answered
   * meanwhile by up to its length (the gate and the first mail in one step took 55-60 ms; issue 14).
   */
  const warmUpSteps: Array<() => void> = [
    preparePhrases,
    ...WARM_UP_MAIL.map((sample) => () => {
      const classification = classify(sample.message)
      messageFacts(classification, false)
      replyDetails(sample.message, sample.ref, classification, userAddresses(ctx))
    }),
    prepareTextModel
  ]
  let warmed = 0

  async function queue(changes: ProposedChange[], message: MailMessage, accountId: string | undefined): Promise<void> {
    const now = new Date(ctx.now()).toISOString()
    for (const change of changes) {
      const id = proposalId(message.messageId, change.kind)
      if (store.proposals.get(id)) continue
      const fields: ProposalFields = { ...change.fields }
      const proposal: Proposal = {
        id,
        kind: change.kind,
        status: 'open',
        ...(change.applicationId ? { applicationId: change.applicationId } : {}),
        fields,
        evidence: change.evidence.slice(0, 2000),
        reasons: change.reasons.slice(0, 20).map((r) => r.slice(0, 1000)),
        category: change.category,
        confidence: change.confidence,
        autoApplicable: change.autoApplicable,
        message: {
          messageId: tidyMessageId(message.messageId),
          from: formatAddress(message.from).slice(0, 1000),
          subject: message.subject.slice(0, 2000),
          date: message.date,
          ...(accountId ? { accountId } : {})
        },
        createdAt: now,
        autoApplied: false
      }
      // A newer invite for the same calendar event replaces the one still waiting.
      if (fields.calendarUid) {
        for (const old of store.proposals
          .all()
          .filter((p) => p.status === 'open' && p.fields.calendarUid === fields.calendarUid && p.message.date <= message.date)) {
          await store.proposals.update(old.id, (p) => ({ ...p, status: 'dismissed', decidedAt: now }))
        }
      }
      // The same person proposed as a contact again (every mail they write names them): one proposal, and none once dismissed.
      if (change.kind === 'add_contact' && store.proposals.all().some((p) => sameContactProposal(p, change))) continue
      // The same application proposed twice (two acknowledgements): keep the first.
      if (
        change.kind === 'track_application' &&
        store.proposals
          .all()
          .some(
            (p) =>
              p.kind === 'track_application' &&
              p.status === 'open' &&
              p.fields.company?.toLowerCase() === fields.company?.toLowerCase() &&
              (p.fields.role ?? '') === (fields.role ?? '')
          )
      )
        continue
      await store.proposals.create(proposal)
      if (store.settings.current.review.autoApply && change.autoApplicable) {
        await applyProposal(ctx, apps, proposal.id, undefined, { auto: true }).catch(() => undefined)
      }
    }
  }

  return {
    describeIncoming(message, ref) {
      const classification = classify(message)
      classified.set(message, classification)
      return { ...messageFacts(classification, ref.automatic), ...replyDetails(message, ref, classification, userAddresses(ctx)) }
    },

    async onMessageFiled(applicationId, message, ref) {
      if (ref.direction !== 'in') return
      const classification = classified.get(message) ?? classify(message)
      let application = store.applications.get(applicationId)
      if (ref.category === undefined) {
        // Filed without describeIncoming (another caller): write the facts now.
        const facts = { ...messageFacts(classification, ref.automatic), ...replyDetails(message, ref, classification, userAddresses(ctx)) }
        const id = messageIdKey(ref.messageId)
        try {
          application = await applicationWrites(ctx).change(applicationId, (app) => {
            for (const e of app.events) if (e.message && messageIdKey(e.message.messageId) === id) Object.assign(e.message, facts)
          })
        } catch {
          return // deleted meanwhile
        }
      }
      // A thread reply from an address nobody vouches for proposes nothing: the user reads it and decides.
      if (ref.unverifiedSender) return
      if (!application) return
      const changes = proposeChanges(classification, message, application, {
        interviewsByCalendarUid: interviewsByCalendarUid(ctx),
        userAddresses: recipients(ctx, message)
      })
      await queue(changes, message, ref.accountId)
      if (changes.length) ctx.changed([applicationId])
    },

    warmUp() {
      const step = warmUpSteps[warmed]
      if (!step) return false
      warmed++
      step()
      return warmed < warmUpSteps.length
    },

    async onUnmatched(message, accountId) {
      if (userAddresses(ctx).includes(message.from.address)) return false
      const users = recipients(ctx, message)
      // Most unmatched mail cannot be an acknowledgement: a cheap phrase check spares the full classifier.
      const classification = untrackedAcknowledgement(message, { timeZone: timeZoneOf(ctx) })
      if (!classification) return false
      const changes = proposeChanges(classification, message, null, { userAddresses: users })
      await queue(changes, message, accountId)
      if (changes.length) ctx.changed()
      return true
    }
  }
}

const SAYS_WHEN_AUTOMATIC: readonly string[] = ['acknowledgement', 'assessment', 'interview_request', 'offer']

/**
 * What a reply said (promised date, deadline, next step, whom to answer) and how to thread
 * an answer to it (the Message-ID and References as the sender wrote them). Out-of-office
 * and unrelated mail say nothing about the process.
 */
export function replyDetails(
  message: MailMessage,
  ref: MessageRef,
  classification: Classification,
  users: readonly string[]
): Partial<MessageRef> {
  const out: Partial<MessageRef> = {}
  const written = message.writtenMessageId ?? message.messageId
  if (written !== ref.messageId) out.originalMessageId = written.slice(0, 1000)
  const references = message.writtenReferences ?? message.references
  if (references.length) out.references = references.slice(-50).map((r) => r.slice(0, 1000))
  // An automatic mail says something only as a receipt ("within two weeks") or as a step to take ("complete the test by
  // the 10th": the plan needs its deadline). An automatic rejection or update promises nothing to plan on.
  const silent =
    classification.category === 'unrelated' ||
    ((ref.automatic || classification.automatic) && !SAYS_WHEN_AUTOMATIC.includes(classification.category))
  if (!silent) out.facts = toStoredFacts(extractFacts(message, { userAddresses: users }))
  return out
}
