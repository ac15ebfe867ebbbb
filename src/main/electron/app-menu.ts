/**
 * The application menu, instead of Electron's default (which ships Toggle Developer
 * Tools, Reload and Help links to electronjs.org). macOS gets its app menu; everyone gets
 * an Edit menu, so copy, paste and select all work with the keyboard in every text field.
 * Reload and the developer tools exist only in development builds.
 */
import type { Menu as ElectronMenu, MenuItemConstructorOptions } from 'electron'

export interface AppMenuOptions {
  platform: NodeJS.Platform
  isPackaged: boolean
  /** Opens the window on a route ("/settings"). */
  open: (path?: string) => void
}

export function appMenuTemplate({ platform, isPackaged, open }: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const settings: MenuItemConstructorOptions = {
    label: mac ? 'Settings…' : 'Settings',
    accelerator: 'CmdOrCtrl+,',
    click: () => open('/settings')
  }
  const menu: MenuItemConstructorOptions[] = []
  if (mac) {
    menu.push({
      label: 'Afterview',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        settings,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' }
      ]
    })
  }
  menu.push({
    label: 'File',
    submenu: mac ? [{ role: 'close' }] : [settings, { type: 'separator' }, { role: 'close', label: 'Close window' }, { role: 'quit' }]
  })
  menu.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' }
    ]
  })
  const develop: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
  menu.push({
    label: 'View',
    submenu: [
      ...develop,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' }
    ]
  })
  menu.push({
    label: 'Window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }]
  })
  return menu
}

export function setupAppMenu(Menu: Pick<typeof ElectronMenu, 'buildFromTemplate' | 'setApplicationMenu'>, options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)))
}
