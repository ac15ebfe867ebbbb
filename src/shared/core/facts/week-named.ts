/**
 * A weekday of a week named before: "le vendredi de la même semaine", "the Friday of that week", "am Freitag derselben
 * Woche", "el viernes de esa misma semana". Token lookups only.
 */
import { WEEK_WORDS } from './words'

/** "that", "same", "même", "misma", "esa", "stessa", "quella", "dezelfde", "die", "derselben", "dessa", "mesma". */
const THAT = new Set(
  `that same même meme misma mismo esa ese aquella stessa stesso quella dezelfde diezelfde die dieselbe derselben selben jener essa mesma dessa daquela nessa`.split(
    ' '
  )
)
/** What may stand between the weekday and its week: "of the", "de la", "van", "della", "da", "feira"… */
const OF = ['of', 'du', 'de', 'del', 'della', 'dello', 'van', 'do', 'da', 'vom', 'di', 'dal', 'dalla', 'dem']
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
