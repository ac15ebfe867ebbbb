/**
 * Concepts learnt from training-10, written blind about the steps between applying and the decision (issue 11): work
 * trials said the way owners say them ("a trial night", "una noche de prueba", "una serata di prova", "ti giro una
 * piccola prova", "te compartimos un pequeño ejercicio", a Gupy "teste de perfil comportamental"); a coffee or a
 * "passe me voir"; offers and counter-offers ("wir würden dich gern nehmen", "podemos subir la propuesta", "we komen je
 * tegemoet", "lhe propor a integração"); a meeting called off with no new date; decisions waiting on someone else.
 */
import { definePhrases, type Phrase } from './types'

const english = definePhrases('en', {
  acknowledgement: [[3, '(?:come|came) through (?:to us )?(?:fine|ok|okay|safely|all right|perfectly)']],
  assessment: [[4, 'trial (?:night|evening|week|morning|afternoon)']],
  update: [
    [
      3,
      "(?:waiting on|waiting for) (?:[\\w'-]+ ){0,6}to (?:have a look|look at|review|sign off|decide|get back)|(?:she's|he's|they're) off (?:till|until)"
    ]
  ]
})

const german = definePhrases('de', {
  offer: [
    [4, '(?:würden|möchten|wollen) (?:dich|sie) (?:gern[e]? )?(?:nehmen|haben)(?= ?[.,!;])'],
    [3, 'anfangen könnt(?:est|en) (?:du|sie) (?:zum|am|ab)']
  ],
  update: [
    [4, '(?:gespräch|termin|vorstellungsgespräch) (?:\\S+ ){0,4}absagen|neuen termin (?:kann|können) (?:ich|wir) (?:\\S+ ){0,4}noch nicht'],
    [3, '(?:entscheidung|auswahlentscheidung) (?:\\p{L}+ ){0,3}(?:bedarf noch|zustimmung)']
  ]
})

const spanish = definePhrases('es', {
  assessment: [
    [3.5, '(?:noche|turno|día|jornada|semana) de prueba'],
    [4, '(?:te compartimos|te mandamos|te envío|te paso|te enviamos) (?:un|una) (?:pequeñ[oa] |breve )?(?:ejercicio|prueba|caso|reto)']
  ],
  offer: [
    [4, '(?:podemos|pudimos) (?:subir|mejorar|ajustar) (?:la|nuestra) (?:propuesta|oferta)'],
    [4, 'nos gustaría (?:mucho )?que (?:te incorporases|te unieses|empezases|formases parte)']
  ]
})

const french = definePhrases('fr', {
  interview_request: [[3.5, '(?:passe|passez) (?:me|nous) voir']],
  rejection: [[4, "(?:le |ce )?poste (?:[\\p{L}'-]+ ){0,4}est (?:désormais |maintenant |déjà )?(?:pourvu|attribué)"]]
})

const dutch = definePhrases('nl', {
  interview_request: [
    [
      3.5,
      'kom (?:je )?(?:\\S+ ){0,10}(?:koffie|bakkie|kopje koffie)(?: \\S+)? (?:drinken|doen)|ik zou (?:graag )?(?:eens )?(?:willen )?kennismaken'
    ]
  ],
  offer: [[3.5, 'we komen je tegemoet|ingangsdatum (?:blijft|wordt|is)']],
  update: [[3.5, 'loopt (?:de |het )?(?:selectie|procedure|proces) (?:\\p{L}+ ){0,2}vertraging op|stand van zaken']]
})

const portuguese = definePhrases('pt', {
  assessment: [[4, 'teste (?:de )?(?:perfil|raciocínio|lógica|comportamental|personalidade|inglês)']],
  offer: [[4, 'propor(?:-lhe)? a (?:sua )?integração']],
  rejection: [[4, '(?:optámos|optamos|decidimos|preferimos) (?:por )?(?:avançar|seguir|continuar|prosseguir) com (?:um|uma|outr)\\p{L}*']]
})

const italian = definePhrases('it', {
  acknowledgement: [[4, 'curriculum (?:\\p{L}+ ){0,2}(?:è stato|verrà) (?:inserito|registrato|acquisito)|sarà valutat[oa] dall']],
  assessment: [
    [
      4,
      'serata di prova|ti giro (?:una|un) (?:piccola |breve )?(?:prova|esercizio|test|brief)|(?:fare|a fare) una (?:serata|giornata) di prova'
    ]
  ],
  rejection: [
    [4, 'di tenere \\p{L}+,? che (?:era|è|lavora|conosce)'],
    [3.5, 'siamo al completo']
  ]
})

export const STEP_VOICE_CONCEPTS: readonly Phrase[] = [...english, ...german, ...spanish, ...french, ...dutch, ...portuguese, ...italian]
