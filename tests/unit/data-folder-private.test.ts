/**
 * The data folder holds the user's job search and mail settings: only its owner may read
 * it, whatever the process's umask (here the usual 022, which would give 0755 / 0644).
 */
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { tempDataDir } from '../support/temp-dir'

const modeOf = (path: string) => statSync(path).mode & 0o777
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

function everything(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? [path, ...everything(path)] : [path]
  })
}

describe.skipIf(process.platform === 'win32')('the data folder is private', () => {
  it('is created 0700 with its files 0600', async () => {
    const tmp = tempDataDir()
    cleanups.push(tmp.cleanup)
    const previous = process.umask(0o022)
    try {
      const dataDir = join(tmp.dir, 'fresh', 'Afterview')
      const store = openStore(dataDir)
      const services = createServices({ store, mode: 'browser', version: 'test', emit: () => {} })
      await services.createApplication({ fields: { company: 'Acme Robotics', role: 'Engineer' } } as never)
      await services.updateReminderSettings({ quietWeekends: false })
      services.dispose()
      expect(modeOf(dataDir)).toBe(0o700)
      const paths = everything(dataDir)
      expect(paths.some((p) => p.endsWith('settings.json'))).toBe(true)
      expect(paths.some((p) => p.includes(`applications`) && p.endsWith('.json'))).toBe(true)
      for (const p of paths) expect(modeOf(p).toString(8), p).toBe(statSync(p).isDirectory() ? '700' : '600')
    } finally {
      process.umask(previous)
    }
  })

  it('tightens a folder an earlier version left readable by others', () => {
    const tmp = tempDataDir()
    cleanups.push(tmp.cleanup)
    const dataDir = join(tmp.dir, 'Afterview')
    mkdirSync(join(dataDir, 'applications'), { recursive: true })
    writeFileSync(join(dataDir, 'settings.json'), '{}')
    writeFileSync(join(dataDir, 'applications', 'acme.json'), JSON.stringify({ schemaVersion: 1, data: {} }))
    chmodSync(dataDir, 0o755)
    chmodSync(join(dataDir, 'applications'), 0o755)
    chmodSync(join(dataDir, 'settings.json'), 0o644)
    chmodSync(join(dataDir, 'applications', 'acme.json'), 0o644)
    openStore(dataDir, () => {}).close()
    expect(modeOf(dataDir)).toBe(0o700)
    expect(modeOf(join(dataDir, 'applications'))).toBe(0o700)
    expect(modeOf(join(dataDir, 'settings.json'))).toBe(0o600)
    for (const p of everything(join(dataDir, 'applications'))) expect(modeOf(p).toString(8), p).toMatch(/^[67]00$/)
  })
})
