import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { tempDataDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
let now = Date.parse('2026-11-18T12:00:00Z')
const events: Array<[string, unknown]> = []
let services: AppServices
const open = () =>
  createServices({ store: openStore(dir), mode: 'browser', version: 'test', now: () => now, emit: (e, p) => events.push([e, p]) })

beforeEach(() => {
  ;({ dir, cleanup } = tempDataDir())
  now = Date.parse('2026-11-18T12:00:00Z')
  services = open()
})
afterEach(() => {
  services.dispose()
  cleanup()
})

describe('tracking an application by hand', () => {
  it('plans a thank-you once the interview is over, and keeps "done" across a restart', async () => {
    const { application } = await services.createApplication({
      fields: { company: 'Acme Robotics', role: 'Engineer', stage: 'applied', notes: '' },
      contacts: [{ name: 'Dana Whitfield', email: 'dana@acme.com' }]
    })
    const dana = application.contacts[0]
    const after = await services.saveInterview({
      applicationId: application.id,
      interview: {
        startsAt: '2026-11-18T15:00:00Z',
        durationMinutes: 45,
        kind: 'video',
        contactIds: [dana.id],
        topics: 'robot fleet telemetry',
        timelineGiven: false
      }
    })
    expect(after.application.stage).toBe('interviewing')
    now = Date.parse('2026-11-18T16:00:00Z')
    const overview = await services.getOverview(undefined)
    expect(overview.actions.map((a) => [a.title, a.dueAt])).toEqual([['Send a thank-you to Dana', '2026-11-19T15:45:00Z']])
    const action = overview.actions[0]
    await services.setActionState({ applicationId: application.id, key: action.key, status: 'done' })
    services.dispose()
    services = open()
    const again = await services.getOverview(undefined)
    expect(again.actions.map((a) => a.kind)).not.toContain('thank_you')
    const detail = await services.getApplication({ id: application.id })
    expect(detail.application.events.map((e) => e.text)).toContain('Done: Send a thank-you to Dana')
    expect(events.some(([e]) => e === 'dataChanged')).toBe(true)
  })

  it('says so in plain words when an application is gone', async () => {
    await expect(services.getApplication({ id: 'nope' })).rejects.toThrow('That application no longer exists')
  })
})

describe('import and export', () => {
  it('exports JSON that imports back to the same applications', async () => {
    await services.importData({
      format: 'csv',
      content: 'company,role,applied date,status\nAcme,Engineer,2026-10-02,applied\nKestrel,PM,2026-10-05,interviewing\n'
    })
    const { content } = await services.exportData({ format: 'json' })
    const other = tempDataDir()
    const second = createServices({ store: openStore(other.dir), mode: 'browser', version: 'test', now: () => now, emit: () => {} })
    const result = await second.importData({ format: 'json', content })
    expect(result.imported).toBe(2)
    const a = (await services.getOverview(undefined)).applications.map((x) => [x.id, x.company, x.stage]).sort()
    const b = (await second.getOverview(undefined)).applications.map((x) => [x.id, x.company, x.stage]).sort()
    expect(b).toEqual(a)
    second.dispose()
    other.cleanup()
  })

  it('imports nothing when one row is wrong', async () => {
    await expect(
      services.importData({ format: 'csv', content: 'company,applied date\nAcme,2026-10-02\nKestrel,yesterday\n' })
    ).rejects.toThrow(/Nothing was imported[\s\S]*line 3, column "applied date"/)
    expect((await services.getOverview(undefined)).applications).toEqual([])
  })

  it('updates an application imported twice instead of duplicating it', async () => {
    const json = (role: string) =>
      JSON.stringify({ applications: [{ id: 'acme', company: 'Acme', role, contacts: [{ name: 'Dana', email: 'dana@acme.com' }] }] })
    await services.importData({ format: 'json', content: json('Engineer') })
    const second = await services.importData({ format: 'json', content: json('Staff Engineer') })
    expect(second).toMatchObject({ imported: 0, updated: 1 })
    const { application } = await services.getApplication({ id: 'acme' })
    expect(application.role).toBe('Staff Engineer')
    expect(application.contacts).toHaveLength(1)
  })
})
