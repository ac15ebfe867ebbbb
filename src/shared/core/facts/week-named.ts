/**
 * Weeks named by what they hold rather than by "next" or "this": "dès la rentrée, la semaine du 2 novembre" (the date
 * that follows says which week), "le vendredi de la même semaine", "the Friday of that week", "am Freitag derselben
 * Woche" (a weekday of the week of a day named before). Token lookups only.
 */
import { MONTHS, WEEKDAYS, WEEK_WORDS } from './words'

/** "of", "du", "vom", "do", "della": between a week and the day that names it. */
const OF = new Set(['of', 'du', 'de', 'del', 'della', 'dello', 'van', 'do', 'da', 'vom', 'di', 'dal', 'dalla', 'dem'])
/** Words that may stand between "of" and the day: "the week of the 16th", "na semana do dia 2", "la semaine du lundi 2". */
const BEFORE_THE_DAY = new Set(['the', 'dia', 'día', 'giorno', 'le', 'el', 'il', 'o', 'lo'])
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th|er|e|º|ª|°)?$/

/** "la semaine du 2 novembre", "the week of the 16th", "in der Woche vom 23.": a date after the week says which it is. */
export function dateSaysTheWeek(tokens: readonly string[], i: number): boolean {
  if (!OF.has(tokens[i + 1] ?? '')) return false
  for (let k = i + 2; k <= i + 4; k++) {
    const t = tokens[k] ?? ''
    if (DAY_NUMBER.test(t) || MONTHS.has(t)) return true
    if (!BEFORE_THE_DAY.has(t) && !WEEKDAYS.has(t)) return false
  }
  return false
}

/** "that", "same", "même", "misma", "esa", "stessa", "quella", "dezelfde", "die", "derselben", "dessa", "mesma". */
const THAT = new Set(
  `that same même meme misma mismo esa ese aquella stessa stesso quella dezelfde diezelfde die dieselbe derselben selben jener essa mesma dessa daquela nessa`.split(
    ' '
  )
)
/** What may stand between the weekday and its week: "of the", "de la", "van", "della", "da", "feira"… */
const BETWEEN = new Set([...OF, 'la', 'the', 'het', 'der', 'des', 'dela', 'feira', 'stessa', ...THAT])

/**
 * "the Friday of that week", "le vendredi de la même semaine", "el viernes de esa misma semana", "il venerdì della stessa
 * settimana", "op de vrijdag van die week", "na sexta-feira dessa semana", "am Freitag derselben Woche": the index of the
 * week word, when the weekday at `i` is one of the week named before; otherwise undefined.
 */
export function weekdayOfThatWeek(tokens: readonly string[], i: number): number | undefined {
  let that = false
  for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
    const t = tokens[k]
    if (WEEK_WORDS.has(t) || t === 'week' || t === 'woche') return that ? k : undefined
    if (!BETWEEN.has(t)) return undefined
    if (THAT.has(t)) that = true
  }
  return undefined
}
