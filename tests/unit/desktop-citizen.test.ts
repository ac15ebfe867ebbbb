// Over 300 lines: one short test per desktop behaviour of issue 13, sharing one Electron mock.
/**
 * The desktop app behaves like a good citizen on each platform. Electron is mocked; each
 * test asserts on the Electron call made (or not made).
 */
import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { tempDataDir } from '../support/temp-dir'

const electron = vi.hoisted(() => ({
  notifications: [] as Array<{ handlers: Record<string, () => void> }>,
  trays: [] as Array<{ image: { path: string } }>,
  theme: { shouldUseDarkColors: false, shouldUseDarkColorsForSystemIntegratedUI: true, on: () => {}, removeListener: () => {} }
}))
vi.mock('electron', () => ({
  Notification: class {
    handlers: Record<string, () => void> = {}
    static isSupported() {
      return true
    }
    on(event: string, fn: () => void) {
      this.handlers[event] = fn
      return this
    }
    show() {
      electron.notifications.push(this)
    }
  },
  Tray: class {
    constructor(public image: { path: string }) {
      electron.trays.push(this)
    }
    setContextMenu() {}
    setToolTip() {}
    setTitle() {}
    setImage() {}
    on() {}
    destroy() {}
  },
  Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
  nativeImage: { createFromPath: (path: string) => ({ path, setTemplateImage() {} }) },
  nativeTheme: electron.theme,
  app: { setBadgeCount: () => true }
}))

const { appMenuTemplate, setupAppMenu } = await import('../../src/main/electron/app-menu')
const { applyLoginItem, closesToTray, followLoginItem, launchAtLogin, setupQuit, showWindowAtStart, startedAtLogin, WindowController } =
  await import('../../src/main/electron/lifecycle')
const { showReminderNotification, heldNotifications } = await import('../../src/main/electron/notifications')
const { identifyApp, startWhenReady } = await import('../../src/main/electron/startup')
const { createTray, panelIsDark } = await import('../../src/main/electron/tray')
const { detectTrayHost, guessTrayHost } = await import('../../src/main/electron/tray-host')
const { appEntry, devServerUrl } = await import('../../src/main/electron/window')
const { MEMORY_NOTICE, openSecretStore } = await import('../../src/main/secrets')
const { ReminderSettings } = await import('../../src/shared/model')

const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [String(i.label ?? i.role ?? i.type), ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])])

describe('Windows', () => {
  it('sets the AppUserModelID to the appId, on Windows only', () => {
    const app = { setAppUserModelId: vi.fn() }
    identifyApp(app as never, 'win32')
    expect(app.setAppUserModelId).toHaveBeenCalledWith('app.afterview.desktop')
    const linux = { setAppUserModelId: vi.fn() }
    identifyApp(linux as never, 'linux')
    expect(linux.setAppUserModelId).not.toHaveBeenCalled()
  })

  it('a click from the Action Center still opens the follow-up after the toast timed out', () => {
    const open = vi.fn()
    showReminderNotification(
      { title: 'Send a thank-you to Dana', body: 'Acme Robotics', path: '/application/acme', keys: ['k'], count: 1 },
      open
    )
    const shown = electron.notifications.at(-1)!
    expect(shown.handlers.close).toBeUndefined() // nothing lets it go on close
    expect(heldNotifications()).toBeGreaterThan(0)
    shown.handlers.click()
    expect(open).toHaveBeenCalledWith('/application/acme')
  })

  it('accepts its own page however Windows spells the file URL, and nothing else', () => {
    const entry = appEntry('/C:/Program Files/Afterview/resources/app.asar/out', undefined, 'win32')
    expect(entry.url).toBe('file:///C:/Program%20Files/Afterview/resources/app.asar/out/renderer/index.html')
    for (const same of [
      'file:///c:/Program%20Files/Afterview/resources/app.asar/out/renderer/index.html',
      'file:///C:/Program Files/Afterview/resources/app.asar/out/renderer/index.html#/next',
      'file:///C:/PROGRAM%20FILES/afterview/resources/app.asar/out/renderer/index.html',
      'file:///C:/Program%20Files/Afterview/resources/app%2Easar/out/renderer/index.html'
    ]) {
      expect(entry.isAppUrl(same), same).toBe(true)
    }
    for (const other of [
      'file:///C:/Program%20Files/Afterview/resources/app.asar/out/renderer/other.html',
      'file:///D:/Program%20Files/Afterview/resources/app.asar/out/renderer/index.html',
      'file://evil/C:/Program%20Files/Afterview/resources/app.asar/out/renderer/index.html',
      'https://evil.example/index.html',
      'file:///C:/x/%E0%A4%A'
    ]) {
      expect(entry.isAppUrl(other), other).toBe(false)
    }
    // On Linux, case matters.
    const linux = appEntry('/opt/Afterview/resources/app.asar/out', undefined, 'linux')
    expect(linux.isAppUrl('file:///opt/afterview/resources/app.asar/out/renderer/index.html')).toBe(false)
    expect(linux.isAppUrl('file:///opt/Afterview/resources/app%2Easar/out/renderer/index.html')).toBe(true)
  })
})

