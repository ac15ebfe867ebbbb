import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { inferStageHistory, stageHistoryAfter } from '../../src/shared/core/stage-history'
import { Application } from '../../src/shared/model'
import { tempDataDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
let now = Date.parse('2026-11-02T09:00:00Z')
let services: AppServices
const open = () => createServices({ store: openStore(dir), mode: 'browser', version: 'test', now: () => now, emit: () => {} })

beforeEach(() => {
  ;({ dir, cleanup } = tempDataDir())
  now = Date.parse('2026-11-02T09:00:00Z')
  services = open()
})
afterEach(() => {
  services.dispose()
  cleanup()
})

const stagesOf = (app: Application) => app.stageHistory.map((h) => `${h.stage}@${h.at.slice(0, 10)}`)

describe('the stage history', () => {
  it('records every stage change with its date, so a rejection still shows the interviews before it', async () => {
    const { application } = await services.createApplication({
      fields: { company: 'Acme Robotics', role: 'Engineer', appliedAt: '2026-10-28', stage: 'applied', notes: '' }
    })
    now = Date.parse('2026-11-05T10:00:00Z')
    await services.saveInterview({
      applicationId: application.id,
      interview: { startsAt: '2026-11-10T15:00:00Z', durationMinutes: 45, kind: 'video', contactIds: [], topics: '', timelineGiven: false }
    })
    now = Date.parse('2026-11-20T10:00:00Z')
    await services.setStage({ id: application.id, stage: 'rejected' })
    await services.setStage({ id: application.id, stage: 'rejected' }) // no change, no entry
    services.dispose()
    services = open()
    const { application: after } = await services.getApplication({ id: application.id })
    expect(stagesOf(after)).toEqual(['applied@2026-10-28', 'interviewing@2026-11-05', 'rejected@2026-11-20'])
    expect(after.stageHistory.every((h) => !h.inferred)).toBe(true)
  })

  it('records a stage changed from the edit form and from an import', async () => {
    const { application } = await services.createApplication({ fields: { company: 'Kestrel', role: '', stage: 'interested', notes: '' } })
    now = Date.parse('2026-11-03T09:00:00Z')
    await services.updateApplication({ id: application.id, fields: { stage: 'applied', appliedAt: '2026-11-03' } })
    now = Date.parse('2026-11-04T09:00:00Z')
    await services.importData({
      format: 'json',
      content: JSON.stringify({ applications: [{ id: application.id, company: 'Kestrel', status: 'offer' }] })
    })
    const { application: after } = await services.getApplication({ id: application.id })
    expect(after.stageHistory.map((h) => h.stage)).toEqual(['interested', 'applied', 'offer'])
    expect(after.stageHistory[2].at).toBe('2026-11-04T09:00:00.000Z')
  })

  it('migrates older files: the history is worked out from the "Moved from … to …" entries', () => {
    mkdirSync(join(dir, 'applications'), { recursive: true })
    const old = {
      id: 'acme',
      company: 'Acme',
      stage: 'rejected',
      appliedAt: '2026-10-01',
      createdAt: '2026-10-01T08:00:00Z',
      updatedAt: '2026-10-20T08:00:00Z',
      events: [
        { id: 'e1', at: '2026-10-05T08:00:00Z', type: 'stage_changed', text: 'Moved from Applied to Interviewing' },
        { id: 'e2', at: '2026-10-20T08:00:00Z', type: 'stage_changed', text: 'Moved from Interviewing to Rejected' }
      ]
    }
    writeFileSync(join(dir, 'applications', 'acme.json'), JSON.stringify({ schemaVersion: 1, data: old }))
    const store = openStore(dir)
    const app = store.applications.get('acme')!
    expect(stagesOf(app)).toEqual(['applied@2026-10-01', 'interviewing@2026-10-05', 'rejected@2026-10-20'])
    expect(app.stageHistory.every((h) => h.inferred)).toBe(true)
    expect(store.warnings).toEqual([])
    store.close()
  })

  it('migrates older files without stage entries from the evidence: interviews, an offer by mail', () => {
    const app = Application.parse({
      id: 'x',
      company: 'Northwind',
      stage: 'accepted',
      appliedAt: '2026-09-01',
      createdAt: '2026-09-02T08:00:00Z',
      updatedAt: '2026-10-30T08:00:00Z',
      interviews: [{ id: 'i1', startsAt: '2026-09-15T14:00:00Z', durationMinutes: 30 }],
      events: [
        { id: 'm1', at: '2026-10-10T08:00:00Z', type: 'message', message: { messageId: '<1@x>', direction: 'in', category: 'offer' } }
      ]
    })
    expect(inferStageHistory(app).map((h) => `${h.stage}@${h.at.slice(0, 10)}`)).toEqual([
      'applied@2026-09-01',
      'interviewing@2026-09-15',
      'offer@2026-10-10',
      'accepted@2026-10-30'
    ])
  })

  it('saves migrated files in the new format on their next write, and keeps the history', async () => {
    mkdirSync(join(dir, 'applications'), { recursive: true })
    writeFileSync(
      join(dir, 'applications', 'old.json'),
      JSON.stringify({
        schemaVersion: 1,
        data: {
          id: 'old',
          company: 'Old Co',
          stage: 'applied',
          appliedAt: '2026-10-01',
          createdAt: '2026-10-01T08:00:00Z',
          updatedAt: '2026-10-01T08:00:00Z'
        }
      })
    )
    services.dispose()
    services = open()
    now = Date.parse('2026-11-10T08:00:00Z')
    await services.setStage({ id: 'old', stage: 'closed' })
    const file = JSON.parse(readFileSync(join(dir, 'applications', 'old.json'), 'utf8'))
    expect(file.schemaVersion).toBe(2)
    expect(file.data.stageHistory.map((h: { stage: string }) => h.stage)).toEqual(['applied', 'closed'])
  })

  it('appends only when the stage differs from the last one recorded', () => {
    const base = Application.parse({
      id: 'a',
      company: 'A',
      stage: 'applied',
      createdAt: '2026-11-01T08:00:00Z',
      updatedAt: '2026-11-01T08:00:00Z',
      stageHistory: [{ stage: 'applied', at: '2026-11-01T08:00:00Z' }]
    })
    expect(stageHistoryAfter(base)).toBe(base.stageHistory)
    expect(stageHistoryAfter({ ...base, stage: 'offer', updatedAt: '2026-11-09T08:00:00Z' }).map((h) => h.stage)).toEqual([
      'applied',
      'offer'
    ])
  })
})
