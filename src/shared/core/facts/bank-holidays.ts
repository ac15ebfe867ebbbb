/**
 * "After the bank holiday weekend", "before the bank holiday": the British and Irish Monday bank holidays, which make a
 * long weekend (not the Christmas holidays that "after the holidays" means). Pure arithmetic on day numbers.
 */
import { nthWeekday, yearOf, type DayNumber } from './day-number'
import { easterSunday } from './seasons'

const MONDAY = 1

/** Every Monday bank holiday of the year in the UK or Ireland (one list: the writer's country is not known). */
function mondaysOf(year: number): DayNumber[] {
  return [
    nthWeekday(year, 2, MONDAY, 1), // Ireland, St Brigid's
    easterSunday(year) + 1,
    nthWeekday(year, 5, MONDAY, 1),
    nthWeekday(year, 5, MONDAY, -1), // UK, spring
    nthWeekday(year, 6, MONDAY, 1), // Ireland
    nthWeekday(year, 8, MONDAY, 1), // Ireland, Scotland
    nthWeekday(year, 8, MONDAY, -1), // UK, summer
    nthWeekday(year, 10, MONDAY, -1) // Ireland, October
  ]
}

/** The next Monday bank holiday from `today` on, when one comes within six weeks. */
export function nextBankHoliday(today: DayNumber): DayNumber | undefined {
  const year = yearOf(today)
  const next = [...mondaysOf(year), ...mondaysOf(year + 1)].filter((d) => d >= today).sort((a, b) => a - b)[0]
  return next !== undefined && next - today <= 42 ? next : undefined
}
