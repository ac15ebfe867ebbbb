/**
 * Dates as people write them in spreadsheets, read into YYYY-MM-DD. Unambiguous forms are
 * accepted whatever their style ("2026-11-22", "11/22/2026" since 22 is no month,
 * "22.11.2026", "Nov 22, 2026", "22 November 2026"). A date like 03/04/2026 follows the
 * date order the user chose; without one it is refused, naming both readings.
 */
import type { DateOrder } from '../model'

export type DateReading = string | { error: string; ambiguous?: true }

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const monthOf = (word: string): number | undefined => {
  const w = word.toLowerCase().replace(/\.$/, '')
  if (w.length < 3) return undefined
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'))
  return i >= 0 ? i + 1 : undefined
}
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y))
const pad = (n: number) => String(n).padStart(2, '0')
const longDate = (y: number, m: number, d: number, dayFirst: boolean) =>
  dayFirst ? `${d} ${cap(MONTHS[m - 1])} ${y}` : `${cap(MONTHS[m - 1])} ${d}, ${y}`
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function checkDate(y: number, mo: number, d: number, raw: string): DateReading {
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return { error: `"${raw}" is not a real date` }
  return `${y}-${pad(mo)}-${pad(d)}`
}

/** YYYY-MM-DD, or what is wrong with the value and how to write it instead. */
export function normalizeDate(value: string, order: DateOrder = ''): DateReading {
  const v = value.trim()
  // 2026-11-22, 2026/11/22, 2026.11.22, with an optional time after it
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(v)
  if (m) return checkDate(+m[1], +m[2], +m[3], v)
  // Nov 22, 2026 · November 22 2026 · Sun, Nov 22, 2026 · Nov-22-2026
  m = /^(?:[a-z]+\.?,?\s+)?([a-z]{3,}\.?)[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/i.exec(v)
  if (m && monthOf(m[1])) return checkDate(+m[3], monthOf(m[1])!, +m[2], v)
  // 22 Nov 2026 · 22. November 2026 · 22-Nov-2026
  m = /^(?:[a-z]+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?[\s-]+([a-z]{3,}\.?),?[\s-]+(\d{4})$/i.exec(v)
  if (m && monthOf(m[2])) return checkDate(+m[3], monthOf(m[2])!, +m[1], v)
  // 11/22/2026 · 22/11/2026 · 22.11.2026 · 03-04-26
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(v)
  if (m) {
    const [a, b, y] = [+m[1], +m[3], fullYear(m[4])]
    if (a > 12 && b > 12) return { error: `"${v}" is not a date: neither ${a} nor ${b} is a month; write it like 2026-11-22` }
    if (a > 12) return checkDate(y, b, a, v) // 22/11/2026: only the second can be the month
    if (b > 12) return checkDate(y, a, b, v) // 11/22/2026: only the first can be the month
    if (a === b) return checkDate(y, a, b, v)
    // 03.04.2026: dots are written day first wherever they are used.
    if (m[2] === '.' || order === 'day-first') return checkDate(y, b, a, v)
    if (order === 'month-first') return checkDate(y, a, b, v)
    return {
      error: `"${v}" could be ${longDate(y, b, a, true)} or ${longDate(y, a, b, false)}: write it as ${y}-${pad(b)}-${pad(a)} or ${y}-${pad(a)}-${pad(b)}, or say whether your dates put the day or the month first`,
      ambiguous: true
    }
  }
  return { error: `"${v}" is not a date Afterview can read: write it like 2026-11-22 or Nov 22, 2026` }
}
