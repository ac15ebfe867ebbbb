/**
 * Steps told by what happens rather than by their name (issue 11, found on training-21): a test described by its task
 * ("bring your knives, you'll cook two dishes", "plan and run a short group time", "une nuit en doublure", "mee te draaien",
 * "vem fazer o jantar à experiência", "prepare una sesión de 20 minutos"), and an offer buried in logistics (a start date,
 * "salary as discussed", "seu início seria", "te esperamos el lunes para tu ingreso", "du kan börja måndag"). Start words
 * alone weigh 3, pay as agreed 2.5: one of them is a fair reading, the two together a sure one. The same idea is written in
 * each language where it is natural; Scandinavian and Polish rows are read on every mail, gated by their words.
 */
import { definePhrases, type Phrase } from './types'

const WEEKDAY = {
  en: '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  sv: '(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)',
  da: '(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)'
}

const english = definePhrases('en', {
  assessment: [
    [
      3.5,
      "(?:you'll|you will|you'd) cook (?:\\p{L}+ ){0,2}(?:dishes|courses|plates|a dish|a main)|bring (?:your|along your) (?:own )?knives"
    ],
    [
      3.5,
      '(?:plan|prepare) and (?:run|lead|deliver|teach|present) a (?:short |brief |small )?(?:group|session|activity|lesson|class|story)'
    ],
    [3.5, 'paid (?:morning|afternoon|evening|night|day) (?:in|on|at|with) (?:our|the)']
  ],
  offer: [
    [3, '(?:your )?start(?:ing)? date (?:would|will) be'],
    [3, `you (?:could|can) start (?:on )?(?:${WEEKDAY.en}|the \\d)`],
    [2.5, '(?:salary|pay|rate|wage|an hour|a year|per hour|per annum) as (?:discussed|we said|agreed|we agreed|we discussed)'],
    [3.5, "(?:we'd|we would) love to have you (?:on|join|in) (?:the|our) (?:team|crew|staff|board)"]
  ]
})

const german = definePhrases('de', {
  assessment: [
    [
      3.5,
      '(?:du kochst|sie kochen|ihr kocht) (?:\\p{L}+ ){0,2}(?:gerichte|gänge|menü|gericht)|(?:nimm|bring|bringen sie) (?:deine|ihre) messer mit'
    ],
    [3.5, 'gestalten (?:\\p{L}+ ){0,5}(?:kleine |kurze )?(?:aktivität|angebot|einheit|sequenz|lerneinheit)'],
    [
      3.5,
      '(?:bereiten sie|bereite) (?:\\p{L}+ ){0,6}vor und (?:bringen sie|bring) (?:\\p{L}+ ){0,2}(?:zum|zu unserem|ins) (?:termin|gespräch|treffen) mit'
    ]
  ],
  offer: [
    [
      3,
      '(?:du könntest|sie könnten|du kannst|sie können) (?:am|ab) (?:\\p{L}+ |\\d+\\. ?){1,2}(?:anfangen|starten|beginnen)|(?:dein|ihr) (?:erster )?arbeitstag (?:wäre|ist|wird)'
    ],
    [2.5, '(?:gehalt|lohn|vergütung) wie (?:besprochen|vereinbart|abgesprochen)']
  ]
})

const spanish = definePhrases('es', {
  assessment: [
    [3.5, '(?:prepare|prepares|preparar|prepara) una (?:sesión|clase|actividad|presentación) de \\d+ minutos'],
    [3.5, 'clase (?:muestra|de muestra|modelo|demostrativa|de prueba)']
  ],
  offer: [
    [3.5, '(?:te|le) esperamos (?:el )?(?:\\p{L}+ )?(?:\\d+ )?para (?:tu|su) (?:ingreso|incorporación|primer día)'],
    [3, '(?:tu|su) (?:fecha de )?(?:ingreso|incorporación) (?:sería|será) (?:el|a partir)'],
    [
      2.5,
      '(?:sueldo|salario) (?:base )?(?:de \\$?[\\d.,]+ (?:\\p{L}+ )?)?(?:como (?:te |le )?(?:expliqué|hablamos|acordamos|comentamos)|según lo (?:hablado|acordado))'
    ]
  ]
})

