/**
 * An interview time clearly stated in a mail: one date with one time, in English, German or
 * Spanish wording. Several different times (a list of options) propose nothing; a time
 * without a zone needs the user's zone.
 */

const MONTHS: Record<string, number> = {}
const monthNames: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'jänner', 'enero']],
  [2, ['february', 'feb', 'februar', 'febrero']],
  [3, ['march', 'mar', 'märz', 'marzo']],
  [4, ['april', 'apr', 'abril']],
  [5, ['may', 'mai', 'mayo']],
  [6, ['june', 'jun', 'juni', 'junio']],
  [7, ['july', 'jul', 'juli', 'julio']],
  [8, ['august', 'aug', 'agosto']],
  [9, ['september', 'sept', 'sep', 'septiembre', 'setiembre']],
  [10, ['october', 'oct', 'oktober', 'octubre']],
  [11, ['november', 'nov', 'noviembre']],
  [12, ['december', 'dec', 'dezember', 'diciembre']]
]
for (const [n, names] of monthNames) for (const name of names) MONTHS[name] = n
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`

const ZONES: Record<string, string> = {
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  eastern: 'America/New_York',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  central: 'America/Chicago',
  mt: 'America/Denver',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  utc: 'UTC',
  gmt: 'UTC',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  mez: 'Europe/Berlin',
  mesz: 'Europe/Berlin',
  bst: 'Europe/London',
  uk: 'Europe/London'
}
const ZONE = `(?:\\(?((?:utc|gmt)[+-]\\d{1,2}(?::?\\d{2})?|${Object.keys(ZONES).join('|')})(?: time)?\\)?)`
const WEEKDAY =
  '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)'
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'

interface Found {
  year?: string
  month: number
  day: number
  hour: number
  minute: number
  meridiem?: string
  zone?: string
}

const PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray) => Found }[] = [
  {
    // Tuesday, November 24 at 3:00 PM EST / Nov 24th, 2026, 10am PT
    re: new RegExp(
      `${B}(?:${WEEKDAY},? )?${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?:,| at| @| from)? (\\d{1,2})(?::(\\d{2}))? ?(a\\.?m\\.?|p\\.?m\\.?)?(?: ${ZONE})?${E}`,
      'giu'
    ),
    read: (m) => ({
      month: MONTHS[m[1].toLowerCase()],
      day: +m[2],
      year: m[3],
      hour: +m[4],
      minute: +(m[5] ?? 0),
      meridiem: m[6],
      zone: m[7]
    })
  },
  {
    // 3:00 PM ET on Tuesday, November 24
    re: new RegExp(
      `${B}(\\d{1,2})(?::(\\d{2}))? ?(a\\.?m\\.?|p\\.?m\\.?)(?: ${ZONE})? on (?:${WEEKDAY},? )?${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?${E}`,
      'giu'
    ),
    read: (m) => ({
      hour: +m[1],
      minute: +(m[2] ?? 0),
      meridiem: m[3],
      zone: m[4],
      month: MONTHS[m[5].toLowerCase()],
      day: +m[6],
      year: m[7]
    })
  },
  {
    // Tuesday 24 November at 15:00 / 24 Nov 2026, 10:30 CET / Monday 16 November at 2pm
    re: new RegExp(
      `${B}(?:${WEEKDAY},? )?(\\d{1,2}) ${MONTH}(?:,? (\\d{4}))?(?:,| at| @)? (?=\\d{1,2}(?::\\d{2}| ?[ap]\\.?m))(\\d{1,2})(?::(\\d{2}))? ?(a\\.?m\\.?|p\\.?m\\.?)?(?: ${ZONE})?${E}`,
      'giu'
    ),
    read: (m) => ({
      day: +m[1],
      month: MONTHS[m[2].toLowerCase()],
      year: m[3],
      hour: +m[4],
      minute: +(m[5] ?? 0),
      meridiem: m[6],
      zone: m[7]
    })
  },
  {
    // am 24.11.2026 um 14:00 Uhr / am 24. November um 14 Uhr (MEZ)
    re: new RegExp(
      `${B}(\\d{1,2})\\.(?: ?${MONTH}| ?(\\d{1,2})\\.)(?: ?(\\d{4}))?,? (?:um|ab|von) (\\d{1,2})(?:[:.](\\d{2}))? ?uhr(?: ${ZONE})?`,
      'giu'
    ),
    read: (m) => ({
      day: +m[1],
      month: m[2] ? MONTHS[m[2].toLowerCase()] : +m[3],
      year: m[4],
      hour: +m[5],
      minute: +(m[6] ?? 0),
      zone: m[7]
    })
  },
  {
    // el martes 24 de noviembre a las 10:00 (CET)
    re: new RegExp(
      `${B}(\\d{1,2}) de ${MONTH}(?: de (\\d{4}))?,? (?:a las|a la) (\\d{1,2})(?:[:.](\\d{2}))? ?(?:h|hs|horas)?(?: ${ZONE})?`,
      'giu'
    ),
    read: (m) => ({ day: +m[1], month: MONTHS[m[2].toLowerCase()], year: m[3], hour: +m[4], minute: +(m[5] ?? 0), zone: m[6] })
  }
]

const formats = new Map<string, Intl.DateTimeFormat>()

/** Every pattern needs a clock time: 10am, 3:30, 14 Uhr, a las 10. */
const MAY_STATE_A_TIME = /\d(?::\d\d|\s?[ap]\.?m\b|\s?uhr\b)|a las \d/i

function offsetMinutes(zone: string, instant: number): number | undefined {
  try {
    let format = formats.get(zone)
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric'
      })
      formats.set(zone, format)
    }
    const parts = format.formatToParts(new Date(instant))
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0)
    return Math.round((Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - instant) / 60_000)
  } catch {
    return undefined
  }
}

/** The zone of times written without one: the sender's Date-header offset, else an IANA zone. */
export interface DefaultZone {
  offsetMinutes?: number
  timeZone?: string
}

function toInstant(found: Found, referenceIso: string, fallback: DefaultZone): number | undefined {
  let hour = found.hour
  const meridiem = found.meridiem?.toLowerCase().replace(/\./g, '')
  if (meridiem === 'pm' && hour < 12) hour += 12
  if (meridiem === 'am' && hour === 12) hour = 0
  if (!found.month || found.day < 1 || found.day > 31 || hour > 23 || found.minute > 59) return undefined
  if (!meridiem && hour < 7 && !found.zone) return undefined
  const reference = Date.parse(referenceIso)
  const referenceYear = Number.isNaN(reference) ? new Date().getUTCFullYear() : new Date(reference).getUTCFullYear()
  let year = found.year ? Number(found.year) : referenceYear
  const wall = (y: number): number => Date.UTC(y, found.month - 1, found.day, hour, found.minute)
  if (!found.year && !Number.isNaN(reference) && wall(year) < reference - 60 * 86_400_000) year += 1

  const zoneText = found.zone?.toLowerCase()
  const fixed = zoneText ? /^(?:utc|gmt)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zoneText) : null
  if (fixed) return wall(year) - (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0)) * 60_000
  if (!zoneText && fallback.offsetMinutes !== undefined) return wall(year) - fallback.offsetMinutes * 60_000
  const zone = zoneText ? ZONES[zoneText] : fallback.timeZone
  if (!zone) return undefined
  const first = offsetMinutes(zone, wall(year))
  if (first === undefined) return undefined
  const offset = offsetMinutes(zone, wall(year) - first * 60_000) ?? first
  return wall(year) - offset * 60_000
}

/** The one time a text states: ISO instant and the words; undefined when none or several. */
export function statedTime(text: string, referenceIso: string, fallback: DefaultZone = {}): { at: string; words: string } | undefined {
  if (!MAY_STATE_A_TIME.test(text)) return undefined
  const instants = new Map<number, string>()
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const instant = toInstant(read(m), referenceIso, fallback)
      if (instant !== undefined && !instants.has(instant)) instants.set(instant, m[0])
    }
  }
  if (instants.size !== 1) return undefined
  const [[instant, words]] = [...instants]
  return { at: new Date(instant).toISOString(), words }
}
