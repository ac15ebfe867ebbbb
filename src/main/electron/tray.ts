/**
 * The tray icon: the count of due follow-ups (title on macOS, tooltip elsewhere, the dock
 * or launcher badge where supported) and a menu of them. The menu is built by a pure
 * function so tests can check it without Electron.
 */
import { app, Menu, nativeImage, nativeTheme, Tray, type MenuItemConstructorOptions } from 'electron'
import { join } from 'node:path'
import type { ReminderStatus } from '../../shared/api/reminders'
import { formatClock } from '../../shared/core/time'

export interface TrayHandlers {
  /** Show the window, optionally on a route like "/application/<id>?action=<key>". */
  open: (path?: string) => void
  checkMail: () => void
  pause: (minutes: number) => void
  quit: () => void
}

export type TrayState = Pick<ReminderStatus, 'due' | 'heldUntil' | 'heldBecause' | 'timeZone'>

/** How many due actions the menu lists before "and N more…". */
export const MENU_LIMIT = 10

export function trayMenuTemplate(state: TrayState, handlers: TrayHandlers): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  if (state.due.length === 0) items.push({ label: 'Nothing due right now', enabled: false })
  for (const r of state.due.slice(0, MENU_LIMIT)) {
    items.push({ label: `${r.title} — ${r.company}`, click: () => handlers.open(r.path) })
  }
  if (state.due.length > MENU_LIMIT) {
    items.push({ label: `and ${state.due.length - MENU_LIMIT} more…`, click: () => handlers.open('/next') })
  }
  const paused = state.heldBecause === 'paused' && state.heldUntil
  items.push(
    { type: 'separator' },
    { label: 'Open Afterview', click: () => handlers.open() },
    { label: 'Check mail now', click: () => handlers.checkMail() },
    paused
      ? {
          label: `Resume reminders (paused until ${formatClock(Date.parse(state.heldUntil!), state.timeZone)})`,
          click: () => handlers.pause(0)
        }
      : { label: 'Pause reminders for 1 hour', click: () => handlers.pause(60) },
    { type: 'separator' },
    { label: 'Quit', click: () => handlers.quit() }
  )
  return items
}

export function trayTooltip(state: TrayState): string {
  const n = state.due.length
  const what = n === 0 ? 'nothing due' : n === 1 ? '1 follow-up due' : `${n} follow-ups due`
  const held = state.heldBecause === 'paused' ? ' (reminders paused)' : state.heldBecause === 'quiet_hours' ? ' (quiet hours)' : ''
  return `Afterview — ${what}${held}`
}

/** macOS uses a template image (it tints it); elsewhere a light glyph on dark panels, a dark one on light. */
export function trayIconPath(resourcesDir: string, platform: NodeJS.Platform, darkPanel: boolean): string {
  if (platform === 'darwin') return join(resourcesDir, 'tray', 'trayTemplate.png')
  return join(resourcesDir, 'tray', darkPanel ? 'tray-light.png' : 'tray-dark.png')
}

/**
 * Is the panel the tray sits on dark? It follows the system's UI, not the app's theme:
 * on Windows the taskbar has its own light/dark setting (shouldUseDarkColorsForSystemIntegratedUI);
 * GNOME-like Linux panels are dark whatever the theme; other Linux panels follow the system theme.
 */
export function panelIsDark(
  theme: { shouldUseDarkColors: boolean; shouldUseDarkColorsForSystemIntegratedUI?: boolean },
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv = process.env
): boolean {
  if (platform === 'win32') return theme.shouldUseDarkColorsForSystemIntegratedUI ?? theme.shouldUseDarkColors
  if (platform === 'linux' && /gnome|unity|pantheon|budgie/i.test(env.XDG_CURRENT_DESKTOP ?? '')) return true
  return theme.shouldUseDarkColors
}

export interface AppTray {
  update(state: TrayState): void
  destroy(): void
}

export function createTray(resourcesDir: string, handlers: TrayHandlers, platform: NodeJS.Platform = process.platform): AppTray {
  const image = () => {
    const img = nativeImage.createFromPath(trayIconPath(resourcesDir, platform, panelIsDark(nativeTheme, platform)))
    if (platform === 'darwin') img.setTemplateImage(true)
    return img
  }
  const tray = new Tray(image())
  const onTheme = () => tray.setImage(image())
  nativeTheme.on('updated', onTheme)
  // Windows opens the window on a left click; Linux and macOS show the menu.
  tray.on('click', () => {
    if (platform === 'win32') handlers.open()
  })
  let last: TrayState = { due: [], heldUntil: null, heldBecause: null, timeZone: 'UTC' }
  const update = (state: TrayState) => {
    last = state
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(state, handlers)))
    tray.setToolTip(trayTooltip(state))
    if (platform === 'darwin') tray.setTitle(state.due.length ? String(state.due.length) : '')
    app.setBadgeCount(state.due.length)
  }
  update(last)
  return {
    update,
    destroy: () => {
      nativeTheme.removeListener('updated', onTheme)
      tray.destroy()
    }
  }
}
