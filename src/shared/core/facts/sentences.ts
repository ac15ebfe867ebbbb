/**
 * Sentence boundaries, found once per message in one pass over its characters: a period,
 * "!" or "?" followed by a space, or a line break. Not after a number ("bis zum 4. Dezember", "bis 20.11.")
 * nor after a short abbreviation ("Dr. Lee", "Dec. 4", "e.g. Friday").
 */

/** English month abbreviations ("May" is a whole word and no abbreviation). */
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  ...MONTH_ABBREVIATIONS,
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'ca',
  'bzw',
  'z.b',
  'sr',
  'sra',
  'mme',
  'm',
  'p.ex',
  'ggf',
  'evtl',
  'inkl',
  'nr',
  'no',
  // Spanish titles: "el Ing. Garza", "la Lic. Pérez", "el Arq. Ruiz".
  'ing',
  'lic',
  'arq',
  // Danish, Norwegian and Swedish "kl. 12" (at 12 o'clock).
  'kl'
])

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0 || code === 46
}

/** The word just before position `end` (letters, digits and inner dots), lower case. */
function wordBefore(text: string, end: number): string {
  let start = end
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--
  return text.slice(start, end).toLowerCase()
}

/** English months, which come before the day ("by Oct 21. We'll review…"): the period after that day ends a sentence. */
const MONTH_FIRST = new Set([
  ...MONTH_ABBREVIATIONS,
  'may',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
])
function afterMonth(text: string, start: number): boolean {
  let end = start
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  if (end === start) return false
  const word = wordBefore(text, end)
  return MONTH_FIRST.has(word.endsWith('.') ? word.slice(0, -1) : word)
}

/** A time of day just before a period: "18:00", "18:00 h", "9.30 Uhr" is not one (no period after it alone). */
const TIME_BEFORE = /(?:^|[^\d.:])\d{1,2}:\d{2}(?: ?h)?$/

/** "We" or "I", capitalised, in the languages dates are read in: after a day.month date they open a new sentence. */
const WRITER = new Set([
  'We',
  'I',
  'Wir',
  'Ich',
  'Nous',
  'Je',
  'Wij',
  'Ik',
  'Vi',
  'Jeg',
  'Jag',
  'Eg',
  'Me',
  'Minä',
  'Noi',
  'Io',
  'Nós',
  'Eu'
])
/** The word starting at `start`, as written (letters only). */
function wordAfter(text: string, start: number): string {
  let end = start
  while (end < text.length && /\p{L}/u.test(text[end])) end++
  return text.slice(start, end)
}

export function sentencesOf(text: string): string[] {
  const out: string[] = []
  let from = 0
  const push = (to: number) => {
    const s = text.slice(from, to).trim()
    if (s !== '') out.push(s)
    from = to
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) {
      push(i + 1)
      continue
    }
    // A semicolon joins two statements: "please send it by Friday; we will answer within a week".
    if (c !== 46 && c !== 33 && c !== 63 && c !== 59) continue
    const next = text.charCodeAt(i + 1)
    if (i + 1 < text.length && next !== 32 && next !== 10 && next !== 9) continue
    if (c === 46) {
      const word = wordBefore(text, i)
      // "bis zum 4. Dezember", "bis spätestens 20.11. erhalten Sie…": a number or a day.month before the period.
      // …but "on 19/10. Then…" ends a sentence: a numeric date written with slashes.
      // A year ("on Monday, October 19, 2026. It will…") is no day of a month either.
      const dated = text.charCodeAt(i - word.length - 1) === 47 || afterMonth(text, i - word.length) || /^20\d\d$/.test(word)
      // A time of day ("a las 18:00. Una vez…", "18:00 h. Una vez…") is no day of a month: the sentence ends there.
      const timed = TIME_BEFORE.test(text.slice(Math.max(0, i - 9), i))
      // "senest mandag d. 16.11. Vi forventer…", "bis 12.11. Wir melden uns…": a day.month, then "we" or "I" opens a sentence.
      const opens = /^\d+\.\d{1,2}$/.test(word) && WRITER.has(wordAfter(text, i + 2))
      if (
        !timed &&
        !opens &&
        ((/^\d+(?:\.\d{1,2})?$/.test(word) && !dated) || ABBREVIATIONS.has(word) || (word.length === 1 && word !== ''))
      )
        continue
    }
    push(i + 1)
  }
  push(text.length)
  return out
}
