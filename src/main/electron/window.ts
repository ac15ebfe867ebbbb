/**
 * The main window and its locks: context isolation, sandbox, no Node in the page, a
 * strict CSP, no navigation away from the app, no new windows (http(s) links open in
 * the system browser), every permission request denied.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    disableBlinkFeatures: 'Auxclick'
  }
}

export function windowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'Afterview',
    backgroundColor: '#f7f7f5',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: secureWebPreferences(preloadPath)
  }
}

/**
 * The dev server's address from `electron-vite dev`, only when running unpackaged: in an
 * installed app the variable could name any origin as "the app" and hand it the API.
 */
export function devServerUrl(app: { isPackaged: boolean }, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (app.isPackaged) return undefined
  const url = env.ELECTRON_RENDERER_URL
  return url && safeUrl(url) ? url : undefined
}

/**
 * A file URL's path in one spelling: percent-encoding decoded, and on Windows (whose
 * paths ignore case) lower-cased with forward slashes, so `file:///C:/Users/Ann%20Lee/…`
 * and `file:///c:/Users/Ann Lee/…` name the same page.
 */
export function comparableFilePath(url: URL, platform: NodeJS.Platform): string | undefined {
  if (url.protocol !== 'file:') return undefined
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return undefined
  }
  const host = url.hostname.toLowerCase() === 'localhost' ? '' : url.hostname.toLowerCase()
  if (platform === 'win32') path = path.replace(/\\/g, '/').toLowerCase()
  return `${host}|${path}`
}

/** Where the app page lives: the built index.html, or the dev server in `electron-vite dev`. */
export function appEntry(
  outDir: string,
  devServer?: string,
  platform: NodeJS.Platform = process.platform
): { url: string; isAppUrl: (url: string) => boolean } {
  if (devServer) {
    const origin = new URL(devServer).origin
    return { url: devServer, isAppUrl: (u) => safeUrl(u)?.origin === origin }
  }
  const file = pathToFileURL(join(outDir, 'renderer', 'index.html'))
  const expected = comparableFilePath(file, platform)
  return {
    url: file.href,
    isAppUrl: (u) => {
      const p = safeUrl(u)
      return !!p && expected !== undefined && comparableFilePath(p, platform) === expected
    }
  }
}

function safeUrl(u: string): URL | undefined {
  try {
    return new URL(u)
  } catch {
    return undefined
  }
}

/** Only web links leave the app, and only to the system browser. */
export function isSafeExternalUrl(u: string): boolean {
  const p = safeUrl(u)
  return !!p && (p.protocol === 'https:' || p.protocol === 'http:') && !p.username && !p.password
}

export interface Guards {
  openExternal: (url: string) => void
  isAppUrl: (url: string) => boolean
}

/** Installs the navigation and window-open locks on a window's webContents. */
export function lockDownContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, guards: Guards): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) guards.openExternal(url)
    return { action: 'deny' }
  })
  const block = (event: { preventDefault: () => void }, url: string) => {
    if (guards.isAppUrl(url)) return
    event.preventDefault()
    if (isSafeExternalUrl(url)) guards.openExternal(url)
  }
  contents.on('will-navigate', block)
  contents.on('will-redirect', block)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Denies every permission (camera, notifications through the page, geolocation, …). */
export function lockDownSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
