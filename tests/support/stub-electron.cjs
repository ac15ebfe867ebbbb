/**
 * A stand-in for the `electron` module, so the built main bundle can be loaded in plain
 * Node: `node -r ./tests/support/stub-electron.cjs out/main/index.js`. It records what
 * the app wires up (IPC handlers, windows and their options, tray, protocol, power
 * events) and writes that as JSON to $STUB_ELECTRON_REPORT shortly after `whenReady`,
 * then exits (code 1 if anything threw).
 */
const Module = require('node:module')
const { writeFileSync } = require('node:fs')
const { EventEmitter } = require('node:events')

const report = {
  whenReadyCalled: false,
  singleInstanceLock: false,
  protocols: [],
  appEvents: [],
  ipcChannels: [],
  windows: [],
  trays: [],
  permissionHandlers: 0,
  powerMonitorEvents: [],
  notifications: [],
  badge: [],
  errors: [],
  applicationMenu: null,
  errorBoxes: [],
  exitCode: null,
  v8Flags: []
}
const record = (error) => report.errors.push(String((error && error.stack) || error))
// The V8 flags the main process sets as it runs (Electron lets it: it starts V8 with --no-freeze-flags-after-init).
const v8 = require('node:v8')
const setFlagsFromString = v8.setFlagsFromString
v8.setFlagsFromString = (flags) => {
  report.v8Flags.push(flags)
  setFlagsFromString(flags)
}
process.on('uncaughtException', record)
process.on('unhandledRejection', record)

let written = false
function writeReport() {
  written = true
  if (process.env.STUB_ELECTRON_REPORT) writeFileSync(process.env.STUB_ELECTRON_REPORT, JSON.stringify(report, null, 1))
}
function finish() {
  writeReport()
  process.exit(report.errors.length ? 1 : 0)
}
// A bundle that throws before whenReady (e.g. MODULE_NOT_FOUND) still leaves its report.
process.on('exit', () => {
  if (!written) writeReport()
})

class WebContents extends EventEmitter {
  constructor(id) {
    super()
    this.id = id
    this.sent = []
  }
  setWindowOpenHandler(fn) {
    this.openHandler = fn
  }
  send(...args) {
    this.sent.push(args)
  }
}
const windows = []
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
    this.webContents = new WebContents(windows.length + 1)
    this.record = { options, url: undefined, openHandler: false, navigationGuard: false }
    windows.push(this)
    report.windows.push(this.record)
  }
  static getAllWindows() {
    return windows.filter((w) => !w.destroyed)
  }
  loadURL(url) {
    this.record.url = url
    this.record.openHandler = typeof this.webContents.openHandler === 'function'
    this.record.navigationGuard = this.webContents.listenerCount('will-navigate') > 0
    return Promise.resolve()
  }
  isDestroyed() {
    return !!this.destroyed
  }
  isMinimized() {
    return false
  }
  restore() {}
  show() {}
  hide() {}
  focus() {}
}

const app = new EventEmitter()
const appOn = app.on.bind(app)
Object.assign(app, {
  on(event, fn) {
    report.appEvents.push(event)
    return appOn(event, fn)
  },
  setName() {},
  whenReady() {
    report.whenReadyCalled = true
    setTimeout(finish, Number(process.env.STUB_ELECTRON_WAIT_MS || 800))
    return Promise.resolve()
  },
  requestSingleInstanceLock() {
    report.singleInstanceLock = true
    return true
  },
  setAsDefaultProtocolClient(protocol) {
    report.protocols.push(protocol)
    return true
  },
  getPath() {
    return process.env.AFTERVIEW_DATA_DIR
  },
  getAppPath() {
    return process.cwd()
  },
  setBadgeCount(n) {
    report.badge.push(n)
    return true
  },
  setLoginItemSettings() {},
  getLoginItemSettings() {
    return { openAtLogin: false, wasOpenedAtLogin: false }
  },
  setAppUserModelId() {},
  getVersion() {
    return '0.0.0-stub'
  },
  // STUB_ELECTRON_PACKAGED=1 loads the bundle as the installed app would run (no dev menu; login item: set XDG_CONFIG_HOME to a temp folder).
  isPackaged: process.env.STUB_ELECTRON_PACKAGED === '1',
  releaseSingleInstanceLock() {},
  exit(code) {
    report.exitCode = code
  },
  quit() {}
})

class Tray extends EventEmitter {
  constructor(image) {
    super()
    this.record = { image: image.path, tooltip: '', menu: [] }
    report.trays.push(this.record)
  }
  setContextMenu(menu) {
    this.record.menu = menu.template.map((i) => (i.type === 'separator' ? '---' : i.label))
  }
  setToolTip(t) {
    this.record.tooltip = t
  }
  setTitle() {}
  setImage() {}
  destroy() {}
}

class Notification extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
  }
  static isSupported() {
    return true
  }
  show() {
    report.notifications.push(this.options)
  }
}

module.exports = {
  app,
  BrowserWindow,
  Tray,
  Notification,
  Menu: {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => {
      const names = (items) => items.flatMap((m) => [m.label || m.role || m.type, ...(Array.isArray(m.submenu) ? names(m.submenu) : [])])
      report.applicationMenu = menu && menu.template.map((m) => m.label || m.role)
      report.applicationMenuItems = menu && names(menu.template)
    }
  },
  nativeImage: { createFromPath: (path) => ({ path, setTemplateImage() {} }) },
  nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false }),
  // electron-store answers its own `electron-store-get-data` with ipcMain.on (not an API channel).
  ipcMain: { handle: (channel) => report.ipcChannels.push(channel), removeHandler() {}, on() {} },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => report.permissionHandlers++,
      setPermissionCheckHandler: () => report.permissionHandlers++
    }
  },
  shell: { openExternal: () => Promise.resolve() },
  dialog: {
    showMessageBox: () => Promise.resolve({ response: 1, checkboxChecked: false }),
    showErrorBox: (title, content) => {
      report.errorBoxes.push({ title, content })
      report.errors.push(`${title}: ${content}`)
    }
  },
  safeStorage: {
    isEncryptionAvailable: () => false,
    encryptString: (s) => Buffer.from(s),
    decryptString: (b) => b.toString(),
    getSelectedStorageBackend: () => 'basic_text'
  },
  powerMonitor: { on: (event) => report.powerMonitorEvents.push(event) }
}

const resolve = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  if (request === 'electron') return __filename
  return resolve.call(this, request, ...rest)
}
