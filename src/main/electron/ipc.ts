/**
 * Electron transport: one `ipcMain.handle` per API method, generated from the shared
 * definition. A call is answered only when it comes from the top frame of one of the
 * app's own windows showing the app's own page; its input is validated by `dispatch`.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { channelOf, dispatch, methodNames, type Envelope, type Services } from '../../shared/api'
import { logUnexpected } from '../log'

export interface SenderPolicy {
  /** webContents of the app's own windows. */
  windows: () => WebContents[]
  /** Is this URL the app's own page (file:// of the built renderer, or the dev server)? */
  isAppUrl: (url: string) => boolean
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, policy: SenderPolicy): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  if (!policy.windows().some((w) => w.id === event.sender.id)) return false
  return policy.isAppUrl(frame.url)
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from Afterview’s own window and was refused.' }
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, services: Services, policy: SenderPolicy): () => void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      if (!isTrustedSender(event, policy)) return FORBIDDEN
      return dispatch(services, name, input, logUnexpected)
    })
  }
  return () => {
    for (const name of methodNames) ipcMain.removeHandler(channelOf(name))
  }
}
