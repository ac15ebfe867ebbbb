/**
 * The window's life in a tray app: one main window, shown and focused on demand (on a
 * route, for notifications, the tray and deep links); closing it keeps Afterview running
 * in the tray when the setting says so, explained once; Quit really quits. Also the
 * one-time "start at login?" question.
 */
import type { App, BrowserWindow, Dialog } from 'electron'
import type { ReminderSettings } from '../../shared/model'

export interface WindowControllerOptions {
  /** Creates the main window loading the app, on `path` when given. */
  create: (path?: string) => BrowserWindow
  /** Sends the open window to a route (the `navigate` event). */
  navigate: (path: string) => void
  settings: () => ReminderSettings
  updateSettings: (patch: Partial<ReminderSettings>) => void
  explain: (title: string, body: string) => void
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
    if (!s.closeToTray) return
    event.preventDefault()
    win.hide()
    if (!s.closeToTrayExplained) {
      this.options.explain('Afterview is still running', 'It stays in the tray to remind you of follow-ups. Choose Quit from the tray menu to stop it; you can change this in Settings.')
      this.options.updateSettings({ closeToTrayExplained: true })
    }
  }
}

/** Wires Quit and window-all-closed: in the tray, closing the last window does not quit. */
export function setupQuit(app: Pick<App, 'on' | 'quit'>, windows: WindowController, settings: () => ReminderSettings): void {
  app.on('before-quit', () => {
    windows.quitting = true
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !settings().closeToTray) app.quit()
  })
}

/** Start-at-login is off by default; asked once where the system supports it, then applied from the setting. */
export async function launchAtLogin(
  app: Pick<App, 'setLoginItemSettings'>,
  dialog: Pick<Dialog, 'showMessageBox'>,
  settings: ReminderSettings,
  updateSettings: (patch: Partial<ReminderSettings>) => void,
  platform: NodeJS.Platform = process.platform
): Promise<void> {
  if (platform !== 'darwin' && platform !== 'win32') return // Linux desktops have no login-item API in Electron
  let wanted = settings.launchAtLogin
  if (!settings.launchAtLoginAsked) {
    const { response } = await dialog.showMessageBox({
      type: 'question',
      buttons: ['Start at login', 'Not now'],
      defaultId: 1,
      cancelId: 1,
      message: 'Start Afterview when you log in?',
      detail: 'Afterview can wait in the tray and remind you when a follow-up is due, without you opening it. You can change this later in Settings.'
    })
    wanted = response === 0
    updateSettings({ launchAtLogin: wanted, launchAtLoginAsked: true })
  }
  app.setLoginItemSettings({ openAtLogin: wanted })
}
