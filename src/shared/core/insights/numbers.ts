/** Small numeric helpers for the Insights figures, and how the figures are written. */
import { toWallTime } from '../time'
import type { DaySpread } from './types'

const DAY_MS = 86_400_000

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS)
}

/** Day number of the local calendar day `ms` falls on in `timeZone`. */
export function localDayNumber(ms: number, timeZone: string): number {
  const w = toWallTime(ms, timeZone)
  return Math.round(Date.UTC(w.year, w.month - 1, w.day) / DAY_MS)
}

/** The Monday on or before day number `n`. */
export function mondayOf(n: number): number {
  return n - ((((n + 4) % 7) + 6) % 7)
}

export function dateOfDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

/** The Monday on or before `date`. */
export function weekStartOf(date: string): string {
  const n = dayNumber(date)
  const weekday = (n + 4) % 7 // 0 = Sunday; day 0 was a Thursday
  return dateOfDayNumber(n - ((weekday + 6) % 7))
}

/** The q-th quantile (0–1) of sorted numbers, linear between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}

const round1 = (n: number) => Math.round(n * 10) / 10

export function spreadOf(values: readonly number[]): DaySpread {
  if (values.length === 0) return { count: 0, median: null, p25: null, p75: null, min: null, max: null }
  const sorted = [...values].sort((a, b) => a - b)
  return {
    count: sorted.length,
    median: round1(quantile(sorted, 0.5)),
    p25: round1(quantile(sorted, 0.25)),
    p75: round1(quantile(sorted, 0.75)),
    min: sorted[0],
    max: sorted[sorted.length - 1]
  }
}

export const rateOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null)

/** "42%", or "—" when there is nothing to divide by. The page and the CLI both write rates this way. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`
}

/** "3 days", "1 day", "—". */
export function formatDays(days: number | null): string {
  if (days === null) return '—'
  return days === 1 ? '1 day' : `${days} days`
}
