/**
 * Around the interview (issue 11, found on training-24, a blind batch of the mail around an interview).
 *
 * Invitations that never say "interview": a visit to the shelter or the workshop, a coffee, "venez voir le haras",
 * "binnenspringen", "can we connect tomorrow", the publisher who "möchte Sie persönlich kennenlernen". Refusals and
 * offers told in passing after a visit: "j'ai pris quelqu'un du coin", "zdecydowałyśmy się na osobę, która…",
 * "we want you running the taproom".
 *
 * A confirmation of a meeting agreed on the phone ("as we agreed on the phone", "wie telefonisch ausgemacht", "zoals
 * telefonisch afgesproken", "como combinamos por telefone", "te confirmo lo de mañana") is an update: the blind
 * writers of training-17 and training-24 file it so, the step having been arranged already. Its invitation words then
 * count for half (a test or an offer in the same mail keeps its weight), and the classification says it confirms an
 * interview, so the interview it names is proposed for the calendar if it is not there yet: the app never saw the call.
 * A session cancelled with no new date is an update too, not a rejection, whatever "we regret to inform you" says.
 */
import { anyRow, definePhrases, type Phrase, type Row } from './types'

const DAY_EN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|mon|tue|tues|wed|thu|thurs|fri|sat|sun)'

/** A meeting arranged outside mail, confirmed in it. */
const CONFIRMATIONS = {
  en: [
    [5, '(?:as|like) (?:we )?(?:agreed|arranged|discussed) (?:on|over|by) (?:the )?(?:tele)?(?:phone|call)'],
    [5, '(?:writing|this is) to confirm (?:your|our|the) (?:\\S+ ){0,2}(?:interview|meeting|discussion|visit|chat)(?: details)?'],
    [5, 'i (?:hereby )?confirm (?:your|our|the) (?:\\S+ ){0,2}interview|here are the details (?:for|of) your (?:\\S+ ){0,2}interview'],
    // A reminder of an interview already arranged (training-32): the calendar should have it, the step is not new.
    [5, "(?:(?:just|a) (?:quick |friendly )?)?reminder (?:of|about|that|for) (?:your|the|our|tomorrow's) (?:\\S+ ){0,2}interview"],
    [5, "as agreed, you(?:'re| are) (?:seeing|meeting)"],
    [5, `(?:this is to|just|writing to|i'm|i am) confirm(?:ing)? (?:our |your |the )?(?:\\S+ ){0,2}${DAY_EN}`]
  ],
  de: [
    [5, 'wie (?:telefonisch|am telefon) (?:besprochen|vereinbart|ausgemacht|abgesprochen)'],
    [
      5,
      '(?:gerne |hiermit )?bestätige (?:ich|wir) (?:ihnen |dir )?(?:das|den|ihr|dein|unser) (?:\\S+ )?(?:vorstellungsgespräch|gespräch|interview|termin)'
    ],
    [5, 'erinnere (?:ich )?(?:sie|dich) (?:gerne )?an (?:ihr|dein|das|unser) (?:\\S+ )?(?:vorstellungsgespräch|gespräch|interview)']
  ],
  nl: [
    [5, 'zoals (?:telefonisch|aan de telefoon) afgesproken|(?:hierbij )?bevestig (?:ik|wij|we) (?:ons|het|je|uw) (?:\\p{L}+ )?gesprek'],
    [5, 'herinnering (?:aan|voor) (?:ons|het|je|uw) (?:\\p{L}+ )?gesprek']
  ],
  es: [
    [5, '(?:como|tal como) (?:lo )?(?:hablamos|acordamos|quedamos|combinamos) por teléfono|te confirmo lo de (?:mañana|hoy|el)'],
    [5, '(?:te|le) (?:recuerdo|recordamos) (?:tu|su|la) (?:\\S+ )?entrevista|(?:te|le) confirmo (?:tu|su|la) (?:\\S+ )?entrevista']
  ],
  pt: [
    [5, 'como (?:combinamos|falamos|conversamos|acordamos) por telefone|confirmando (?:a )?nossa conversa'],
    [
      5,
      '(?:relembramos|lembramos|recordamos) (?:a sua|a tua|o seu|o teu|a) (?:\\S+ )?entrevista|(?:confirmo|confirmamos) (?:a sua|a tua|a) (?:\\S+ )?entrevista'
    ]
  ],
  fr: [
    [5, 'comme (?:convenu|vu) (?:au|par) téléphone|petit rappel pour (?:demain|lundi|mardi|mercredi|jeudi|vendredi)'],
    [
      5,
      "tel que convenu (?:lors de notre (?:appel|conversation|échange)|au téléphone|par téléphone)|voici la confirmation de (?:votre|ton) (?:entrevue|entretien|rendez-vous)|(?:je vous|nous vous) confirm(?:e|ons) (?:votre|l') ?(?:entrevue|entretien)"
    ]
  ],
  it: [
    [5, "come (?:concordato|d'accordo|da accordi) (?:al|per) telefono|come da calendario pubblicato|come da accordi telefonici"],
    [5, "(?:le|ti|vi) (?:confermo|confermiamo|ricordo|ricordiamo) (?:il|l'|la) ?(?:\\S+ )?(?:colloquio|incontro|appuntamento)"]
  ],
  // Swedish and Polish, read in any language: "jag bekräftar härmed intervjun", "potwierdzam spotkanie".
  any: [[5, 'bekräftar (?:härmed )?(?:intervjun|mötet|samtalet|din intervju)|potwierdzam (?:nasze |pani |panu )?(?:spotkanie|rozmowę)']]
} satisfies Record<string, readonly Row[]>

