/**
 * Reminders on the desktop: runs the scheduler against the services, shows due
 * reminders as notifications, keeps the tray's count and menu current, and re-plans
 * (and checks mail) when the machine wakes up.
 */
import { app, powerMonitor } from 'electron'
import { join } from 'node:path'
import type { ReminderStatus } from '../../shared/api/reminders'
import { startReminders, type ReminderRuntime } from '../reminders/runtime'
import { showReminderNotification } from './notifications'
import type { ServicesHost } from './services-host'
import { createTray, type AppTray } from './tray'
import { followWake } from './wake'

export interface DesktopRemindersOptions {
  host: ServicesHost
  resourcesDir: string
  open: (path?: string) => void
  onStatus?: (status: ReminderStatus) => void
  /**
   * "Check mail now" in the tray (and on waking, without onWake). Mail sync registers itself
   * here; until it does, the item does nothing.
   */
  onCheckMail?: () => void
  /** On waking from sleep (the mail is checked on new connections); onCheckMail without it. */
  onWake?: () => void
}

export interface DesktopReminders {
  runtime: ReminderRuntime
  tray: AppTray
}

export function setupReminders(options: DesktopRemindersOptions): DesktopReminders {
  const { services } = options.host
  const icon = join(options.resourcesDir, 'icon-256.png')
  const tray = createTray(options.resourcesDir, {
    open: options.open,
    checkMail: () => options.onCheckMail?.(),
    pause: (minutes) =>
      void services.pauseReminders({ minutes }).then(
        () => runtime.replan(),
        () => undefined
      ),
    quit: () => app.quit()
  })
  const runtime = startReminders({
    services,
    hub: options.host.hub,
    dataDir: options.host.dataDir,
    deliver: (n) => showReminderNotification(n, options.open, icon),
    onStatus: (status) => {
      tray.update(status)
      options.onStatus?.(status)
    }
  })
  followWake(powerMonitor, { replan: () => void runtime.replan(), checkMail: () => (options.onWake ?? options.onCheckMail)?.() })
  app.on('will-quit', () => {
    runtime.stop()
    tray.destroy()
  })
  return { runtime, tray }
}
