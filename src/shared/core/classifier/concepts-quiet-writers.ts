/**
 * What quiet writers say without the usual words (issue 11, found on training-21): an invitation to drop in and meet
 * the people ("swing by Tuesday and meet the crew", "¿te viene bien pasarte el martes a conocernos?", "stikke innom",
 * "kom förbi … så snackar vi"), a post that is now filled ("tjänsten är nu tillsatt", "stillingen er besat", "la vacante
 * está cubierta"), another person taken ("we gaan in zee met een kandidate", "nos hemos quedado con una chica", a Polish
 * "wynik naboru" naming whom the office chose), an application received in the words of a small shop or a job board.
 * The same idea is written in each language where it is natural. Danish, Norwegian, Swedish and Polish have no concept
 * group of their own (language.ts), so their rows are read on every mail, gated by their words, like phrases-pl-sv.ts.
 */
import { definePhrases, type Phrase } from './types'

/** A sentence's words, however they run: digits, commas and brackets included, but not past its end. */
const SAME_SENTENCE = '[^.?!\\n]{0,90}?'
const WEEKDAY_EN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'

const english = definePhrases('en', {
  interview_request: [
    // "swing by Tuesday after 2 and meet the crew", "come through to our office on Wednesday to meet our director".
    [
      3.5,
      `(?:swing|pop|drop|stop|come|call) (?:by|in|round|over|through|along)${SAME_SENTENCE} (?:and|to) meet (?:the|our|us|me|my|a few|some) ?(?:\\p{L}+)?`
    ],
    [3, `(?:could|can|would) you (?:\\p{L}+ )?(?:swing|pop|drop|stop) (?:by|in|round)(?: on)? ${WEEKDAY_EN}`]
  ],
  rejection: [
    [
      4,
      '(?:positions?|posts?|roles?|vacancy|vacancies|jobs?|places?)(?: \\p{L}+){0,12} (?:has|have) (?:now |already )?been (?:filled|assigned to (?:another|other|applicants|candidates))'
    ],
    [4, '(?:application|candidacy) will not (?:proceed|progress|go|move) (?:any )?further', 'none']
  ],
  acknowledgement: [
    [3.5, '(?:application|cv|resume) (?:has been|was) (?:sent|forwarded|passed) (?:on )?to the (?:employer|hiring company|recruiter)']
  ]
})

const german = definePhrases('de', {
  interview_request: [
    [3.5, '(?:würde|möchte|würden|möchten) (?:\\p{L}+ ){0,6}(?:mit ihnen|mit dir|mit euch) (?:\\p{L}+ ){0,3}telefonieren'],
    [3.5, `vorbei(?:kommen|zukommen|schauen)${SAME_SENTENCE} (?:kennenlernen|kennen zu lernen|kennenzulernen|das team)`]
  ],
  rejection: [
    [
      4,
      '(?:stelle|position) (?:ist|wurde) (?:\\p{L}+ ){0,2}(?:bereits |inzwischen |mittlerweile |nun )?(?:besetzt|vergeben) worden|(?:stelle|position) ist (?:bereits |inzwischen |mittlerweile |nun )besetzt'
    ]
  ]
})

const spanish = definePhrases('es', {
  interview_request: [
    [
      3.5,
      `(?:pasarte|pásate|pasaros|pasarse|pasar|te pasas|os pasáis|se pase|vente|venir)${SAME_SENTENCE} (?:a|para|y) (?:conocernos|conocerte|conocerle|conocernos|conocer (?:al|el|la|a) (?:equipo|farmacia|tienda|local))`
    ]
  ],
  rejection: [
    [4, '(?:vacante|plaza|puesto)(?: \\p{L}+){0,3} (?:ya )?(?:está|ha sido|fue|ha quedado|quedó) (?:ya )?(?:cubiert|ocupad)[oa]'],
    [4, 'hemos (?:completado|cubierto|cerrado) (?:ya )?(?:la plantilla|el equipo|la plaza|el puesto|la vacante)'],
    [
      4,
      '(?:nos )?(?:hemos quedado|quedamos|nos quedamos) con (?:una?|otra|otro) (?:chic[oa]|persona|candidat[oa]|chaval[a]?|compañer[oa]|señora?|muchach[oa])'
    ]
  ]
})

const portuguese = definePhrases('pt', {
  interview_request: [
    [
      3.5,
      `passa(?:r|s)? (?:cá|por cá|aqui|por aqui|na loja|no restaurante)${SAME_SENTENCE} para (?:falarmos|conversarmos|nos conhecermos|conhecer)`
    ]
  ],
  rejection: [
    [4, '(?:vaga|posição|lugar)(?: \\p{L}+){0,3} (?:já )?(?:foi|está|encontra-se) (?:já )?(?:preenchid|ocupad)[oa]'],
    [4, '(?:ficámos|ficamos) com (?:outra|outro|uma|um) (?:pessoa|candidat[oa]|rapariga|rapaz|colega)']
  ]
})

const french = definePhrases('fr', {
  interview_request: [[3, '(?:passer|venir) nous (?:voir|rencontrer)|(?:passe|passez) nous voir']],
  rejection: [[4, '(?:poste|place)(?: \\p{L}+){0,3} (?:a été|est|a déjà été) (?:déjà )?pourvue?']]
})

const italian = definePhrases('it', {
  interview_request: [[3.5, '(?:passare|venire|passi|passa|vieni|venga) a trovarci']],
  rejection: [
    [4, '(?:posizione|posto|ruolo)(?: \\p{L}+){0,3} (?:è|è già) stat[oa] (?:già )?(?:copert|occupat|assegnat)[oa](?! a te| a lei)']
  ]
})