/** Does the sender confirm a meeting already arranged (on the phone, or by a published calendar)? */
export const confirmsAnInterview: (own: string) => boolean = anyRow(Object.values(CONFIRMATIONS))

const english = definePhrases('en', {
  interview_request: [
    [3.5, '(?:can|could|shall) we (?:connect|catch up|speak|talk) (?:tomorrow|today|this|next|on|over)'],
    [2.5, 'discussion (?:regarding|about|on) the (?:role|position|opening|opportunity|requirement|profile)']
  ],
  offer: [[4, 'we want you (?:running|to run|to lead|to join|on (?:board|the team)|as our)']],
  update: [
    ...CONFIRMATIONS.en,
    [5, '(?:session|visit|assessment day|open day|group session)(?: [\\w#(),.-]+){0,8} (?:has been|have been|was|is) cancell?ed']
  ]
})

const german = definePhrases('de', {
  interview_request: [
    [3.5, '(?:möchte|möchten|würde|würden) (?:sie|dich|euch) (?:\\p{L}+ ){0,3}kennenlernen'],
    [3, 'wäre (?:ihnen|dir|euch) (?:\\p{L}+ ){0,2}(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)']
  ],
  update: CONFIRMATIONS.de
})

const dutch = definePhrases('nl', {
  interview_request: [[3.5, 'binnenspringen|binnen (?:te )?springen']],
  update: CONFIRMATIONS.nl
})

const spanish = definePhrases('es', {
  interview_request: [[3.5, '(?:invitarle|invitarte|invitarlos|invitaros) a (?:subir|visitar|conocer|venir|pasar)']],
  update: CONFIRMATIONS.es
})

const portuguese = definePhrases('pt', {
  interview_request: [
    [3.5, '(?:bora|vamos|que tal) (?:tomar|tomarmos) um café'],
    [3.5, '(?:quero|queria|queremos) (?:te |lhe |vos )?conhecer']
  ],
  acknowledgement: [[4, 'recebi (?:o )?(?:seu|teu) (?:currículo|cv|e-?mail|contato)']],
  update: CONFIRMATIONS.pt
})

const french = definePhrases('fr', {
  interview_request: [
    [3.5, 'venez (?:nous )?(?:voir|visiter|rencontrer|faire un tour|passer)'],
    [2.5, '(?:parler|parlera|parlerons|discuter) (?:du|de ce) poste']
  ],
  rejection: [[4, "(?:pris|embauché|engagé|recruté) quelqu(?:'|’| )?un"]],
  update: CONFIRMATIONS.fr
})

const italian = definePhrases('it', { update: CONFIRMATIONS.it })

const polish = definePhrases('any', {
  interview_request: [
    [3.5, 'wpaść do nas|wpadnij do nas|(?:może|mogłaby|mógłby|możesz) (?:pani|pan)?(?:/pan|/pani)? ?wpaść'],
    [2.5, 'poznamy się']
  ],
  rejection: [
    [4, '(?:zdecydowaliśmy|zdecydowałyśmy|zdecydowałam|zdecydowałem) się na (?:osobę|kandydat\\p{L}*|kogoś)(?:,)? (?:która|który|z|kto)']
  ]
})

export const AROUND_INTERVIEW_CONCEPTS: readonly Phrase[] = [
  ...english,
  ...german,
  ...dutch,
  ...spanish,
  ...portuguese,
  ...french,
  ...italian
]
export const AROUND_INTERVIEW_ANY_LANGUAGE: readonly Phrase[] = [...polish, ...definePhrases('any', { update: CONFIRMATIONS.any })]
