/**
 * More steps by concept (issue 11), learnt from fresh voices: registries and competition offices that confirm an
 * application ("se ha registrado correctamente su solicitud", "la Sua domanda … è stata inviata correttamente"), a
 * published list of admitted candidates, owners who want to meet ("Tanya wants to meet you", "quiere conocerte",
 * "gostaríamos de a conhecer", "je vous propose de nous rencontrer"), Québec's "entrevue", sample lessons as a test
 * ("clase muestra", "aula-teste"), a language test, the wait after a test was handed in, and a course's admissions
 * office, which is not a job.
 */
import { definePhrases, type Phrase } from './types'

const english = definePhrases('en', {
  interview_request: [
    [
      3.5,
      "(?:wants?|would like|'d like|is keen|are keen|would love|'d love) to (?:meet|see) you(?= ?[.,!;]| in person| properly| for| at| on| next| this| tomorrow)(?! (?:at|on) (?:the|your) (?:first|start|induction))"
    ],
    [3.5, '(?:able|free|available) to (?:come|pop|drop|swing) (?:by|in|over|round|into)'],
    [
      3.5,
      '(?:can|could|would) you (?:do|make|join|hop on|jump on) (?:a|an) (?:[\\w-]+ ){0,2}(?:call|chat|meeting|interview|video call|catch-up)'
    ],
    [3, 'grab (?:a|any|an) (?:[\\w-]+ ){0,2}(?:slot|time)|(?:want|like) to (?:do|have|hop on|jump on|set up) a (?:quick )?(?:call|chat)']
  ],
  acknowledgement: [
    [3, '(?:well|duly) received(?: with thanks)?|received with thanks'],
    [4, 'acknowledge (?:the )?receipt of your (?:application|cv|resume|email|documents)|(?:is|are) (?:now )?(?:for|under) evaluation'],
    [3.5, '(?:shortlisted|successful|selected) (?:candidates|applicants) will be (?:contacted|invited|notified)']
  ],
  assessment: [
    [
      4,
      '(?:written|multiple-choice|civil service|entrance|competitive|qualifying|performance) (?:examination|exam)|(?:invited|scheduled|required) to (?:participate in|take|sit|attend) (?:the|a|an) (?:[\\w-]+ ){0,2}(?:examination|exam)'
    ]
  ],
  offer: [[3.5, '(?:want|wants) you(?: on board| on the team| in the team)?!']],
  update: [
    // The paperwork after a yes, not a test: "your occupational health assessment has been booked".
    [
      4,
      '(?:occupational health (?:assessment|appointment|check|screening|questionnaire|clearance)|(?:pre-?employment|new starter) (?:appointment|check|checks|screening|questionnaire|clearance|forms?))|(?:dbs|background|criminal record|right to work) checks?'
    ],
    [2.5, 'expenses (?:claim|form)|reimburse (?:you|your)'],
    [
      4,
      "(?:thank you|thanks) for accepting (?:your|our|the) (?:[\\w-]+ ){0,2}offer|now that you(?:'ve| have) accepted (?:your|our|the) (?:[\\w-]+ ){0,2}offer"
    ]
  ],
  unrelated: [
    [
      4,
      'places? (?:on|for) the (?:[\\w-]+ ){0,4}(?:course|programme|program|certificate|diploma|degree|module)|(?:january|april|september|spring|autumn|fall|next) intake|waiting list for (?:the|a) (?:course|place on)'
    ]
  ]
})

