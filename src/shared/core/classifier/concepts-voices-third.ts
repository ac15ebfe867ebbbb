/**
 * Concepts learnt from training-9, written blind by a third hand in regional voices (issue 11): two-line
 * acknowledgements ("sie sind vollständig angekommen", "uw brief is goed toegekomen", "confirmamos el recibido de su hoja
 * de vida", "application form and letter both received"); owners asking someone round ("fancy coming down the yard",
 * "kommen's doch am Freitag", "vieni sabato", "passe cá pela garagem"); rejections when a contract or tender is lost
 * ("el centro no nos ha renovado el contrato", "le poste n'existe donc plus", "l'appalto è stato sospeso"), by a score
 * under the pass mark ("nicht mehr berücksichtigt werden", "non risulta ammessa alla prova orale", "considera-se
 * excluído"), or by keeping someone else ("vou ficar com um rapaz", "ich hab mich für einen entschieden", "fecharam com
 * um candidato"); and a council's parking permit, which is an application but no job.
 */
import { definePhrases, type Phrase } from './types'

const english = definePhrases('en', {
  acknowledgement: [
    [3.5, '(?:application|cv|form|letter|documents?|references?)(?: [\\w-]+){0,4} (?:both |all |safely )?received(?= ?[.,!;]| and| with)']
  ],
  interview_request: [[3.5, '(?:fancy|want to|like to) (?:coming|come|popping|pop|dropping) (?:down|over|round|in|by)']],
  assessment: [
    [3.5, "(?:here's|here is|attached is|please find) (?:the|our|your) (?:[\\w-]+ ){0,2}(?:exercise|task|case study|assignment|brief)"]
  ],
  rejection: [
    [
      4,
      "(?:won't|will not|aren't|are not) (?:be )?interviewing anyone|(?:fill|cover) (?:the|this) (?:[\\w-]+ ){0,4}from (?:their|our) own (?:bank|staff|team|pool)"
    ]
  ],
  unrelated: [
    [
      6,
      'parking permit|resident parking|planning application|licen[cs]e application|(?<!\\()(?<!(?:statements?|bills?|letters?|licen[cs]e|passport),? (?:or |and |a |your )?)council tax(?!\\)| (?:officer|team|recovery|assistant|advis[eo]r|inspector|manager|clerk|administrator)s?)|blue badge'
    ]
  ]
})

const german = definePhrases('de', {
  acknowledgement: [[3.5, 'sie (?:sind|ist) (?:gut |vollständig |wohlbehalten )?(?:angekommen|eingegangen)']],
  interview_request: [
    [
      3.5,
      "komm(?:en|'s|ens)? (?:sie |'s )?(?:doch |gern[e]? |einfach )?(?:\\S+ ){0,8}(?:vorbei|auf (?:unsere|die) baustelle|in die werkstatt|ins büro)"
    ],
    [
      4,
      '(?:laden|lade) (?:wir |ich )?(?:sie|dich) (?:\\S+ ){0,4}zu einem (?:\\p{L}+ )?(?:auswahlgespräch|vorstellungsgespräch|gespräch|interview) ein'
    ]
  ],
  rejection: [
    [
      4,
      '(?:hab|habe|haben) (?:mich|uns) (?:jetzt |nun |inzwischen )?für (?:einen|eine|jemand\\p{L}*) (?:anderen |andere )?(?:entschieden|entschlossen)'
    ],
    [
      4,
      '(?:kann|können) (?:ihre|deine) bewerbung (?:\\p{L}+ ){0,3}nicht mehr berücksichtigt werden|für (?:sie|dich) wird es (?:dort |hier )?(?:also )?keinen einsatz geben'
    ],
    [4, 'stellen? (?:\\S+ ){0,8}intern (?:\\S+ ){0,4}besetzt']
  ]
})

