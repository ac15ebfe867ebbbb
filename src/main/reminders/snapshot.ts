/**
 * The reminder picture at one moment: what is due, when the next action falls due, and
 * whether notifications are held (quiet hours, pause). Pure; the scheduler and the
 * `getReminders` service both use it.
 */
import type { ReminderStatus } from '../../shared/api/reminders'
import { isOverdue } from '../../shared/core/due'
import { planAll, type StageProposal } from '../../shared/core/planner'
import { resolveTimeZone } from '../../shared/core/time'
import type { Application, Settings } from '../../shared/model'
import { holdUntil } from './quiet-hours'
import { toReminder } from './reminder-text'

/** `inReview`: the changes of stage waiting in Review or dismissed there, by application id (store/plans.ts). */
export function reminderStatus(
  apps: readonly Application[],
  settings: Settings,
  now: number,
  inReview?: ReadonlyMap<string, readonly StageProposal[]>
): ReminderStatus {
  const timeZone = resolveTimeZone(settings.planner.timeZone)
  const byId = new Map(apps.map((a) => [a.id, a]))
  const due: ReminderStatus['due'] = []
  let nextDueAt: number | undefined
  for (const action of planAll(apps, settings.planner, now, inReview)) {
    if (action.dueAt === null) continue
    const at = Date.parse(action.dueAt)
    if (isOverdue(action.dueAt, now)) due.push(toReminder(action, byId.get(action.applicationId), now, timeZone))
    else if (nextDueAt === undefined || at < nextDueAt) nextDueAt = at
  }
  const hold = holdUntil(now, settings.reminders, timeZone)
  return {
    now: new Date(now).toISOString(),
    due,
    nextDueAt: nextDueAt === undefined ? null : new Date(nextDueAt).toISOString(),
    heldUntil: hold ? new Date(hold.until).toISOString() : null,
    heldBecause: hold?.reason ?? null,
    timeZone,
    settings: settings.reminders
  }
}
