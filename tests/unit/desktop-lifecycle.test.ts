import { describe, expect, it, vi } from 'vitest'
import { deepLinkFromArgv, deepLinkPath } from '../../src/main/electron/deep-link'
import { launchAtLogin, WindowController } from '../../src/main/electron/lifecycle'
import { claimSingleInstance } from '../../src/main/electron/single-instance'
import { ReminderSettings } from '../../src/shared/model'

function fakeWindow() {
  const listeners: Record<string, Array<(e: { preventDefault: () => void }) => void>> = {}
  return {
    listeners,
    hidden: false,
    focused: 0,
    destroyed: false,
    minimized: false,
    on(e: string, f: (e: { preventDefault: () => void }) => void) {
      ;(listeners[e] ??= []).push(f)
    },
    isDestroyed() {
      return this.destroyed
    },
    isMinimized() {
      return this.minimized
    },
    restore() {
      this.minimized = false
    },
    show() {
      this.hidden = false
    },
    focus() {
      this.focused++
    },
    hide() {
      this.hidden = true
    },
    /** The user clicks the close button: true when the window really closed. */
    close() {
      let prevented = false
      for (const f of listeners.close ?? []) f({ preventDefault: () => (prevented = true) })
      if (!prevented) {
        this.destroyed = true
        for (const f of listeners.closed ?? []) f({ preventDefault: () => {} })
      }
      return !prevented
    }
  }
}

function controller(settings = ReminderSettings.parse({}), tray = true) {
  const created: Array<{ path?: string; win: ReturnType<typeof fakeWindow> }> = []
  const options = {
    create: vi.fn((path?: string) => {
      const win = fakeWindow()
      created.push({ path, win })
      return win as never
    }),
    navigate: vi.fn(),
    settings: () => settings,
    updateSettings: vi.fn((patch: Partial<ReminderSettings>) => Object.assign(settings, patch)),
    explain: vi.fn(),
    trayAvailable: () => tray
  }
  return { windows: new WindowController(options), options, created, settings }
}

describe('window in the tray', () => {
  it('opens the window on a route, and later focuses it and navigates instead of opening another', () => {
    const { windows, options, created } = controller()
    windows.show('/application/acme?action=thank_you%3Ai1')
    expect(created.map((c) => c.path)).toEqual(['/application/acme?action=thank_you%3Ai1'])
    created[0].win.minimized = true
    windows.show('/application/globex')
    expect(created).toHaveLength(1)
    expect(created[0].win.minimized).toBe(false)
    expect(created[0].win.focused).toBe(1)
    expect(options.navigate).toHaveBeenCalledWith('/application/globex')
  })

  it('closing keeps Afterview in the tray, explained the first time only', () => {
    const { windows, options, created } = controller()
    windows.show()
    expect(created[0].win.close()).toBe(false)
    expect(created[0].win.hidden).toBe(true)
    expect(options.explain).toHaveBeenCalledOnce()
    expect(options.explain.mock.calls[0][1]).toMatch(/Quit from the tray menu/)
    expect(options.updateSettings).toHaveBeenCalledWith({ closeToTrayExplained: true })
    windows.show()
    created[0].win.close()
    expect(options.explain).toHaveBeenCalledOnce()
  })

  it('really closes when the setting is off, or when quitting', () => {
    const off = controller(ReminderSettings.parse({ closeToTray: false }))
    off.windows.show()
    expect(off.created[0].win.close()).toBe(true)
    expect(off.windows.window).toBeUndefined()
    const quitting = controller()
    quitting.windows.show()
    quitting.windows.quitting = true
    expect(quitting.created[0].win.close()).toBe(true)
  })
})

describe('launch at login', () => {
  const deps = (answer: number) => ({
    app: { setLoginItemSettings: vi.fn(), isPackaged: true },
    dialog: { showMessageBox: vi.fn(async () => ({ response: answer, checkboxChecked: false })) },
    update: vi.fn()
  })
  it('asks once, off by default, and applies the answer', async () => {
    const d = deps(0)
    await launchAtLogin(d.app as never, d.dialog as never, ReminderSettings.parse({}), d.update, 'darwin')
    expect(d.dialog.showMessageBox).toHaveBeenCalledOnce()
    expect(d.update).toHaveBeenCalledWith({ launchAtLogin: true, launchAtLoginAsked: true })
    expect(d.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true })
    const again = deps(0)
    await launchAtLogin(
      again.app as never,
      again.dialog as never,
      ReminderSettings.parse({ launchAtLoginAsked: true }),
      again.update,
      'win32'
    )
    expect(again.dialog.showMessageBox).not.toHaveBeenCalled()
    expect(again.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: false, args: ['--hidden'] })
  })
  it('"Not now" leaves it off; Linux gets an autostart entry', async () => {
    const d = deps(1)
    await launchAtLogin(d.app as never, d.dialog as never, ReminderSettings.parse({}), d.update, 'win32')
    expect(d.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: false, args: ['--hidden'] })
    const linux = deps(0)
    const autostart = { set: vi.fn() }
    await launchAtLogin(linux.app as never, linux.dialog as never, ReminderSettings.parse({}), linux.update, 'linux', () => autostart)
    expect(linux.dialog.showMessageBox).toHaveBeenCalledOnce()
    expect(linux.app.setLoginItemSettings).not.toHaveBeenCalled() // Electron has no Linux login item…
    expect(autostart.set).toHaveBeenCalledWith(true) // …so an XDG autostart entry instead
  })
})

describe('single instance and deep links', () => {
  it('a second launch is refused, and the first receives its command line', () => {
    const handlers: Record<string, (e: unknown, argv: string[]) => void> = {}
    const first = { requestSingleInstanceLock: () => true, quit: vi.fn(), on: (e: string, f: never) => (handlers[e] = f) }
    const opened: Array<string | undefined> = []
    expect(claimSingleInstance(first as never, (argv) => opened.push(deepLinkFromArgv(argv)))).toBe(true)
    handlers['second-instance']({}, ['/opt/Afterview/afterview', '--no-sandbox', 'afterview://application/acme-robotics'])
    handlers['second-instance']({}, ['/opt/Afterview/afterview'])
    expect(opened).toEqual(['/application/acme-robotics', undefined])
    const second = { requestSingleInstanceLock: () => false, quit: vi.fn(), on: vi.fn() }
    expect(claimSingleInstance(second as never, vi.fn())).toBe(false)
    expect(second.quit).toHaveBeenCalledOnce()
  })

  it('opens only afterview://application/<valid id>', () => {
    expect(deepLinkPath('afterview://application/acme-robotics')).toBe('/application/acme-robotics')
    expect(deepLinkPath('afterview://application/acme-robotics/')).toBe('/application/acme-robotics')
    for (const bad of [
      'afterview://application/',
      'afterview://application/a/b',
      'afterview://settings/x',
      'https://application/acme',
      'afterview://application/%3Cscript%3E',
      'afterview://application/..%2F..%2Fetc',
      'afterview://user:pw@application/acme',
      'afterview://application/%E0%A4%A',
      'not a url'
    ]) {
      expect(deepLinkPath(bad), bad).toBeUndefined()
    }
  })
})