const spanish = definePhrases('es', {
  acknowledgement: [
    [
      4,
      '(?:registrado|recibido|presentado) correctamente (?:su|tu) (?:solicitud|candidatura|instancia)|se ha registrado (?:correctamente )?(?:su|tu) (?:solicitud|candidatura)|justificante de (?:presentación|registro)'
    ]
  ],
  interview_request: [
    [3.5, '(?:quiere|quieren|queremos|quisiéramos|quisiera|me gustaría|le gustaría|les gustaría) conocer(?:te|le|la|lo|os)'],
    [3, '(?:podés|puedes|podrías|podría|puede|pueden) venir (?:el|este|mañana|al|a la|a nuestr)']
  ],
  assessment: [[3.5, 'clase (?:muestra|de prueba|demostrativa|modelo)']],
  rejection: [
    [
      4,
      '(?:tu|su) candidatura no (?:continúa|sigue|avanza)|no (?:continúas|sigues|continúa) en el proceso|no (?:vas|va|vais|van) a (?:continuar|seguir|avanzar|pasar) (?:en|a|con)'
    ],
    [
      4,
      '(?:puesto|plaza|vacante|posición) (?:lo |la )?(?:va a |van a )?(?:ocupar|ocupará|cubrir|cubrirá|cubre|ocupa) (?:una?|otr[oa]|alguien)'
    ],
    [4, '(?:apostar|apostado|apostamos) por (?:otr[oa]|alguien|un[a]? (?:candidat|perfil|persona))\\p{L}*']
  ],
  update: [
    [
      3,
      '(?:expectativas|pretensiones|aspiraciones) salariales|disponibilidad para incorporarte|(?:fecha|cuándo podrías) (?:de )?incorpor\\p{L}*'
    ],
    [3.5, 'figura (?:en la lista )?como admitid\\p{L}*|lista (?:provisional|definitiva) de (?:personas )?admitid\\p{L}*'],
    [2.5, 'todavía no (?:pudimos|hemos podido|hemos tenido tiempo)|recibí (?:tu|su) (?:ejercicio|prueba|caso|tarea)']
  ]
})

/**
 * A work trial is an assessment: a trial shift, a sample lesson, a Probearbeitstag, a proefles, a giornata di prova. Three
 * writers who never saw the rules read them so, and they are something to prepare and show, not a conversation. Shadowing
 * (hospitieren, meelopen, a shadow shift) is a visit: those writers filed it as an interview step.
 */
const WORK_TRIALS = [
  definePhrases('en', {
    assessment: [
      [4, 'trial (?:shift|day|session)|paid trial shift'],
      [3.5, '(?:teach|deliver|give|plan) a (?:\\d+[- ]minute )?(?:sample |trial |short |demo |taster )lesson|sample lesson|demo lesson']
    ]
  }),
  definePhrases('de', { assessment: [[3.5, 'probearbeit\\p{L}*|probetag|lehrprobe|unterrichtsprobe']] }),
  // Shadowing is a visit, not a test: "hospitieren", "meelopen", a shadow shift.
  definePhrases('de', { interview_request: [[2.5, 'hospitation\\p{L}*|hospitieren|schnuppertag']] }),
  definePhrases('en', { interview_request: [[2.5, 'shadow shift|shadowing (?:day|shift|session)']] }),
  definePhrases('nl', { interview_request: [[2.5, 'meelopen|meeloopdag|meeloopdienst|een dagje (?:mee|kijken)']] }),
  definePhrases('nl', { assessment: [[4, 'proefles|proefdag|proefdraaien']] }),
  definePhrases('fr', { assessment: [[3.5, "journée d'essai|(?:leçon|cours|service) d'essai|essai en (?:salle|cuisine|boutique)"]] }),
  definePhrases('es', { assessment: [[3.5, 'turno de prueba|día de prueba|jornada de prueba|prueba en (?:sala|cocina|tienda)']] }),
  definePhrases('pt', { assessment: [[3.5, 'dia de experiência|dia de teste|turno de experiência|período de experiência em loja']] }),
  // "Eine Lehrprobe mit anschließendem Gespräch", "a trial shift followed by a chat": a work trial and an interview.
  definePhrases('en', {
    interview_request: [
      [
        5.5,
        '(?:lehrprobe|hospitation\\p{L}*|probearbeit\\p{L}*|probetag|trial shift|sample lesson|proefles|meeloopdag)[^.!?\\n]{0,60}?(?:gespräch|interview|chat|conversation|gesprek)'
      ]
    ]
  }),
  definePhrases('de', {
    interview_request: [
      [
        5.5,
        '(?:lehrprobe|hospitation\\p{L}*|probearbeit\\p{L}*|probetag|trial shift|sample lesson|proefles|meeloopdag)[^.!?\\n]{0,60}?(?:gespräch|interview|chat|conversation|gesprek)'
      ]
    ]
  }),
  definePhrases('nl', {
    interview_request: [
      [
        5.5,
        '(?:lehrprobe|hospitation\\p{L}*|probearbeit\\p{L}*|probetag|trial shift|sample lesson|proefles|meeloopdag)[^.!?\\n]{0,60}?(?:gespräch|interview|chat|conversation|gesprek)'
      ]
    ]
  }),
  definePhrases('it', { assessment: [[3.5, 'giornata di prova|lezione di prova|turno di prova|prova (?:in sala|in cucina|pratica in)']] })
].flat()

