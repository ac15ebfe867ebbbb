/**
 * Concepts learnt from training-7, a batch written blind by another hand (issue 11): owners asking someone to drop by
 * ("passez donc jeudi", "fai un salto venerdì", "kom zaterdag een bakkie doen", "podia passar cá", "can you meet me
 * tues"), offers said the way small employers say them ("happy to take you on", "je vous propose le poste", "ti
 * prendiamo volentieri", "gostávamos que viesse trabalhar connosco"), rejections from public competitions and councils
 * ("idoneo non vincitore", "non ammesso alla prova orale", "no apto", "Council made an appointment", "in die engere
 * Auswahl nicht einbezogen") and an interview put off with no new date.
 */
import { definePhrases, type Phrase } from './types'

const english = definePhrases('en', {
  interview_request: [
    [
      3.5,
      "(?:want|wants|would|'d|keen|love)(?: really| very much| so| also)?(?: like| love)? to (?:meet|see) you(?= ?[.,!;]| in person| properly| for| at| on| next| this| tomorrow)"
    ],
    [3.5, '(?:can|could|would) you (?:come and |come in and )?(?:meet|see) (?:me|us|the team|our team|them|him|her)'],
    [3, '(?:doing|holding|running) interviews (?:on|next|this|for)|(?:whether|if) you can make it']
  ],
  offer: [[4, '(?:happy|glad|pleased|keen|delighted|able) to take you on']],
  rejection: [
    [
      4,
      "(?:application|candidacy|candidature|you) (?:has|have) not (?:been )?progressed|(?:hasn't|haven't|did not|didn't) progress(?:ed)? (?:to|beyond|past|further)"
    ],
    [
      4,
      '(?:made|has made|have made) an appointment (?:to|for) (?:this|the) (?:position|post|role|vacancy)|competition (?:is|has) (?:now )?closed'
    ],
    [
      4,
      '(?:decided|chosen|opted) (?:not to|to not) (?:fill|proceed with|recruit for|go ahead with) (?:the|this) (?:[\\w-]+ ){0,3}(?:position|post|role|vacancy|requisition)'
    ],
    [4, 'clos(?:e|ed|ing) (?:out |off )?your (?:candidature|candidacy|application) for'],
    [4, "(?:we've|we have|have now) (?:now )?filled the (?:[\\w-]+ ){0,3}(?:round|shift|shifts|spot|place|opening)"]
  ]
})

const german = definePhrases('de', {
  offer: [[4, '(?:würden|möchten|wollen|werden) (?:wir )?(?:sie|dich) (?:\\S+ ){0,10}(?:bei uns )?einstellen']],
  rejection: [
    [
      4,
      '(?:engere[n]? auswahl|auswahlverfahren|weitere[n]? auswahl) (?:\\p{L}+ ){0,2}nicht (?:\\p{L}+ ){0,2}(?:einbezogen|berücksichtigt|aufgenommen)'
    ],
    [3.5, 'keine stelle (?:mehr )?frei'],
    [
      4,
      '(?:stelle|position) (?:\\S+ ){0,6}mit (?:eine[rmn]?|einem|de[nm]|der) (?:\\p{L}+ ){0,2}(?:bewerber|kandidat|kolleg|person|mitarbeiter|mitbewerber)\\p{L}* (?:\\p{L}+ ){0,4}(?:besetzen|besetzt|vergeben)'
    ]
  ]
})

const spanish = definePhrases('es', {
  rejection: [[4, 'no apt[oa](?:/[ao])?|no (?:ha|has) superado (?:el|la) (?:\\p{L}+ )?(?:ejercicio|prueba|fase|examen)']],
  update: [[3, 'la decisión la tomaremos|tomaremos (?:la|una) decisión']]
})

const french = definePhrases('fr', {
  interview_request: [
    [
      3.5,
      'passez (?:donc |me voir |nous voir )?(?:\\p{L}+ ){0,3}(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|à la boutique|au magasin|au bureau)'
    ]
  ],
  offer: [[4, "(?:je|nous|on) vous propos\\p{L}* (?:le poste|un cdi|un cdd|un contrat|l'embauche|de vous embaucher)"]],
  update: [
    [4, "(?:reporter|annuler|décaler|reporté|annulé|décalé) (?:votre|notre|l') ?(?:entretien|rendez-vous|échange)"],
    [2.5, 'proposer une nouvelle date|nouvelle date vous sera']
  ]
})

const dutch = definePhrases('nl', {
  interview_request: [[3.5, 'kom (?:\\p{L}+ ){0,4}(?:een )?(?:bakkie|kopje koffie|koffie) doen']],
  acknowledgement: [[4, '(?:sollicitatie|cv|reactie|brief|motivatie) (?:\\p{L}+ ){0,2}(?:goed|in goede orde|netjes|prima) ontvangen']]
})

const portuguese = definePhrases('pt', {
  interview_request: [[3.5, '(?:podia|pode|poderia|podes) passar (?:cá|aqui|pelo|no|na|ao|lá)']],
  offer: [[4, 'gost(?:ávamos|aríamos|aria|ava) (?:muito )?que (?:viesse trabalhar|venha trabalhar|começasse|fizesse parte|se juntasse)']],
  rejection: [[4, '(?:foi|foram) (?:aceite|aceito|aceita|aceitado) pel[oa] (?:candidat|outr)\\p{L}*']]
})

const italian = definePhrases('it', {
  interview_request: [
    [3.5, 'fai(?:mi)? un salto|passa(?:te)? (?:pure )?(?:in|da) (?:negozio|ufficio|noi|sala|trattoria|bottega)'],
    [3, 'facciamo due chiacchiere']
  ],
  offer: [
    [4, '(?:ti|la|vi) prendiamo|(?:ti|la) assumiamo|inizieresti (?:il|a|da|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)']
  ],
  rejection: [
    [4, 'idone\\p{L}*(?:/\\p{L}+)? non vincit\\p{L}*|non ammess\\p{L}*(?:/\\p{L}+)? (?:alla|al) (?:prova|colloquio|orale)'],
    [4, '(?:individu|selezion|scel|prefer)\\p{L}* (?:\\p{L}+ ){0,2}altr[ie] (?:profil|candidat)\\p{L}*']
  ]
})

export const VOICE_CONCEPTS: readonly Phrase[] = [...english, ...german, ...spanish, ...french, ...dutch, ...portuguese, ...italian]