const spanish = definePhrases('es', {
  acknowledgement: [
    [
      4,
      '(?:confirmamos|confirmo) (?:el )?(?:recibido|recibo|la recepción) de (?:su|tu) (?:hoja de vida|cv|currículum|candidatura|postulación)'
    ],
    [
      4,
      '(?:inscripción|candidatura|postulación) (?:\\p{L}+ ){0,4}se ha realizado correctamente|la empresa ya tiene tu cv|te has inscrito en la oferta'
    ]
  ],
  rejection: [
    [
      4,
      '(?:el puesto|la vacante|la plaza) (?:\\p{L}+ ){0,6}desaparece|no (?:vamos a|podemos) cubrirl[oa]|(?:hoja de vida|candidatura|cv) no continúa'
    ],
    [4, '(?:no nos ha|no nos han) renovado el contrato']
  ],
  offer: [[4, '(?:el puesto|la plaza|el trabajo|el laburo) es tuyo|arrancarías el']]
})

const french = definePhrases('fr', {
  acknowledgement: [[4, 'bien reçu (?:votre|ton|vos|tes) (?:cv|lettre|dossier|message|candidature|documents|pièces)']],
  offer: [[4, "retenu votre candidature et vous propos\\p{L}*|vous propos\\p{L}* un engagement|proposition d'engagement"]],
  rejection: [[4, "(?:le|ce) poste (?:\\p{L}+ ){0,6}n'existe (?:donc )?plus|(?:ne le |ne )renouvelle pas (?:le contrat )?avec nous"]]
})

const dutch = definePhrases('nl', {
  acknowledgement: [[4, '(?:brief|cv|sollicitatie|kandidatuur|mail) (?:\\p{L}+ ){0,2}(?:goed |wel )?(?:toegekomen|aangekomen)']],
  interview_request: [
    [
      4,
      '(?:nodigt|nodigen) (?:u|je) (?:graag |hierbij )?uit voor (?:een|het) (?:eerste |tweede )?(?:gesprek|sollicitatiegesprek|kennismakingsgesprek)'
    ]
  ]
})

const portuguese = definePhrases('pt', {
  interview_request: [
    [
      3.5,
      '(?:passe|venha|apareça) (?:cá |aqui |lá )?(?:pela|pelo|na|no|ao|à) (?:\\p{L}+ )?(?:garagem|loja|oficina|escritório|farmácia|obra|restaurante|armazém)'
    ]
  ],
  offer: [[4, 'queremos (?:você|te|o|a) no (?:time|nosso time|equipa|nossa equipa)|a proposta:']],
  rejection: [
    [4, '(?:vou|vamos) ficar com (?:um|uma|o|a) (?:rapaz|moça|senhor|senhora|candidat\\p{L}*|pessoa|colega)'],
    [4, 'fecharam com (?:um|uma|outr\\p{L}*) (?:candidat\\p{L}*|pessoa|profissional)|considera-se excluíd[oa]']
  ],
  update: [[3, '(?:ligando|liguei|vou ligar) (?:\\p{L}+ ){0,2}(?:pras|para as|às) (?:\\p{L}+ )?referências']]
})

const italian = definePhrases('it', {
  interview_request: [
    [
      3.5,
      '(?:vieni|venga|passa|passi) (?:\\p{L}+ ){0,2}(?:sabato|domenica|lunedì|martedì|mercoledì|giovedì|venerdì|domani) (?:\\p{L}+ ){0,4}(?:qua|qui|da noi|in negozio|in masseria|in ufficio)'
    ]
  ],
  rejection: [
    [
      4,
      'non risulta ammess[oa](?:/[oa])?|esito: esclus[oa]|(?:appalto|gara|commessa) (?:\\S+ ){0,3}è stat[oa] sospes[oa]|bloccato (?:tutte )?le assunzioni'
    ]
  ],
  update: [
    [
      4,
      '(?:prova|esame) (?:\\S+ ){0,8}(?:è|viene) (?:rinviat|spostat|posticipat)[oa]|colloquio (?:\\S+ ){0,8}(?:è|viene) (?:rinviat|spostat|posticipat)[oa](?! a )'
    ]
  ]
})

export const THIRD_VOICE_CONCEPTS: readonly Phrase[] = [...english, ...german, ...spanish, ...french, ...dutch, ...portuguese, ...italian]
