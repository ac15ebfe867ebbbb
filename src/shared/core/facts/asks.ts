/**
 * Asked to act without "please" or "you": "wir bitten Sie, … bis spätestens", "we vragen je … vóór", "mándanos … como
 * máximo", "prévenez-moi avant", "Um Rückmeldung … wird gebeten", "Send it back by Monday". And a sentence cut into
 * clauses with their own subject, so "send it by Monday and we'll answer within a week" is an ask and a promise.
 */
import { WE } from './cues'
import { anyIn, anyOf, wordSet as words } from './token-sets'

/** "We ask you to…", "wir bitten Sie", "we vragen je", "nous vous demandons", "te pedimos que", "ti chiediamo di". */
const ASK_VERBS = words(
  `ask asking asked request remind ricordiamo ricordo recordamos recordarte recordarle rappelons rappelle erinnern erinnere herinneren lembramos lembro bitten gevraagd chiesto pedido demandé ersuchen vragen vraag verzoeken demandons demande prions pedimos pido rogamos solicitamos pedir peço pedimos chiediamo chiedo preghiamo prego`
)
const ASKED_ONE = words(`you sie ihnen je jou u lhe le la te ti os vi vous que di de to`)
/** "we ask for your patience", "wir bitten um Verständnis": asked to wait, not to act. */
const PATIENCE = words(
  `patience geduld verständnis paciencia comprensión compréhension comprehension begrip paciência compreensão pazienza comprensione understanding`
)
/** Words that make a day a limit. */
export const LIMIT = words(
  `by until till before latest bis spätestens höchstens vor antes hasta tardar tarde máximo maximo mucho avant ici tard voor vóór uiterlijk até ate entro prima massimo tardi within binnen innerhalb dentro sous`
)
/** First words that order: "Send it back by Monday", "Envía la prueba antes del lunes", "Stuur het uiterlijk vrijdag". */
export const ORDERS = words(`
send return complete submit sign confirm reply fill upload email finish tell
schicken senden füllen sag schick gib ruf
envía envia manda completa firma confirma rellena sube
envoyez retournez complétez completez signez confirmez remplissez
stuur vul onderteken bevestig
envie mande complete assine confirme preencha
invia manda completa firma conferma compila
`)
/** A French or Portuguese order with its pronoun: "prévenez-moi", "envoyez-nous", "pourriez-vous", "envie-nos", "avise-me". */
const HYPHENED_ORDER = /\p{L}(?:ez|es|e|a|r)-(?:moi|nous|me|nos)(?![\p{L}-])/iu
/** A Spanish order with its pronoun, written as one word with an accent: "mándanos", "envíame", "confírmanoslo". */
const NOT_ORDERS = words(`términos fenómenos terminos`)
const JOINED_ORDER = /[áéíóú]\p{L}*(?:me|nos)(?:lo|la)?$/u

/** The reader is told or asked to act, in words that name no "please" and no "you". */
export function imperative(sentence: string, tokens: readonly string[]): boolean {
  // Asked to act by a day ("bis spätestens", "avant le", "como máximo"), not to come on one ("bitten wir Sie, am Dienstag … teilzunehmen").
  if (!anyOf(LIMIT, tokens)) return false
  if (askedAsQuestion(sentence, tokens)) return true
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    // Dutch "vragen" is also "questions" ("heb je nog vragen?"): only "we vragen", "vragen wij".
    // …and French "je vous rappelle" reminds only with "que" ("je vous rappelle d'ici lundi" calls back).
    const recall = t === 'rappelle' && tokens[i + 1] !== 'que' && tokens[i + 1] !== 'qu'
    if (ASK_VERBS.has(t) && !recall && (t !== 'vragen' || WE.has(tokens[i - 1]) || WE.has(tokens[i + 1]))) {
      const near = anyIn(ASKED_ONE, tokens, i - 2, i) || anyIn(ASKED_ONE, tokens, i + 1, i + 3)
      if (near && !anyIn(PATIENCE, tokens, i + 1, i + 5)) return true
    }
    if ((t.endsWith('me') || t.endsWith('nos') || t.endsWith('lo') || t.endsWith('la')) && JOINED_ORDER.test(t) && !NOT_ORDERS.has(t))
      return true
    if ((t === 'moi' || t === 'nous' || t === 'me' || t === 'nos') && HYPHENED_ORDER.test(sentence)) return true
  }
  return false
}

