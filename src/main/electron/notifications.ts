/**
 * Desktop notifications for due reminders, thin over Electron's Notification. The words
 * come from reminders/reminder-text.ts; a click opens the window on the action.
 */
import { Notification } from 'electron'
import type { ReminderNotification } from '../../shared/api/reminders'

// Electron drops a notification's click handler if the object is garbage-collected;
// keep each one until it is closed or clicked.
const alive = new Set<Notification>()

export function showReminderNotification(n: ReminderNotification, onClick: (path: string) => void, iconPath?: string): Notification | undefined {
  if (!Notification.isSupported()) return undefined
  const notification = new Notification({ title: n.title, body: n.body, ...(iconPath ? { icon: iconPath } : {}) })
  alive.add(notification)
  notification.on('click', () => {
    alive.delete(notification)
    onClick(n.path)
  })
  notification.on('close', () => alive.delete(notification))
  notification.show()
  return notification
}

/** A plain message (the one-time "still running in the tray" explanation). */
export function showInfoNotification(title: string, body: string, iconPath?: string): void {
  if (!Notification.isSupported()) return
  const notification = new Notification({ title, body, silent: true, ...(iconPath ? { icon: iconPath } : {}) })
  alive.add(notification)
  notification.on('close', () => alive.delete(notification))
  notification.show()
}
