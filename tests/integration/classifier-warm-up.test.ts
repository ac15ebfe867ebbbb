/**
 * The sync reads a few built-in mails with the classifier while the server opens a mailbox
 * (issue 14: its first use compiles its patterns). That warm-up must change nothing the
 * user sees: nothing filed, proposed or written, and a real reply is understood exactly as
 * without it. Once real mail has been classified, warming up stops.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { parseMessage } from '../../src/main/mail/parse-message'
import { textModelReady } from '../../src/shared/core/classifier'
import { tempDataDir } from '../support/temp-dir'
import { plainMail } from './review-mail'

const ME = 'jordan@candidate.test'
const DANA = { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' }
const NOW = Date.parse('2026-11-25T12:00:00Z')
const opened: Array<{ services: AppServices; cleanup: () => void; dir: string }> = []

async function open(): Promise<{ services: AppServices; dir: string; appId: string }> {
  const data = tempDataDir()
  const services = createServices({ store: openStore(data.dir), mode: 'browser', version: 'test', now: () => NOW, emit: () => {} })
  opened.push({ services, cleanup: data.cleanup, dir: data.dir })
  await services.updateSettings(parseInput('updateSettings', { planner: { timeZone: 'UTC' } }))
  const { application } = await services.createApplication(
    parseInput('createApplication', {
      fields: { company: 'Kestrel Harbor', role: 'Data Engineer', companyDomain: 'kestrelharbor.test', appliedAt: '2026-11-02' },
      contacts: [{ name: DANA.name, email: DANA.address }]
    })
  )
  return { services, dir: data.dir, appId: application.id }
}

/** Every file of the data folder with its content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8')
  }
  return out
}

const reply = () =>
  parseMessage(
    plainMail({
      from: DANA,
      to: ME,
      subject: 'Re: Data Engineer interview',
      body: 'Hi Jordan,\r\n\r\nThanks for coming in. We will let you know by Friday 4 December about next steps.\r\n\r\nDana',
      date: new Date(NOW - 3_600_000),
      messageId: '<reply-1@kestrelharbor.test>'
    })
  )

afterEach(() => {
  for (const o of opened.splice(0)) {
    o.services.dispose()
    o.cleanup()
  }
})

describe('classifier warm-up during the sync', () => {
  it('files, proposes and writes nothing', async () => {
    const { services, dir } = await open()
    const before = snapshot(dir)
    let steps = 0
    // This file's first test: nothing has read a mail in this module registry yet.
    expect(textModelReady(), 'the text model before the warm-up').toBe(false)
    while (services.mail.sync.filer.warmUpStep()) steps++
    expect(steps).toBeGreaterThan(0)
    // The sample mails do not reach the text model; its weights (about 10 ms) are a step of their own.
    expect(textModelReady(), 'the text model after the warm-up').toBe(true)
    expect(snapshot(dir)).toEqual(before)
    expect((await services.listProposals({ status: 'open' })).proposals).toEqual([])
  })

  it('a real reply is filed with the same category and facts as without it, and real mail ends the warm-up', async () => {
    const warmed = await open()
    const cold = await open()
    while (warmed.services.mail.sync.filer.warmUpStep());
    const filedOn = async (o: { services: AppServices; appId: string }) => {
      const message = await reply()
      const match = o.services.mail.sync.filer.match(message, [ME])
      expect(match?.applicationId).toBe(o.appId)
      await o.services.mail.sync.filer.file(match!, message, 'acct-1')
      const app = (await o.services.getApplication({ id: o.appId })).application
      return app.events.find((e) => e.message)!.message!
    }
    const a = await filedOn(warmed)
    const b = await filedOn(cold)
    expect(a.category).toBeDefined()
    expect(a.facts?.respondBy).toBe('2026-12-04')
    expect(a).toEqual(b)
    expect(cold.services.mail.sync.filer.warmUpStep()).toBe(false)
  })
})
