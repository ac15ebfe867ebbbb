/**
 * The desktop app's main process: wiring only. Each capability lives in its own module.
 */
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { join } from 'node:path'
import { version } from '../../package.json'
import { deepLinkFromArgv, setupDeepLinks } from './electron/deep-link'
import { setupReminders } from './electron/desktop-reminders'
import { createReminderPreferences } from './electron/reminder-preferences'
import { registerIpc } from './electron/ipc'
import { launchAtLogin, setupQuit, WindowController } from './electron/lifecycle'
import { createMainWindow, preloadPath } from './electron/main-window'
import { showInfoNotification } from './electron/notifications'
import { setupServices } from './electron/services-host'
import { claimSingleInstance } from './electron/single-instance'
import { appEntry, lockDownSession } from './electron/window'

app.setName('Afterview')

let windows: WindowController | undefined
let pendingPath: string | undefined
/** Shows the window on a route; before the app is ready, remembers the route for later. */
const openPath = (path?: string) => {
  if (windows) windows.show(path)
  else if (path) pendingPath = path
}

if (claimSingleInstance(app, (argv) => openPath(deepLinkFromArgv(argv)))) {
  setupDeepLinks(app, openPath)

  app.whenReady().then(() => {
    const host = setupServices(version)
    const { services } = host
    const entry = appEntry(join(__dirname, '..'), process.env.ELECTRON_RENDERER_URL)
    const resourcesDir = join(app.getAppPath(), 'resources')
    const iconPath = join(resourcesDir, 'icon-256.png')
    lockDownSession(session.defaultSession)
    registerIpc(ipcMain, services, {
      windows: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
      isAppUrl: entry.isAppUrl
    })

    const preferences = createReminderPreferences(services)
    windows = new WindowController({
      create: (path) => createMainWindow({ url: path ? `${entry.url}#${path}` : entry.url, isAppUrl: entry.isAppUrl, preloadPath: preloadPath(__dirname), iconPath }),
      navigate: (path) => host.hub.emit('navigate', { path }),
      settings: preferences.current,
      updateSettings: preferences.update,
      explain: (title, body) => showInfoNotification(title, body, iconPath)
    })
    setupQuit(app, windows, preferences.current)
    setupReminders({
      host, resourcesDir, open: openPath,
      onStatus: (status) => preferences.track(status.settings),
      onCheckMail: () => void services.syncNow({}).catch(() => undefined)
    })
    void preferences.load().then((saved) => launchAtLogin(app, dialog, saved, preferences.update)).catch(() => undefined)

    openPath(deepLinkFromArgv(process.argv) ?? pendingPath)
    app.on('activate', () => openPath())
  })
}
