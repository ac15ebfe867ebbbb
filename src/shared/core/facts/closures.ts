/**
 * Days the office says it is closed ("our office will remain closed on 9th and 10th November on account of Deepavali",
 * "unser Büro ist am 9. und 10. November geschlossen"): a count of working days passes over them too, as it does over
 * the public holidays the calendar knows.
 */
import { BUSINESS, UNITS } from './words'
import { addBusinessDays } from './public-holidays'
import { weekdayOf, type DayNumber } from './day-number'
import type { NamedDays } from './anchor'

const CLOSED = new Set(
  `closed shut geschlossen fermé fermée fermés fermées cerrado cerrada cerrados cerradas chiuso chiusa chiusi chiuse
  gesloten fechado fechada fechados fechadas stängt stängda lukket stengt suljettu suljettuna zamknięte zamknięty nieczynne`.split(/\s+/)
)
/** …said of the office ("applications closed on the 9th" is the closing date, not a day off). */
const OFFICE = new Set(
  `office offices büro büros geschäftsstelle oficina oficinas bureau bureaux ufficio uffici kantoor kantoren escritório escritórios escritorio
  kontor kontoret kontorer toimisto biuro`.split(/\s+/)
)

/** The mail says something is closed at all (one scan of its text, before any sentence is read for days). */
const CLOSED_TEXT = /closed|shut|geschlossen|ferm[ée]|cerrad|chius|gesloten|fechad|stängd|stängt|lukket|stengt|suljettu|zamknięt|nieczynne/i
export const mayBeClosed = (text: string): boolean => CLOSED_TEXT.test(text)

/** "within 7 working days", "innerhalb von 5 Werktagen", "en un plazo de 10 días hábiles": a count of working days. */
export function countsWorkingDays(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const unit = UNITS.get(tokens[k])
    if (unit === 'business_day' || (unit !== undefined && (BUSINESS.has(tokens[k + 1] ?? '') || BUSINESS.has(tokens[k - 1] ?? ''))))
      return true
  }
  return false
}

/** `day`, a count of working days from `today`, moved on by the weekdays up to it the mail says the office is closed. */
export function pastClosedDays(named: readonly NamedDays[], today: DayNumber, day: DayNumber): DayNumber {
  const closed = new Set<DayNumber>()
  for (const s of named) {
    if (!s.tokens.some((t) => CLOSED.has(t)) || !s.tokens.some((t) => OFFICE.has(t))) continue
    for (const m of s.mentions) {
      const weekday = weekdayOf(m.day)
      if (m.day > today && m.day <= day && weekday !== 0 && weekday !== 6) closed.add(m.day)
    }
  }
  return closed.size === 0 ? day : addBusinessDays(day, closed.size)
}
