/**
 * Browser mode: serves the built renderer and the API to a browser on 127.0.0.1 only.
 * The page itself holds nothing secret and is served to anyone on this loopback address;
 * every API call needs the per-run token in an `Authorization: Bearer` header (see
 * access.ts: never a cookie, which the browser would also send to other local ports).
 * The printed link `/?token=T` serves the page, which takes the token and removes it from
 * the address bar (a link to another path redirects to `/?token=T`, always on this server). The Host header must name this loopback server
 * (DNS rebinding) and a cross-origin Origin is refused. API calls are
 * `POST /api/<method>` generated from the shared API definition; events stream over
 * Server-Sent Events at `GET /api/events?ticket=…`, with a one-time ticket from
 * `POST /api/events/ticket`.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { dispatch, type Services } from '../../shared/api'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { logUnexpected } from '../log'
import { bearerOf, bodyLimitOf, EventTickets, sameSecret } from './access'
import type { EventHub } from './event-hub'
import { answerCalendarFeed, type CalendarFeedSource } from './calendar-feed'

/** The cookie earlier versions kept the token in: cleared, never read. */
const OLD_COOKIE = 'afterview_token'
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2'
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

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {}
): void {
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

class TooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new TooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new TooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const refusal = (code: string, message: string) => JSON.stringify({ ok: false, error: { code, message } })

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const tickets = new EventTickets()
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
    // Prefixed, not resolved: a request path like "//elsewhere" must stay a path, never become a host.
    const url = new URL(`http://${req.headers.host}${(req.url ?? '/').startsWith('/') ? '' : '/'}${req.url ?? ''}`)
    if (answerCalendarFeed(req, res, url.pathname, options.calendarFeed, securityHeaders)) return

    const fromUrl = url.searchParams.get('token') ?? undefined
    if (fromUrl !== undefined && req.method === 'GET' && !url.pathname.startsWith('/api/')) {
      if (!sameSecret(fromUrl, token))
        return send(res, 401, 'This link is not valid for this run of Afterview. Use the link that `afterview serve` printed.')
      const clearOldCookie = { 'Set-Cookie': `${OLD_COOKIE}=; Max-Age=0; HttpOnly; SameSite=Strict; Path=/` }
      // Always to "/" of this server: the path came from outside and might read "//elsewhere".
      // Without a fragment in Location the browser keeps the link's own (#/settings/…).
      if (url.pathname !== '/') return send(res, 302, '', 'text/plain', { Location: `/?token=${token}`, ...clearOldCookie })
      return serveStatic('/', res, clearOldCookie)
    }

    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!tickets.redeem(url.searchParams.get('ticket'))) return send(res, 401, 'The event stream needs a fresh ticket.')
      return streamEvents(req, res)
    }
    if (url.pathname.startsWith('/api/')) {
      if (!sameSecret(bearerOf(req), token)) {
        return send(
          res,
          401,
          refusal(
            'forbidden',
            'Afterview needs the link with its access token. Open the address that `afterview serve` printed in your terminal.'
          ),
          'application/json; charset=utf-8'
        )
      }
      if (req.method !== 'POST') return send(res, 405, 'Use POST.', 'text/plain', { Allow: 'POST' })
      if (url.pathname === '/api/events/ticket')
        return send(res, 200, JSON.stringify({ ticket: tickets.issue() }), 'application/json; charset=utf-8')
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON.')
      let method: string
      try {
        method = decodeURIComponent(url.pathname.slice(5))
      } catch {
        return send(res, 404, 'Not found.')
      }
      let input: unknown
      try {
        const body = await readBody(req, bodyLimitOf(method))
        input = body ? JSON.parse(body) : undefined
      } catch (error) {
        if (error instanceof TooLarge) {
          res.setHeader('Connection', 'close')
          return send(
            res,
            413,
            refusal('invalid_input', 'That request is too large for Afterview to accept.'),
            'application/json; charset=utf-8'
          )
        }
        return send(res, 400, refusal('invalid_input', 'The request could not be read.'), 'application/json')
      }
      const envelope = await dispatch(options.services, method, input, logUnexpected)
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

  async function serveStatic(pathname: string, res: ServerResponse, extra: Record<string, string> = {}): Promise<void> {
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
    res.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...securityHeaders,
      ...extra
    })
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
