/**
 * Browser mode: serves the built renderer and the API to a browser on 127.0.0.1 only.
 * Every request needs the per-run token (from the printed URL, then an HttpOnly,
 * SameSite=Strict cookie, or an Authorization: Bearer header); the Host header must name
 * this loopback server (DNS rebinding) and a cross-origin Origin is refused. API calls
 * are `POST /api/<method>` generated from the shared API definition; events stream over
 * Server-Sent Events at `GET /api/events`.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { dispatch, type Services } from '../../shared/api'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { logUnexpected } from '../log'
import type { EventHub } from './event-hub'
import { answerCalendarFeed, type CalendarFeedSource } from './calendar-feed'

const COOKIE = 'afterview_token'
const MAX_BODY = 60 * 1024 * 1024
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2'
}

export interface BrowserServerOptions {
  services: Services
  hub: EventHub
  rendererDir: string
  port?: number
  token?: string
  /** The subscribable calendar, authorised by its own token in the path (calendar-feed.ts). */
  calendarFeed?: CalendarFeedSource
}

export interface BrowserServer {
  url: string
  port: number
  token: string
  server: Server
  close(): Promise<void>
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === COOKIE) return v.join('=')
  }
  return undefined
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...securityHeaders, ...extra })
  res.end(body)
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Error('too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`])

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Afterview could not answer that request.')
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 403, 'Forbidden: Afterview only answers on its own loopback address.')
    const origin = req.headers.origin
    if (origin !== undefined && !allowedOrigins().has(origin)) return send(res, 403, 'Forbidden: requests from other sites are refused.')
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
    if (answerCalendarFeed(req, res, url.pathname, options.calendarFeed, securityHeaders)) return

    const fromUrl = url.searchParams.get('token') ?? undefined
    if (fromUrl !== undefined && req.method === 'GET' && !url.pathname.startsWith('/api/')) {
      if (!sameToken(fromUrl, token)) return send(res, 401, 'This link is not valid for this run of Afterview. Use the link that `afterview serve` printed.')
      return send(res, 302, '', 'text/plain', { Location: url.pathname, 'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` })
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!sameToken(cookieToken(req) ?? bearer, token)) {
      return send(res, 401, 'Afterview needs the link with its access token. Open the address that `afterview serve` printed in your terminal.')
    }

    if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(req, res)
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST.', 'text/plain', { Allow: 'POST' })
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON.')
      let input: unknown
      try {
        const body = await readBody(req)
        input = body ? JSON.parse(body) : undefined
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request could not be read.' } }), 'application/json')
      }
      const envelope = await dispatch(options.services, decodeURIComponent(url.pathname.slice(5)), input, logUnexpected)
      return send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.')
    return serveStatic(url.pathname, res)
  }

  function streamEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', ...securityHeaders })
    res.write(': connected\n\n')
    const unsubscribe = options.hub.subscribe((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
    })
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000)
    req.on('close', () => {
      clearInterval(keepAlive)
      unsubscribe()
    })
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const root = normalize(options.rendererDir)
    let path = normalize(join(root, decodeURIComponent(pathname)))
    if (path !== root && !path.startsWith(root + sep)) return send(res, 404, 'Not found.')
    if (path === root || pathname.endsWith('/')) path = join(root, 'index.html')
    let body: Buffer
    try {
      body = await readFile(path)
    } catch {
      // Client-side routes fall back to the app shell.
      if (extname(pathname)) return send(res, 404, 'Not found.')
      try {
        body = await readFile(join(root, 'index.html'))
        path = join(root, 'index.html')
      } catch {
        return send(res, 500, 'The window has not been built. Run `npm run build` first.')
      }
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...securityHeaders })
    res.end(body)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  }
}
