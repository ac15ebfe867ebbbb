/**
 * The desktop app's main process: wiring only. Each capability lives in its own module.
 */
import { app, BrowserWindow, ipcMain, session } from 'electron'
import { join } from 'node:path'
import { version } from '../../package.json'
import { registerIpc } from './electron/ipc'
import { createMainWindow, preloadPath } from './electron/main-window'
import { setupServices } from './electron/services-host'
import { appEntry, lockDownSession } from './electron/window'

app.setName('Afterview')

app.whenReady().then(() => {
  const { services } = setupServices(version)
  const entry = appEntry(join(__dirname, '..'), process.env.ELECTRON_RENDERER_URL)
  lockDownSession(session.defaultSession)
  registerIpc(ipcMain, services, {
    windows: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
    isAppUrl: entry.isAppUrl
  })
  const open = () => createMainWindow({ url: entry.url, isAppUrl: entry.isAppUrl, preloadPath: preloadPath(__dirname) })
  open()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
