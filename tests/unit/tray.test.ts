import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import type { Reminder } from '../../src/shared/api/reminders'

const electron = vi.hoisted(() => {
  const trays: Array<{
    image: unknown
    menu: unknown
    tooltip: string
    title: string
    listeners: Record<string, () => void>
    destroyed: boolean
  }> = []
  return {
    trays,
    badge: [] as number[],
    Tray: class {
      image: unknown
      menu: unknown
      tooltip = ''
      title = ''
      listeners: Record<string, () => void> = {}
      destroyed = false
      constructor(image: unknown) {
        this.image = image
        trays.push(this)
      }
      setContextMenu(m: unknown) {
        this.menu = m
      }
      setToolTip(t: string) {
        this.tooltip = t
      }
      setTitle(t: string) {
        this.title = t
      }
      setImage(i: unknown) {
        this.image = i
      }
      on(e: string, f: () => void) {
        this.listeners[e] = f
      }
      destroy() {
        this.destroyed = true
      }
    },
    Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }) },
    nativeImage: {
      createFromPath: (path: string) => ({
        path,
        template: false,
        setTemplateImage(this: { template: boolean }, v: boolean) {
          this.template = v
        }
      })
    },
    nativeTheme: { shouldUseDarkColors: true, on: vi.fn(), removeListener: vi.fn() }
  }
})
vi.mock('electron', () => ({
  Tray: electron.Tray,
  Menu: electron.Menu,
  nativeImage: electron.nativeImage,
  nativeTheme: electron.nativeTheme,
  app: { setBadgeCount: (n: number) => electron.badge.push(n) }
}))

const { createTray, trayMenuTemplate, trayTooltip, MENU_LIMIT } = await import('../../src/main/electron/tray')

const reminder = (n: number): Reminder => ({
  key: `thank_you:i${n}`,
  applicationId: `app-${n}`,
  kind: 'thank_you',
  title: `Send a thank-you to Person ${n}`,
  company: `Company ${n}`,
  body: `Company ${n}, interview ended 2 h ago`,
  dueAt: '2026-11-18T15:00:00Z',
  stamp: '2026-11-18T15:00:00Z',
  path: `/application/app-${n}?action=thank_you%3Ai${n}`
})
const handlers = () => ({ open: vi.fn(), checkMail: vi.fn(), pause: vi.fn(), quit: vi.fn() })
const state = (due: Reminder[], held: Partial<{ heldUntil: string; heldBecause: 'paused' | 'quiet_hours' }> = {}) => ({
  due,
  heldUntil: held.heldUntil ?? null,
  heldBecause: held.heldBecause ?? null,
  timeZone: 'UTC'
})
const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => (i.type === 'separator' ? '---' : i.label))
const click = (items: MenuItemConstructorOptions[], label: string) => (items.find((i) => i.label === label)!.click as () => void)()

beforeEach(() => {
  electron.trays.length = 0
  electron.badge.length = 0
})

describe('tray menu', () => {
  it('lists the due actions, then Open, Check mail, Pause and Quit', () => {
    const items = trayMenuTemplate(state([reminder(1), reminder(2)]), handlers())
    expect(labels(items)).toEqual([
      'Send a thank-you to Person 1 — Company 1',
      'Send a thank-you to Person 2 — Company 2',
      '---',
      'Open Afterview',
      'Check mail now',
      'Pause reminders for 1 hour',
      '---',
      'Quit'
    ])
  })

  it('opens each due action on its route, and the other items do what they say', () => {
    const h = handlers()
    const items = trayMenuTemplate(state([reminder(1), reminder(2)]), h)
    click(items, 'Send a thank-you to Person 2 — Company 2')
    expect(h.open).toHaveBeenLastCalledWith('/application/app-2?action=thank_you%3Ai2')
    click(items, 'Open Afterview')
    expect(h.open).toHaveBeenLastCalledWith()
    click(items, 'Check mail now')
    expect(h.checkMail).toHaveBeenCalledOnce()
    click(items, 'Pause reminders for 1 hour')
    expect(h.pause).toHaveBeenCalledWith(60)
    click(items, 'Quit')
    expect(h.quit).toHaveBeenCalledOnce()
  })

  it('says when nothing is due, and offers to resume when paused', () => {
    const h = handlers()
    const items = trayMenuTemplate(state([], { heldBecause: 'paused', heldUntil: '2026-11-18T16:30:00Z' }), h)
    expect(items[0]).toMatchObject({ label: 'Nothing due right now', enabled: false })
    click(items, 'Resume reminders (paused until 16:30)')
    expect(h.pause).toHaveBeenCalledWith(0)
  })

  it('keeps a long list short: the first ten, then "and N more…" opening Next up', () => {
    const h = handlers()
    const items = trayMenuTemplate(state(Array.from({ length: 14 }, (_, i) => reminder(i))), h)
    expect(items.filter((i) => i.label?.startsWith('Send a thank-you'))).toHaveLength(MENU_LIMIT)
    click(items, 'and 4 more…')
    expect(h.open).toHaveBeenCalledWith('/next')
  })

  it('tooltip carries the count and the hold', () => {
    expect(trayTooltip(state([reminder(1)]))).toBe('Afterview — 1 follow-up due')
    expect(trayTooltip(state([reminder(1), reminder(2)], { heldBecause: 'quiet_hours', heldUntil: 'x' }))).toBe(
      'Afterview — 2 follow-ups due (quiet hours)'
    )
    expect(trayTooltip(state([]))).toBe('Afterview — nothing due')
  })
})

describe('tray icon', () => {
  it('on Linux: light glyph on a dark panel, count in the tooltip and the launcher badge, menu rebuilt on update', () => {
    const tray = createTray('/res', handlers(), 'linux')
    const t = electron.trays[0]
    expect((t.image as { path: string }).path).toBe('/res/tray/tray-light.png')
    tray.update(state([reminder(1), reminder(2), reminder(3)]))
    expect(t.tooltip).toBe('Afterview — 3 follow-ups due')
    expect(t.title).toBe('')
    expect(electron.badge.at(-1)).toBe(3)
    expect(labels((t.menu as { template: MenuItemConstructorOptions[] }).template).slice(0, 3)).toEqual([
      'Send a thank-you to Person 1 — Company 1',
      'Send a thank-you to Person 2 — Company 2',
      'Send a thank-you to Person 3 — Company 3'
    ])
    tray.destroy()
    expect(t.destroyed).toBe(true)
  })

  it('on macOS: a template image and the count next to the icon', () => {
    const tray = createTray('/res', handlers(), 'darwin')
    const t = electron.trays[0]
    expect(t.image).toMatchObject({ path: '/res/tray/trayTemplate.png', template: true })
    tray.update(state([reminder(1), reminder(2)]))
    expect(t.title).toBe('2')
    tray.update(state([]))
    expect(t.title).toBe('')
  })

  it('on Windows a left click opens the window', () => {
    const h = handlers()
    createTray('/res', h, 'win32')
    electron.trays[0].listeners.click()
    expect(h.open).toHaveBeenCalledOnce()
  })
})
