/**
 * Promise words the first tables lacked, seen in blind-written mail: "the hiring team
 * usually reviews applications within…", German "ich meld mich" (the dropped -e of speech), "se publicarán", Italian
 * "le comunicazioni … verranno inviate", "ci faremo sentire"; and the few Polish and Swedish words that say an answer
 * will come ("przekażemy wyniki", "poinformujemy", "ge dig besked", "återkommer"). Data only; cues.ts merges them.
 */
import { wordSet as words } from './token-sets'

/** Said of the answer itself, or of their coming back: as sure as "hear" or "decision". */
export const MORE_PROMISE = words(`
meld
publicarán publicara publicará publicaremos publicarão publierons publiera publieront pubblicheremo pubblicherà pubblicheranno publiceren
comunicazioni comunicazione sentire
przekażemy przekażę poinformujemy poinformuję odezwiemy odezwę skontaktujemy skontaktuję odpowiemy odpowiem wyniki wynikach decyzja decyzję decyzji odpowiedź informację
besked återkommer återkomma återkommer meddelar meddela beslut svar kontaktar höra hör
`)

/**
 * Words that also say other things ("reviews of the role", "faremo i colloqui": we'll do the interviews): a promise, but one a plainer promise in the mail outranks.
 */
export const MORE_WEAK_PROMISE = words(`
reviews
faremo farò
`)
