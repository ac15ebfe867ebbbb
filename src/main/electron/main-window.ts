/**
 * Creates and shows the main window with the locks from window.ts.
 */
import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { lockDownContents, windowOptions } from './window'

export interface MainWindowOptions {
  url: string
  isAppUrl: (url: string) => boolean
  preloadPath: string
  iconPath?: string
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(windowOptions(options.preloadPath, options.iconPath))
  lockDownContents(win.webContents, {
    isAppUrl: options.isAppUrl,
    openExternal: (url) => void shell.openExternal(url)
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(options.url)
  return win
}

export const preloadPath = (mainDir: string) => join(mainDir, '..', 'preload', 'index.js')
