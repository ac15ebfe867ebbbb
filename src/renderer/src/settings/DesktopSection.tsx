/**
 * Settings → Desktop: notifications, keeping Afterview in the tray when the window closes,
 * and starting it at login. Each choice applies where this desktop supports it, and says
 * why when it does not (no tray on stock GNOME, no login item in a development build or
 * in browser mode). Changes are saved at once.
 */
import { useEffect, useState } from 'react'
import type { AppStatus } from '../../../shared/api'
import type { ReminderSettings } from '../../../shared/model'
import { client, isBrowserMode } from '../api-client'
import { errorText } from '../lib/format'
import { askForWebNotifications, webNotificationState, type WebNotificationState } from '../web-notifications'

type Patch = Partial<Omit<ReminderSettings, 'pausedUntil'>>

export function DesktopSection() {
  const [status, setStatus] = useState<AppStatus>()
  const [reminders, setReminders] = useState<ReminderSettings>()
  const [permission, setPermission] = useState<WebNotificationState>(() => webNotificationState())
  const [error, setError] = useState<string>()
  useEffect(() => {
    Promise.all([client.getStatus(undefined), client.getSettings(undefined)]).then(
      ([s, settings]) => {
        setStatus(s)
        setReminders(settings.reminders)
      },
      (e: unknown) => setError(errorText(e))
    )
  }, [])
  if (!status || !reminders) return <p className="muted">{error ?? 'Loading…'}</p>
  const save = async (patch: Patch) => {
    try {
      setReminders((await client.updateReminderSettings(patch)).settings)
      setError(undefined)
    } catch (e) {
      setError(errorText(e))
    }
  }
  const desktop = status.mode === 'desktop' ? status.desktop : undefined
  const browser = status.mode === 'browser' && isBrowserMode
  return (
    <div className="form desktop-settings">
      <fieldset className="fieldset">
        <legend>Notifications</legend>
        <label className="checkbox">
          <input type="checkbox" checked={reminders.notifications} onChange={(e) => void save({ notifications: e.target.checked })} />
          Show a notification when a follow-up falls due
        </label>
        <p className="small muted">
          {browser
            ? 'In browser mode they appear while this tab is open. '
            : desktop?.trayAvailable
              ? 'The tray shows how many are due either way. '
              : 'Next up lists them either way. '}
          Quiet hours ({reminders.quietHoursStart}–{reminders.quietHoursEnd}
          {reminders.quietWeekends ? ', and weekends' : ''}) hold them until quiet hours end.
        </p>
        {browser && reminders.notifications && permission === 'default' && (
          <button
            type="button"
            className="btn btn-small"
            style={{ justifySelf: 'start' }}
            onClick={() => void askForWebNotifications().then(setPermission)}
          >
            Allow notifications in this browser
          </button>
        )}
        {browser && permission === 'denied' && (
          <p className="small">This browser blocks notifications from Afterview. Allow them in the site settings to be reminded.</p>
        )}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Closing the window</legend>
        {desktop ? (
          <>
            <label className="checkbox">
              <input
                type="checkbox"
                disabled={!desktop.trayAvailable}
                checked={reminders.closeToTray && desktop.trayAvailable}
                onChange={(e) => void save({ closeToTray: e.target.checked })}
              />
              Keep Afterview running in the tray, to remind you of follow-ups
            </label>
            <p className="small muted">
              {desktop.trayAvailable
                ? 'Quit from the tray menu to stop it completely.'
                : 'Your desktop shows no tray icons (stock GNOME does not), so closing the window quits Afterview and there are no reminders until you open it again. A tray extension such as "AppIndicator and KStatusNotifierItem Support" adds one.'}
            </p>
          </>
        ) : (
          <p className="small muted">
            In browser mode Afterview runs as long as <code>afterview serve</code> does; the desktop app can keep running in the tray
            instead.
          </p>
        )}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Starting Afterview</legend>
        {desktop ? (
          <>
            <label className="checkbox">
              <input
                type="checkbox"
                disabled={!desktop.loginItemSupported}
                checked={reminders.launchAtLogin && desktop.loginItemSupported}
                onChange={(e) => void save({ launchAtLogin: e.target.checked, launchAtLoginAsked: true })}
              />
              {desktop.trayAvailable ? 'Start Afterview when you log in, waiting in the tray' : 'Start Afterview when you log in'}
            </label>
            {!desktop.loginItemSupported && (
              <p className="small muted">Only the installed app can start at login (this is a development build).</p>
            )}
          </>
        ) : (
          <p className="small muted">Starting at login is a setting of the installed desktop app.</p>
        )}
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
