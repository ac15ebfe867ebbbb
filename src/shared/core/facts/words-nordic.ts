/**
 * The date words of Danish, Norwegian and Finnish, which job mail in the Nordics is written in: "inden for 14 dage",
 * "i løbet af uge 48", "innen utgangen av måneden", "ensi viikon alussa", "marraskuun loppuun mennessä". Merged into
 * words.ts's tables at load, as words-pl-sv.ts does; data, not logic. Finnish says where in a month or week after it
 * ("joulukuun alussa", the beginning of December): PART_AFTER holds those words for dates.ts.
 * Words that are something else in a language read before are left out: "to" (two), "en"/"et" (one), "ti" (ten),
 * "ni" (nine), "time" (hour), "me" (we).
 */
import type { DateTables } from './words-pl-sv'

type Part = 'early' | 'mid' | 'late'

const finnish = (stem: string, endings: string): string =>
  endings
    .split(' ')
    .map((e) => stem + (e === '-' ? '' : e))
    .join(' ')

const WEEKDAYS: Array<[number, string]> = [
  [1, `mandag mandagen ${finnish('maanantai', '- na hin')}`],
  [2, `tirsdag tirsdagen ${finnish('tiistai', '- na hin')}`],
  [3, 'onsdag onsdagen keskiviikko keskiviikkona keskiviikkoon'],
  [4, `torsdag torsdagen ${finnish('torstai', '- na hin')}`],
  [5, `fredag fredagen ${finnish('perjantai', '- na hin')}`],
  [6, `lørdag lørdagen ${finnish('lauantai', '- na hin')}`],
  [0, `søndag søndagen ${finnish('sunnuntai', '- na hin')}`]
]
/** Danish and Norwegian month names the other languages lack; Finnish ones with their case endings ("marraskuun"). */
const FI_MONTH_ENDINGS = '- n ssa hun ta sta lle'
const MONTHS: Array<[number, string]> = [
  [1, finnish('tammikuu', FI_MONTH_ENDINGS)],
  [2, finnish('helmikuu', FI_MONTH_ENDINGS)],
  [3, `marts ${finnish('maaliskuu', FI_MONTH_ENDINGS)}`],
  [4, finnish('huhtikuu', FI_MONTH_ENDINGS)],
  [5, finnish('toukokuu', FI_MONTH_ENDINGS)],
  [6, finnish('kesäkuu', FI_MONTH_ENDINGS)],
  [7, finnish('heinäkuu', FI_MONTH_ENDINGS)],
  [8, finnish('elokuu', FI_MONTH_ENDINGS)],
  [9, finnish('syyskuu', FI_MONTH_ENDINGS)],
  [10, finnish('lokakuu', FI_MONTH_ENDINGS)],
  [11, finnish('marraskuu', FI_MONTH_ENDINGS)],
  [12, `desember ${finnish('joulukuu', FI_MONTH_ENDINGS)}`]
]
type Unit = 'hour' | 'day' | 'business_day' | 'week' | 'month'
const UNITS: Array<[Unit, string]> = [
  ['hour', 'timer timers tunti tuntia tunnin tunnissa'],
  ['day', 'dage dagene dager døgn päivä päivää päivän päivässä'],
  [
    'business_day',
    'arbejdsdage arbejdsdag hverdage virkedage virkedager virkedag arbeidsdager arbeidsdag arkipäivä arkipäivää arkipäivän työpäivä työpäivää työpäivän'
  ],
  ['week', 'uge uger ugen ugers uke uker uken viikko viikkoa viikon viikossa'],
  ['month', 'måned måneder måneden måneds kuukausi kuukautta kuukauden kuukaudessa']
]
const NUMBERS: Record<string, number> = {
  fire: 4,
  seks: 6,
  syv: 7,
  otte: 8,
  åtte: 8,
  fjorten: 14,
  kaksi: 2,
  kahden: 2,
  kolme: 3,
  kolmen: 3,
  neljä: 4,
  neljän: 4,
  viisi: 5,
  viiden: 5,
  kuusi: 6,
  kuuden: 6,
  seitsemän: 7,
  kymmenen: 10
}
const NEXT = 'næste neste ensi seuraava seuraavan seuraavalla'
const THIS = 'denne dette tällä tämän'
const PARTS: Array<[Part, string]> = [
  ['early', 'starten begyndelsen begynnelsen'],
  ['mid', 'midten'],
  ['late', 'slutningen slutten utgangen udgangen udgang utgang']
]
const TODAY = 'tänään'
const TOMORROW = 'huomenna'
const WEEK_WORDS = 'uge ugen uke uken viikko viikon viikolla'

/** Finnish parts of a month or week, said after it: "joulukuun alussa", "ensi viikon lopussa", "marraskuun puolivälissä". */
export const PART_AFTER = new Map<string, Part>([
  ...'alussa alkuun alkupuolella'.split(' ').map((w) => [w, 'early'] as const),
  ...'puolivälissä puoliväliin puolivälin'.split(' ').map((w) => [w, 'mid'] as const),
  ...'lopussa loppuun lopulla loppupuolella'.split(' ').map((w) => [w, 'late'] as const)
])
/** A numbered week: "uge 48", "uke 47", "viikolla 47", "viikko 47". */
export const NORDIC_CALENDAR_WEEK = ['uge', 'uke', 'viikko', 'viikolla']
/** One week or month, not a count of them: "inden udgangen af måneden", "ensi viikon". */
export const NORDIC_SINGULAR_WEEK_MONTH = ['uge', 'ugen', 'uke', 'uken', 'måned', 'måneden', 'viikko', 'viikon', 'kuukausi', 'kuukauden']
/** "within": "inden for", "innen", "i løbet af", "kuluessa" (after), "sisällä" (after). */
export const NORDIC_WITHIN = ['inden', 'innen', 'innenfor', 'indenfor', 'løbet', 'løpet', 'kuluessa', 'sisällä']

const each = (words: string): string[] => words.split(' ')

/** Adds the Danish, Norwegian and Finnish words to the tables (once, when words.ts loads). */
export function addDanishNorwegianFinnish(t: DateTables): void {
  for (const [day, words] of WEEKDAYS) for (const w of each(words)) t.weekdays.set(w, day)
  for (const [month, words] of MONTHS) for (const w of each(words)) t.months.set(w, month)
  for (const [unit, words] of UNITS) for (const w of each(words)) t.units.set(w, unit)
  for (const [part, words] of PARTS) for (const w of each(words)) t.parts.set(w, part)
  for (const [w, n] of Object.entries(NUMBERS)) t.numbers.set(w, n)
  for (const [set, words] of [
    [t.next, NEXT],
    [t.this, THIS],
    [t.today, TODAY],
    [t.tomorrow, TOMORROW],
    [t.weekWords, WEEK_WORDS]
  ] as const)
    for (const w of each(words)) set.add(w)
}
