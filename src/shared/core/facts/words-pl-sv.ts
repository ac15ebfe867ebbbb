/**
 * The date words of Polish and Swedish, which job mail in Europe is also written in: "w ciągu 7 dni roboczych od
 * rozmowy", "we wtorek 10 listopada", "under vecka 46", "i början av nästa vecka". Merged into words.ts's tables at
 * load (weekdays, months, units, "next", parts of a period); data, not logic.
 */

type Part = 'early' | 'mid' | 'late'
type Unit = 'hour' | 'day' | 'business_day' | 'week' | 'month'

const WEEKDAYS: Array<[number, string]> = [
  [1, 'poniedziałek poniedziałku måndag måndagen'],
  [2, 'wtorek wtorku tisdag tisdagen'],
  [3, 'środa środę środy środzie onsdag onsdagen'],
  [4, 'czwartek czwartku torsdag torsdagen'],
  [5, 'piątek piątku fredag fredagen'],
  [6, 'sobota sobotę soboty sobocie lördag lördagen'],
  [0, 'niedziela niedzielę niedzieli söndag söndagen']
]
/** Polish genitive ("10 listopada") and nominative month names; Swedish ones the other languages lack. */
const MONTHS: Array<[number, string]> = [
  [1, 'stycznia styczeń styczniu'],
  [2, 'lutego luty lutym'],
  [3, 'marca marzec marcu'],
  [4, 'kwietnia kwiecień kwietniu'],
  [5, 'maja maj maju'],
  [6, 'czerwca czerwiec czerwcu'],
  [7, 'lipca lipiec lipcu'],
  [8, 'sierpnia sierpień sierpniu augusti'],
  [9, 'września wrzesień wrześniu'],
  [10, 'października październik październiku'],
  [11, 'listopada listopad listopadzie'],
  [12, 'grudnia grudzień grudniu']
]
/** "maj", "maja" are also names: a month only beside a day number or a cue. */
const AMBIGUOUS_MONTHS = ['maj', 'maja', 'maju']
const UNITS: Array<[Unit, string]> = [
  ['hour', 'godzin godziny godzina timmar timme'],
  ['day', 'dzień dni dnia dniach dagar dagarna'],
  ['business_day', 'arbetsdagar arbetsdag'],
  ['week', 'tydzień tygodnia tygodni tygodnie tygodniu vecka veckor veckan veckorna'],
  ['month', 'miesiąc miesiąca miesięcy miesiące månad månader månaden']
]
const BUSINESS = 'roboczych robocze roboczego'
const NUMBERS: Record<string, number> = {
  jeden: 1,
  jedna: 1,
  dwa: 2,
  dwóch: 2,
  dwie: 2,
  trzy: 3,
  trzech: 3,
  cztery: 4,
  pięć: 5,
  pięciu: 5,
  sześć: 6,
  siedem: 7,
  siedmiu: 7,
  dziesięć: 10,
  dziesięciu: 10,
  czternaście: 14,
  czternastu: 14,
  två: 2,
  fyra: 4,
  fem: 5,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  fjorton: 14
}
const NEXT = 'przyszłym przyszłego przyszły następnym następnego następny kolejnym nästa kommande'
const THIS = 'tym tego denna detta'
const PARTS: Array<[Part, string]> = [
  ['early', 'początku początek början'],
  ['mid', 'połowie połowy mitten'],
  ['late', 'końca końcu koniec slutet slut']
]
const TODAY = 'dzisiaj dziś idag'
const TOMORROW = 'jutro imorgon'
const WEEK_WORDS = 'vecka veckan tydzień tygodniu'

export interface DateTables {
  weekdays: Map<string, number>
  months: Map<string, number>
  ambiguousMonths: Set<string>
  units: Map<string, Unit>
  business: Set<string>
  numbers: Map<string, number>
  next: Set<string>
  this: Set<string>
  parts: Map<string, Part>
  today: Set<string>
  tomorrow: Set<string>
  weekWords: Set<string>
}

const each = (words: string): string[] => words.split(' ')

/** Adds the Polish and Swedish words to the tables (once, when words.ts loads). */
export function addPolishAndSwedish(t: DateTables): void {
  for (const [day, words] of WEEKDAYS) for (const w of each(words)) t.weekdays.set(w, day)
  for (const [month, words] of MONTHS) for (const w of each(words)) t.months.set(w, month)
  for (const w of AMBIGUOUS_MONTHS) t.ambiguousMonths.add(w)
  for (const [unit, words] of UNITS) for (const w of each(words)) t.units.set(w, unit)
  for (const [part, words] of PARTS) for (const w of each(words)) t.parts.set(w, part)
  for (const [w, n] of Object.entries(NUMBERS)) t.numbers.set(w, n)
  for (const [set, words] of [
    [t.business, BUSINESS],
    [t.next, NEXT],
    [t.this, THIS],
    [t.today, TODAY],
    [t.tomorrow, TOMORROW],
    [t.weekWords, WEEK_WORDS]
  ] as const)
    for (const w of each(words)) set.add(w)
}

/** Spanish "DNI" (the identity card: "trae tu DNI") is no Polish "dni" (days): the days are written in lower case. */
export const identityCard = (token: string, sentence: string): boolean => token === 'dni' && sentence.includes('DNI')
