/**
 * Concepts learnt from training-11 (English from thirteen countries) and training-12 (six languages, regional), both
 * written blind (issue 11): a profile not shortlisted, a vacancy withdrawn, results under the qualifying standard, "we
 * will no longer be proceeding", an agency's "she wants you"; acknowledgements that say a file arrived ("sind
 * vollständig bei uns eingelangt", "is goed bij ons aangekomen", "wij ontvingen je kandidatuur", "confermiamo di aver
 * ricevuto"), a post given to a colleague or kept in-house ("die Stelle einer Kollegin gegeben", "unseren eigenen Lehrling
 * übernehmen", "ha scelto di inserire una praticante", "a tenu à proposer la boutique à Audrey", "richiamare le ragazze
 * della scorsa stagione"), a post frozen ("congelou a vaga"), a candidacy not retained ("niet te weerhouden", "uw
 * sollicitatie eindigt hier"); offers ("wir möchten Sie gerne als … bei uns haben", "bied ik je een jaarcontract aan",
 * "nos encantaría que se integre").
 */
import { definePhrases, type Phrase } from './types'

const english = definePhrases('en', {
  rejection: [
    [4, '(?:profile|application|cv|resume|candidacy) (?:has|have|was) not been (?:shortlisted|selected|considered|taken forward)'],
    [4, 'withdraw (?:this|the) (?:vacancy|post|position|role)|no appointment will be made'],
    [
      4,
      '(?:will )?no longer be (?:proceeding|progressing|moving forward) with your|you will not be (?:proceeding|progressing|moving forward|advancing)'
    ],
    [4, "(?:did not|didn't) meet the (?:[\\w-]+ )?(?:standard|threshold|pass mark|benchmark|score)"],
    [4, 'not (?:going to )?(?:move|moving|take|taking|put|putting) you (?:to|through to|forward to|into) (?:the )?(?:final|next|second)']
  ],
  interview_request: [[3.5, 'selected for (?:the )?(?:second|next|final) (?:stage|round)|face-to-face interview']],
  assessment: [
    [3.5, '(?:numeracy|literacy|manual handling|safeguarding|food hygiene|typing|data entry) (?:check|checks|module|modules|quiz)'],
    [3.5, '(?:a |the |short )practical(?= ?[-–—:,.]| first| test| assessment| exercise)']
  ],
  offer: [[3.5, '(?:she|he) wants you(?= ?[.,!;])']],
  update: [
    [4, '(?:interview|exam|examination|meeting)(?: [\\w#(),.-]+){0,8} (?:has been|have been|was) (?:postponed|cancell?ed)'],
    [3, 'a new date will be (?:communicated|sent|confirmed|arranged)']
  ]
})

const german = definePhrases('de', {
  acknowledgement: [
    [4, '(?:unterlagen|bewerbung) (?:\\S+ ){0,12}(?:sind|ist) (?:vollständig |gut )?bei uns (?:eingelangt|eingegangen|angekommen)']
  ],
  offer: [[4, '(?:möchten|würden) (?:sie|dich) (?:gern[e]? )?als (?:\\S+ ){0,4}bei uns haben']],
  rejection: [
    [4, 'stelle (?:\\p{L}+ ){0,2}(?:einer|einem) (?:kollegin|kollegen|bewerberin|bewerber|mitarbeiterin|mitarbeiter) gegeben'],
    [
      4,
      '(?:eigenen|unseren) (?:lehrling|azubi|auszubildenden|mitarbeiter\\p{L}*) (?:\\S+ ){0,4}(?:zu )?übernehmen|stelle (?:\\S+ ){0,3}nicht extern (?:vergeben|besetzen)'
    ]
  ]
})

const spanish = definePhrases('es', {
  offer: [[4, 'nos encantaría que (?:se integre|te integres|se incorpore|te incorpores|se una|te unas)']]
})

const french = definePhrases('fr', {
  rejection: [
    [
      4,
      "(?:tenu à|décidé de|choisi de) proposer (?:le poste|la boutique|la place|le contrat) à|(?:je |nous )?n'irai(?:s|ons)? (?:donc )?pas plus loin avec votre candidature"
    ],
    [4, "(?:pu |avons )?combler nos besoins|ne l'ajouterons pas à la liste"]
  ]
})

