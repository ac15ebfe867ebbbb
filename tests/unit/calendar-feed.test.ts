import { request } from 'node:http'
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isCalendarFeedToken } from '../../src/main/calendar/feed-token'
import { EventHub } from '../../src/main/server/event-hub'
import { startBrowserServer, type BrowserServer } from '../../src/main/server/http-bridge'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { tempDataDir } from '../support/temp-dir'

let server: BrowserServer
let services: AppServices
let dataDir: string
let cleanup: () => void

function call(
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}
) {
  return new Promise<{ status: number; body: string; type?: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method, headers: { Host: `127.0.0.1:${server.port}`, ...headers } },
      (res) => {
        let data = ''
        res.on('data', (d) => (data += d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, type: res.headers['content-type'] }))
      }
    )
    req.on('error', reject)
    if (body) req.write(body)
    req.end()
  })
}

beforeAll(async () => {
  const tmp = tempDataDir()
  cleanup = tmp.cleanup
  const rendererDir = join(tmp.dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Afterview</title>')
  dataDir = join(tmp.dir, 'data')
  const hub = new EventHub()
  services = createServices({ store: openStore(dataDir), mode: 'browser', version: 'test', emit: hub.emit })
  server = await startBrowserServer({
    services,
    hub,
    rendererDir,
    calendarFeed: { isToken: (t) => isCalendarFeedToken(dataDir, t), ics: () => services.calendar() }
  })
  const { application } = await services.createApplication({
    fields: { company: 'Acme Robotics', role: 'Engineer', stage: 'applied', notes: '' }
  })
  await services.saveInterview({
    applicationId: application.id,
    interview: { startsAt: '2030-01-10T15:00:00Z', durationMinutes: 45, kind: 'video', contactIds: [], topics: '', timelineGiven: false }
  })
})
afterAll(async () => {
  await server.close()
  services.dispose()
  cleanup()
})

describe('the subscribable calendar in browser mode', () => {
  it("serves the .ics at the address with the data folder's calendar token, without the access token", async () => {
    const { path } = await services.getCalendarFeed(undefined)
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\/afterview\.ics$/)
    const res = await call(path!)
    expect(res.status).toBe(200)
    expect(res.type).toBe('text/calendar; charset=utf-8')
    const events = new ICAL.Component(ICAL.parse(res.body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events.map((e) => e.summary)).toContain('Interview: Acme Robotics — Engineer')
    expect(statSync(join(dataDir, 'calendar-feed-token')).mode & 0o077).toBe(0) // only the user can read it
  })

  it('refuses a wrong token, other methods, and grants nothing else with the calendar token', async () => {
    const { path } = await services.getCalendarFeed(undefined)
    const token = path!.split('/')[2]
    expect((await call(`/calendar/${'x'.repeat(43)}/afterview.ics`)).status).toBe(404)
    expect((await call(path!, { method: 'POST' })).status).toBe(405)
    const apiWithCalendarToken = await call('/api/getOverview', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Cookie: `afterview_token=${token}` },
      body: '{}'
    })
    expect(apiWithCalendarToken.status).toBe(401)
    expect((await call(`/?token=${token}`)).status).toBe(401)
  })

  it('keeps the Host check (DNS rebinding) for the calendar too', async () => {
    const { path } = await services.getCalendarFeed(undefined)
    expect((await call(path!, { headers: { Host: 'evil.example:80' } })).status).toBe(403)
  })

  it('a reset address replaces the old one', async () => {
    const { path: old } = await services.getCalendarFeed(undefined)
    const { path: fresh } = await services.resetCalendarFeed(undefined)
    expect(fresh).not.toBe(old)
    expect((await call(old!)).status).toBe(404)
    expect((await call(fresh!)).status).toBe(200)
  })
})
