/**
 * What a reminder says and where a click on it goes. Pure: the same words appear in the
 * desktop notification, the tray menu and the browser-mode web notification.
 */
import type { NextAction } from '../../shared/core/planner'
import { formatClock, formatDay, formatRelative } from '../../shared/core/time'
import type { Application } from '../../shared/model'
import type { Reminder, ReminderNotification } from '../../shared/api/reminders'

/** The window route of an action: "/application/<id>?action=<key>" (the hash router's format). */
export function actionPath(applicationId: string, key?: string): string {
  return `/application/${encodeURIComponent(applicationId)}${key ? `?action=${encodeURIComponent(key)}` : ''}`
}

/** "2 h ago" reads as "just now" under a minute. */
const ago = (ms: number, now: number, timeZone: string) => {
  const r = formatRelative(ms, now, timeZone)
  return r === 'now' ? 'just now' : r
}

/** Why it is due now, in a few words: "interview ended 2 h ago". */
export function reminderContext(action: NextAction, app: Application | undefined, now: number, timeZone: string): string {
  const state = app?.actions[action.key]
  if (state?.status === 'snoozed' && state.until) return `back from your snooze (${formatClock(Date.parse(state.until), timeZone)})`
  const interview = action.interviewId ? app?.interviews.find((i) => i.id === action.interviewId) : undefined
  switch (action.kind) {
    case 'thank_you':
    case 'ask_next_steps':
      if (interview) return `interview ended ${ago(Date.parse(interview.startsAt) + interview.durationMinutes * 60_000, now, timeZone)}`
      break
    case 'answer':
      return 'they are waiting for your answer'
    case 'application_follow_up':
      if (app?.appliedAt) return `applied ${formatDay(Date.parse(`${app.appliedAt}T12:00:00Z`), 'UTC')}, no reply yet`
      break
    default:
      break
  }
  return action.dueAt ? `due ${ago(Date.parse(action.dueAt), now, timeZone)}` : 'suggested'
}

/** One due action as a reminder. `stamp` changes only when the action falls due anew (a snooze). */
export function toReminder(action: NextAction, app: Application | undefined, now: number, timeZone: string): Reminder {
  const state = app?.actions[action.key]
  const dueAt = action.dueAt ?? new Date(now).toISOString()
  return {
    key: action.key,
    applicationId: action.applicationId,
    kind: action.kind,
    title: action.title,
    company: action.company,
    body: `${action.company}, ${reminderContext(action, app, now, timeZone)}`,
    dueAt,
    stamp: state?.status === 'snoozed' && state.until ? `snoozed:${state.until}` : dueAt,
    path: actionPath(action.applicationId, action.key)
  }
}

/** Several reminders due at once make one notification, not a burst. */
export function groupNotification(reminders: readonly Reminder[]): ReminderNotification {
  const keys = reminders.map((r) => r.key)
  if (reminders.length === 1) {
    const [r] = reminders
    return { title: r.title, body: r.body, path: r.path, keys, count: 1 }
  }
  const shown = reminders.slice(0, 3).map((r) => `${r.title} (${r.company})`)
  const more = reminders.length - shown.length
  const apps = new Set(reminders.map((r) => r.applicationId))
  return {
    title: `${reminders.length} follow-ups are due`,
    body: shown.join(' · ') + (more > 0 ? ` · and ${more} more` : ''),
    path: apps.size === 1 ? actionPath(reminders[0].applicationId) : '/next',
    keys,
    count: reminders.length
  }
}

/** "Send a thank-you to Dana — Acme Robotics, interview ended 2 h ago" (logs, tooltips). */
export const notificationText = (n: Pick<ReminderNotification, 'title' | 'body'>) => `${n.title} — ${n.body}`
