/** Correcting what a reply said (the promised date) or dismissing it: the user's word wins. */
import type { Services } from '../../shared/api'
import { AfterviewError } from '../../shared/api'
import { ReplyFacts } from '../../shared/model'
import type { ServiceContext } from '../service-context'
import { applicationWrites } from '../store/application-writes'
import { plansOf } from '../store/plans'

export function createFactServices(ctx: ServiceContext): Pick<Services, 'correctReplyFacts'> {
  return {
    async correctReplyFacts({ applicationId, eventId, respondBy, dismissed }) {
      const { store } = ctx
      const app = store.applications.get(applicationId)
      if (!app) throw new AfterviewError('not_found', 'That application no longer exists. It may have been deleted in another window.')
      if (!app.events.some((e) => e.id === eventId && e.message?.direction === 'in'))
        throw new AfterviewError('not_found', 'That mail is no longer on this application’s timeline.')
      const updated = await applicationWrites(ctx).change(applicationId, (current) => {
        const event = current.events.find((e) => e.id === eventId)
        if (!event?.message) return false
        const facts = event.message.facts ?? ReplyFacts.parse({})
        if (respondBy !== undefined)
          Object.assign(facts, { respondBy, timelineGiven: respondBy !== null || facts.timelineGiven, source: 'user', dismissed: false })
        if (dismissed !== undefined) facts.dismissed = dismissed
        event.message.facts = facts
      })
      const plans = plansOf(store)
      return { application: updated, actions: plans.of(updated, ctx.now()), stageInReview: plans.inReview(updated) }
    }
  }
}
