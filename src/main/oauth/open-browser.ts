/**
 * Handing the consent page to the system browser. Only http(s) addresses are ever opened
 * (shell.openExternal with another scheme could start any program); the caller injects
 * the opener (Electron: shell.openExternal), so this stays testable without Electron.
 */
export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
  } catch {
    return false
  }
}

/** An `openBrowser` for the services that refuses anything but a web address. */
export function browserOpener(open: (url: string) => Promise<void>): (url: string) => Promise<void> {
  return async (url) => {
    if (!isWebAddress(url)) throw new Error('not a web address')
    await open(url)
  }
}
