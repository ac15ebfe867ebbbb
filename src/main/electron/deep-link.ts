/**
 * `afterview://application/ID` opens that application. Anything else is ignored: the
 * link comes from outside (a browser, another program) and is treated as untrusted.
 */
import type { App } from 'electron'
import { resolve } from 'node:path'
import { Id } from '../../shared/model'

export const PROTOCOL = 'afterview'

/** The window route for a deep link, or undefined when the link is not one we open. */
export function deepLinkPath(link: string): string | undefined {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return undefined
  }
  if (url.protocol !== `${PROTOCOL}:` || url.host !== 'application' || url.username || url.password) return undefined
  const parts = url.pathname.split('/').filter(Boolean)
  if (parts.length !== 1) return undefined
  let id: string
  try {
    id = decodeURIComponent(parts[0])
  } catch {
    return undefined
  }
  const parsed = Id.safeParse(id)
  if (!parsed.success || parsed.data !== id) return undefined
  return `/application/${encodeURIComponent(id)}`
}

/** Windows and Linux pass the link as a command-line argument. */
export function deepLinkFromArgv(argv: readonly string[]): string | undefined {
  for (const arg of argv) {
    if (arg.startsWith(`${PROTOCOL}:`)) return deepLinkPath(arg)
  }
  return undefined
}

/** Registers the protocol and macOS's open-url event; `open` receives a validated route. */
export function setupDeepLinks(app: Pick<App, 'setAsDefaultProtocolClient' | 'on'>, open: (path: string) => void): void {
  if (process.defaultApp && process.argv.length >= 2) {
    // Started as `electron .` during development: register the command that starts this app.
    app.setAsDefaultProtocolClient(PROTOCOL, process.execPath, [resolve(process.argv[1])])
  } else {
    app.setAsDefaultProtocolClient(PROTOCOL)
  }
  app.on('open-url', (event, link) => {
    event.preventDefault()
    const path = deepLinkPath(link)
    if (path) open(path)
  })
}