/**
 * "Could you…", "Können Sie…", "Kunt u…", "Pourriez-vous…", "¿Puedes…", "Se puder…", "Può…": the reader asked whether
 * they can, at the start of the sentence or after "if"; "Me manda…", "¿Me mandas…?" (send me…) as well.
 */
const CAN_YOU = words(`could can would will`)
const CAN = words(
  `können könnten kannst könntest kunt kun zou zoudt pourriez pouvez pourrais peux puedes podrías podria podrías puede podría pode poderia podes puder puderes puoi potresti può potrebbe`
)
const IF = words(`if wenn als si se`)
/** What may stand before "can you" in an ask: "por favor, ¿puedes…", "¿nos puedes…", "mi puoi…", "me pode…". */
const BEFORE_ASK = words(`por favor please bitte nos me mi ci te ti lo la mir uns`)
const SEND_ME = words(`manda mandas envia envias envía envías passa`)
/** Coming to a meeting is an appointment, not a limit: "could you come by the store", "zou je langs kunnen komen". */
const COME = words(`come visit meet join pop drop komen kommen vorbeikommen langs venir passer vir venire passare`)
/** An infinitive with its pronoun: "può mandarmeli", "puede enviarme", "pode enviar-nos". */
const WITH_PRONOUN = /(?:me|mi|ci|nos|li|le|lo|la|gli)$/
function askedAsQuestion(sentence: string, tokens: readonly string[]): boolean {
  if (anyOf(COME, tokens)) return false
  const question = sentence.trimEnd().endsWith('?')
  for (let i = 0; i < Math.min(tokens.length - 1, 4); i++) {
    const t = tokens[i]
    const afterIf = i > 0 && IF.has(tokens[i - 1])
    if (i > 0 && !afterIf && !BEFORE_ASK.has(tokens[i - 1])) continue
    if (CAN_YOU.has(t) && tokens[i + 1] === 'you') return true
    // "¿Puede enviarme…?", "Se puder…", "Può mandarmeli…": asked; "Puede anular su cita hasta…" only says what is allowed.
    if (CAN.has(t) && (question || afterIf || WITH_PRONOUN.test(tokens[i + 1] ?? ''))) return true
    if (t === 'me' && SEND_ME.has(tokens[i + 1])) return true
  }
  return false
}

/** "Send it back by Monday", "If you're happy with everything, sign and return it by Friday": an order opens a clause. */
export function ordered(sentence: string, tokens: readonly string[]): boolean {
  if (ORDERS.has(tokens[0])) return true
  if (!/[,;:]/.test(sentence)) return false
  for (const part of sentence.split(/[,;:]\s*/).slice(1)) {
    const first = /^\p{L}+/u.exec(part)?.[0]?.toLowerCase()
    if (first && ORDERS.has(first)) return true
  }
  return false
}

/** Where a clause with its own subject starts: ", and we'll…", "und wir…", "y te…", "et nous…", "en we…", "e nós…". */
const CLAUSE =
  /,?\s+(?:and|und|y|et|en|e|but|aber|pero|mais|maar|mas|ma)\s+(?=(?:we|i|wir|ich|nous|je|wij|ik|noi|io|nós|nosotros|te|ti|vi|le|la)(?:['’]\p{L}+)?\s)/giu

/** A sentence cut into clauses that each have their own subject, or the sentence alone. */
export function clausesOf(sentence: string): string[] {
  const parts = sentence.split(CLAUSE).filter((p) => p.trim() !== '')
  return parts.length > 1 ? parts : [sentence]
}
