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

/** Where the app page lives: the built index.html, or the dev server in `electron-vite dev`. */
export function appEntry(outDir: string, devServerUrl?: string): { url: string; isAppUrl: (url: string) => boolean } {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin
    return { url: devServerUrl, isAppUrl: (u) => safeUrl(u)?.origin === origin }
  }
  const file = pathToFileURL(join(outDir, 'renderer', 'index.html'))
  return { url: file.href, isAppUrl: (u) => { const p = safeUrl(u); return !!p && p.protocol === 'file:' && p.pathname === file.pathname } }
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
