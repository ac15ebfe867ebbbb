/**
 * Notices that say the user may be missing mail (a reply in the Junk folder) become desktop
 * notifications too: the window may be hidden in the tray, or not opened yet (the app started
 * at login), and a banner in it waits unseen. Other notices stay in the window's banner.
 */
import type { EventPayload } from '../../shared/api'

type Hub = { subscribe(listener: (event: string, payload: unknown) => void): () => void }

export function notifyDesktopNotices(hub: Hub, show: (title: string, body: string) => void): () => void {
  return hub.subscribe((event, payload) => {
    if (event !== 'notice') return
    const notice = payload as EventPayload<'notice'>
    if (notice.notify) show(notice.notify, notice.message)
  })
}