const german = definePhrases('de', {
  rejection: [[3.5, 'leider passt es (?:\\p{L}+ ){0,4}nicht|passt es (?:\\p{L}+ ){0,4}(?:leider )?(?:doch )?nicht(?= ?[.,!;])']],
  interview_request: [
    [
      4,
      '(?:zu|zum|zur) (?:einem |einer |unserem |unserer )?(?:\\p{L}+ ){0,2}(?:gespräch|vorstellungsgespräch|kennenlerngespräch|interview|kennenlernen|termin)\\p{L}* (?:\\p{L}+ ){0,5}einladen'
    ]
  ]
})

const french = definePhrases('fr', {
  rejection: [
    [
      4,
      "(?:opté|optons|choisi|retenu|privilégié) (?:pour )?(?:une?|un autre|une autre|quelqu'un) (?:[\\p{L}-]+ )?(?:qui|déjà|ayant|avec|dont|plus)"
    ],
    [4, "(?:proposé|offert|attribué|confié|donné) à (?:une autre|un autre|quelqu'un|d'autres) ?(?:personne|candidat|candidate|profil)?"],
    [
      4,
      "(?:ne|n') ?(?:\\p{L}+ ){0,2}pas (?:de )?suite (?:à|a) (?:votre|ta) (?:candidature|demande)|(?:ne|n') (?:pouvons|pourrons|donnerons|donnons) (?:\\p{L}+ )?pas (?:de )?suite"
    ]
  ],
  interview_request: [
    [3.5, 'propos\\p{L}* de (?:nous|vous) (?:rencontrer|voir)'],
    [
      4,
      "convoqu\\p{L}* (?:\\p{L}+ ){0,2}(?:en|à une?|pour une?) (?:entrevue|entretien)|(?<!(?:j'|j’)ai |tu as |on a |j'avais )(?:une |l')entrevue (?:avec|le|ce|mardi|lundi|mercredi|jeudi|vendredi)"
    ]
  ],
  assessment: [[4, "test (?:de |d')(?:français|anglais|langue|rédaction)|inscrite? à la séance"]]
})

const portuguese = definePhrases('pt', {
  rejection: [
    [4, '(?:perfil|candidatura) não (?:será|foi|vai ser|irá ser) (?:\\p{L}+ )?(?:considerad|selecionad|retid|admitid)\\p{L}*'],
    [
      4,
      '(?:contratando|contratamos|contratámos|escolhemos|selecionamos|ficamos com) (?:alguém|outr[oa]|uma pessoa|um candidato|uma candidata)'
    ],
    [
      4,
      '(?:optamos|optámos|optou|optaram|decidimos) (?:por )?(?:outr[oa]s?|alguém|candidat\\p{L}*|pessoas?|perfis?|profissiona\\p{L}*) (?:com|que|mais|cujo|cuja|de)'
    ]
  ],
  interview_request: [
    [3.5, '(?:gostaria(?:m|mos)?|queremos|queríamos) de (?:o |a |te |lhe |vos )?conhec\\p{L}*'],
    [3, 'seria possível (?:vir|passar|marcar)']
  ],
  update: [[3, 'pretensão salarial|expectativa salarial|disponibilidade para (?:se )?mudar|disponibilidade para (?:começar|iniciar)']],
  assessment: [[3.5, 'aula[- ](?:teste|de demonstração|demonstrativa|experimental)']]
})

const italian = definePhrases('it', {
  rejection: [
    [
      4,
      "(?:andare|andiamo|andremo|siamo andati|scelto di andare|deciso di andare) (?:avanti )?con (?:un altro|un'altra|altri|altre|qualcun)\\p{L}*"
    ]
  ],
  acknowledgement: [
    [
      4,
      "(?:domanda|candidatura)[^\\n]{0,240}?(?:è stata|risulta) (?:correttamente )?(?:inviata|ricevuta|protocollata|acquisita|registrata)|(?:l'ho|l'abbiamo|la abbiamo) ricevut[ao]"
    ]
  ]
})

export const MORE_STEP_CONCEPTS: readonly Phrase[] = [
  ...WORK_TRIALS,
  ...english,
  ...german,
  ...spanish,
  ...french,
  ...portuguese,
  ...italian
]
