/**
 * A promise reported from someone else: "The client says they'll decide by the end of the month", "der Bauherr sagt,
 * er entscheidet bis Monatsende", "el cliente dice que decidirá…", "le client dit qu'il décidera…", "de klant zegt dat
 * hij … beslist", "o cliente diz que decide…", "il cliente dice che deciderà…". It tells when a third party decides,
 * not when the writer answers: a writer's own "I'll let you know by the 30th" outranks it.
 */
import { anyIn, wordSet as words } from './token-sets'

/** "says", "said", "sagt", "dice", "dit", "zegt", "diz", "disse": the present and past of saying, in seven languages. */
const SAYS = words(
  `says said told tells sagt sagte meint meinte dice dicen dijo dijeron dit disent zegt zei zeggen zeiden diz dizem disse disseram dicono ha hanno`
)
/** The writer's side or the reader as the one who says: "as I said", "we were told", "you said", "wie gesagt" (no subject). */
const OWN = words(`i we you ich wir du yo nosotros je nous vous tu ik wij jij u eu nós você io noi as wie como comme zoals come`)

/** The sentence opens by reporting what another person or body says (its subject, up to five words, names neither side). */
export function reportsOthers(tokens: readonly string[]): boolean {
  for (let k = 1; k <= Math.min(5, tokens.length - 2); k++) {
    if (!SAYS.has(tokens[k])) continue
    // Italian "ha detto", "hanno detto"; elsewhere "ha"/"hanno" is no saying.
    if ((tokens[k] === 'ha' || tokens[k] === 'hanno') && tokens[k + 1] !== 'detto') continue
    return !anyIn(OWN, tokens, 0, k)
  }
  return false
}

/** The reader as the one told, not "your" CV: "you", "Sie", "dir", "te", "vous", "je", "ti", "você", "lhe". */
const YOU = words(`you sie ihnen dich dir te vous jij je u ti você voce lhe`)
/** The writer as the one who tells: "I", "we", "ich", "wir", "ik", "je", "nous", "eu", "io", "noi". */
const I_WE = words(`i we ich wir ik wij je nous yo nosotros eu nós io noi`)
/** "If you can…, I'll send…": a condition on the reader first, no word to them. */
const IF = words(`if wenn falls si se als caso`)

/**
 * The writer's own word to the reader: "I'll let you know", "ich gebe dir Bescheid", "ik laat het je weten", "je vous
 * réponds", and where the verb carries the person, the reader first ("te aviso", "ti faccio sapere", "lhe respondo").
 */
export function tellsTheReader(tokens: readonly string[]): boolean {
  if (IF.has(tokens[0] ?? '')) return false
  for (let k = 0; k < tokens.length; k++) if (YOU.has(tokens[k]) && (k === 0 || anyIn(I_WE, tokens, k - 3, k))) return true
  return false
}
