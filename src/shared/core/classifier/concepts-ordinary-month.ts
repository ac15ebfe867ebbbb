/**
 * An ordinary month in British, Indian and Spanish mail (issue 11, found on training-23, a blind batch in the voices the
 * held-out batches read worst): a council's receipt that says when to assume no shortlisting, an agency that has put
 * the candidate forward to its client, "got your CV thanks" from a plumber's office, a walk-in drive, a "small
 * practical" after the interview, a client who "closed the position with another candidate", documents to finalise
 * the compensation; "prueba de Excel", "se la hemos dado a una compañera", a contract-signing appointment after an
 * offer was accepted. Catalan, which a town hall or a school in Catalonia writes in, gets its receipts, invitations and
 * refusals. The same kind of month in continental Europe and the Americas (training-25, -26) added a video call "per
 * Skype", an offer told as "wenn du … bei uns machst", a post "nicht neu besetzt", papers before the contract (a VOG, a
 * pre-employment questionnaire), "grazie per il cv", a paid buddy shift, regular relief work offered, and someone asked
 * to step into the role.
 */
import { definePhrases, type Phrase } from './types'

const english = definePhrases('en', {
  acknowledgement: [
    [4, 'thank you for your application for the (?:post|position|role|vacancy) of'],
    [4, "if you (?:have not|haven't) heard (?:from us|back) by [^.!?\\n]{1,40}?,? (?:please )?(?:assume|take it)"],
    [3.5, '(?:put|putting) (?:you|your (?:cv|profile|details)) forward (?:to|for)'],
    [3.5, "(?<![\\w'])got your (?:cv|application|resume|details|email)"],
    [2, '(?:speak|speaking|talk|talking) (?:to|with) (?:my|the) client']
  ],
  interview_request: [[4.5, 'walk-?in (?:drive|interview)s?']],
  assessment: [
    [3.5, '(?:small|short|quick|brief) practical(?! (?:details|information|arrangements|matters|questions))'],
    [4, 'buddy shift']
  ],
  offer: [
    [4.5, "(?:would like|are pleased|are delighted|'d like|want) to offer you (?:\\S+ ){0,3}(?:work|shifts|hours|a place|a contract)"]
  ],
  rejection: [
    [
      4.5,
      '(?:closed|filled) (?:the )?(?:[\\w-]+ ){0,4}(?:position|role|vacancy|requirement|opening) with (?:another|other|a different) (?:candidate|applicant|profile)'
    ],
    [
      4.5,
      '(?:asked|offered|invited) (?:someone|a colleague|one of our|another)(?: [\\w-]+){0,10} to (?:step into|take on|fill) the (?:role|position|post)'
    ]
  ],
  update: [
    [4, '(?:share|send|submit|provide) (?:the |us the )?(?:below|following|below-mentioned|mentioned) documents'],
    [3, 'finali[sz]e (?:the |your )?(?:compensation|ctc|salary|package)']
  ]
})

const spanish = definePhrases('es', {
  assessment: [[3.5, 'pruebas? de (?:excel|word|ofimática|informática|contabilidad|mecanografía|nivel|cálculo)']],
  rejection: [
    [4, '(?:se la|se lo) hemos (?:dado|dado finalmente|ofrecido) a (?:una|un|otra|otro) (?:compañer|chic|persona|candidat)\\p{L}*']
  ],
  update: [[4.5, '(?:para|a) la firma del contrato']]
})

const german = definePhrases('de', {
  interview_request: [[4, '(?:können|könnten) wir (?:\\S+ ){0,6}(?:skypen|telefonieren|zoomen|videotelefonieren)']],
  offer: [[4, 'wenn (?:du|sie) (?:\\S+ ){0,14}?bei uns (?:\\S+ ){0,4}(?:machst|machen|anfängst|anfangen|arbeitest|arbeiten)']],
  rejection: [[4.5, 'stelle (?:\\S+ ){0,6}wird (?:\\S+ ){0,2}nicht (?:neu |mehr )?besetzt', 'none']]
})

const dutch = definePhrases('nl', {
  update: [
    [5, 'voordat we (?:een |de |je )?(?:arbeidsovereenkomst|contract|overeenkomst) (?:kunnen|kan) (?:opstellen|maken|aanbieden|sturen)'],
    [3, 'verklaring omtrent (?:het )?gedrag']
  ]
})

const french = definePhrases('fr', { update: [[4, '(?:questionnaire|formulaire|examen|visite) pré-?embauche']] })

const italian = definePhrases('it', { acknowledgement: [[3.5, 'grazie per il (?:cv|curriculum)']] })

const catalan = definePhrases('any', {
  acknowledgement: [
    [4, "(?:l'hem|hem) rebut|s'ha registrat correctament|(?:moltes )?gràcies pel (?:teu|vostre) (?:currículum|cv|interès)"],
    [3.5, 'justificant de (?:registre|presentació)|sol·licitud de participació']
  ],
  interview_request: [[4, '(?:et|us) (?:volem |voldríem )?(?:citar|convidar) (?:a|per a|per fer) (?:una )?entrevista']],
  rejection: [
    [
      4,
      'no hi seràs|no (?:has|heu) estat (?:seleccionad|escollid)\\p{L}*|(?:hem|han) (?:triat|escollit) (?:una altra|un altre) (?:persona|candidat)\\p{L}*'
    ],
    [0.8, 'malauradament']
  ]
})

/**
 * People in a hurry (training-28): "thank you, I have your CV", "will look properly at the weekend", a paid working day
 * or working interview (a trial), "te pongo a trabajar un rato para ver cómo andas", "faire un essai", an offer as "el
 * puesto es tuyo" or "du kannst ab 1. November anfangen", a role "cut for this cycle", a Polish "zatrudniona inna osoba".
 */
const inAHurry = [
  ...definePhrases('en', {
    acknowledgement: [
      [4, "(?:i|we) (?:have|'ve got|have got) your (?:cv|resume|application)"],
      [3, '(?:look|read) (?:at )?(?:it|them|your cv|your resume)? ?properly']
    ],
    assessment: [[4.5, '(?:do|doing) a (?:paid )?working day|working interview']],
    rejection: [
      [
        4.5,
        "(?:role|position|post|job) (?:has been|was|got) cut|(?:won't|will not) be (?:hiring|filling) (?:for )?(?:it|the role|the position|the post)",
        'none'
      ]
    ]
  }),
  ...definePhrases('es', {
    assessment: [[4, '(?:te pongo|ponerte) a trabajar|para ver c[oó]mo (?:andas|trabajas|te manejas|te desenvuelves)']],
    offer: [[4.5, '(?:el puesto|la plaza|el trabajo|la vacante) es tuy[oa]', 'none']]
  }),
  ...definePhrases('de', {
    offer: [
      [4, '(?:du kannst|sie können) (?:ab|am) (?:dem )?(?:\\S+ ){1,3}anfangen'],
      [3, 'vertrag (?:mache|schreibe|schicke) ich (?:\\S+ )?fertig']
    ]
  }),
  ...definePhrases('fr', { assessment: [[4, 'faire un essai']] })
]

const polishInAHurry = definePhrases('any', {
  rejection: [[4, '(?:została|został) zatrudnion[ay] inn[ay] (?:osoba|kandydat\\p{L}*)|zatrudnili(?:śmy)? inn[ąa] osobę']]
})

export const ORDINARY_MONTH_CONCEPTS: readonly Phrase[] = [...english, ...spanish, ...german, ...dutch, ...french, ...italian, ...inAHurry]
export const ORDINARY_MONTH_ANY_LANGUAGE: readonly Phrase[] = [...catalan, ...polishInAHurry]