describe('login item and starting at login', () => {
  it('is never set in development (bare Electron would start at login)', async () => {
    const app = { setLoginItemSettings: vi.fn(), isPackaged: false }
    const dialog = { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) }
    await launchAtLogin(app as never, dialog as never, ReminderSettings.parse({}), vi.fn(), 'darwin')
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
    expect(applyLoginItem(app as never, true, 'win32')).toBe(false)
    expect(app.setLoginItemSettings).not.toHaveBeenCalled()
  })

  it('the installed app starts hidden at login, and follows the setting as it changes', () => {
    const app = { setLoginItemSettings: vi.fn(), isPackaged: true }
    const follow = followLoginItem(app as never, 'win32')
    follow({ launchAtLogin: true, launchAtLoginAsked: true })
    follow({ launchAtLogin: true, launchAtLoginAsked: true })
    follow({ launchAtLogin: false, launchAtLoginAsked: true })
    expect(app.setLoginItemSettings.mock.calls).toEqual([
      [{ openAtLogin: true, args: ['--hidden'] }],
      [{ openAtLogin: false, args: ['--hidden'] }]
    ])
    const mac = { setLoginItemSettings: vi.fn(), isPackaged: true }
    applyLoginItem(mac as never, true, 'darwin')
    expect(mac.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true })
  })

  it('started at login, the window stays hidden in the tray unless a link asks or there is no tray', () => {
    const mac = { getLoginItemSettings: vi.fn(() => ({ wasOpenedAtLogin: true })) }
    expect(startedAtLogin(mac as never, ['/Applications/Afterview.app/Contents/MacOS/Afterview'], 'darwin')).toBe(true)
    expect(mac.getLoginItemSettings).toHaveBeenCalled()
    const win = { getLoginItemSettings: vi.fn() }
    expect(startedAtLogin(win as never, ['C:\\Afterview.exe', '--hidden'], 'win32')).toBe(true)
    expect(startedAtLogin(win as never, ['C:\\Afterview.exe'], 'win32')).toBe(false)
    expect(showWindowAtStart({ atLogin: true, trayAvailable: true })).toBe(false)
    expect(showWindowAtStart({ atLogin: true, trayAvailable: false })).toBe(true)
    expect(showWindowAtStart({ atLogin: true, trayAvailable: true, deepLink: '/application/acme' })).toBe(true)
    expect(showWindowAtStart({ atLogin: false, trayAvailable: true })).toBe(true)
  })
})

