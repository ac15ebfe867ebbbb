/**
 * A reply in Junk becomes a desktop notification too (the window may be hidden in the tray, or not open yet), whose
 * click opens the window; other notices stay in the window's banner. Electron mocked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EventHub } from '../../src/main/server/event-hub'
import { notifyDesktopNotices } from '../../src/main/electron/desktop-notices'

const electron = vi.hoisted(() => {
  const shown: Array<{ options: { title: string; body: string; silent?: boolean }; handlers: Record<string, () => void> }> = []
  return {
    shown,
    Notification: class {
      handlers: Record<string, () => void> = {}
      constructor(public options: { title: string; body: string; silent?: boolean }) {}
      static isSupported() {
        return true
      }
      on(event: string, fn: () => void) {
        this.handlers[event] = fn
        return this
      }
      show() {
        shown.push(this as never)
      }
    }
  }
})
vi.mock('electron', () => ({ Notification: electron.Notification }))
const { showInfoNotification } = await import('../../src/main/electron/notifications')

describe('notices as desktop notifications', () => {
  beforeEach(() => void electron.shown.splice(0))

  it('shows a notice that asks for it, whose click opens the window; not the others', () => {
    const hub = new EventHub()
    const opened: string[] = []
    notifyDesktopNotices(hub, (title, body) => showInfoNotification(title, body, undefined, () => opened.push('/')))
    hub.emit('notice', { level: 'warning', message: 'A damaged file was set aside.' })
    hub.emit('notice', { level: 'warning', message: 'A mail that may be about …', notify: 'A reply may be in your Junk folder' })
    expect(electron.shown.map((n) => [n.options.title, n.options.body, n.options.silent])).toEqual([
      ['A reply may be in your Junk folder', 'A mail that may be about …', false]
    ])
    electron.shown[0]!.handlers.click!()
    expect(opened).toEqual(['/'])
  })

  it('keeps the tray explanation silent and without a click', () => {
    showInfoNotification('Afterview is still running', 'in the tray')
    expect(electron.shown[0]!.options.silent).toBe(true)
    expect(electron.shown[0]!.handlers.click).toBeUndefined()
  })
})
