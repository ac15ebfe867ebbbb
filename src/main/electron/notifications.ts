/**
 * Desktop notifications for due reminders, thin over Electron's Notification. The words
 * come from reminders/reminder-text.ts; a click opens the window on the action.
 */
import { Notification } from 'electron'
import type { ReminderNotification } from '../../shared/api/reminders'

// Electron drops a notification's click handler if the object is garbage-collected, so
// each one is kept until it is clicked. Not until `close`: Windows closes the toast when it
// times out, but the notification stays in the Action Center, and a click there must
// still open the follow-up. The oldest beyond KEEP are let go.
export const KEEP = 50
const alive = new Set<Notification>()
const keep = (n: Notification) => {
  alive.add(n)
  for (const old of alive) {
    if (alive.size <= KEEP) break
    alive.delete(old)
  }
}

/** How many notifications are held for their click handlers (for tests). */
export const heldNotifications = () => alive.size

export function showReminderNotification(
  n: ReminderNotification,
  onClick: (path: string) => void,
  iconPath?: string
): Notification | undefined {
  if (!Notification.isSupported()) return undefined
  const notification = new Notification({ title: n.title, body: n.body, ...(iconPath ? { icon: iconPath } : {}) })
  keep(notification)
  notification.on('click', () => {
    alive.delete(notification)
    onClick(n.path)
  })
  notification.show()
  return notification
}

/**
 * A plain message: the one-time "still running in the tray" explanation (silent), or mail the user may be missing (a
 * reply in Junk), whose click opens the window (`onClick`).
 */
export function showInfoNotification(title: string, body: string, iconPath?: string, onClick?: () => void): void {
  if (!Notification.isSupported()) return
  const notification = new Notification({ title, body, silent: !onClick, ...(iconPath ? { icon: iconPath } : {}) })
  keep(notification)
  if (onClick)
    notification.on('click', () => {
      alive.delete(notification)
      onClick()
    })
  notification.show()
}