const dutch = definePhrases('nl', {
  acknowledgement: [
    [
      4,
      '(?:sollicitatie|kandidatuur|brief|cv) (?:\\S+ ){0,10}is (?:goed |in goede orde )?bij ons (?:aangekomen|binnengekomen)|(?:wij|we) ontvingen (?:je|uw) (?:kandidatuur|sollicitatie|brief|cv)'
    ]
  ],
  offer: [
    [
      4,
      '(?:bied|bieden) (?:ik |we )?(?:je|u) (?:een )?(?:jaarcontract|contract|vast contract|arbeidsovereenkomst) aan|we willen (?:jou|je|u) (?:graag )?(?:in|bij|op)'
    ]
  ],
  rejection: [
    [
      4,
      '(?:je|uw) kandidatuur niet te weerhouden|(?:je|uw) sollicitatie eindigt hier|gaat (?:daarom )?verder met de (?:twee |drie )?andere kandidaten'
    ]
  ]
})

const portuguese = definePhrases('pt', {
  rejection: [
    [4, 'congel(?:ou|amos|ada|ado) a vaga|encerramos o processo sem contratação'],
    [4, '(?:foi|foram) atribuíd[oa] (?:à|ao) candidat[oa] (?:graduad|ordenad|classificad)\\p{L}* em 1'],
    [3.5, '(?:sua )?candidatura ficou ordenada em [2-9]']
  ],
  interview_request: [[3.5, 'quer bater um papo com (?:você|vc)|propomos uma entrevista']]
})

const italian = definePhrases('it', {
  acknowledgement: [
    [
      4,
      'confermiamo di aver ricevuto (?:il suo|il tuo|la sua|la tua) (?:curriculum|cv|candidatura)|la domanda di partecipazione (?:\\S+ ){0,40}è stata inviata correttamente'
    ]
  ],
  rejection: [
    [4, 'ha scelto di inserire (?:una|un) (?:praticante|collega|persona|candidat\\p{L}*|ragazz\\p{L}*)|(?:chiuso|chiusa) la ricerca'],
    [
      4,
      'deciso di richiamare (?:le|i|gli) (?:\\p{L}+ ){0,2}(?:della|dello|dell\\S*) scorsa stagione|non è ammess[oa] alla prova|esito: non superat[oa]'
    ]
  ],
  update: [[3.5, 'risulta ammess[oa]|elenco dei candidati ammessi']]
})

export const LAST_VOICE_CONCEPTS: readonly Phrase[] = [...english, ...german, ...spanish, ...french, ...dutch, ...portuguese, ...italian]

/**
 * Applications that are no job (held-out-6's safety misses, 5 Dec 2026): volunteering, and workshops about applying.
 * Strong enough to outweigh an acknowledgement's or an invitation's words on mail about no tracked application.
 */
export const NOT_A_JOB: readonly Phrase[] = [
  definePhrases('en', {
    unrelated: [
      [
        6,
        "(?:sign(?:ed|ing)? up|register(?:ed|ing)?|apply|applied|applying|application) (?:to|as|for) (?:a |the )?volunteer(?! (?:coordinator|co-ordinator|manager|lead|officer|supervisor|director|engagement))|volunteer(?:ing)? (?:application|shift|role|programme|program|at|with)|(?:you(?:'re| are)) (?:registered|booked|signed up) for (?:the|our|a) (?:free )?(?:workshop|webinar|course|session)"
      ]
    ]
  }),
  definePhrases('es', { unrelated: [[6, 'solicitud de voluntariado|como voluntari[oa]|sumarte como voluntari\\p{L}*']] }),
  definePhrases('nl', {
    unrelated: [
      [
        6,
        'als vrijwilliger|vrijwilligerswerk|(?:je bent|u bent) aangemeld voor (?:de|het|een) (?:gratis )?(?:workshop|cursus|training|webinar)'
      ]
    ]
  }),
  definePhrases('de', {
    unrelated: [
      [
        6,
        'ehrenamt\\p{L}*|als freiwillige\\p{L}*|(?:sie sind|du bist) (?:für den|für das|zum|zur) (?:\\p{L}+ )?(?:workshop|seminar|kurs|webinar) angemeldet'
      ]
    ]
  }),
  definePhrases('fr', {
    unrelated: [[6, "comme bénévole|bénévolat|(?:vous êtes|tu es) inscrite? (?:à|au) (?:l'atelier|atelier|webinaire|la formation)"]]
  }),
  definePhrases('pt', { unrelated: [[6, 'como voluntári[oa]|voluntariado']] }),
  definePhrases('it', { unrelated: [[6, 'come volontari[oa]|volontariato']] })
].flat()
