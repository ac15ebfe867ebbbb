/**
 * What replies said, as the user sees and corrects it on the timeline: "They said: by
 * Fri, Dec 4 — change". A corrected date is the user's word from then on; dismissed facts
 * are ignored by the planner (and can be brought back).
 */
import { z } from 'zod'
import { CalendarDate, Id } from '../model'
import type { ApplicationDetail } from './applications'
import { method } from './contract'

export const factsApi = {
  correctReplyFacts: method(
    z
      .object({
        applicationId: Id,
        /** The timeline event of the filed reply. */
        eventId: Id,
        /** The date they promised an answer by; null: they gave none. */
        respondBy: CalendarDate.nullable().optional(),
        /** true: these facts are wrong, ignore them; false: bring them back. */
        dismissed: z.boolean().optional()
      })
      .strict()
      .refine((v) => v.respondBy !== undefined || v.dismissed !== undefined, { message: 'say what to change: a date, or dismissed' })
  )<ApplicationDetail>()
} as const