const dutch = definePhrases('nl', {
  interview_request: [
    [
      3.5,
      `(?:langskomen|langs komen|langs te komen|binnenlopen|binnenwippen)${SAME_SENTENCE} (?:kennis (?:te )?maken|kennismaken|het team (?:te )?ontmoeten)`
    ]
  ],
  rejection: [
    [4, '(?:vacature|functie|plek|plaats)(?: \\p{L}+){0,3} (?:is|werd) (?:inmiddels |al |reeds )?(?:ingevuld|vervuld|opgevuld)'],
    [
      4,
      '(?:gaan|gaat|zijn|hebben) (?:\\p{L}+ ){0,2}in zee (?:gegaan )?met (?:een|iemand|twee|de andere) (?:kandida\\p{L}*|sollicitant\\p{L}*|persoon|collega|andere|anders)'
    ]
  ],
  acknowledgement: [[4, '(?:kandidatuur|sollicitatie|cv|brief)\\p{L}*,? (?:is )?(?:goed|in goede orde) ontvangen']]
})

/** A bank's "job offer" is a credit card: pre-approved credit, an intro APR, a cash-back card, in each language. */
const CREDIT_NOT_A_JOB: readonly Phrase[] = [
  definePhrases('en', {
    unrelated: [
      [
        6,
        'pre-?approved for (?:the |a |our |your )?(?:\\p{L}+ ){0,3}(?:visa|mastercard|card|credit|loan|mortgage)|prescreened offers? of credit|(?:0% )?intro(?:ductory)? apr|cash ?back (?:visa|mastercard|card|credit card)'
      ]
    ]
  }),
  definePhrases('es', { unrelated: [[6, 'tarjeta de crédito (?:preaprobada|preconcedida)|(?:crédito|préstamo) preconcedido']] }),
  definePhrases('pt', { unrelated: [[6, 'cartão de crédito pré-aprovado|(?:crédito|empréstimo) pré-aprovado']] }),
  definePhrases('fr', { unrelated: [[6, 'carte de crédit pré-approuvée|(?:crédit|prêt) pré-approuvé']] }),
  definePhrases('de', {
    unrelated: [[6, 'kreditkarte (?:ist )?(?:bereits )?vorab genehmigt|vorab genehmigte\\p{L}* (?:kreditkarte|kredit)']]
  }),
  definePhrases('it', { unrelated: [[6, 'carta di credito preapprovata|(?:prestito|finanziamento) preapprovato']] }),
  definePhrases('nl', { unrelated: [[6, 'creditcard (?:is )?vooraf goedgekeurd|vooraf goedgekeurde (?:creditcard|lening)']] })
].flat()

/** Danish, Norwegian, Swedish, Polish: read on every mail, gated by their words. */
const nordicAndPolish = definePhrases('any', {
  interview_request: [
    [3.5, '(?:kan|kunne|vil|vill) du (?:\\p{L}+ )?(?:stikke|kikke|komme|kigge|svinge|titta) (?:innom|forbi|förbi|ind|inn)'],
    [
      3.5,
      `(?:kom|titta|sväng|stikk|kom gerne|kom gjerne) (?:förbi|forbi|innom|in)${SAME_SENTENCE} (?:så (?:snackar|pratar|ses|tar) vi|(?:og|och) (?:hilse på|hälsa på|träffa|møde|møte))`
    ],
    [3.5, `(?:przyjść|przyjechać|wpaść|zajrzeć)${SAME_SENTENCE} (?:poznać|zobaczyć) (?:oddział|zespół|nas|firmę|sklep|restaurację|zakład)`]
  ],
  rejection: [
    [
      4,
      '(?<!när |innan |tills )(?:tjänsten|befattningen|vikariatet|platsen)[^!?\\n]{0,100}? (?:nu |redan )?(?:är|har) (?:nu |redan )?(?:blivit )?tillsatt'
    ],
    [4, '(?<!når |innan |indtil |inntil )(?:stillingen|jobbet) (?:er|blev|ble) (?:nu |nå |allerede )?(?:blevet |blitt )?(?:besat|besatt)'],
    [
      4,
      '(?:valgt|besluttet|beslutat|valt) (?:at|å|att) (?:tilbyde|tilby|erbjuda|give|gi|ge) (?:stillingen|jobbet|tjänsten) till? (?:en|ei|et|två|to) (?:anden|annen|annan|andre|andra|af|av)'
    ],
    [4, 'naboru[^\\n]{0,160}? (?:wybrana została|wybrany został|wybrano) (?:pani|pana?) \\p{L}+ \\p{L}+,? zamieszkał\\p{L}*']
  ],
  acknowledgement: [
    [4, '(?:vi har|har vi) (?:nu )?(?:modtaget|mottatt|mottagit) (?:din |søknaden|ansøgningen|ansökan|din ansøgning|din søknad)'],
    [4, '(?:aplikacja|zgłoszenie|cv)[^.!?\\n]{0,160}? (?:została|zostało) (?:wysłan|przekazan|dostarczon)\\p{L}* do pracodawcy']
  ]
})

export const QUIET_ANY_LANGUAGE: readonly Phrase[] = nordicAndPolish
export const QUIET_WRITER_CONCEPTS: readonly Phrase[] = [
  ...CREDIT_NOT_A_JOB,
  ...english,
  ...german,
  ...spanish,
  ...portuguese,
  ...french,
  ...italian,
  ...dutch
]
