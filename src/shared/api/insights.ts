/**
 * Insights (how the search is going) and the calendar of interviews and follow-ups.
 */
import { z } from 'zod'
import type { Insights } from '../core/insights/types'
import { CalendarDate, Instant } from '../model'
import { method, none } from './contract'

export type { Insights } from '../core/insights/types'

export interface CalendarFeed {
  /**
   * Browser mode: the path of the subscribable calendar on this loopback server
   * ("/calendar/<token>/afterview.ics"); null in the desktop app, which serves nothing.
   */
  path: string | null
}

export const insightsApi = {
  getInsights: method(z.object({ since: CalendarDate.optional(), at: Instant.optional() }).strict().optional())<Insights>(),
  exportCalendar: method(none)<{ content: string; fileName: string }>(),
  getCalendarFeed: method(none)<CalendarFeed>(),
  /** A new calendar address; the old one stops working. */
  resetCalendarFeed: method(none)<CalendarFeed>()
} as const