describe('close to tray, decided by the tray', () => {
  const fakeWindow = () => {
    const listeners: Record<string, (e: { preventDefault: () => void }) => void> = {}
    return {
      listeners,
      hide: vi.fn(),
      isDestroyed: () => false,
      on: (e: string, f: (e: { preventDefault: () => void }) => void) => (listeners[e] = f)
    }
  }
  const closeWith = (trayAvailable: boolean) => {
    const win = fakeWindow()
    const controller = new WindowController({
      create: () => win as never,
      navigate: vi.fn(),
      settings: () => ReminderSettings.parse({}),
      updateSettings: vi.fn(),
      explain: vi.fn(),
      trayAvailable: () => trayAvailable
    })
    controller.show()
    const event = { preventDefault: vi.fn() }
    win.listeners.close(event)
    return { win, event }
  }

  it('hides to the tray where there is one, and really closes (then quits) where there is none', () => {
    const withTray = closeWith(true)
    expect(withTray.event.preventDefault).toHaveBeenCalled()
    expect(withTray.win.hide).toHaveBeenCalled()
    const gnome = closeWith(false)
    expect(gnome.event.preventDefault).not.toHaveBeenCalled()
    expect(gnome.win.hide).not.toHaveBeenCalled()
    const handlers: Record<string, () => void> = {}
    const app = { on: (e: string, f: () => void) => (handlers[e] = f), quit: vi.fn() }
    setupQuit(
      app as never,
      {} as never,
      () => ReminderSettings.parse({}),
      () => false,
      'linux'
    )
    handlers['window-all-closed']()
    expect(app.quit).toHaveBeenCalledOnce()
    expect(closesToTray({ closeToTray: false }, true)).toBe(false)
  })

  it("finds the tray host on the session bus, else by the desktop's name", async () => {
    const calls: string[][] = []
    const watcher = (answer: string) => async (file: string, args: string[]) => {
      calls.push([file, ...args])
      return answer
    }
    expect(await detectTrayHost('linux', { XDG_CURRENT_DESKTOP: 'GNOME' }, watcher('(true,)\n'))).toBe(true)
    expect(calls[0]).toEqual(expect.arrayContaining(['gdbus', 'org.kde.StatusNotifierWatcher']))
    expect(await detectTrayHost('linux', { XDG_CURRENT_DESKTOP: 'GNOME' }, watcher('(false,)\n'))).toBe(false)
    const noBus = async () => {
      throw new Error('no gdbus')
    }
    expect(await detectTrayHost('linux', { XDG_CURRENT_DESKTOP: 'XFCE' }, noBus)).toBe(true)
    expect(await detectTrayHost('linux', { XDG_CURRENT_DESKTOP: 'GNOME' }, noBus)).toBe(false)
    expect(guessTrayHost('win32', {})).toBe(true)
    expect(guessTrayHost('darwin', {})).toBe(true)
  })
})

