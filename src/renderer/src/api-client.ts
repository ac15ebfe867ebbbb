/**
 * The window's way to the services. In the desktop app the preload has put the API on
 * `window.afterview`; in browser mode the same methods go over HTTP to `afterview serve`.
 * Both are built from the shared definition.
 *
 * Browser mode's access token arrives once, in the address (`/?token=…`, the link
 * `afterview serve` printed); the page keeps it in this tab's sessionStorage, wipes it from
 * the address bar and history (keeping the route after #), and sends it in the
 * Authorization header. It is never a
 * cookie: browsers would send a cookie for 127.0.0.1 to every other local port too. The
 * event stream opens with a one-time ticket bought with the token.
 */
import { createClient, eventNames, type AfterviewClient, type Envelope, type EventName, type MethodName } from '../../shared/api'

type Bridge = Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>> & {
  on: (event: EventName, listener: (payload: unknown) => void) => () => void
}

declare global {
  interface Window {
    afterview?: Bridge
  }
}

const TOKEN_KEY = 'afterview.token'

/** Takes the token from the address (once) into this tab's storage; returns the stored one. */
export function takeAccessToken(): string | undefined {
  const given = new URLSearchParams(location.search).get('token')
  const fromAddress = given && /^[A-Za-z0-9_-]+$/.test(given) ? given : undefined
  try {
    if (given !== null) history.replaceState(null, '', `${location.pathname}${location.hash || '#/'}`)
    if (fromAddress) {
      sessionStorage.setItem(TOKEN_KEY, fromAddress)
    }
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined
  } catch {
    return fromAddress // storage disabled: the token lives as long as this page
  }
}

function httpClient(): AfterviewClient {
  const token = takeAccessToken()
  const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  let source: EventSource | undefined
  let retryMs = 1000
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  const connect = async (): Promise<void> => {
    let ticket: string | undefined
    try {
      const res = await fetch('/api/events/ticket', { method: 'POST', headers: auth, credentials: 'omit' })
      if (res.ok) ticket = ((await res.json()) as { ticket?: string }).ticket
    } catch {
      /* not reachable now: try again below */
    }
    if (!ticket) {
      setTimeout(() => void connect(), (retryMs = Math.min(retryMs * 2, 30_000)))
      return
    }
    const opened = new EventSource(`/api/events?ticket=${encodeURIComponent(ticket)}`)
    source = opened
    opened.onopen = () => (retryMs = 1000)
    // A ticket works once, so the browser's own reconnect cannot succeed: reconnect with a new one.
    opened.onerror = () => {
      opened.close()
      if (source === opened) setTimeout(() => void connect(), retryMs)
    }
    for (const name of eventNames) {
      opened.addEventListener(name, (e) => {
        const payload = JSON.parse((e as MessageEvent<string>).data) as never
        for (const l of listeners.get(name) ?? []) l(payload)
      })
    }
  }
  let connecting = false
  return createClient(
    async (name, input) => {
      let res: Response
      try {
        res = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...auth },
          body: input === undefined ? '' : JSON.stringify(input),
          credentials: 'omit'
        })
      } catch {
        return { ok: false, error: { code: 'unavailable', message: 'Afterview is not reachable. Is `afterview serve` still running?' } }
      }
      if (res.status === 401)
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'This page has no valid access token. Open the link that `afterview serve` printed in your terminal.'
          }
        }
      if (res.status === 413) return { ok: false, error: { code: 'invalid_input', message: 'That is too large for Afterview to accept.' } }
      if (!res.ok) return { ok: false, error: { code: 'unavailable', message: `Afterview answered ${res.status}. Please try again.` } }
      return (await res.json()) as Envelope<unknown>
    },
    (event, listener) => {
      if (!connecting) {
        connecting = true
        void connect()
      }
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      set.add(listener as (payload: never) => void)
      return () => set.delete(listener as (payload: never) => void)
    }
  )
}

function ipcClient(bridge: Bridge): AfterviewClient {
  return createClient(
    (name, input) => bridge[name](input),
    (event, listener) => bridge.on(event, listener as (payload: unknown) => void)
  )
}

export const client: AfterviewClient = window.afterview ? ipcClient(window.afterview) : httpClient()
export const isBrowserMode = !window.afterview
