/**
 * When notifications are held: quiet hours (a nightly window and, optionally, weekends,
 * in the user's time zone) and "Pause reminders for 1 hour". Pure.
 */
import type { ReminderSettings } from '../../shared/model'
import { DAY, fromWallTime, isWeekend, toWallTime } from '../../shared/core/time'

type QuietSettings = Pick<ReminderSettings, 'quietHoursStart' | 'quietHoursEnd' | 'quietWeekends' | 'pausedUntil'>

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

export function isQuiet(ms: number, s: QuietSettings, timeZone: string): boolean {
  if (s.quietWeekends && isWeekend(ms, timeZone)) return true
  const start = minutesOf(s.quietHoursStart)
  const end = minutesOf(s.quietHoursEnd)
  if (start === end) return false
  const w = toWallTime(ms, timeZone)
  const m = w.hour * 60 + w.minute
  return start < end ? m >= start && m < end : m >= start || m < end
}

/** The first moment after `ms` that is not quiet: the end of the nightly window or of the weekend. */
function quietEnd(ms: number, s: QuietSettings, timeZone: string): number {
  const end = minutesOf(s.quietHoursEnd)
  const today = toWallTime(ms, timeZone)
  const candidates: number[] = []
  for (let d = 0; d <= 4; d++) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + d))
    const wall = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), second: 0 }
    candidates.push(fromWallTime({ ...wall, hour: Math.floor(end / 60), minute: end % 60 }, timeZone))
    candidates.push(fromWallTime({ ...wall, hour: 0, minute: 0 }, timeZone))
  }
  const found = candidates
    .filter((c) => c > ms)
    .sort((a, b) => a - b)
    .find((c) => !isQuiet(c, s, timeZone))
  return found ?? ms + DAY
}

export type HoldReason = 'paused' | 'quiet_hours'

/** Until when notifications are held at `now`, and why; undefined when they may go out. */
export function holdUntil(now: number, s: QuietSettings, timeZone: string): { until: number; reason: HoldReason } | undefined {
  let t = now
  let reason: HoldReason | undefined
  for (let i = 0; i < 4; i++) {
    const paused = s.pausedUntil ? Date.parse(s.pausedUntil) : NaN
    if (paused > t) {
      t = paused
      reason ??= 'paused'
      continue
    }
    if (isQuiet(t, s, timeZone)) {
      t = quietEnd(t, s, timeZone)
      reason ??= 'quiet_hours'
      continue
    }
    break
  }
  return reason ? { until: t, reason } : undefined
}
