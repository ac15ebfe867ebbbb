/**
 * The window's life in a tray app: one main window, shown and focused on demand (on a
 * route, for notifications, the tray and deep links); closing it keeps Afterview running
 * in the tray when the setting says so and the desktop has a tray to come back from,
 * explained once; Quit really quits. Also the one-time "start at login?" question, asked
 * only by the installed app, which then starts at login waiting in the tray.
 */
import type { App, BrowserWindow, Dialog } from 'electron'
import type { ReminderSettings } from '../../shared/model'
import { linuxAutostart, type LinuxAutostart } from './linux-autostart'

export interface WindowControllerOptions {
  /** Creates the main window loading the app, on `path` when given. */
  create: (path?: string) => BrowserWindow
  /** Sends the open window to a route (the `navigate` event). */
  navigate: (path: string) => void
  settings: () => ReminderSettings
  updateSettings: (patch: Partial<ReminderSettings>) => void
  explain: (title: string, body: string) => void
  /** Does this desktop show tray icons? Without one, closing the window quits. */
  trayAvailable: () => boolean
}

/** Closing the window keeps Afterview in the tray: the user wants it and there is a tray to come back from. */
export function closesToTray(settings: Pick<ReminderSettings, 'closeToTray'>, trayAvailable: boolean): boolean {
  return settings.closeToTray && trayAvailable
}

/** The argument the login item starts Afterview with, so it waits in the tray. */
export const HIDDEN_ARG = '--hidden'

/** Was this start the login item's (so the window stays hidden and Afterview waits in the tray)? */
export function startedAtLogin(
  app: Pick<App, 'getLoginItemSettings'>,
  argv: readonly string[],
  platform: NodeJS.Platform = process.platform
): boolean {
  if (argv.includes(HIDDEN_ARG)) return true
  if (platform !== 'darwin') return false
  try {
    return app.getLoginItemSettings().wasOpenedAtLogin === true
  } catch {
    return false
  }
}

export class WindowController {
  private win: BrowserWindow | undefined
  quitting = false

  constructor(private readonly options: WindowControllerOptions) {}

  get window(): BrowserWindow | undefined {
    return this.win && !this.win.isDestroyed() ? this.win : undefined
  }

  /** Opens (or brings back) the window, on `path` if given. */
  show(path?: string): BrowserWindow {
    const existing = this.window
    if (!existing) {
      const win = this.options.create(path)
      this.win = win
      win.on('close', (event) => this.onClose(event, win))
      win.on('closed', () => {
        if (this.win === win) this.win = undefined
      })
      return win
    }
    if (existing.isMinimized()) existing.restore()
    existing.show()
    existing.focus()
    if (path) this.options.navigate(path)
    return existing
  }

  private onClose(event: { preventDefault: () => void }, win: BrowserWindow): void {
    if (this.quitting) return
    const s = this.options.settings()
    if (!closesToTray(s, this.options.trayAvailable())) return
    event.preventDefault()
    win.hide()
    if (!s.closeToTrayExplained) {
      this.options.explain(
        'Afterview is still running',
        'It stays in the tray to remind you of follow-ups. Choose Quit from the tray menu to stop it; you can change this in Settings.'
      )
      this.options.updateSettings({ closeToTrayExplained: true })
    }
  }
}

/** Wires Quit and window-all-closed: in the tray, closing the last window does not quit. */
export function setupQuit(
  app: Pick<App, 'on' | 'quit'>,
  windows: WindowController,
  settings: () => ReminderSettings,
  trayAvailable: () => boolean,
  platform: NodeJS.Platform = process.platform
): void {
  app.on('before-quit', () => {
    windows.quitting = true
  })
  app.on('window-all-closed', () => {
    if (platform !== 'darwin' && !closesToTray(settings(), trayAvailable())) app.quit()
  })
}

/**
 * Registers (or removes) the login item. Only for the installed app: under `electron .`
 * the login item would start bare Electron. Windows passes --hidden; macOS reports
 * wasOpenedAtLogin; Linux gets an XDG autostart entry with --hidden.
 */
export function applyLoginItem(
  app: Pick<App, 'setLoginItemSettings' | 'isPackaged'>,
  wanted: boolean,
  platform: NodeJS.Platform = process.platform,
  autostart: () => LinuxAutostart = () => linuxAutostart(HIDDEN_ARG)
): boolean {
  if (!loginItemSupported(app, platform)) return false
  if (platform === 'linux') autostart().set(wanted)
  else app.setLoginItemSettings(platform === 'win32' ? { openAtLogin: wanted, args: [HIDDEN_ARG] } : { openAtLogin: wanted })
  return true
}

/** Where "Launch at login" can be offered: the installed app. */
export const loginItemSupported = (app: Pick<App, 'isPackaged'>, platform: NodeJS.Platform = process.platform) =>
  app.isPackaged && (platform === 'darwin' || platform === 'win32' || platform === 'linux')

/** Start-at-login is off by default; asked once where the system supports it, then applied from the setting. */
export async function launchAtLogin(
  app: Pick<App, 'setLoginItemSettings' | 'isPackaged'>,
  dialog: Pick<Dialog, 'showMessageBox'>,
  settings: ReminderSettings,
  updateSettings: (patch: Partial<ReminderSettings>) => void,
  platform: NodeJS.Platform = process.platform,
  autostart?: () => LinuxAutostart
): Promise<void> {
  if (!loginItemSupported(app, platform)) return // a dev run (bare Electron): nothing to register
  let wanted = settings.launchAtLogin
  if (!settings.launchAtLoginAsked) {
    const { response } = await dialog.showMessageBox({
      type: 'question',
      buttons: ['Start at login', 'Not now'],
      defaultId: 1,
      cancelId: 1,
      message: 'Start Afterview when you log in?',
      detail:
        'Afterview can wait in the tray and remind you when a follow-up is due, without you opening it. You can change this later in Settings.'
    })
    wanted = response === 0
    updateSettings({ launchAtLogin: wanted, launchAtLoginAsked: true })
  }
  applyLoginItem(app, wanted, platform, autostart)
}

/** Keeps the login item in step with the setting as the user changes it in Settings. */
export function followLoginItem(
  app: Pick<App, 'setLoginItemSettings' | 'isPackaged'>,
  platform: NodeJS.Platform = process.platform
): (settings: Pick<ReminderSettings, 'launchAtLogin' | 'launchAtLoginAsked'>) => void {
  let applied: boolean | undefined
  return (settings) => {
    if (!settings.launchAtLoginAsked || settings.launchAtLogin === applied) return
    if (applyLoginItem(app, settings.launchAtLogin, platform)) applied = settings.launchAtLogin
  }
}

/**
 * Opens the window as Afterview starts, unless the login item started it: then it waits
 * in the tray, except when a link asked for a page or there is no tray to wait in.
 */
export function showWindowAtStart(start: { atLogin: boolean; deepLink?: string; trayAvailable: boolean }): boolean {
  return !start.atLogin || !!start.deepLink || !start.trayAvailable
}
