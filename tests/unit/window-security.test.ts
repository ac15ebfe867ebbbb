/**
 * What electronegativity cannot see: the options actually passed to BrowserWindow
 * (built by a function), the CSP, and the navigation / new-window / permission locks.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { BUILT, requireBuiltApp } from '../support/built-app'

const electron = vi.hoisted(() => ({
  windows: [] as Array<{
    options: Record<string, unknown>
    contents: { handlers: Record<string, (...a: never[]) => unknown>; openHandler?: (d: { url: string }) => unknown }
    loaded?: string
  }>,
  openExternal: [] as string[]
}))
vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents: {
      handlers: Record<string, (...a: never[]) => unknown>
      openHandler?: (d: { url: string }) => unknown
      on: (e: string, f: never) => void
      setWindowOpenHandler: (f: never) => void
    }
    record: (typeof electron.windows)[number]
    constructor(options: Record<string, unknown>) {
      const contents = {
        handlers: {} as Record<string, (...a: never[]) => unknown>,
        openHandler: undefined as ((d: { url: string }) => unknown) | undefined
      }
      this.record = { options, contents }
      electron.windows.push(this.record)
      this.webContents = {
        ...contents,
        on: (e: string, f: never) => void (contents.handlers[e] = f),
        setWindowOpenHandler: (f: never) => void (contents.openHandler = f)
      }
      Object.defineProperty(this.webContents, 'handlers', { get: () => contents.handlers })
    }
    once() {}
    loadURL(url: string) {
      this.record.loaded = url
      return Promise.resolve()
    }
  },
  shell: {
    openExternal: (url: string) => {
      electron.openExternal.push(url)
      return Promise.resolve()
    }
  }
}))

const { createMainWindow } = await import('../../src/main/electron/main-window')
const { appEntry, isSafeExternalUrl, lockDownSession } = await import('../../src/main/electron/window')
const { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } = await import('../../src/shared/csp')

const root = join(__dirname, '..', '..')
const entry = appEntry(join(root, 'out'))

beforeEach(() => {
  electron.windows.length = 0
  electron.openExternal.length = 0
})

function openWindow() {
  createMainWindow({ url: `${entry.url}#/next`, isAppUrl: entry.isAppUrl, preloadPath: '/app/out/preload/index.js' })
  return electron.windows[0]
}

describe('the main window', () => {
  it('is created with isolation, sandbox and no Node in the page', () => {
    const { options, loaded } = openWindow()
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick'
    })
    expect(options.show).toBe(false)
    expect(loaded).toBe(`${entry.url}#/next`)
  })

  it('opens no new windows: web links go to the system browser, nothing else goes anywhere', () => {
    const { contents } = openWindow()
    for (const url of [
      'https://acme.example/jobs/1',
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'afterview://application/x',
      'https://user:pw@evil.example/'
    ]) {
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(electron.openExternal).toEqual(['https://acme.example/jobs/1', 'http://example.com'])
  })

  it('never navigates away from the app page; a web link opens in the browser instead', () => {
    const { contents } = openWindow()
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() }
      ;(contents.handlers['will-navigate'] as (e: typeof event, u: string) => void)(event, url)
      return event.preventDefault.mock.calls.length > 0
    }
    expect(navigate(`${entry.url}#/application/acme`)).toBe(false)
    expect(navigate('https://evil.example/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate(entry.url.replace('index.html', 'other.html'))).toBe(true)
    expect(electron.openExternal).toEqual(['https://evil.example/'])
    const redirect = { preventDefault: vi.fn() }
    ;(contents.handlers['will-redirect'] as (e: typeof redirect, u: string) => void)(redirect, 'data:text/html,hi')
    expect(redirect.preventDefault).toHaveBeenCalled()
    const webview = { preventDefault: vi.fn() }
    ;(contents.handlers['will-attach-webview'] as (e: typeof webview) => void)(webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('only http(s) without credentials counts as a safe external link', () => {
    expect(isSafeExternalUrl('https://acme.example')).toBe(true)
    for (const bad of ['ftp://x.example', 'smb://host/share', 'file:///c:/windows', 'ms-msdt:/id', 'https://a:b@x.example', 'not a url'])
      expect(isSafeExternalUrl(bad), bad).toBe(false)
  })

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    let check: (() => boolean) | undefined
    lockDownSession({
      setPermissionRequestHandler: (h) => void (request = h as never),
      setPermissionCheckHandler: (h) => void (check = h as never)
    })
    const answers: boolean[] = []
    for (const p of ['notifications', 'media', 'geolocation', 'openExternal']) request!({}, p, (ok) => answers.push(ok))
    expect(answers).toEqual([false, false, false, false])
    expect(check!()).toBe(false)
  })
})

describe('content security policy', () => {
  it('allows only the app itself: no inline or eval script, nothing remote', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')])
    )
    expect(directives['default-src']).toBe("'none'")
    expect(directives['script-src']).toBe("'self'")
    expect(directives['object-src']).toBe("'none'")
    expect(directives['base-uri']).toBe("'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:/)
  })

  it('is in the built index.html the window loads', () => {
    requireBuiltApp()
    const built = readFileSync(BUILT.windowHtml, 'utf8')
    expect(built).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}"`)
    expect(built).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  }, 60_000)
})
