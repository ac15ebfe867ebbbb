/**
 * Who may call browser mode's API. Browsers send cookies for 127.0.0.1 to every port on
 * it, so a cookie would hand the token to any other local web server the user visits.
 * Instead the page holds the token (from the printed link) and sends it in the
 * Authorization header, which a browser never adds by itself; the event stream, which
 * cannot carry headers, opens with a one-time ticket bought with the token.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** How long a ticket for the event stream stays valid if unused. */
export const TICKET_LIFETIME_MS = 30_000

export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function bearerOf(req: IncomingMessage): string | undefined {
  return /^Bearer ([A-Za-z0-9_-]+)$/.exec(req.headers.authorization ?? '')?.[1]
}

export class EventTickets {
  private readonly open = new Map<string, number>()

  constructor(private readonly now: () => number = Date.now) {}

  issue(): string {
    const t = this.now()
    for (const [ticket, expires] of this.open) if (expires <= t) this.open.delete(ticket)
    const ticket = randomBytes(24).toString('base64url')
    this.open.set(ticket, t + TICKET_LIFETIME_MS)
    return ticket
  }

  /** True once per issued ticket, within its lifetime. */
  redeem(ticket: string | null): boolean {
    if (!ticket) return false
    const expires = this.open.get(ticket)
    if (expires === undefined) return false
    this.open.delete(ticket)
    return expires > this.now()
  }
}

/** The largest request body each API method takes: about 1 MB, more only for importing a file. */
export function bodyLimitOf(method: string): number {
  return method === 'importData' ? 64 * 1024 * 1024 : 1024 * 1024
}
