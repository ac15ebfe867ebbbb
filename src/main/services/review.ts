/**
 * The review queue behind the API: list, accept (as is or edited), dismiss, and the
 * auto-apply setting. The classifying itself runs from the sync's hook (review/engine.ts).
 */
import { AfterviewError, type Services } from '../../shared/api'
import type { ServiceContext } from '../service-context'
import { applyProposal, type ApplicationChanges } from '../review/apply'
import { viewOf } from '../review/describe'

export type ReviewServices = Pick<Services, 'listProposals' | 'acceptProposal' | 'dismissProposal' | 'setReviewAutoApply'>

export function createReviewServices(ctx: ServiceContext, apps: ApplicationChanges): ReviewServices {
  const { store } = ctx
  const tz = () => store.settings.current.planner.timeZone || undefined
  const view = (id: string) => {
    const p = store.proposals.get(id)
    if (!p) throw new AfterviewError('not_found', 'That proposal is no longer in the review queue.')
    return viewOf(p, p.applicationId ? store.applications.get(p.applicationId) : undefined, tz())
  }
  return {
    async listProposals(input) {
      const all = store.proposals.all()
      const open = all.filter((p) => p.status === 'open')
      const shown = (input?.status ?? 'open') === 'all' ? all : open
      const proposals = shown
        .sort((a, b) => (a.status === b.status ? b.message.date.localeCompare(a.message.date) : a.status === 'open' ? -1 : 1))
        .map((p) => view(p.id))
      return { proposals, open: open.length, autoApply: store.settings.current.review.autoApply }
    },
    async acceptProposal({ id, fields }) {
      return applyProposal(ctx, apps, id, fields)
    },
    async dismissProposal({ id }) {
      const p = store.proposals.get(id)
      if (!p) throw new AfterviewError('not_found', 'That proposal is no longer in the review queue.')
      if (p.status !== 'open') throw new AfterviewError('conflict', `That proposal was already ${p.status}.`)
      await store.proposals.update(id, (current) => ({ ...current, status: 'dismissed', decidedAt: new Date(ctx.now()).toISOString() }))
      ctx.changed(p.applicationId ? [p.applicationId] : undefined)
      return { proposal: view(id) }
    },
    async setReviewAutoApply({ autoApply }) {
      const saved = await store.settings.update((s) => ({ ...s, review: { ...s.review, autoApply } }))
      ctx.changed()
      return { autoApply: saved.review.autoApply }
    }
  }
}
