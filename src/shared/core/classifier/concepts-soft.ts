/**
 * The soft parts of a rejection, which stay formulaic even when its deciding sentence is new (issue 11):
 * thanks for your interest, "on this occasion", good luck, we keep your details, future vacancies, feedback
 * offered, a close call, "not the news you hoped for". None decides; several together do, and only where
 * they outweigh everything else (index.ts: combinedRejection), and never with a sure confidence.
 */
import { definePhrases, type Phrase } from './types'

export const SOFT_REJECTION_WEIGHT = 1.5

export const SOFT_REJECTION: readonly Phrase[] = [
  ...definePhrases('en', {
    rejection: [
      [0.8, '(?:thank(?:s| you)|grateful) (?:so much |very much )?for (?:your|the) (?:time|interest|effort|patience)'],
      [0.8, 'on this occasion|at this (?:time|stage|point)|this time (?:round|around)?'],
      [
        1.2,
        '(?:happy|glad|welcome|pleased) to (?:give|share|provide|offer|arrange) (?:you )?(?:some |any )?feedback|if you would like (?:some |any )?feedback|feedback (?:on|about) your (?:interview|application)'
      ],
      [
        1.2,
        'close call|tough call|difficult (?:choice|decision)|hard (?:choice|decision)|very close|close second|strong (?:field|pool)|high (?:calibre|caliber|quality|standard) of (?:candidates|applicants|applications)'
      ],
      [1.5, 'not the news you (?:were hoping|wanted|hoped)|(?:sorry|sad) to (?:be writing|write) with|disappointing news'],
      [1, '(?:hold on to|retain|keep) your (?:details|cv|resume|information|application)'],
      [0.6, '(?:stay|keep) in touch'],
      // A subject that announces an outcome: mostly a rejection (an offer says so).
      [0.8, '(?:application|interview|recruitment|selection) (?:outcome|result|decision)|outcome of (?:your|the) (?:application|interview)']
    ]
  }),
  ...definePhrases('de', {
    rejection: [
      [0.8, '(?:vielen |herzlichen )?dank für (?:ihr|dein) interesse'],
      [
        1.5,
        'für (?:ihre|deine) (?:weitere|berufliche) zukunft|für (?:ihren|deinen) weiteren (?:beruflichen )?weg|bitten um (?:ihr )?verständnis'
      ],
      [1.2, 'nicht leicht(?:gefallen| gemacht)|knappe entscheidung|schwere entscheidung'],
      [1.5, '(?:unterlagen|daten) (?:\\p{L}+ ){0,4}(?:gelöscht|vernichtet|zurückgesandt)'],
      [0.8, 'in diesem fall|dieses mal|diesmal|ergebnis (?:ihrer|deiner|des) (?:bewerbung|auswahlverfahrens)']
    ]
  }),
  ...definePhrases('es', {
    rejection: [
      [0.8, 'gracias por (?:tu|su) (?:interés|tiempo|participación)'],
      [
        1.5,
        '(?:conservaremos|guardaremos|mantendremos) (?:tus|sus) datos|(?:tu|su) (?:cv|candidatura|perfil) en (?:nuestra )?base de datos'
      ],
      [1, 'futuras (?:oportunidades|vacantes|necesidades|ofertas)|próximos procesos'],
      [1.2, 'mucha suerte|éxito en (?:tu|su) (?:búsqueda|carrera|futuro)|reñido|(?:difícil|dura) decisión|decisión (?:difícil|dura)'],
      [0.8, 'en esta ocasión|resultado (?:de tu|de su|del) (?:candidatura|proceso)']
    ]
  }),
  ...definePhrases('fr', {
    rejection: [
      [0.8, "(?:merci|remercions) (?:pour|de) (?:votre|l') ?intérêt"],
      [1.5, '(?:conservons|conserverons|garderons|gardons) (?:votre|ton) (?:cv|candidature|dossier)|sous le coude'],
      [1, '(?:prochaines?|futures?) (?:opportunités|offres)'],
      [1.2, 'plein succès|bonne chance|dans vos (?:recherches|projets)|choix difficile|décision difficile'],
      [0.8, 'pour cette fois|cette fois-ci|réponse à votre candidature|suite donnée à votre candidature']
    ]
  }),
  ...definePhrases('nl', {
    rejection: [
      [0.8, '(?:dank|bedankt) (?:je |u )?(?:wel )?voor (?:je|jouw|uw) (?:interesse|tijd)'],
      [1.5, '(?:bewaren|houden) (?:je|uw) (?:gegevens|cv)'],
      [1, 'toekomstige vacatures|een volgende keer'],
      [1.2, 'succes met (?:je|uw) (?:verdere )?(?:zoektocht|loopbaan)|moeilijke (?:keuze|beslissing)'],
      [0.8, 'deze keer|dit keer|uitslag (?:van )?(?:je|jouw|uw) sollicitatie']
    ]
  }),
  ...definePhrases('pt', {
    rejection: [
      [
        0.8,
        'obrigad[oa] (?:pelo|por seu|pelo seu|pela sua) (?:interesse|participação|tempo)|agradecemos (?:o seu|seu|a sua|sua) (?:interesse|participação)'
      ],
      [1.5, 'banco de talentos|(?:manteremos|guardaremos) (?:o seu|seu|o teu) (?:currículo|cv|perfil)'],
      [1, '(?:futuras|próximas) oportunidades|próximos processos'],
      [1.2, 'boa sorte|sucesso (?:na sua|em sua|nos seus|na tua)|decisão difícil'],
      [0.8, 'desta vez|resultado (?:da|do) (?:sua |seu )?(?:candidatura|processo)']
    ]
  }),
  ...definePhrases('it', {
    rejection: [
      [0.8, "grazie per (?:l'interesse|il tuo interesse|il suo interesse|il tempo|la partecipazione)"],
      [1.5, '(?:conserveremo|terremo) (?:il tuo|il suo) (?:cv|curriculum)|banca dati'],
      [1, '(?:future|prossime) (?:opportunità|selezioni)'],
      [1.2, 'in bocca al lupo|buona fortuna|scelta difficile|decisione difficile'],
      [0.8, 'questa volta|per questa volta|esito (?:della|del) (?:tua |sua )?(?:candidatura|selezione|colloquio)']
    ]
  })
]
