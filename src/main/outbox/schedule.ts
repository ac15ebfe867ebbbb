/**
 * When "send later" sends: the next business morning at 9:00 in the user's time zone,
 * and the words for it ("Send tomorrow at 9:00", "Send Monday at 9:00"). Before 9:00 on a
 * weekday that is this morning ("Send this morning at 9:00"): at 3 a.m., "tomorrow" is
 * read as the morning ahead, and the next day's would send a thank-you a day late.
 */
import { addBusinessDays, dateAtLocalHour, DAY, formatClock, isWeekend, localDate, toWallTime } from '../../shared/core/time'

export const MORNING_HOUR = 9

export function nextBusinessMorning(now: number, timeZone: string): { at: number; label: string } {
  const clock = (at: number) => formatClock(at, timeZone).replace(/^0/, '')
  const thisMorning = dateAtLocalHour(localDate(now, timeZone), MORNING_HOUR, timeZone)
  if (now < thisMorning && toWallTime(now, timeZone).hour < MORNING_HOUR && !isWeekend(now, timeZone))
    return { at: thisMorning, label: `Send this morning at ${clock(thisMorning)}` }
  const at = dateAtLocalHour(localDate(addBusinessDays(now, 1, timeZone), timeZone), MORNING_HOUR, timeZone)
  const tomorrow = localDate(now + DAY, timeZone) === localDate(at, timeZone)
  const day = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long' }).format(new Date(at))
  return { at, label: `Send ${tomorrow ? 'tomorrow' : day} at ${clock(at)}` }
}

/** "Tue 9:00" — for "This thank-you was scheduled for Tue 9:00 …". */
export function shortDayTime(ms: number, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(new Date(ms))
  return `${day} ${formatClock(ms, timeZone).replace(/^0/, '')}`
}
