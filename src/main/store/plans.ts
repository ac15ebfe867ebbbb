/**
 * The plan as every part of Afterview shows it: the planner (shared/core/planner.ts), given
 * the application and the changes of stage its mail proposed that wait in Review or were
 * dismissed there. A rejection the user has not confirmed is then a question ("is this a
 * rejection?"), not a close-out, alike in Next up, on the application, in the list, the
 * reminders, the calendar and the CLI: they all plan through here (the lint sees to it).
 */
import type { StageInReview } from '../../shared/api/applications'
import type { Proposal } from '../../shared/api/review'
import { nextActions, planAll, type NextAction, type StageProposal } from '../../shared/core/planner'
import { CLOSED_STAGES, type Application } from '../../shared/model'
import type { Store } from './index'

type PlanStore = Pick<Store, 'proposals' | 'settings'>

const STAGE_KINDS: ReadonlySet<Proposal['kind']> = new Set(['close_application', 'move_to_offer'])

/** The stage proposals the planner reads, by application id: open or dismissed (an accepted one changed the stage). */
export function stageProposals(proposals: readonly Proposal[], except?: string): Map<string, StageProposal[]> {
  const byApp = new Map<string, StageProposal[]>()
  const wanted = proposals.filter((p) => p.applicationId && STAGE_KINDS.has(p.kind) && p.status !== 'accepted' && p.id !== except)
  // Newest mail first: the change of stage an application shows as waiting is the latest one.
  for (const p of wanted.sort((a, b) => b.message.date.localeCompare(a.message.date))) {
    if (!p.applicationId || p.status === 'accepted') continue
    const list = byApp.get(p.applicationId) ?? []
    list.push({
      id: p.id,
      kind: p.kind as StageProposal['kind'],
      messageId: p.message.messageId,
      status: p.status,
      stage: p.fields.stage ?? (p.kind === 'close_application' ? 'rejected' : 'offer'),
      ...(p.evidence ? { evidence: p.evidence } : {})
    })
    byApp.set(p.applicationId, list)
  }
  return byApp
}

export interface Plans {
  /** One application's plan, most urgent first. */
  of(app: Application, now: number): NextAction[]
  /** Every application's plan, most urgent first; suggestions last. */
  all(apps: readonly Application[], now: number): NextAction[]
  /** The newest change of stage waiting in Review for an open application, that its stage is not yet. */
  inReview(app: Application): StageInReview | null
}

/**
 * The planner as the proposals in Review are now (read once: take a new one after a change). `except`: a proposal
 * being accepted, planned as if already decided (accepting a rejection drafts the close-out reply it brings before
 * the stage changes).
 */
export function plansOf(store: PlanStore, options: { except?: string } = {}): Plans {
  const byApp = stageProposals(store.proposals.all(), options.except)
  const settings = store.settings.current.planner
  return {
    of: (app, now) => nextActions(app, settings, now, byApp.get(app.id)),
    all: (apps, now) => planAll(apps, settings, now, byApp),
    inReview: (app) => {
      if (CLOSED_STAGES.includes(app.stage)) return null
      const waiting = byApp.get(app.id)?.find((p) => p.status === 'open' && p.stage !== app.stage)
      return waiting ? { proposalId: waiting.id, stage: waiting.stage } : null
    }
  }
}
