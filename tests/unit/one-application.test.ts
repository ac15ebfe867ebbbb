/**
 * One application per real application, and one owner of application writes: accepting
 * "Track this application" for a company and role already tracked attaches the mail there
 * (a new one only on request); re-importing updates instead of duplicating; every write
 * takes its time from the injected clock.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import type { Proposal } from '../../src/shared/api'
import { tempDataDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
const now = Date.parse('2026-11-18T12:00:00Z')
let services: AppServices

beforeEach(() => {
  ;({ dir, cleanup } = tempDataDir())
  services = createServices({ store: openStore(dir), mode: 'browser', version: 'test', now: () => now, emit: () => {} })
})
afterEach(() => {
  services.dispose()
  cleanup()
})

async function trackProposal(id: string, company: string, role: string, messageId: string): Promise<void> {
  const proposal: Proposal = {
    id,
    kind: 'track_application',
    status: 'open',
    fields: { company, role },
    evidence: 'Thanks for applying',
    reasons: [],
    category: 'acknowledgement',
    confidence: 0.95,
    autoApplicable: true,
    message: {
      messageId,
      from: 'Acme Careers <no-reply@greenhouse.io>',
      subject: `Thanks for applying to ${company}`,
      date: '2026-11-10T09:00:00.000Z'
    },
    createdAt: '2026-11-10T09:00:00.000Z',
    autoApplied: false
  }
  await services.mail.ctx.store.proposals.create(proposal)
}

describe('one application per real application', () => {
  it('accepting "Track" for a company and role already tracked attaches the mail to it; a new one only on request', async () => {
    const existing = (
      await services.createApplication({ fields: { company: 'Acme Robotics', role: 'Data Engineer', stage: 'applied', notes: '' } })
    ).application
    await trackProposal('p-1', 'Acme Robotics Inc.', 'data engineer', '<Ack-1@greenhouse.io>')
    const result = await services.acceptProposal({ id: 'p-1' })
    expect(result.applicationId).toBe(existing.id)
    expect(services.mail.ctx.store.applications.all()).toHaveLength(1)
    const app = (await services.getApplication({ id: existing.id })).application
    expect(app.events.find((e) => e.message)?.message).toMatchObject({ messageId: '<Ack-1@greenhouse.io>', category: 'acknowledgement' })
    expect(app.updatedAt).toBe(new Date(now).toISOString())

    await trackProposal('p-2', 'Acme Robotics', 'Data Engineer', '<Ack-2@greenhouse.io>')
    const separate = await services.acceptProposal({ id: 'p-2', fields: { newApplication: true } })
    expect(separate.applicationId).not.toBe(existing.id)
    expect(services.mail.ctx.store.applications.all()).toHaveLength(2)
  })

  it('a different role at the same company is a new application', async () => {
    await services.createApplication({ fields: { company: 'Acme Robotics', role: 'Data Engineer', stage: 'applied', notes: '' } })
    await trackProposal('p-3', 'Acme Robotics', 'Firmware Engineer', '<Ack-3@greenhouse.io>')
    await services.acceptProposal({ id: 'p-3' })
    expect(
      services.mail.ctx.store.applications
        .all()
        .map((a) => a.role)
        .sort()
    ).toEqual(['Data Engineer', 'Firmware Engineer'])
  })

  it('re-importing the same CSV updates instead of duplicating (same company, role and applied date)', async () => {
    const csv =
      'company,role,applied date,status,contact name,email\nAcme Robotics,Data Engineer,2026-10-01,applied,Dana Whitfield,dana@acme.test\nKestrel Harbor,Analyst,2026-10-03,interviewing,,\n'
    const first = await services.importData({ format: 'csv', content: csv })
    expect(first).toMatchObject({ imported: 2, updated: 0 })
    const second = await services.importData({ format: 'csv', content: csv.replace('interviewing', 'offer') })
    expect(second).toMatchObject({ imported: 0, updated: 2 })
    expect(second.applicationIds.sort()).toEqual(first.applicationIds.sort())
    const apps = services.mail.ctx.store.applications.all()
    expect(apps).toHaveLength(2)
    expect(apps.find((a) => a.company === 'Kestrel Harbor')?.stage).toBe('offer')
    expect(apps.find((a) => a.company === 'Acme Robotics')?.contacts).toHaveLength(1)
  })
})
