/**
 * Browser mode: reminders that fall due in `afterview serve` arrive as `remindersDue`
 * events and are shown with the Web Notifications API, once the user allowed it (the
 * "Turn on reminders" button asks, after a click). A click on the notification focuses
 * this tab and opens the action. The desktop app uses native notifications instead.
 */
import { client, isBrowserMode } from './api-client'

export type WebNotificationState = NotificationPermission | 'unsupported'

export function webNotificationState(): WebNotificationState {
  if (!isBrowserMode || typeof window.Notification !== 'function') return 'unsupported'
  return window.Notification.permission
}

/** Must be called from a user gesture (a click): browsers ignore or block it otherwise. */
export async function askForWebNotifications(): Promise<WebNotificationState> {
  if (webNotificationState() === 'unsupported') return 'unsupported'
  return window.Notification.requestPermission()
}

function start(): void {
  if (webNotificationState() === 'unsupported') return
  client.on('remindersDue', (n) => {
    if (window.Notification.permission !== 'granted') return
    const notification = new window.Notification(n.title, { body: n.body, tag: `afterview:${n.keys.join(',')}` })
    notification.onclick = () => {
      window.focus()
      window.location.hash = `#${n.path.replace(/^#?\/?/, '/')}`
      notification.close()
    }
  })
}

start()
