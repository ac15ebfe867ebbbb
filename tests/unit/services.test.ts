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

describe('the applications list', () => {
  it('names the interview to come, until it has ended', async () => {
    const { application } = await services.createApplication({
      fields: { company: 'Pinecrest Rehab Center', role: 'Physical Therapist Assistant', stage: 'applied', notes: '' }
    })
    await services.saveInterview({
      applicationId: application.id,
      interview: { startsAt: '2026-11-20T14:00:00Z', durationMinutes: 45, kind: 'video', contactIds: [], topics: '', timelineGiven: false }
    })
    const row = async () => (await services.getOverview(undefined)).applications.find((a) => a.id === application.id)!
    // Nothing to do before it: the planner plans nothing, and the list still has the interview to show.
    expect(await row()).toMatchObject({
      nextInterview: { startsAt: '2026-11-20T14:00:00Z', durationMinutes: 45, kind: 'video' },
      createdAt: '2026-11-18T12:00:00.000Z'
    })
    expect((await row()).nextAction).toBeUndefined()
    now = Date.parse('2026-11-20T14:30:00Z') // under way: still the next thing
    expect((await row()).nextInterview?.startsAt).toBe('2026-11-20T14:00:00Z')
    now = Date.parse('2026-11-20T15:00:00Z')
    expect(await row()).toMatchObject({ nextAction: { title: 'Send a thank-you to Pinecrest Rehab Center' } })
    expect((await row()).nextInterview).toBeUndefined()
  })

  it('a closed application has no interview to come', async () => {
    const { application } = await services.createApplication({ fields: { company: 'Greenleaf', role: '', stage: 'applied', notes: '' } })
    await services.saveInterview({
      applicationId: application.id,
      interview: { startsAt: '2026-11-20T14:00:00Z', durationMinutes: 30, kind: 'phone', contactIds: [], topics: '', timelineGiven: false }
    })
    await services.setStage({ id: application.id, stage: 'withdrawn' })
    const [row] = (await services.getOverview(undefined)).applications
    expect(row.nextInterview).toBeUndefined()
  })

  it('tells the last mail from the employer apart from the last thing done (an import, a note)', async () => {
    const mail = {
      id: 'e-mail',
      at: '2026-11-15T09:30:00.000Z',
      type: 'message',
      text: 'Mail from Kevin',
      message: {
        messageId: '<k@northshore.test>',
        direction: 'in',
        from: 'Kevin <kevin@northshore.test>',
        subject: 'Shifts',
        category: 'update'
      }
    }
    const note = { id: 'e-note', at: '2026-11-17T10:00:00.000Z', type: 'note', text: 'Called the pharmacy' }
    const content = JSON.stringify({
      applications: [
        { id: 'northshore', company: 'Northshore Pharmacy', appliedAt: '2026-11-02', events: [mail, note] },
        { id: 'evergreen', company: 'Evergreen Library', appliedAt: '2026-11-05' }
      ]
    })
    await services.importData({ format: 'json', content })
    const rows = (await services.getOverview(undefined)).applications
    expect(rows.find((a) => a.id === 'northshore')).toMatchObject({
      lastHeardAt: '2026-11-15T09:30:00.000Z',
      lastActivityAt: '2026-11-17T10:00:00.000Z',
      appliedAt: '2026-11-02'
    })
    // Imported just now, never written to: no news, only the import.
    const evergreen = rows.find((a) => a.id === 'evergreen')!
    expect(evergreen.lastHeardAt).toBeUndefined()
    expect(evergreen.lastActivityAt).toBe('2026-11-18T12:00:00.000Z')
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
