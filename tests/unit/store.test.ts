import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openStore } from '../../src/main/store'
import { withSkipped } from '../../src/main/store/skipped-mail'
import { Application } from '../../src/shared/model'
import { tempDataDir } from '../support/temp-dir'

const app = (id: string, company = 'Acme Robotics') =>
  Application.parse({ id, company, createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z' })

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDataDir()))
afterEach(() => cleanup())

function runWorker(id: string, count: number, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '../support/store-worker.ts'), dir, id, String(count), label],
      { stdio: ['ignore', 'ignore', 'pipe'] }
    )
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${label} failed: ${err}`))))
  })
}

describe('the store', () => {
  it('keeps what was saved across a restart', async () => {
    const store = openStore(dir)
    await store.applications.put(app('acme'))
    await store.applications.update('acme', (a) => ({ ...a, role: 'Engineer' }))
    store.close()
    const again = openStore(dir)
    expect(again.applications.get('acme')?.role).toBe('Engineer')
    expect(again.warnings).toEqual([])
  })

  it('loses no update when two processes write the same application at once', async () => {
    const store = openStore(dir)
    await store.applications.put(app('acme'))
    await Promise.all([runWorker('acme', 40, 'cli'), runWorker('acme', 40, 'app')])
    const after = openStore(dir).applications.get('acme')!
    expect(after.events.filter((e) => e.type === 'note')).toHaveLength(80)
  }, 60_000)

  it('builds on a change another process made since it loaded', async () => {
    const mine = openStore(dir)
    await mine.applications.put(app('acme'))
    const theirs = openStore(dir)
    await theirs.applications.update('acme', (a) => ({ ...a, notes: 'from the CLI' }))
    await mine.applications.update('acme', (a) => ({ ...a, role: 'from the app' }))
    const result = openStore(dir).applications.get('acme')!
    expect(result.notes).toBe('from the CLI')
    expect(result.role).toBe('from the app')
  })

  // An update that fails (here: a change the schema refuses) after reading another process's newer file must not
  // leave this process holding its older copy under the newer file's stamp: the next update built on it, and wrote
  // the other process's change away (a reply the other process had just filed).
  it.each([
    ['the app, holding every application', true],
    ['a sync, holding the ones it read', false]
  ])('builds on a change another process made, after its own update failed (%s)', async (_who, everything) => {
    await openStore(dir).applications.put(app('acme'))
    const mine = openStore(dir)
    if (everything) mine.applications.all()
    else mine.applications.get('acme')
    await openStore(dir).applications.update('acme', (a) => ({ ...a, notes: 'from the CLI' }))
    await expect(mine.applications.update('acme', (a) => ({ ...a, company: '' }))).rejects.toThrow(/could not be saved/)
    expect(mine.applications.get('acme')?.notes).toBe('from the CLI')
    await mine.applications.update('acme', (a) => ({ ...a, role: 'from the app' }))
    const result = openStore(dir).applications.get('acme')!
    expect(result.notes).toBe('from the CLI')
    expect(result.role).toBe('from the app')
  })

  it('holds an application another process created, after its own update of it failed', async () => {
    const mine = openStore(dir)
    mine.applications.all()
    mine.applications.watch(() => {})
    try {
      await openStore(dir).applications.put(app('bolt', 'Bolt'))
      await expect(mine.applications.update('bolt', (a) => ({ ...a, company: '' }))).rejects.toThrow(/could not be saved/)
      await new Promise((resolve) => setTimeout(resolve, 300)) // the watcher's turn
      expect(mine.applications.all().map((a) => a.id)).toContain('bolt')
    } finally {
      mine.applications.unwatch()
    }
  })

  it('refuses to change a file it cannot read, rather than taking it for deleted', async () => {
    await openStore(dir).applications.put(app('acme'))
    const path = join(dir, 'applications', 'acme.json')
    const { data } = JSON.parse(readFileSync(path, 'utf8')) as { data: unknown }
    writeFileSync(path, JSON.stringify({ schemaVersion: 99, data })) // written by a newer Afterview
    const warnings: string[] = []
    const store = openStore(dir, (w) => warnings.push(w))
    await expect(store.applications.update('acme', (a) => ({ ...a, notes: 'x' }))).rejects.toMatchObject({ code: 'store_damaged' })
    expect(warnings.join(' ')).toMatch(/newer version of Afterview/)
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(99) // left as it was
  })

  it('adds to a list another process started since it opened, rather than replacing it (upsert)', async () => {
    const mine = openStore(dir)
    const skipped = (n: number) => ({
      messageId: `<m${n}@acme.example>`,
      subject: 'S',
      from: 'Dana',
      date: '2026-11-20T10:00:00Z',
      reason: 'r',
      at: '2026-11-20T10:00:00Z'
    })
    await openStore(dir).skippedMail.upsert('acct', (current) => withSkipped(current, 'acct', [skipped(1)]))
    expect(mine.skippedMail.get('acct')).toBeUndefined() // opened before: it does not know the list yet
    await mine.skippedMail.upsert('acct', (current) => withSkipped(current, 'acct', [skipped(2)]))
    const kept = openStore(dir)
      .skippedMail.get('acct')!
      .items.map((i) => i.messageId)
    expect(kept.sort()).toEqual(['<m1@acme.example>', '<m2@acme.example>'])
  })

  it('sets a damaged file aside, tells the user, and loads the rest', async () => {
    const store = openStore(dir)
    await store.applications.put(app('acme'))
    await store.applications.put(app('kestrel', 'Kestrel Harbor'))
    writeFileSync(join(dir, 'applications', 'acme.json'), '{"schemaVersion":1,"data":{"id":"acme","comp')
    const warnings: string[] = []
    const reopened = openStore(dir, (w) => warnings.push(w))
    expect(reopened.applications.all().map((a) => a.company)).toEqual(['Kestrel Harbor'])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not be read: the file is not valid JSON.*Nothing was deleted — it was moved to .*backups/)
    const backups = readdirSync(join(dir, 'backups'))
    expect(backups).toHaveLength(1)
    expect(readFileSync(join(dir, 'backups', backups[0]), 'utf8')).toContain('"comp')
  })

  it('reads the applications when first asked for; the warnings still name a damaged one', async () => {
    const store = openStore(dir)
    await store.applications.put(app('acme'))
    await store.applications.put(app('kestrel', 'Kestrel Harbor'))
    const warnings: string[] = []
    const reopened = openStore(dir, (w) => warnings.push(w))
    writeFileSync(join(dir, 'applications', 'acme.json'), '{"schemaVersion":1,"data":{"id":"acme","comp') // damaged after opening
    expect(warnings).toEqual([]) // nothing read yet
    expect(reopened.warnings).toHaveLength(1) // asking for the warnings reads them
    expect(reopened.warnings[0]).toMatch(/could not be read.*moved to/)
    expect(reopened.applications.all().map((a) => a.company)).toEqual(['Kestrel Harbor'])
  })

  it('a folder of applications that cannot be listed fails every time it is asked for, never showing none', async () => {
    await openStore(dir).applications.put(app('acme'))
    const store = openStore(dir)
    rmSync(join(dir, 'applications'), { recursive: true })
    writeFileSync(join(dir, 'applications'), 'not a folder')
    expect(() => store.applications.all()).toThrow()
    expect(() => store.applications.all()).toThrow()
  })

  it('tells a store that has not read its applications yet which one another process changed', async () => {
    await openStore(dir).applications.put(app('acme'))
    const store = openStore(dir)
    const seen: string[][] = []
    store.applications.watch((ids) => seen.push(ids))
    await openStore(dir).applications.update('acme', (a) => ({ ...a, notes: 'changed elsewhere' }))
    await new Promise((r) => setTimeout(r, 400))
    store.close()
    expect(seen.flat()).toContain('acme')
    expect(store.applications.get('acme')?.notes).toBe('changed elsewhere')
  })

  it('a store that has not read every application reads none of the others when one changes, by it or another process', async () => {
    await openStore(dir).applications.put(app('acme'))
    await openStore(dir).applications.put(app('globex'))
    const store = openStore(dir)
    const loaded = vi.spyOn(store.applications, 'ensureLoaded')
    const seen: string[][] = []
    store.applications.watch((ids) => seen.push(ids))
    await store.applications.update('acme', (a) => ({ ...a, notes: 'changed here' })) // the sync filing a mail
    await new Promise((r) => setTimeout(r, 300))
    expect(seen.flat()).toEqual([]) // its own write is not news
    await openStore(dir).applications.update('globex', (a) => ({ ...a, notes: 'changed elsewhere' }))
    await new Promise((r) => setTimeout(r, 300))
    store.close()
    expect(seen.flat()).toEqual(['globex'])
    expect(store.applications.get('globex')?.notes).toBe('changed elsewhere')
    expect(loaded).not.toHaveBeenCalled()
  })

  it('leaves a file from a newer Afterview untouched', () => {
    openStore(dir).close()
    const path = join(dir, 'applications', 'future.json')
    writeFileSync(path, JSON.stringify({ schemaVersion: 99, data: {} }))
    const warnings: string[] = []
    const store = openStore(dir, (w) => warnings.push(w))
    expect(store.applications.all()).toEqual([])
    expect(warnings[0]).toMatch(/newer version of Afterview.*left untouched/)
    expect(existsSync(path)).toBe(true)
  })

  it('refuses invalid data with a plain-words message and writes nothing', async () => {
    const store = openStore(dir)
    await store.applications.put(app('acme'))
    await expect(store.applications.update('acme', (a) => ({ ...a, companyDomain: 'not a domain' }))).rejects.toThrow(
      /could not be saved: Company domain is not a domain/
    )
    expect(openStore(dir).applications.get('acme')?.companyDomain).toBeUndefined()
  })

  it('sets damaged settings aside and uses the defaults', () => {
    writeFileSync(join(dir, 'settings.json'), '{ not json')
    const warnings: string[] = []
    const store = openStore(dir, (w) => warnings.push(w))
    expect(store.settings.current.planner.thankYouWithinHours).toBe(24)
    expect(warnings[0]).toMatch(/settings file could not be read.*moved to/)
    expect(existsSync(join(dir, 'settings.json'))).toBe(false)
    expect(readdirSync(join(dir, 'backups'))[0]).toMatch(/^settings\.damaged-/)
  })

  it('settings damaged after start are set aside at the next change, which is saved', async () => {
    const warnings: string[] = []
    const store = openStore(dir, (w) => warnings.push(w))
    writeFileSync(join(dir, 'settings.json'), '{ not json')
    await store.settings.update((s) => ({ ...s, userName: 'Ann Lee' }))
    expect(warnings[0]).toMatch(/settings file could not be read.*moved to/)
    expect(readdirSync(join(dir, 'backups'))[0]).toMatch(/^settings\.damaged-/)
    expect(openStore(dir).settings.read().userName).toBe('Ann Lee')
  })

  it('tells the app when another process changed an application', async () => {
    const store = openStore(dir)
    await store.applications.put(app('acme'))
    const seen: string[][] = []
    store.applications.watch((ids) => seen.push(ids))
    const other = openStore(dir)
    await other.applications.update('acme', (a) => ({ ...a, notes: 'changed elsewhere' }))
    await new Promise((r) => setTimeout(r, 400))
    store.close()
    expect(seen.flat()).toContain('acme')
    expect(store.applications.get('acme')?.notes).toBe('changed elsewhere')
  })
})
