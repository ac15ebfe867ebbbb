/**
 * Exposes exactly the API methods as `window.afterview`, each returning an envelope
 * ({ ok, value } or { ok, error }); plus `on(event, listener)` for main's events. No
 * ipcRenderer, no generic invoke, no IpcRendererEvent reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { channelOf, EVENT_CHANNEL, eventNames, methodNames, type EventName } from '../shared/api'

const bridge: Record<string, unknown> = {}
for (const name of methodNames) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(channelOf(name), input)
}
bridge.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!eventNames.includes(event) || typeof listener !== 'function') throw new Error('Unknown event')
  const handler = (_e: unknown, name: unknown, payload: unknown) => {
    if (name === event) listener(payload)
  }
  ipcRenderer.on(EVENT_CHANNEL, handler)
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, handler)
  }
}

contextBridge.exposeInMainWorld('afterview', bridge)
