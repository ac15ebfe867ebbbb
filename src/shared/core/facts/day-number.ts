/** Calendar days as plain numbers: days since 1970-01-01 (day 0 was a Thursday). Shared by the date readers. */
export type DayNumber = number

export const DAY_MS = 86_400_000
export const weekdayOf = (day: DayNumber): number => (day + 4) % 7
export const dayOf = (year: number, month: number, date: number): DayNumber => Math.floor(Date.UTC(year, month - 1, date) / DAY_MS)
export const yearOf = (day: DayNumber): number => new Date(day * DAY_MS).getUTCFullYear()

/** The n-th given weekday (0 Sunday) of a month; n = -1 is the last. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): DayNumber {
  if (n < 0) {
    const last = dayOf(year, month + 1, 0)
    return last - ((weekdayOf(last) - weekday + 7) % 7)
  }
  const first = dayOf(year, month, 1)
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1)
}
