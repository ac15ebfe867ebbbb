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

let systemZone: string | undefined
/** The computer's zone (read once: creating a formatter costs more than planning an application). */
export function systemTimeZone(): string {
  return (systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC')
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

function wallFromParts(ms: number, timeZone: string): WallTime {
  const out: Record<string, number> = {}
  for (const p of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value)
  }
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute, second: out.second }
}

/**
 * UTC offsets by zone and quarter hour. Every zone's offset changes only on a quarter
 * hour, so one Intl call per zone and quarter hour is enough; planning thousands of
 * applications then costs plain arithmetic instead of thousands of formatToParts calls.
 */
const QUARTER = 15 * 60_000
const offsets = new Map<string, Map<number, number>>()
function offsetAt(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone)
  if (!zone) offsets.set(timeZone, (zone = new Map()))
  const bucket = Math.floor(ms / QUARTER)
  let offset = zone.get(bucket)
  if (offset === undefined) {
    const start = bucket * QUARTER
    offset = wallAsUtc(wallFromParts(start, timeZone)) - start
    if (zone.size > 50_000) zone.clear()
    zone.set(bucket, offset)
  }
  return offset
}

export function toWallTime(ms: number, timeZone: string): WallTime {
  const d = new Date(ms + offsetAt(ms, timeZone))
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds()
  }
}

function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
}

/** The instant at which the clocks in `timeZone` show `w`. In a DST gap, the moment just after it. */
export function fromWallTime(w: WallTime, timeZone: string): number {
  const target = wallAsUtc(w)
  // The offset an hour either side of the target covers both readings around a change.
  const first = target - offsetAt(target, timeZone)
  if (target - first === offsetAt(first, timeZone)) return first
  const second = target - offsetAt(first, timeZone)
  if (target - second === offsetAt(second, timeZone)) return second
  // In a gap (e.g. 02:30 on a spring-forward night) no instant shows `w`; take the later reading.
  return Math.max(first, second)
}

/** 0 = Sunday … 6 = Saturday, of a calendar day. */
function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
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
  const w = toWallTime(ms, timeZone)
  // Count on day numbers: day 0 (1970-01-01) was a Thursday.
  let day = Math.floor(Date.UTC(w.year, w.month - 1, w.day) / DAY)
  let left = n
  while (left > 0) {
    day++
    const wd = (day + 4) % 7
    if (wd !== 0 && wd !== 6) left--
  }
  const d = new Date(day * DAY)
  return fromWallTime({ ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, timeZone)
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

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "Wed, Nov 18" */
export function formatDay(ms: number, timeZone: string): string {
  const w = toWallTime(ms, timeZone)
  return `${WEEKDAYS[weekday(w.year, w.month, w.day)]}, ${MONTH_NAMES[w.month - 1]} ${w.day}`
}

/** "15:45" */
export function formatClock(ms: number, timeZone: string): string {
  const w = toWallTime(ms, timeZone)
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`
}

/** "Wed, Nov 18 at 15:45" */
export function formatDayTime(ms: number, timeZone: string): string {
  return `${formatDay(ms, timeZone)} at ${formatClock(ms, timeZone)}`
}

/** "45 min", "5 h", "1 day", "3 days": a length of time as people say it. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms)
  if (abs < HOUR) return `${Math.max(1, Math.round(abs / 60_000))} min`
  if (abs < DAY) return `${Math.round(abs / HOUR)} h`
  const days = Math.round(abs / DAY)
  return days === 1 ? '1 day' : `${days} days`
}

/**
 * How far away an instant is, as people count it: "45 min" and "5 h" within a day, then calendar days
 * ("due Mon, Dec 14" seen on Fri, Dec 4 at 21:30 is "10 days" away, not the 9.5 days of elapsed time).
 * Days are counted in timeZone, or in the local zone without one.
 */
export function formatSpan(ms: number, now: number, timeZone?: string): string {
  if (Math.abs(ms - now) < DAY) return formatDuration(ms - now)
  const date = (t: number): number => {
    if (timeZone) {
      const w = toWallTime(t, timeZone)
      return Date.UTC(w.year, w.month - 1, w.day)
    }
    const d = new Date(t)
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())
  }
  const days = Math.abs(Math.round((date(ms) - date(now)) / DAY))
  return days === 1 ? '1 day' : `${days} days`
}

/** "in 5 h", "10 days ago", "now" — for due times. */
export function formatRelative(ms: number, now: number, timeZone?: string): string {
  const diff = ms - now
  if (Math.abs(diff) < 60_000) return 'now'
  return diff > 0 ? `in ${formatSpan(ms, now, timeZone)}` : `${formatSpan(ms, now, timeZone)} ago`
}
