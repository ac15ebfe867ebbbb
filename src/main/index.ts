/**
 * The desktop app's main process: wiring only. Each capability lives in its own module.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron'
import { join } from 'node:path'
import { version } from '../../package.json'
import { logUnexpected } from './log'
import { setupAppMenu } from './electron/app-menu'
import { deepLinkFromArgv, setupDeepLinks } from './electron/deep-link'
import { setupReminders } from './electron/desktop-reminders'
import { createReminderPreferences } from './electron/reminder-preferences'
import { registerIpc } from './electron/ipc'
import {
  followLoginItem,
  launchAtLogin,
  loginItemSupported,
  setupQuit,
  showWindowAtStart,
  startedAtLogin,
  WindowController
} from './electron/lifecycle'
import { createMainWindow, preloadPath } from './electron/main-window'
import { showInfoNotification } from './electron/notifications'
import { notifyDesktopNotices, notifyMailTrouble } from './electron/desktop-notices'
import { setupServices } from './electron/services-host'
import { claimSingleInstance } from './electron/single-instance'
import { identifyApp, startWhenReady } from './electron/startup'
import { detectTrayHost, guessTrayHost } from './electron/tray-host'
import { appEntry, devServerUrl, lockDownSession } from './electron/window'

app.setName('Afterview')
process.umask(0o077) // the data folder (also Chromium's files in it) is the user's alone
identifyApp(app)

let windows: WindowController | undefined
let pendingPath: string | undefined
/** Shows the window on a route; before the app is ready, remembers the route for later. */
const openPath = (path?: string) => {
  if (windows) windows.show(path)
  else if (path) pendingPath = path
}

if (claimSingleInstance(app, (argv) => openPath(deepLinkFromArgv(argv)))) {
  setupDeepLinks(app, openPath)

  void startWhenReady(
    app,
    dialog,
    () => {
      let trayAvailable = guessTrayHost(process.platform)
      const trayKnown = detectTrayHost().then(
        (found) => (trayAvailable = found),
        () => trayAvailable
      )
      const host = setupServices(version, () => ({
        platform: process.platform,
        trayAvailable,
        loginItemSupported: loginItemSupported(app)
      }))
      const { services } = host
      const entry = appEntry(join(__dirname, '..'), devServerUrl(app))
      const resourcesDir = join(app.getAppPath(), 'resources')
      const iconPath = join(resourcesDir, 'icon-256.png')
      // Before the first pass's answers come in (setupServices started it): a reply in Junk found then is shown too.
      notifyDesktopNotices(host.hub, (title, body) => showInfoNotification(title, body, iconPath, () => openPath('/')))
      notifyMailTrouble(host.hub, (title, body, path) => showInfoNotification(title, body, iconPath, () => openPath(path)))
      lockDownSession(session.defaultSession)
      setupAppMenu(Menu, { platform: process.platform, isPackaged: app.isPackaged, open: openPath })
      registerIpc(ipcMain, services, {
        windows: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
        isAppUrl: entry.isAppUrl
      })

      const preferences = createReminderPreferences(services)
      windows = new WindowController({
        create: (path) =>
          createMainWindow({
            url: path ? `${entry.url}#${path}` : entry.url,
            isAppUrl: entry.isAppUrl,
            preloadPath: preloadPath(__dirname),
            iconPath
          }),
        navigate: (path) => host.hub.emit('navigate', { path }),
        settings: preferences.current,
        updateSettings: preferences.update,
        explain: (title, body) => showInfoNotification(title, body, iconPath),
        trayAvailable: () => trayAvailable
      })
      setupQuit(app, windows, preferences.current, () => trayAvailable)
      const loginItem = followLoginItem(app)
      setupReminders({
        host,
        resourcesDir,
        open: openPath,
        onStatus: (status) => {
          preferences.track(status.settings)
          loginItem(status.settings)
        },
        onCheckMail: () => void services.syncNow({}).catch(() => undefined),
        // After a sleep the watching connections are most likely dead, and nothing says so: new ones at once.
        onWake: () => services.mail.sync.reconnect()
      })
      void preferences
        .load()
        .then((saved) => launchAtLogin(app, dialog, saved, preferences.update))
        .catch(() => undefined)

      const deepLink = deepLinkFromArgv(process.argv) ?? pendingPath
      const atLogin = startedAtLogin(app, process.argv)
      // Started at login, stay hidden only if there really is a tray to wait in.
      if (!atLogin) openPath(deepLink)
      else void trayKnown.then(() => showWindowAtStart({ atLogin, deepLink, trayAvailable }) && openPath(deepLink))
      app.on('activate', () => openPath())
    },
    (error) => logUnexpected('startup', error)
  )
}
