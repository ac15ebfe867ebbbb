/**
 * A change to an interview already arranged: moved, postponed, brought forward, held online or somewhere else. Every
 * blind writer since training-8 files such mail as an update, not as a new invitation, although it names the interview
 * and often a new time (training-15 and -16 had six read as invitations). The product still follows the change: an
 * update that states a new time for an interview on the calendar proposes moving it (consequences.ts). Only a change
 * the sender makes counts: "if you need to reschedule, let me know" in a first invitation is no change.
 */
import { anyRow, definePhrases, type Phrase, type Row } from './types'

/** What is changed: the interview and its synonyms, in each language. */
const EN = '(?:interview|final round|second round|panel|meeting|call|chat|visit|assessment day|selection day)'
const DE = '(?:termin|gespräch|vorstellungsgespräch|kennenlerngespräch|interview|treffen)'
const ES = '(?:entrevista|reunión|cita|prueba|examen)'
const FR = '(?:entretien|rendez-vous|rencontre|épreuve)'
const NL = '(?:gesprek|sollicitatiegesprek|kennismakingsgesprek|afspraak|meeloopochtend|meeloopdag|meeloopdienst|proefdag)'
const PT = '(?:entrevista|reunião|conversa|prova|banca|aula-teste|dinâmica)'
const IT = '(?:colloquio|incontro|appuntamento|prova)'
/** What names the arrangement being changed, between the noun and its verb: "scheduled for 19 November", "que estava marcada para sexta". */
/** The words between the interview and its verb, within the sentence: "la segunda entrevista con dirección, que íbamos a cerrar para esta semana, se aplaza". */
const GAP = '(?: [^\\s.!?;]+){0,14}'
const SET_FOR =
  '(?:,? (?:que estava |que estaba |which was |that was |che era |qui était |die )?(?:scheduled|planned|arranged|booked|marcad[ao]|previst[ao]|agendad[ao]|programad[ao]|fijad[ao]|fissat[ao]|programmat[ao]|prévue?|fixée?|gepland|ingepland|geplant|angesetzt|vorgesehen) (?:for|on|para|per|pour|le|op|voor|für|am) [^.;!?]{1,45}?,?)?'

const english: readonly Row[] = [
  [
    6,
    `(?:we|i)(?: will| 'll| would)? (?:need|have|had|must|are going) to (?:move|push|postpone|reschedule|rearrange|shift|bring forward|change) (?:back )?(?:\\S+ ){0,2}${EN}`
  ],
  [6, `(?:could|can|may) we (?:move|push|postpone|reschedule|shift)(?: (?:it|this|that|\\S+ ${EN}|${EN}))?(?: back)? (?:to|until|till)`],
  [
    6,
    `${EN}${SET_FOR}(?: \\S+){0,6} (?:has been|have been|is being|will be|is now|was) (?:moved|postponed|rescheduled|pushed back|brought forward|delayed)`
  ],
  [6, `${EN}(?: \\S+){0,3} will now (?:be held|take place|happen|be) (?:online|by video|on teams|on zoom|remotely|by phone|at|in)`],
  [5, 'change of (?:venue|location|room|time|date|format)']
]
/** "Kunnen we het verzetten naar donderdag?", "¿Podemos pasar la entrevista al jueves?": the sender asks to move it. */
const IT_OR = (noun: string): string => `(?:het |es |lo |la |le |l'|o |a |il |den |das |dit |dat )?(?:\\S+ )?${noun}`

const german: readonly Row[] = [
  [
    6,
    `(?:müssen|muss) (?:wir|ich) (?:leider )?(?:unser(?:en)? |ihr(?:en)? |den |das )?(?:\\S+ ){0,3}${DE}\\S* (?:\\S+ ){0,4}(?:verschieben|verlegen|absagen)`
  ],
  [6, `${DE}\\S*${SET_FOR} (?:\\S+ ){0,6}(?:wird|wurde|ist) (?:\\S+ ){0,3}(?:verschoben|verlegt|vorverlegt)`],
  [6, `(?:können|könnten) wir ${IT_OR(DE)}\\S* (?:\\S+ ){0,6}(?:verschieben|verlegen)(?= ?[?.,])`]
]

const spanish: readonly Row[] = [
  [
    6,
    `(?:tenemos|tengo|tiene|tienen|hemos tenido|he tenido|ha tenido) que (?:aplazar|posponer|retrasar|cambiar|mover|reprogramar|anular|cancelar) (?:la |tu |su |nuestra )?(?:\\S+ )?${ES}`
  ],
  [6, `${ES}${SET_FOR}${GAP} (?:se aplaza|se pospone|se retrasa|queda aplazada|ha sido aplazada|se cambia|se traslada)`],
  [6, `(?:te|le|os) (?:vendría|iría|va|viene) bien (?:pasar|mover|cambiar|adelantar|atrasar) ${IT_OR(ES)} (?:a|al|para)`],
  [5, 'no será en (?:\\S+ ){1,3}sino en|cambio de (?:sitio|lugar|sede|hora|fecha)'],
  [
    6,
    `(?:podemos|podríamos|se puede|se podría|(?:le|te|les|os) pedimos) (?:pasar|mover|cambiar|aplazar|retrasar|posponer|adelantar)(?:la|lo)? ${IT_OR(ES)} ?(?:al|a la|para el|para la|hasta el|del|de las)`
  ]
]

