/**
 * Promise words beyond the first tables: the future of "publish" in the languages dates8's Spanish forms left out
 * ("les résultats seront publiés" is there; "nous publierons", "pubblicheremo", "publicarão"), and the few Polish and
 * Swedish words that say an answer will come ("przekażemy wyniki", "poinformujemy", "ge dig besked", "återkommer"), and
 * the Danish, Norwegian and Finnish ones ("vi vender tilbage", "du hører fra oss", "ilmoitamme päätöksestä"), and the
 * Catalan futures a town hall's registry writes ("es publicarà", "us respondrem"), and the writer's own "I will communicate" ("je
 * vous communiquerai la date", "te comunicaré", "comunicarei"; a third person's "comunicará" may be a rule of the process).
 * Data only; cues.ts merges them into PROMISE.
 */
import { wordSet as words } from './token-sets'

/** Said of the answer itself, or of their coming back: as sure as "hear" or "decision". */
export const MORE_PROMISE = words(`
déciderons déciderai décideront sag publicarão publierons publiera publieront pubblicheremo pubblicherà pubblicheranno
znać poinformowani poinformowany poinformowana powiadomieni powiadomiony powiadomiona opublikowana opublikowane opublikowany opublikujemy ogłoszona ogłoszone ogłoszony przekażemy przekażę poinformujemy poinformuję odezwiemy odezwę skontaktujemy skontaktuję odpowiemy odpowiem wyniki wynikach decyzja decyzję decyzji odpowiedź informację
besked återkommer återkomma meddelar meddela beslut svar kontaktar höra hör
høre hører hörer tilbage tilbakemelding tilbagemelding kontakter kontakte kontaktet kontaktes svare afgørelse avgjørelse
resultados resultaten risultati ergebnisse uitslagen telephone rappelle entscheid
ricontatterà ricontatteranno contatteranno richiamerà richiameranno risponderanno scriveranno comunicheranno
communiquerai comunicaré comunicarei
respondrem comunicarem contactarem informarem publicarà publicaran rebreu
ilmoitamme ilmoitan ilmoitetaan ilmoittaa kerromme kerron vastauksen vastaus päätöksestä päätöksen päätös valinnasta tuloksista tuloksesta palaamme palaan yhteyttä kuulet
recontacterai recontactera recontacteront contacterai répondrai informerai écrirai kontaktas kontaktes meddelas meddeles intimated
llamaré contactaré responderé avklart avklare sabremos saberemos sapremo saurons ligar ligarei avisarei responderei escreverei revisaremos revisará revisarán
benaderd benaderen beslutet besluten beslutningen beslutninga beskedet svaret svarene svarane afgørelsen avgjørelsen resultatet resultaterne resultatene tilbakemeldingen tilbagemeldingen återkoppling återkopplingen
`)

/** To tell, in Spanish, French, Italian and Portuguese (the pronoun joined on where it is): a promise only as "tell you something more" (roles.ts). */
export const TELL_SOMETHING = words(`decir decirte decirle decirles dire dirti dirle dirvi dizer`)
for (const w of TELL_SOMETHING) MORE_PROMISE.add(w)

/**
 * A call or a word said loosely: "give you a shout", "je te fais signe", "te doy un toque", "ti faccio uno squillo": a
 * promise only in those phrases (roles.ts), else a shout, a sign, a touch or a ring of something else.
 */
export const SHOUT = words(`shout signe toque squillo fischio`)
for (const w of SHOUT) MORE_PROMISE.add(w)

/**
 * Said of going through the applications ("nuestro equipo revisa … en un plazo de 10 días"), or of what they plan ("prevediamo
 * di", "contiamo di", "nous prévoyons de", "planeamos", "wir planen", as English "plan"), or of what to count on ("reken erop
 * dat …", "rechnen Sie damit, dass …", as English "expect"): a promise, weaker than an answer.
 */
export const MORE_WEAK_PROMISE = words(
  `revisa revisan revisamos revisaremos revisará revisarán ligar selectie esaminate esaminata esaminati valutate valutata valutati
  prevediamo contiamo prévoyons comptons planeamos prevemos planejamos planen
  reken rekenen rechne rechnen`
)
