/**
 * Reminders: what is due now (for the tray, the desktop notification and the browser's
 * web notifications), quiet hours, pause, and the tray / start-up preferences.
 */
import { z } from 'zod'
import type { ActionKind } from '../core/planner'
import { ReminderSettings } from '../model'
import { method, none } from './contract'

/** One due action, worded for a notification. */
export interface Reminder {
  key: string
  applicationId: string
  kind: ActionKind
  /** "Send a thank-you to Dana" */
  title: string
  company: string
  /** "Acme Robotics, interview ended 2 h ago" */
  body: string
  dueAt: string
  /** Changes only when the action falls due anew (after a snooze): one notification per stamp. */
  stamp: string
  /** The window route that opens it: "/application/<id>?action=<key>". */
  path: string
}

/** What one notification shows; several reminders due at once are grouped into one. */
export interface ReminderNotification {
  title: string
  body: string
  path: string
  keys: string[]
  count: number
}

export interface ReminderStatus {
  now: string
  due: Reminder[]
  /** When the next action falls due, if any. */
  nextDueAt: string | null
  /** Notifications are held (quiet hours or paused) until then. */
  heldUntil: string | null
  heldBecause: 'paused' | 'quiet_hours' | null
  timeZone: string
  settings: ReminderSettings
}

export const reminderApi = {
  getReminders: method(none)<ReminderStatus>(),
  /** minutes: 0 resumes reminders now. */
  pauseReminders: method(
    z
      .object({
        minutes: z
          .number()
          .int()
          .min(0)
          .max(7 * 24 * 60)
      })
      .strict()
  )<ReminderStatus>(),
  updateReminderSettings: method(ReminderSettings.omit({ pausedUntil: true }).partial().strict())<ReminderStatus>()
} as const
