/**
 * While a sync waits for the server, the filer warms up (issue 14): the classifier's first
 * use, then the check each application's write makes (store validation), whose first runs in
 * a process are many times slower. The warm-up writes nothing, reads no application that was
 * not read already (a pass with nothing new reads none), and ends.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { parseInput } from '../../src/shared/api'
import { MessageFiler } from '../../src/main/mail/sync/filing'
import { tempDataDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void

beforeEach(async () => {
  ;({ dir, cleanup } = tempDataDir())
  const services = createServices({ store: openStore(dir), mode: 'browser', version: 'test', emit: () => {} })
  for (const [company, domain] of [
    ['Acme', 'acme.test'],
    ['Bolt', 'bolt.test']
  ])
    await services.createApplication(
      parseInput('createApplication', { fields: { company, role: 'Engineer', companyDomain: domain }, contacts: [] })
    )
  services.dispose()
})
afterEach(() => cleanup())

/** Each application file's bytes and modification time. */
function files(): Map<string, string> {
  const folder = join(dir, 'applications')
  return new Map(readdirSync(folder).map((f) => [f, `${statSync(join(folder, f)).mtimeMs} ${readFileSync(join(folder, f), 'utf8')}`]))
}

/** Runs warm-up steps until the filer says there is nothing left (at most 100); returns how many did work. */
function warmUp(filer: MessageFiler): number {
  let steps = 0
  while (steps < 100 && filer.warmUpStep()) steps++
  return steps
}

describe("the filer's warm-up", () => {
  it('after the classifier, rehearses the checks of application writes, writes nothing and ends', () => {
    const store = openStore(dir)
    let classifierSteps = 2
    const filer = new MessageFiler(store, { warmUp: () => classifierSteps-- > 0 })
    store.applications.all() // read, as the sync does to build its matcher before warming up
    const before = files()
    const check = vi.spyOn(store.applications, 'rehearseCheck')

    const steps = warmUp(filer)

    expect(steps).toBeGreaterThan(2) // the classifier's two, then at least one rehearsal
    expect(check).toHaveBeenCalled()
    expect(steps).toBeLessThanOrEqual(2 + 8)
    expect(filer.warmUpStep()).toBe(false)
    expect(files()).toEqual(before)
  })

  it('reads no application that was not read yet', () => {
    const store = openStore(dir)
    const filer = new MessageFiler(store, { warmUp: () => false })
    const read = vi.spyOn(store.applications, 'ensureLoaded')
    expect(warmUp(filer)).toBe(0)
    expect(read).not.toHaveBeenCalled()
  })

  it('stops once real mail was understood', async () => {
    const store = openStore(dir)
    const filer = new MessageFiler(store, { describeIncoming: () => ({}) })
    const mail = {
      messageId: '<m1@acme.test>',
      references: [],
      date: '2026-11-18T10:00:00.000Z',
      from: { name: 'Dana', address: 'dana@acme.test' },
      to: [{ name: '', address: 'me@example.org' }],
      cc: [],
      subject: 'Interview',
      text: 'Could you do Tuesday at 10:00?',
      headers: {},
      hasCalendarInvite: false
    }
    const match = filer.match(mail, ['me@example.org'])!
    expect((await filer.fileMany([{ match, message: mail }], 'acct')).filed).toHaveLength(1)
    const check = vi.spyOn(store.applications, 'rehearseCheck')
    expect(filer.warmUpStep()).toBe(false)
    expect(check).not.toHaveBeenCalled()
  })
})
