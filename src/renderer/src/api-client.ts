/**
 * The window's way to the services. In the desktop app the preload has put the API on
 * `window.afterview`; in browser mode the same methods go over HTTP to `afterview serve`
 * (the token travels in an HttpOnly cookie). Both are built from the shared definition.
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

function httpClient(): AfterviewClient {
  let source: EventSource | undefined
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  const connect = () => {
    if (source) return
    source = new EventSource('/api/events')
    for (const name of eventNames) {
      source.addEventListener(name, (e) => {
        const payload = JSON.parse((e as MessageEvent<string>).data) as never
        for (const l of listeners.get(name) ?? []) l(payload)
      })
    }
  }
  return createClient(
    async (name, input) => {
      let res: Response
      try {
        res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: input === undefined ? '' : JSON.stringify(input), credentials: 'same-origin' })
      } catch {
        return { ok: false, error: { code: 'unavailable', message: 'Afterview is not reachable. Is `afterview serve` still running?' } }
      }
      if (res.status === 401) return { ok: false, error: { code: 'forbidden', message: 'This page lost its access token. Open the link that `afterview serve` printed.' } }
      if (!res.ok) return { ok: false, error: { code: 'unavailable', message: `Afterview answered ${res.status}. Please try again.` } }
      return (await res.json()) as Envelope<unknown>
    },
    (event, listener) => {
      connect()
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      set.add(listener as (payload: never) => void)
      return () => set.delete(listener as (payload: never) => void)
    }
  )
}

function ipcClient(bridge: Bridge): AfterviewClient {
  return createClient((name, input) => bridge[name](input), (event, listener) => bridge.on(event, listener as (payload: unknown) => void))
}

export const client: AfterviewClient = window.afterview ? ipcClient(window.afterview) : httpClient()
export const isBrowserMode = !window.afterview
