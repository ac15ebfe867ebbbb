import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventHub } from '../../src/main/server/event-hub'
import { startBrowserServer, type BrowserServer } from '../../src/main/server/http-bridge'
import { createServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { tempDataDir } from '../support/temp-dir'

let server: BrowserServer
let cleanup: () => void

interface Reply {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}
function call(
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method, headers: { Host: `127.0.0.1:${server.port}`, ...headers } },
      (res) => {
        let data = ''
        res.on('data', (d) => (data += d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }))
      }
    )
    req.on('error', reject)
    if (body) req.write(body)
    req.end()
  })
}
const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  call(`/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(input)
  })

beforeAll(async () => {
  const tmp = tempDataDir()
  cleanup = tmp.cleanup
  const rendererDir = join(tmp.dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Afterview</title>')
  writeFileSync(join(tmp.dir, 'outside.txt'), 'a file next to the window folder, never served')
  const hub = new EventHub()
  const services = createServices({ store: openStore(join(tmp.dir, 'data')), mode: 'browser', version: 'test', emit: hub.emit })
  server = await startBrowserServer({ services, hub, rendererDir })
})
afterAll(async () => {
  await server.close()
  cleanup()
})

describe('browser mode server', () => {
  it('listens on loopback only and prints a URL with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/)
  })

  it('serves the page for the printed link and sets no cookie holding the token', async () => {
    const res = await call(`/?token=${server.token}`)
    expect(res.status).toBe(200)
    expect(res.body).toContain('<title>Afterview</title>')
    expect(String(res.headers['set-cookie'] ?? '')).not.toContain(server.token)
    const page = await call('/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
  })

  it('redirects a link with a crafted path to "/" of this server, never elsewhere', async () => {
    for (const path of ['/.//evil.example', '//evil.example', '/%2F%2Fevil.example', '/\\evil.example', '/settings']) {
      const res = await call(`${path}?token=${server.token}`)
      expect(res.status, path).toBe(302)
      expect(res.headers.location, path).toBe(`/?token=${server.token}`)
    }
  })

  it('refuses the API without the token, with a wrong one, or with only the cookie', async () => {
    expect((await call('/?token=wrong')).status).toBe(401)
    expect((await api('getOverview', {}, { Authorization: '' })).status).toBe(401)
    expect((await api('getOverview', {}, { Authorization: 'Bearer wrong' })).status).toBe(401)
    const cookieOnly = await api('getOverview', {}, { Authorization: '', Cookie: `afterview_token=${server.token}` })
    expect(cookieOnly.status).toBe(401)
    expect(JSON.parse(cookieOnly.body).error.message).toMatch(/link/)
    expect((await api('getOverview', {})).status).toBe(200)
  })

  it('opens the event stream only with a one-time ticket bought with the token', async () => {
    expect((await call('/api/events')).status).toBe(401)
    expect((await call('/api/events/ticket', { method: 'POST', headers: { Cookie: `afterview_token=${server.token}` } })).status).toBe(401)
    const { ticket } = JSON.parse(
      (await call('/api/events/ticket', { method: 'POST', headers: { Authorization: `Bearer ${server.token}` } })).body
    )
    expect(ticket).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const first = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: `/api/events?ticket=${ticket}`, headers: { Host: `127.0.0.1:${server.port}` } },
        (res) => {
          resolve(res.statusCode ?? 0)
          req.destroy()
        }
      )
      req.on('error', reject)
      req.end()
    })
    expect(first).toBe(200)
    expect((await call(`/api/events?ticket=${ticket}`)).status).toBe(401)
  })

  it('takes about 1 MB per call, more only for an import', async () => {
    const big = 'x'.repeat(1_200_000)
    const refused = await api('createApplication', { fields: { company: 'Acme', role: big } })
    expect(refused.status).toBe(413)
    expect(JSON.parse(refused.body).error.message).toMatch(/too large/)
    // A backup file carrying a large field the import does not know (and ignores).
    const file = JSON.stringify({ applications: [{ company: 'Initech', role: 'Engineer', exportedBy: big }] })
    const imported = await api('importData', { format: 'json', content: file })
    expect(imported.status).toBe(200)
    expect(JSON.parse(imported.body).ok).toBe(true)
  })

  it('refuses another Host (DNS rebinding) even with the token', async () => {
    const res = await call('/', { headers: { Host: 'evil.example:80', Authorization: `Bearer ${server.token}` } })
    expect(res.status).toBe(403)
  })

  it('refuses a request from another origin even with the cookie', async () => {
    const res = await api('getOverview', {}, { Origin: 'http://evil.example' })
    expect(res.status).toBe(403)
  })

  it('answers API calls with the same envelope as IPC, validating input', async () => {
    const ok = JSON.parse((await api('createApplication', { fields: { company: 'Acme Robotics', role: 'Engineer' } })).body)
    expect(ok.ok).toBe(true)
    expect(ok.value.application.company).toBe('Acme Robotics')
    const bad = JSON.parse((await api('createApplication', { fields: { company: '' } })).body)
    expect(bad).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Company is empty.', fields: { 'fields.company': 'Company is empty' } }
    })
    const unknown = JSON.parse((await api('deleteEverything', {})).body)
    expect(unknown.ok).toBe(false)
  })

  it('does not serve files outside the window folder', async () => {
    // The page needs no token; a file inside is served: the refusals below are about the path.
    expect((await call('/index.html')).body).toContain('<title>Afterview</title>')
    for (const path of ['/..%2foutside.txt', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/outside.txt']) {
      const res = await call(path)
      expect({ path, status: res.status, body: res.body }).toEqual({ path, status: 404, body: 'Not found.' })
    }
  })
})
