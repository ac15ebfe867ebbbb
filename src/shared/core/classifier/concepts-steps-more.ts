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
    [3, 'grab (?:a|any|an) (?:[\\w-]+ ){0,2}(?:slot|time)|(?:want|like) to (?:do|have|hop on|jump on|set up) a (?:quick )?(?:call|chat)']
  ],
  update: [
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
  rejection: [[4, '(?:tu|su) candidatura no (?:continúa|sigue|avanza)|no (?:continúas|sigues|continúa) en el proceso']],
  update: [
    [3.5, 'figura (?:en la lista )?como admitid\\p{L}*|lista (?:provisional|definitiva) de (?:personas )?admitid\\p{L}*'],
    [2.5, 'todavía no (?:pudimos|hemos podido|hemos tenido tiempo)|recibí (?:tu|su) (?:ejercicio|prueba|caso|tarea)']
  ]
})

const french = definePhrases('fr', {
  interview_request: [
    [3.5, 'propos\\p{L}* de (?:nous|vous) (?:rencontrer|voir)'],
    [
      4,
      "convoqu\\p{L}* (?:\\p{L}+ ){0,2}(?:en|à une?|pour une?) (?:entrevue|entretien)|(?:une |l')entrevue (?:avec|le|ce|mardi|lundi|mercredi|jeudi|vendredi)"
    ]
  ],
  assessment: [[4, "test (?:de |d')(?:français|anglais|langue|rédaction)|inscrite? à la séance"]]
})

const portuguese = definePhrases('pt', {
  interview_request: [
    [3.5, '(?:gostaria(?:m|mos)?|queremos|queríamos) de (?:o |a |te |lhe |vos )?conhec\\p{L}*'],
    [3, 'seria possível (?:vir|passar|marcar)']
  ],
  assessment: [[3.5, 'aula[- ](?:teste|de demonstração|demonstrativa|experimental)']]
})

const italian = definePhrases('it', {
  acknowledgement: [
    [
      4,
      "(?:domanda|candidatura)[^\\n]{0,240}?(?:è stata|risulta) (?:correttamente )?(?:inviata|ricevuta|protocollata|acquisita|registrata)|(?:l'ho|l'abbiamo|la abbiamo) ricevut[ao]"
    ]
  ]
})

export const MORE_STEP_CONCEPTS: readonly Phrase[] = [...english, ...spanish, ...french, ...portuguese, ...italian]
