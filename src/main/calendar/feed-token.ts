/**
 * The calendar subscription's secret: a long random token per data folder, kept in
 * `calendar-feed-token` (readable by the user only). A calendar app cannot send the
 * browser-mode access token in a header, so the subscription address carries this one
 * in its path instead; it grants read-only access to the .ics and nothing else.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileSync } from 'atomically'

const FILE = 'calendar-feed-token'
const SHAPE = /^[A-Za-z0-9_-]{43}$/

export const calendarFeedPath = (token: string) => `/calendar/${token}/afterview.ics`

function write(dataDir: string): string {
  const token = randomBytes(32).toString('base64url')
  writeFileSync(join(dataDir, FILE), token, { mode: 0o600, fsync: true })
  return token
}

/** This data folder's token, made on first use. */
export function calendarFeedToken(dataDir: string): string {
  try {
    const token = readFileSync(join(dataDir, FILE), 'utf8').trim()
    if (SHAPE.test(token)) return token
  } catch {
    /* none yet */
  }
  return write(dataDir)
}

/** Replaces the token: every existing subscription address stops working. */
export function resetCalendarFeedToken(dataDir: string): string {
  return write(dataDir)
}

/** Is `given` this folder's token? Constant time. */
export function isCalendarFeedToken(dataDir: string, given: string): boolean {
  const token = calendarFeedToken(dataDir)
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
