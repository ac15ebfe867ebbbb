/**
 * Insights and the calendar: the figures (pure, in core/insights) over the stored
 * applications, and the .ics of interviews and due follow-ups.
 */
import type { Services } from '../../shared/api'
import { buildCalendar } from '../../shared/core/calendar'
import { computeInsights } from '../../shared/core/insights'
import { resolveTimeZone } from '../../shared/core/time'
import { calendarFeedPath, calendarFeedToken, resetCalendarFeedToken } from '../calendar/feed-token'
import type { ServiceContext } from '../service-context'
import { plansOf, stageProposals } from '../store/plans'

export type InsightsServices = Pick<Services, 'getInsights' | 'exportCalendar' | 'getCalendarFeed' | 'resetCalendarFeed'>

export function createInsightsServices(
  ctx: ServiceContext,
  mode: 'desktop' | 'browser'
): InsightsServices & { calendar: (now?: number) => string } {
  const { store } = ctx
  const calendar = (now = ctx.now()) => {
    const apps = store.applications.all()
    return buildCalendar(apps, plansOf(store).all(apps, now), { now })
  }
  return {
    calendar,
    async getInsights(input) {
      const now = input?.at ? Date.parse(input.at) : ctx.now()
      const planner = store.settings.current.planner
      return computeInsights(store.applications.all(), {
        now,
        planner,
        inReview: stageProposals(store.proposals.all()),
        timeZone: resolveTimeZone(planner.timeZone),
        ...(input?.since ? { since: input.since } : {})
      })
    },
    async exportCalendar() {
      return { content: calendar(), fileName: 'afterview.ics' }
    },
    async getCalendarFeed() {
      return { path: mode === 'browser' ? calendarFeedPath(calendarFeedToken(store.dataDir)) : null }
    },
    async resetCalendarFeed() {
      const token = resetCalendarFeedToken(store.dataDir)
      return { path: mode === 'browser' ? calendarFeedPath(token) : null }
    }
  }
}
