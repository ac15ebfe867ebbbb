/**
 * Browser mode: a "Turn on reminders" button that asks the browser for permission to
 * show notifications (only on a click, as browsers require). Shows nothing in the
 * desktop app, or once reminders are on.
 */
import { useState } from 'react'
import { askForWebNotifications, webNotificationState, type WebNotificationState } from '../web-notifications'

const DISMISSED = 'afterview.reminderPromptDismissed'

function wasDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED) === '1'
  } catch {
    return false
  }
}

export function ReminderPermission() {
  const [state, setState] = useState<WebNotificationState>(() => webNotificationState())
  const [dismissed, setDismissed] = useState(wasDismissed)
  const dismiss = () => {
    try {
      localStorage.setItem(DISMISSED, '1')
    } catch {
      /* private mode: hidden for this visit only */
    }
    setDismissed(true)
  }
  if (state === 'unsupported' || state === 'granted' || dismissed) return null
  if (state === 'denied') {
    return (
      <div className="banner banner-info" role="status">
        <span>
          This browser blocks notifications from Afterview, so due follow-ups only show here. Allow notifications in the site settings to be
          reminded.
        </span>
      </div>
    )
  }
  return (
    <div className="banner banner-info" role="status">
      <span>Get a notification when a follow-up falls due, while this tab is open.</span>
      <button type="button" className="btn btn-small btn-primary" onClick={() => void askForWebNotifications().then(setState)}>
        Turn on reminders
      </button>
      <button type="button" className="btn btn-small btn-quiet" onClick={dismiss}>
        Not now
      </button>
    </div>
  )
}
