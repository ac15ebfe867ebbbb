/**
 * Opening the data folder skips validating files this build validated before
 * (src/main/store/validated-files.ts, issue 14). What must not change: what loads, that a
 * file edited or damaged since is still checked and set aside with a warning, and that the
 * data folder holds only the user's data (the lists live in a cache folder).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { openStore } from '../../src/main/store'
import { Application } from '../../src/shared/model'
import { tempDataDir } from '../support/temp-dir'
import { foldersForEachTest } from '../support/each-test-folders'

const app = (id: string, company = 'Acme Robotics') =>
  Application.parse({ id, company, createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z' })

let dir: string
let cache: string
const cleanups = foldersForEachTest((data, caches) => {
  dir = data
  cache = caches
})

const build = (buildId: string) => ({ validated: { buildId, cacheDir: cache } })
const file = (id: string) => join(dir, 'applications', `${id}.json`)
const listFile = () => join(cache, `${createHash('sha1').update(join(dir, 'applications')).digest('hex')}.txt`)
const validatedList = () => readFileSync(listFile(), 'utf8').trim().split('\n')

describe('files this build validated before', () => {
  it('load the same as when every file is validated', async () => {
    const store = openStore(dir, () => {}, build('build-1'))
    await store.applications.put(app('acme'))
    await store.applications.put({ ...app('globex', 'Globex'), role: 'Nurse', notes: 'met at the fair' })
    openStore(dir, () => {}, build('build-1')).applications.all() // read when first asked for: validates both and lists them
    expect(validatedList()).toHaveLength(3) // the build's line and two files
    const listed = openStore(dir, () => {}, build('build-1'))
    const validated = openStore(dir)
    expect(listed.applications.all()).toEqual(validated.applications.all())
    expect(listed.warnings).toEqual([])
    expect(readdirSync(join(dir, 'applications')).sort()).toEqual(['acme.json', 'globex.json'])
  })

  it('a file edited since is validated again and set aside when it is no longer valid', async () => {
    await openStore(dir, () => {}, build('build-1')).applications.put(app('acme'))
    openStore(dir, () => {}, build('build-1')).applications.all()
    const envelope = JSON.parse(readFileSync(file('acme'), 'utf8'))
    envelope.data.stage = 'hired-on-the-spot' // not a stage
    writeFileSync(file('acme'), JSON.stringify(envelope))
    const warnings: string[] = []
    const store = openStore(dir, (w) => warnings.push(w), build('build-1'))
    expect(store.applications.get('acme')).toBeUndefined()
    expect(warnings.join('\n')).toMatch(/could not be read.*moved to/s)
  })

  it('another build validates everything again', async () => {
    await openStore(dir, () => {}, build('build-1')).applications.put(app('acme'))
    openStore(dir, () => {}, build('build-1')).applications.all()
    // A file the old build listed, invalid for the new one (here: made invalid, and listed as it is now).
    const envelope = JSON.parse(readFileSync(file('acme'), 'utf8'))
    envelope.data.stage = 'hired-on-the-spot'
    const raw = JSON.stringify(envelope)
    writeFileSync(file('acme'), raw)
    writeFileSync(listFile(), `afterview build-1 ${join(dir, 'applications')}\n${createHash('sha1').update(raw).digest('base64')}\n`)
    expect(openStore(dir, () => {}, build('build-1')).applications.get('acme')).toBeDefined() // listed: taken as it is
    const warnings: string[] = []
    expect(openStore(dir, (w) => warnings.push(w), build('build-2')).applications.get('acme')).toBeUndefined()
    expect(warnings.join('\n')).toMatch(/could not be read/)
  })

  it('a file validation changes (an unknown field it drops) is never taken as it is', async () => {
    await openStore(dir, () => {}, build('build-1')).applications.put(app('acme'))
    const envelope = JSON.parse(readFileSync(file('acme'), 'utf8'))
    envelope.data.leftover = 'from an old version'
    writeFileSync(file('acme'), JSON.stringify(envelope))
    for (let i = 0; i < 3; i++) {
      const loaded = openStore(dir, () => {}, build('build-1')).applications.get('acme')
      expect(loaded).toBeDefined()
      expect(loaded).not.toHaveProperty('leftover')
    }
  })

  it('lists not rewritten for a month are removed when a new list is made', async () => {
    const old = join(cache, 'a-folder-gone-long-ago.txt')
    writeFileSync(old, 'afterview build-0 /gone\n')
    const monthAgo = new Date(Date.now() - 31 * 86_400_000)
    utimesSync(old, monthAgo, monthAgo)
    await openStore(dir, () => {}, build('build-1')).applications.put(app('acme'))
    openStore(dir, () => {}, build('build-1')).applications.all()
    expect(existsSync(listFile())).toBe(true)
    expect(existsSync(old)).toBe(false)
  })

  it('looks for old lists at most once a day, however many new data folders come', async () => {
    await openStore(dir, () => {}, build('build-1')).applications.put(app('acme'))
    openStore(dir, () => {}, build('build-1')).applications.all() // read when first asked for: its new list, the day's sweep
    const monthAgo = new Date(Date.now() - 31 * 86_400_000)
    const old = join(cache, 'another-folder-gone.txt')
    writeFileSync(old, 'afterview build-0 /gone\n')
    utimesSync(old, monthAgo, monthAgo)
    const second = tempDataDir()
    cleanups.push(second.cleanup)
    await openStore(second.dir, () => {}, build('build-1')).applications.put(app('acme'))
    openStore(second.dir, () => {}, build('build-1')).applications.all()
    expect(existsSync(old)).toBe(true) // swept today already
    const dayAgo = new Date(Date.now() - 25 * 3_600_000)
    utimesSync(join(cache, 'swept'), dayAgo, dayAgo)
    const third = tempDataDir()
    cleanups.push(third.cleanup)
    await openStore(third.dir, () => {}, build('build-1')).applications.put(app('acme'))
    openStore(third.dir, () => {}, build('build-1')).applications.all()
    expect(existsSync(old)).toBe(false)
  })
})

describe('files this build wrote', () => {
  // A timeline like the sync writes it: messages with the classifier's facts, most fields left to their defaults.
  const filed = (id: string): Application =>
    ({
      ...app(id),
      contacts: [{ id: 'c-1', name: ' Dana Whitfield ', email: 'dana@acme.test' }],
      events: Array.from({ length: 3 }, (_, k) => ({
        id: `e-${k}`,
        at: `2026-11-0${k + 2}T10:00:00.000Z`,
        type: 'message' as const,
        text: 'Mail from Dana',
        message: {
          messageId: `<m${k}@acme.test>`,
          direction: 'in' as const,
          from: 'Dana Whitfield <dana@acme.test>',
          subject: 'Re: interview',
          category: 'update' as const,
          confidence: 0.5,
          facts: { timelineGiven: true, respondBy: '2026-11-20', evidence: 'by Friday' }
        }
      }))
    }) as unknown as Application // the input, before validation fills its defaults

  it('are read by the next process without validating them again, and load the same', async () => {
    const store = openStore(dir, () => {}, build('build-1'))
    await store.applications.put(app('acme'))
    const { contacts, events } = filed('acme')
    await store.applications.update('acme', (a) => ({ ...a, contacts, events })) // as the sync files mail
    store.close() // keeps the list of what it wrote
    const envelope = JSON.parse(readFileSync(file('acme'), 'utf8'))
    expect(Application.parse(envelope.data)).toEqual(envelope.data) // what was written is what validation returns
    const validation = vi.spyOn(Application, 'safeParse')
    try {
      const next = openStore(dir, () => {}, build('build-1'))
      expect(validation).not.toHaveBeenCalled()
      expect(next.applications.get('acme')).toEqual(openStore(dir).applications.get('acme'))
    } finally {
      validation.mockRestore()
    }
  })

  it('by a process that read only them keep the other files listed, and the contents they replaced are dropped', async () => {
    const store = openStore(dir, () => {}, build('build-1'))
    await store.applications.put(app('acme'))
    await store.applications.put(app('globex', 'Globex'))
    openStore(dir, () => {}, build('build-1')).applications.all() // a full load lists both
    const hash = (id: string) =>
      createHash('sha1')
        .update(readFileSync(file(id), 'utf8'))
        .digest('base64')
    const [globex, acmeBefore] = [hash('globex'), hash('acme')]
    const sync = openStore(dir, () => {}, build('build-1')) // files a mail on acme: reads and writes acme alone
    const loaded = vi.spyOn(sync.applications, 'ensureLoaded')
    await sync.applications.update('acme', (a) => ({ ...a, notes: 'Called Dana' }))
    expect(loaded).not.toHaveBeenCalled()
    sync.close()
    expect(validatedList().slice(1).sort()).toEqual([globex, hash('acme')].sort())
    expect(validatedList()).not.toContain(acmeBefore)
    const validation = vi.spyOn(Application, 'safeParse')
    try {
      expect(openStore(dir, () => {}, build('build-1')).applications.get('acme')!.notes).toBe('Called Dana')
      openStore(dir, () => {}, build('build-1')).applications.all()
      expect(validation).not.toHaveBeenCalled()
    } finally {
      validation.mockRestore()
    }
  })

  it('validated by a process that read that file alone are listed for the next process', async () => {
    await openStore(dir, () => {}, build('build-0')).applications.put(app('acme')) // an older build wrote it
    const sync = openStore(dir, () => {}, build('build-1'))
    expect(sync.applications.get('acme')!.company).toBe('Acme Robotics') // validated: this build never saw it
    sync.close()
    const validation = vi.spyOn(Application, 'safeParse')
    try {
      expect(openStore(dir, () => {}, build('build-1')).applications.get('acme')!.company).toBe('Acme Robotics')
      expect(validation).not.toHaveBeenCalled()
    } finally {
      validation.mockRestore()
    }
  })

  it('whose stage history was derived anew when saved are validated by the next process', async () => {
    const store = openStore(dir, () => {}, build('build-1'))
    await store.applications.put(filed('acme'))
    await store.applications.update('acme', (a) => ({ ...a, stage: 'interviewing' }))
    store.close()
    expect(store.applications.get('acme')!.stageHistory.length).toBeGreaterThan(0)
    const validation = vi.spyOn(Application, 'safeParse')
    try {
      expect(openStore(dir, () => {}, build('build-1')).applications.get('acme')!.stage).toBe('interviewing')
      expect(validation).toHaveBeenCalled()
    } finally {
      validation.mockRestore()
    }
  })

  it('a file written by this build and edited since is validated and set aside when invalid', async () => {
    const store = openStore(dir, () => {}, build('build-1'))
    await store.applications.put(filed('acme'))
    store.close()
    const envelope = JSON.parse(readFileSync(file('acme'), 'utf8'))
    envelope.data.events[0].message.confidence = 7 // out of range
    writeFileSync(file('acme'), JSON.stringify(envelope))
    const warnings: string[] = []
    expect(openStore(dir, (w) => warnings.push(w), build('build-1')).applications.get('acme')).toBeUndefined()
    expect(warnings.join('\n')).toMatch(/could not be read.*moved to/s)
  })
})