const portuguese = definePhrases('pt', {
  assessment: [
    [3.5, '(?:fazer|faz|faça|vem fazer|venha fazer) (?:\\p{L}+ ){0,4}à experiência'],
    [3.5, 'aula (?:teste|experimental|demonstrativa)']
  ],
  offer: [
    [3, '(?:seu|teu|o seu|o teu) início (?:seria|será|vai ser)|(?:podes|pode|poderia|poderias) começar (?:na|no|dia|a)'],
    [2.5, '(?:salário|ordenado|vencimento) (?:conforme|como) (?:conversado|combinado|falado|falámos|conversamos)']
  ]
})

const french = definePhrases('fr', {
  assessment: [[4, "(?:nuit|journée|matinée|soirée|service) en doublure|faire une (?:nuit|journée|matinée) d'essai"]],
  offer: [
    [3, '(?:tu pourrais|vous pourriez) commencer (?:le|dès|lundi|mardi|mercredi|jeudi|vendredi)'],
    [3, "(?:je peux|on peut|nous pouvons) (?:t'|vous )offrir \\d"],
    [2.5, "(?:on|nous) aimerai(?:t|ons) (?:vraiment |beaucoup )?(?:t'|vous )avoir dans (?:l'|notre )équipe"]
  ]
})

const italian = definePhrases('it', {
  assessment: [
    [3.5, '(?:prepari|preparare|prepara) una (?:lezione|attività|presentazione) di \\d+ minuti|lezione (?:simulata|dimostrativa)']
  ],
  offer: [
    [
      3,
      '(?:potresti|potrebbe) (?:iniziare|cominciare) (?:da |il |lunedì|martedì|mercoledì|giovedì|venerdì)|(?:il tuo|il suo) primo giorno (?:sarebbe|sarà)'
    ],
    [2.5, "(?:stipendio|retribuzione|paga) come (?:concordato|detto|d'accordo|ne abbiamo parlato)"]
  ]
})

const dutch = definePhrases('nl', {
  assessment: [[3.5, '(?:middag|ochtend|dag|avond|dienst|dagdeel) mee (?:te )?draaien|meedraaien|meedraai(?:dag|dienst)']],
  offer: [
    [3, '(?:je|u) (?:zou|kunt|kan) (?:op|per|vanaf) (?:\\p{L}+ ){1,2}(?:beginnen|starten)|(?:je|uw) eerste werkdag (?:is|wordt|zou|wordt)'],
    [2.5, '(?:salaris|loon) zoals (?:besproken|afgesproken)']
  ]
})

const nordicAndPolish = definePhrases('any', {
  assessment: [[3.5, 'provjobba|provjobb|prøvevagt|prøvevakt|prøvedag|arbejdsprøve|arbeidsprøve|provdag']],
  offer: [
    [3, `du kan (?:börja|begynde|begynne|starte|starta) (?:på )?(?:${WEEKDAY.sv}|${WEEKDAY.da}|den \\d|\\d)`],
    [2.5, 'lön enligt|løn (?:som aftalt|efter aftale)|lønn som avtalt|(?:wynagrodzenie|pensja) (?:zgodnie z ustaleniami|jak ustaliliśmy)'],
    [3, '(?:mogłaby pani|mógłby pan|możesz|może pani|może pan) zacząć (?:od|w) ']
  ]
})

export const QUIET_STEPS_ANY_LANGUAGE: readonly Phrase[] = nordicAndPolish
export const QUIET_STEP_CONCEPTS: readonly Phrase[] = [...english, ...german, ...spanish, ...portuguese, ...french, ...italian, ...dutch]