const french: readonly Row[] = [
  [6, `${FR}${SET_FOR}${GAP} (?:est|a été|sera|doit être) (?:reporté|décalé|déplacé|avancé|repoussé)e?s?`],
  [6, `(?:devons|dois|allons) (?:reporter|décaler|déplacer|avancer|repousser) (?:notre |votre |l'|le |la )?(?:\\S+ )?${FR}`],
  [5, 'changement de (?:lieu|salle|date|horaire|format)'],
  [
    6,
    `(?:pourrait-on|pourrions-nous|peut-on|pouvons-nous|on pourrait) (?:le |la |l')?(?:reporter|décaler|déplacer|repousser|avancer) ${IT_OR(FR)} ?(?:à|au|de|d'une?)`
  ]
]

const dutch: readonly Row[] = [
  [6, `${NL}${SET_FOR}(?: \\S+){0,6} (?:wordt|is|werd) (?:\\S+ )?(?:verzet|verplaatst|uitgesteld|online|digitaal)`],
  [6, `(?:moeten|moet) (?:we|ik) (?:helaas )?(?:ons |het |je |uw )?(?:\\S+ )?${NL} (?:\\S+ ){0,3}(?:verzetten|verplaatsen|uitstellen)`],
  [5, `(?:kleine )?wijziging (?:voor|in|van) (?:ons|het|je|uw) (?:\\S+ )?${NL}|doen we het ${NL} (?:\\S+ ){0,2}online`],
  [6, `(?:kunnen|kan) (?:we|ik) (?:het|${IT_OR(NL)}) ?(?:\\S+ )?(?:verzetten|verplaatsen|opschuiven|uitstellen) (?:naar|tot|op)`],
  // A subject's headline: "Meeloopochtend verzet", "Gesprek verplaatst".
  [5, `${NL} (?:verzet|verplaatst|uitgesteld)(?= ?$| ?[.!:])`],
  // "Uw gesprek van donderdag 22/10 om 14u moet ik helaas verplaatsen naar vrijdag" (training-32).
  [6, `${NL}(?: \\S+){0,8} (?:moet|moeten|wil|willen) (?:ik|we|wij) (?:helaas |even )?(?:verplaatsen|verzetten|verschuiven) naar`]
]

const portuguese: readonly Row[] = [
  [
    6,
    `(?:precisamos|preciso|tivemos|tive|vamos ter) (?:de |que )?(?:remarcar|adiar|reagendar|mudar|transferir) (?:a |sua |tua |nossa |o )?(?:\\S+ )?${PT}`
  ],
  [6, `${PT}${SET_FOR}${GAP} (?:foi|será|vai ser|está|ficou) (?:adiada|adiado|remarcada|remarcado|reagendada|transferida|transferido)`],
  [6, `(?:podemos|poderíamos|podia|pode) (?:passar|mudar|adiar|remarcar|transferir) ${IT_OR(PT)} ?(?:para|pra)`]
]

const italian: readonly Row[] = [
  [6, `${IT}${SET_FOR}${GAP} (?:è stato|è stata|è|sarà|viene|verrà) (?:rinviat|spostat|posticipat|anticipat)[oa]`],
  [6, `(?:dobbiamo|devo|dovremo) (?:rinviare|spostare|posticipare|anticipare) (?:il |l'|la |il nostro |il suo |il tuo )?(?:\\S+ )?${IT}`],
  [6, `(?:possiamo|potremmo|si può|si potrebbe) (?:spostar|rinviar|posticipar|anticipar)(?:e|lo|la) ${IT_OR(IT)} ?(?:a|al|alla|per|di)`],
  // "Domani non potremo fare il colloquio. Lo spostiamo a venerdì" (training-29).
  [6, `non (?:potremo|possiamo|riusciamo a|riusciremo a) (?:fare|tenere|svolgere) (?:il |l'|la )?(?:\\S+ )?${IT}`],
  [5, '(?:lo|la) (?:spostiamo|rinviamo|posticipiamo|anticipiamo) (?:a|al|alla|per)']
]

const ROWS = { en: english, de: german, es: spanish, fr: french, nl: dutch, pt: portuguese, it: italian } as const

export const INTERVIEW_CHANGES: readonly Phrase[] = Object.entries(ROWS).flatMap(([language, rows]) =>
  definePhrases(language as Phrase['language'], { update: rows })
)

/** Does the sender change an interview already arranged? (The same phrases, as one test of the mail's own words.) */
export const changesAnInterview: (own: string) => boolean = anyRow(Object.values(ROWS))
