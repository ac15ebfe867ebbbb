/**
 * A reply in Junk becomes a desktop notification too (the window may be hidden in the tray, or not open yet), whose
 * click opens the window; other notices stay in the window's banner. Mail that cannot be read is told once per spell
 * of trouble: a refused sign-in at once, a server out of reach once it has lasted. Electron mocked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EventHub } from '../../src/main/server/event-hub'
import {
  CONNECTION_TROUBLE_TOLD_AFTER_MS,
  MAIL_ACCOUNTS_PATH,
  notifyDesktopNotices,
  notifyMailTrouble,
  type TroubleClock
} from '../../src/main/electron/desktop-notices'

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

describe('mail that cannot be read, on the desktop', () => {
  const MINUTE = 60_000
  /** A clock the test moves by hand, with the timers it would fire. */
  const fakeClock = () => {
    let now = Date.parse('2026-12-07T09:00:00Z')
    let timers: Array<{ at: number; fn: () => void; id: number }> = []
    let ids = 0
    const clock: TroubleClock = {
      now: () => now,
      setTimeout: (fn, ms) => (timers.push({ at: now + ms, fn, id: ++ids }), ids),
      clearTimeout: (id) => void (timers = timers.filter((t) => t.id !== id))
    }
    const advance = (ms: number) => {
      now += ms
      for (const t of timers.filter((x) => x.at <= now)) {
        timers = timers.filter((x) => x !== t)
        t.fn()
      }
    }
    return { clock, advance, iso: () => new Date(now).toISOString(), pending: () => timers.length }
  }
  const watching = (hub: EventHub, accountId = 'acct-1') =>
    hub.emit('syncProgress', { accountId, phase: 'status:watching', done: 0, total: 0 })
  const trouble = (
    hub: EventHub,
    problem: 'sign-in' | 'settings' | 'connection',
    since: string,
    phase = 'status:error',
    accountId = 'acct-1'
  ) =>
    hub.emit('syncProgress', { accountId, phase, done: 0, total: 0, message: `Trouble of kind ${problem}.`, problem, troubleSince: since })

  it('tells a refused sign-in at once, once however often it is tried again, and its click opens the account', () => {
    const hub = new EventHub()
    const { clock, iso } = fakeClock()
    const shown: Array<[string, string, string]> = []
    notifyMailTrouble(hub, (title, body, path) => shown.push([title, body, path]), clock)
    const since = iso()
    trouble(hub, 'sign-in', since)
    trouble(hub, 'sign-in', since, 'status:syncing') // tried again: the trouble is kept meanwhile
    trouble(hub, 'sign-in', since)
    expect(shown).toEqual([
      ['Afterview cannot sign in to your mail', 'Trouble of kind sign-in. Replies are not being read until then.', MAIL_ACCOUNTS_PATH]
    ])
    expect(MAIL_ACCOUNTS_PATH).toBe('/settings/mail')
  })

  it('tells a server out of reach only once it has lasted, and not at all when it comes back before', () => {
    const hub = new EventHub()
    const { clock, advance, iso, pending } = fakeClock()
    const shown: string[] = []
    notifyMailTrouble(hub, (title) => shown.push(title), clock)
    // A laptop waking before its Wi-Fi: back within minutes, nothing said.
    trouble(hub, 'connection', iso())
    advance(3 * MINUTE)
    watching(hub)
    expect(pending()).toBe(0)
    advance(CONNECTION_TROUBLE_TOLD_AFTER_MS)
    expect(shown).toEqual([])
    // The server down for good: said once it has lasted, counted from when the trouble began.
    const since = iso()
    trouble(hub, 'connection', since)
    advance(5 * MINUTE)
    trouble(hub, 'connection', since, 'status:syncing')
    trouble(hub, 'connection', since)
    advance(CONNECTION_TROUBLE_TOLD_AFTER_MS - 5 * MINUTE - 1)
    expect(shown).toEqual([])
    advance(1)
    expect(shown).toEqual(['Afterview cannot reach your mail server'])
    advance(60 * MINUTE)
    trouble(hub, 'connection', since)
    expect(shown).toHaveLength(1)
  })

  it('tells a new spell of trouble after the mail was read again, and each account on its own', () => {
    const hub = new EventHub()
    const { clock, iso } = fakeClock()
    const shown: string[] = []
    notifyMailTrouble(hub, (title, body) => shown.push(body), clock)
    trouble(hub, 'sign-in', iso())
    watching(hub)
    trouble(hub, 'settings', iso())
    trouble(hub, 'sign-in', iso(), 'status:error', 'acct-2')
    expect(shown).toEqual([
      'Trouble of kind sign-in. Replies are not being read until then.',
      'Trouble of kind settings. Replies are not being read until then.',
      'Trouble of kind sign-in. Replies are not being read until then.'
    ])
  })

  it('a connection trouble that turns into a refused sign-in is told at once; a stopped account is forgotten', () => {
    const hub = new EventHub()
    const { clock, advance, iso, pending } = fakeClock()
    const shown: string[] = []
    notifyMailTrouble(hub, (title) => shown.push(title), clock)
    const since = iso()
    trouble(hub, 'connection', since)
    advance(MINUTE)
    trouble(hub, 'sign-in', since)
    expect(shown).toEqual(['Afterview cannot sign in to your mail'])
    expect(pending()).toBe(0)
    // Removed (or its settings changed) while out of reach: stopped, nothing said later.
    trouble(hub, 'connection', iso(), 'status:error', 'acct-2')
    hub.emit('syncProgress', { accountId: 'acct-2', phase: 'status:stopped', done: 0, total: 0 })
    advance(2 * CONNECTION_TROUBLE_TOLD_AFTER_MS)
    expect(shown).toHaveLength(1)
  })
})
