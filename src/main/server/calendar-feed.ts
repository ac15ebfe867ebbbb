/**
 * Browser mode's subscribable calendar: `GET /calendar/<calendar token>/afterview.ics`.
 * A calendar app cannot send the access token in a header or cookie, so this one address
 * is authorised by the data folder's calendar token in its path instead (see
 * calendar/feed-token.ts). It answers only that address, read-only, with the .ics.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

export interface CalendarFeedSource {
  /** Is this the data folder's calendar token? */
  isToken(given: string): boolean
  /** The calendar as it is now. */
  ics(): string
}

const FEED = /^\/calendar\/([A-Za-z0-9_-]{1,200})\/afterview\.ics$/

/** Answers the calendar address and returns true; false for any other path. */
export function answerCalendarFeed(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  source: CalendarFeedSource | undefined,
  headers: Record<string, string>
): boolean {
  const match = FEED.exec(pathname)
  if (!match || !source) return false
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD', ...headers })
    res.end('The calendar can only be read.')
    return true
  }
  if (!source.isToken(match[1])) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
    res.end('No calendar here. Copy the current calendar address from Afterview → Insights.')
    return true
  }
  const body = source.ics()
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'text/calendar; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Disposition': 'inline; filename="afterview.ics"'
  })
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}
