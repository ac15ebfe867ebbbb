/**
 * The desktop app keeps settings through electron-store, browser mode and the CLI through
 * conf: both must read and write the one settings.json. Electron is stubbed (userData, the
 * version, and the ipcMain listener electron-store registers).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { tempDataDir } from '../support/temp-dir'

const electron = vi.hoisted(() => ({ userData: '', listeners: [] as string[] }))
vi.mock('electron', () => {
  const stub = {
    app: { getPath: (name: string) => (name === 'userData' ? electron.userData : ''), getVersion: () => '9.9.9' },
    ipcMain: { on: (channel: string) => electron.listeners.push(channel) },
    shell: { openPath: async () => '' }
  }
  return { ...stub, default: stub }
})

const { electronStoreBackend } = await import('../../src/main/electron/settings-file')
const { openStore } = await import('../../src/main/store')

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

function dataDir(): string {
  const tmp = tempDataDir()
  cleanups.push(tmp.cleanup)
  electron.userData = join(tmp.dir, 'Afterview')
  return electron.userData
}

describe('settings.json, shared by electron-store (desktop) and conf (browser mode, CLI)', () => {
  it('a setting written through electron-store is read back by conf', async () => {
    const dir = dataDir()
    const desktop = openStore(dir, () => {}, { settingsBackend: electronStoreBackend })
    await desktop.settings.update((s) => ({
      ...s,
      userName: 'Ann Lee',
      reminders: { ...s.reminders, closeToTray: false, launchAtLogin: true }
    }))
    expect(electron.listeners).toContain('electron-store-get-data') // it really went through electron-store
    expect(desktop.settings.path).toBe(join(dir, 'settings.json'))

    const cli = openStore(dir)
    expect(cli.settings.read()).toMatchObject({ userName: 'Ann Lee', reminders: { closeToTray: false, launchAtLogin: true } })
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      schemaVersion: 1,
      settings: { userName: 'Ann Lee' }
    })
  })

  it('a setting written through conf is read back by electron-store', async () => {
    const dir = dataDir()
    const cli = openStore(dir)
    await cli.settings.update((s) => ({
      ...s,
      signature: 'Best,\nAnn',
      reminders: { ...s.reminders, quietHoursStart: '22:30', notifications: false }
    }))
    const desktop = openStore(dir, () => {}, { settingsBackend: electronStoreBackend })
    expect(desktop.settings.read()).toMatchObject({
      signature: 'Best,\nAnn',
      reminders: { quietHoursStart: '22:30', notifications: false }
    })
    // …and each sees the other's next change without reopening.
    await desktop.settings.update((s) => ({ ...s, userName: 'Ann' }))
    expect(cli.settings.read().userName).toBe('Ann')
  })
})
