/**
 * Opens the data directory and the services for the desktop app, and forwards every
 * event to every window.
 */
import { app, BrowserWindow, safeStorage, shell } from 'electron'
import { setFlagsFromString } from 'node:v8'
import { browserOpener } from '../oauth/open-browser'
import { EVENT_CHANNEL, type DesktopStatus } from '../../shared/api'
import { EventHub } from '../server/event-hub'
import { createServices, type AppServices } from '../services'
import { openStore } from '../store'
import { validatedFilesOptions } from '../store/build-id'
import { resolveDataDir } from '../store/data-dir'
import { electronStoreBackend } from './settings-file'

export interface ServicesHost {
  services: AppServices
  hub: EventHub
  dataDir: string
}

export function setupServices(version: string, desktop: () => DesktopStatus): ServicesHost {
  // The same folder `afterview` (CLI, browser mode) uses: userData, unless overridden.
  const dataDir = process.env.AFTERVIEW_DATA_DIR ? resolveDataDir(process.env.AFTERVIEW_DATA_DIR) : app.getPath('userData')
  const hub = new EventHub()
  // Settings through electron-store: the same settings.json that conf reads in browser mode and the CLI.
  const store = openStore(dataDir, (message) => hub.emit('notice', { level: 'warning', message }), {
    settingsBackend: electronStoreBackend,
    validated: validatedFilesOptions()
  })
  const services = createServices({
    store,
    mode: 'desktop',
    version,
    desktop,
    emit: hub.emit,
    mail: { safeStorage },
    openBrowser: browserOpener((url) => shell.openExternal(url))
  })
  // The mail is read in this process, and a first scan of a large mailbox parses hundreds of megabytes of it: the heap
  // grows to at most 1.75 times what was live after each full collection, as in `afterview` (bin/afterview.js: at
  // 100,000 messages 225-235 MB, against 300-315 with V8's default; issue 14). Electron leaves V8's flags settable after
  // start (it passes --no-freeze-flags-after-init), and this one is read at every collection.
  setFlagsFromString('--heap-growing-percent=75')
  services.mail.start() // mail accounts are synced and watched (IDLE) while the app runs
  services.startOutbox() // scheduled sends go out from the main process; a late one is asked about first
  hub.subscribe((event, payload) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event, payload)
    }
  })
  app.on('will-quit', () => services.dispose())
  return { services, hub, dataDir }
}
