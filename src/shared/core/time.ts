/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl: business days,
 * calendar dates at a local hour, and short human wording. DST-safe: a local time is
 * kept across a change of offset (09:00 stays 09:00).
 */

export const HOUR = 3_600_000
export const DAY = 24 * HOUR

/** ISO 8601 in UTC without a zero millisecond part: 2026-11-19T15:45:00Z. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}

export interface WallTime {
  year: number
  month: number // 1-12
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(timeZone, f)
  }
  return f
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** The zone to use: the configured one when valid, else the computer's. */
export function resolveTimeZone(configured: string | undefined): string {
  if (configured) {
    try {
      partsFormatter(configured)
      return configured
    } catch {
      /* an unknown zone name falls back to the computer's */
    }
  }
  return systemTimeZone()
}

export function isValidTimeZone(name: string): boolean {
  try {
    partsFormatter(name)
    return true
  } catch {
    return false
  }
}

export function toWallTime(ms: number, timeZone: string): WallTime {
  const out: Record<string, number> = {}
  for (const p of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value)
  }
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute, second: out.second }
}

function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
}

/** The instant at which the clocks in `timeZone` show `w`. In a DST gap, the moment just after it. */
export function fromWallTime(w: WallTime, timeZone: string): number {
  const target = wallAsUtc(w)
  let guess = target
  for (let i = 0; i < 3; i++) {
    const offset = wallAsUtc(toWallTime(guess, timeZone)) - guess
    const next = target - offset
    if (next === guess) break
    guess = next
  }
  // In a gap (e.g. 02:30 on a spring-forward night) no instant shows `w`; keep the later reading.
  if (wallAsUtc(toWallTime(guess, timeZone)) !== target) {
    const later = target - (wallAsUtc(toWallTime(guess + HOUR, timeZone)) - (guess + HOUR))
    return Math.max(guess, later)
  }
  return guess
}

/** 0 = Sunday … 6 = Saturday, of a calendar day. */
function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

function shiftDays(w: WallTime, days: number): WallTime {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days))
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

export function isWeekend(ms: number, timeZone: string): boolean {
  const w = toWallTime(ms, timeZone)
  const wd = weekday(w.year, w.month, w.day)
  return wd === 0 || wd === 6
}

/**
 * `n` business days after `ms`, at the same local time of day. Saturdays and Sundays
 * are skipped; starting on a weekend, the first business day counted is the Monday.
 */
export function addBusinessDays(ms: number, n: number, timeZone: string): number {
  let w = toWallTime(ms, timeZone)
  let left = n
  while (left > 0) {
    w = shiftDays(w, 1)
    const wd = weekday(w.year, w.month, w.day)
    if (wd !== 0 && wd !== 6) left--
  }
  return fromWallTime(w, timeZone)
}

/** A calendar date (YYYY-MM-DD) at a local hour, as an instant. */
export function dateAtLocalHour(date: string, hour: number, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number)
  return fromWallTime({ year, month, day, hour, minute: 0, second: 0 }, timeZone)
}

/** The calendar date (YYYY-MM-DD) that `ms` falls on in `timeZone`. */
export function localDate(ms: number, timeZone: string): string {
  const w = toWallTime(ms, timeZone)
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>()
function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = dayFormatters.get(key)
  if (!f) {
    f = make()
    dayFormatters.set(key, f)
  }
  return f
}

/** "Wed, Nov 18" */
export function formatDay(ms: number, timeZone: string): string {
  return cached(`d|${timeZone}`, () => new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', month: 'short', day: 'numeric' })).format(new Date(ms))
}

/** "15:45" */
export function formatClock(ms: number, timeZone: string): string {
  return cached(`t|${timeZone}`, () => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).format(new Date(ms))
}

/** "Wed, Nov 18 at 15:45" */
export function formatDayTime(ms: number, timeZone: string): string {
  return `${formatDay(ms, timeZone)} at ${formatClock(ms, timeZone)}`
}

/** "in 5 h", "2 days ago", "now" — for due times. */
export function formatRelative(ms: number, now: number): string {
  const diff = ms - now
  const abs = Math.abs(diff)
  let amount: string
  if (abs < 60_000) return 'now'
  if (abs < HOUR) amount = `${Math.round(abs / 60_000)} min`
  else if (abs < DAY) amount = `${Math.round(abs / HOUR)} h`
  else {
    const days = Math.round(abs / DAY)
    amount = days === 1 ? '1 day' : `${days} days`
  }
  return diff > 0 ? `in ${amount}` : `${amount} ago`
}