describe('tray glyph and application menu', () => {
  it('the tray glyph follows the taskbar (system UI), not the app theme', () => {
    createTray('/res', { open: vi.fn(), checkMail: vi.fn(), pause: vi.fn(), quit: vi.fn() }, 'win32')
    expect(electron.trays.at(-1)!.image.path).toMatch(/tray-light\.png$/) // dark taskbar, light app theme
    expect(panelIsDark({ shouldUseDarkColors: true, shouldUseDarkColorsForSystemIntegratedUI: false }, 'win32')).toBe(false)
    expect(panelIsDark({ shouldUseDarkColors: false }, 'linux', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' })).toBe(true)
    expect(panelIsDark({ shouldUseDarkColors: false }, 'linux', { XDG_CURRENT_DESKTOP: 'KDE' })).toBe(false)
  })

  it("the installed app's menu has Edit (copy, paste) and no developer tools or reload", () => {
    const Menu = { buildFromTemplate: vi.fn((t: MenuItemConstructorOptions[]) => ({ t })), setApplicationMenu: vi.fn() }
    setupAppMenu(Menu as never, { platform: 'darwin', isPackaged: true, open: vi.fn() })
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce()
    const mac = labels(Menu.buildFromTemplate.mock.calls[0][0])
    expect(mac[0]).toBe('Afterview')
    expect(mac).toEqual(expect.arrayContaining(['Edit', 'copy', 'paste', 'selectAll', 'quit', 'about']))
    for (const dev of ['toggleDevTools', 'reload', 'forceReload']) expect(mac).not.toContain(dev)
    expect(labels(appMenuTemplate({ platform: 'win32', isPackaged: true, open: vi.fn() }))).not.toContain('toggleDevTools')
    expect(labels(appMenuTemplate({ platform: 'linux', isPackaged: false, open: vi.fn() }))).toContain('toggleDevTools')
  })
})

describe('starting up', () => {
  it('a failed setup shows the reason and exits cleanly, releasing the single-instance lock', async () => {
    const app = { whenReady: () => Promise.resolve(), exit: vi.fn(), releaseSingleInstanceLock: vi.fn() }
    const dialog = { showErrorBox: vi.fn() }
    await startWhenReady(
      app as never,
      dialog as never,
      () => {
        throw new Error("EACCES: permission denied, open '/home/ann/.config/Afterview/settings.json'")
      },
      () => {}
    )
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Afterview could not start', expect.stringContaining('permission denied'))
    expect(app.releaseSingleInstanceLock).toHaveBeenCalled()
    expect(app.exit).toHaveBeenCalledWith(1)
    const ok = { whenReady: () => Promise.resolve(), exit: vi.fn(), releaseSingleInstanceLock: vi.fn() }
    await startWhenReady(ok as never, dialog as never, async () => {})
    expect(ok.exit).not.toHaveBeenCalled()
  })

  it('honours ELECTRON_RENDERER_URL only when not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }
    expect(devServerUrl({ isPackaged: false }, env)).toBe('http://localhost:5173/')
    expect(devServerUrl({ isPackaged: true }, env)).toBeUndefined()
  })

  it('safeStorage on the basic_text backend counts as no keychain: in memory, with the same notice', async () => {
    const safeStorage = {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
      getSelectedStorageBackend: vi.fn(() => 'basic_text')
    }
    const store = await openSecretStore({ keytar: null, safeStorage, secretsDir: '/nonexistent/afterview-secrets' })
    expect(safeStorage.getSelectedStorageBackend).toHaveBeenCalled()
    expect(store.kind).toBe('memory')
    expect(store.notice).toBe(MEMORY_NOTICE)
    safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret')
    const tmp = tempDataDir()
    try {
      expect((await openSecretStore({ keytar: null, safeStorage, secretsDir: tmp.dir })).kind).toBe('safeStorage')
    } finally {
      tmp.cleanup()
    }
  })
})

describe('starting at login on Linux', () => {
  it('writes an XDG autostart entry that starts the AppImage (not its mount) hidden, and removes it', async () => {
    const { linuxAutostart, execArgument } = await import('../../src/main/electron/linux-autostart')
    const { readFileSync, existsSync } = await import('node:fs')
    const { join } = await import('node:path')
    const tmp = tempDataDir()
    try {
      const env = { XDG_CONFIG_HOME: tmp.dir, APPIMAGE: '/home/ann/Apps/Afterview 0.1.0.AppImage' }
      const app = { setLoginItemSettings: vi.fn(), isPackaged: true }
      expect(applyLoginItem(app as never, true, 'linux', () => linuxAutostart('--hidden', env, '/tmp/.mount_AfterXYZ/afterview'))).toBe(
        true
      )
      const file = join(tmp.dir, 'autostart', 'afterview.desktop')
      const entry = readFileSync(file, 'utf8')
      expect(entry).toContain('Exec="/home/ann/Apps/Afterview 0.1.0.AppImage" --hidden')
      expect(entry).not.toContain('.mount_')
      expect(app.setLoginItemSettings).not.toHaveBeenCalled()
      applyLoginItem(app as never, false, 'linux', () => linuxAutostart('--hidden', env))
      expect(existsSync(file)).toBe(false)
      expect(execArgument('/opt/Afterview/afterview')).toBe('/opt/Afterview/afterview')
      expect(execArgument('/x/100% "a"$b')).toBe('"/x/100%% \\"a\\"\\$b"')
    } finally {
      tmp.cleanup()
    }
  })
})

it("Ubuntu's GNOME counts as having a tray even before D-Bus answers; stock GNOME does not", () => {
  expect(guessTrayHost('linux', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' })).toBe(true)
  expect(guessTrayHost('linux', { XDG_CURRENT_DESKTOP: 'GNOME', DESKTOP_SESSION: 'gnome' })).toBe(false)
})
