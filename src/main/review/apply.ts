/**
 * Accepting a proposal: does what it proposed through the same services the window uses
 * (createApplication, setStage, saveContact, saveInterview), so the timeline and the planner
 * see an ordinary change. Rejections and offers are never applied without the user.
 */
import { AfterviewError, invalidInput, type AcceptResult, type Proposal, type ProposalFields, type Services } from '../../shared/api'
import { ApplicationFields, type Application } from '../../shared/model'
import type { ServiceContext } from '../service-context'
import { addEvent, applicationWrites, hasMessage, messageEvent, sameApplication } from '../store/application-writes'
import { openDraft } from '../outbox/drafts'
import { plansOf } from '../store/plans'
import { createMailAccess } from '../outbox/mail-access'
import { viewOf } from './describe'

/** The application services a proposal is applied through (handed in by services/index.ts). */
export type ApplicationChanges = Pick<Services, 'createApplication' | 'setStage' | 'saveContact' | 'saveInterview'>

const NEVER_AUTOMATIC: readonly Proposal['kind'][] = ['close_application', 'move_to_offer']

export async function applyProposal(
  ctx: ServiceContext,
  apps: ApplicationChanges,
  id: string,
  edits: Partial<ProposalFields> | undefined,
  options: { auto?: boolean } = {}
): Promise<AcceptResult> {
  const { store } = ctx
  const proposal = store.proposals.get(id)
  if (!proposal) throw new AfterviewError('not_found', 'That proposal is no longer in the review queue.')
  if (proposal.status !== 'open') throw new AfterviewError('conflict', `That proposal was already ${proposal.status}.`)
  if (options.auto && (NEVER_AUTOMATIC.includes(proposal.kind) || !proposal.autoApplicable)) {
    throw new AfterviewError('forbidden', 'Rejections and offers always wait for you.')
  }
  const fields: ProposalFields = { ...proposal.fields, ...(edits ?? {}) }
  const existing = (appId: string | undefined): Application => {
    const app = appId ? store.applications.get(appId) : undefined
    if (!app) throw new AfterviewError('not_found', 'The application this proposal is about no longer exists.')
    return app
  }
  let applicationId = proposal.applicationId ?? ''
  let interviewId: string | undefined
  let path = ''

  switch (proposal.kind) {
    case 'track_application': {
      if (!fields.company) throw new AfterviewError('invalid_input', 'Company is empty: say which company this application is with.')
      const parsed = ApplicationFields.safeParse({
        company: fields.company,
        role: fields.role ?? '',
        appliedAt: fields.appliedAt,
        companyDomain: fields.companyDomain || undefined,
        stage: 'applied'
      })
      if (!parsed.success) throw invalidInput(parsed.error, 'This application cannot be tracked as written: ')
      // One application per real application: the same company and role already tracked gets the mail (a new one only on request).
      const same = fields.newApplication ? undefined : alreadyTracked(store.applications.all(), parsed.data)
      applicationId = same ? same.id : (await apps.createApplication({ fields: parsed.data })).application.id
      // The acknowledgement goes on the timeline, so the planner knows it was acknowledged.
      await applicationWrites(ctx).change(applicationId, (app) => {
        if (hasMessage(app, proposal.message.messageId)) return false
        addEvent(
          app,
          messageEvent(
            {
              messageId: proposal.message.messageId,
              direction: 'in',
              from: proposal.message.from,
              to: [],
              subject: proposal.message.subject,
              snippet: proposal.evidence.slice(0, 2000),
              reason: same
                ? 'you tracked this application from its acknowledgement; it was already tracked, so the mail went there'
                : 'you tracked this application from its acknowledgement',
              category: 'acknowledgement',
              confidence: proposal.confidence,
              automatic: true,
              needsAnswer: false,
              ...(proposal.message.accountId ? { accountId: proposal.message.accountId } : {})
            },
            proposal.message.date
          )
        )
      })
      path = `/application/${applicationId}`
      break
    }
    case 'close_application': {
      const app = existing(applicationId)
      path = `/application/${applicationId}`
      if (fields.offerReply !== false) {
        // Draft the gracious reply while the planner still plans it (closing ends planning), as it plans it once this
        // rejection is accepted: while it waited in Review, the plan asked the user to check it instead.
        const action = plansOf(store, { except: id })
          .of(app, ctx.now())
          .find((a) => a.kind === 'close_out')
        if (action) {
          const mail = createMailAccess(store, async () => {
            throw new AfterviewError('mail_auth', 'Not needed for a draft.')
          })
          const draft = await openDraft({ store, mail, now: ctx.now }, applicationId, action.key, { except: id }).catch(() => undefined)
          if (draft) path = `/application/${applicationId}?action=${encodeURIComponent(action.key)}`
        }
      }
      await apps.setStage({ id: applicationId, stage: fields.stage ?? 'rejected' })
      break
    }
    case 'move_to_offer':
      existing(applicationId)
      await apps.setStage({ id: applicationId, stage: fields.stage ?? 'offer' })
      path = `/application/${applicationId}`
      break
    case 'add_interview': {
      if (!fields.startsAt) throw new AfterviewError('invalid_input', 'The interview has no time yet: enter when it starts.')
      let app = existing(applicationId)
      const contactIds: string[] = []
      for (const person of fields.attendees ?? []) {
        let contact = app.contacts.find((c) => c.email === person.email)
        if (!contact) {
          app = (await apps.saveContact({ applicationId, contact: { name: person.name, email: person.email } })).application
          contact = app.contacts.find((c) => c.email === person.email)
        }
        if (contact && !contactIds.includes(contact.id)) contactIds.push(contact.id)
      }
      const before = new Set(app.interviews.map((i) => i.id))
      const saved = await apps.saveInterview({
        applicationId,
        interview: {
          startsAt: fields.startsAt,
          durationMinutes: fields.durationMinutes ?? 60,
          kind: fields.interviewKind ?? 'other',
          contactIds,
          topics: '',
          timelineGiven: false
        }
      })
      interviewId = saved.application.interviews.find((i) => !before.has(i.id))?.id
      path = `/application/${applicationId}`
      break
    }
    case 'add_contact': {
      existing(applicationId)
      const person = fields.contact
      if (!person?.name || !person.email) throw new AfterviewError('invalid_input', 'Say who to add: a name and an address.')
      const app = store.applications.get(applicationId)!
      if (!app.contacts.some((c) => c.email === person.email))
        await apps.saveContact({
          applicationId,
          contact: { name: person.name, email: person.email, ...(person.title ? { title: person.title } : {}) }
        })
      path = `/application/${applicationId}`
      break
    }
    case 'move_interview': {
      const app = existing(applicationId)
      const interview = app.interviews.find((i) => i.id === fields.interviewId)
      if (!interview) throw new AfterviewError('not_found', 'The interview to move is no longer on this application.')
      if (!fields.startsAt) throw new AfterviewError('invalid_input', 'Enter the new time of the interview.')
      await apps.saveInterview({
        applicationId,
        interviewId: interview.id,
        interview: { ...interview, startsAt: fields.startsAt, durationMinutes: fields.durationMinutes ?? interview.durationMinutes }
      })
      interviewId = interview.id
      path = `/application/${applicationId}`
      break
    }
  }

  const decided = await store.proposals.update(id, (p) => ({
    ...p,
    status: 'accepted',
    fields,
    decidedAt: new Date(ctx.now()).toISOString(),
    autoApplied: !!options.auto,
    result: { applicationId, ...(interviewId ? { interviewId } : {}) }
  }))
  ctx.changed([applicationId])
  return {
    proposal: viewOf(decided, store.applications.get(applicationId), store.settings.current.planner.timeZone || undefined),
    applicationId,
    path
  }
}

/** An application already tracked for this company and role (a proposal without a role: the only one at that company). */
function alreadyTracked(apps: Application[], wanted: { company: string; role: string }): Application | undefined {
  const exact = apps.find((a) => sameApplication(a, { company: wanted.company, role: wanted.role, appliedAt: a.appliedAt }))
  if (exact || wanted.role.trim()) return exact
  const atCompany = apps.filter((a) => sameApplication(a, { company: wanted.company, role: a.role, appliedAt: a.appliedAt }))
  return atCompany.length === 1 ? atCompany[0] : undefined
}
