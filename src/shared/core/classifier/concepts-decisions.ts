/**
 * Rejections and offers by concept rather than by stock phrase (issue 11): a decision about someone
 * else or not you ("the post has been offered to another applicant", "nos hemos decantado por un perfil",
 * "besloten een andere kandidaat aan te nemen"), a closed or filled post, "not taken forward"; an
 * appointment, a contract sent, "we want you", a conditional offer. Parts may stand a few words apart.
 * Written from how hospitals, schools, councils, founders and agencies say it, in the seven languages.
 */
import { definePhrases, type Phrase } from './types'

const NOT =
  "(?:(?:won't|will not|wouldn't|would not) be able to|not|won't|wouldn't|can't|cannot|aren't|isn't|haven't|hasn't|wasn't|weren't|will not|would not|are not|have not|has not|was not|were not|unable to|not able to|not in a position to)"
/** Who the decision went to, when it is not the reader. */
const OTHER_EN =
  '(?:another|other|a different|an internal|an external|someone|somebody|one of (?:the|our) other|a candidate whose|candidates whose|an applicant whose|applicants whose|a colleague|a person whose)'
const POST_EN = '(?:post|position|role|job|place|vacancy|opening|posting|contract|appointment|opportunity|offer)'
const PERSON_EN =
  '(?:candidates?|applicants?|person|people|individuals?|profiles?|nurses?|teachers?|colleagues?|professionals?|engineers?|developers?|designers?|analysts?|hire)'
const W = "(?:[\\w'&()/-]+ )" // one English word and its space

const english = definePhrases('en', {
  rejection: [
    [
      4,
      `${NOT} (?:be |been |being )?(?:take|carry|put|progress|move|advance) (?:your application |your candidacy |you |it |this )(?:any )?(?:forward|further|through|to (?:the )?(?:next|interview))`
    ],
    [4, `${NOT} (?:be |been )progressed(?! to (?:the )?(?:next|interview))`],
    [
      4,
      '(?:decided|chosen|opted|elected|agreed) (?:not to|to not) (?:offer|appoint|hire|invite|shortlist|take|select|recommend|interview)'
    ],
    [
      3.5,
      "(?:we're|we are|we'll|we will|going to|decided to|have to|'ll|gonna) pass(?= on (?:this|your|you|it)| for now| this time| at this (?:time|stage)| ?[.,;!-])"
    ],
    [
      4,
      'status (?:[\\w-]+ ){0,8}(?:changed to|updated to|is now|is)[: ]+(?:not selected|not shortlisted|unsuccessful|rejected|declined|not progressed|no longer (?:under|in) consideration)'
    ],
    [
      4,
      `(?:chosen|selected|picked|hired|appointed|gone for|went for|gone with|went with|offered (?:it|the job|the post|the role) to) (?:another|a different|an internal|an external|one of the other) (?:[\\w-]+ ){0,2}${PERSON_EN}`
    ],
    [
      4,
      "(?:have|has|we've) (?:now )?appointed to (?:this|the) (?:post|position|role|vacancy)|(?:post|position|vacancy) has (?:now )?been appointed to|an appointment has (?:now )?been made"
    ],
    [3.5, "(?:it's|it is) a no from (?:us|me|the team)|(?:we'll|we will|going to|decided to) pass on (?:your|this|moving)"],
    [3.5, '(?:felt|decided|thought) (?:that )?(?:other|the other|another) (?:candidates?|applicants?) (?:had|have|has|were|was|brought)'],
    [4, `(?:offered|given|awarded) (?:the|this|that) ${W}{0,4}${POST_EN} to ${OTHER_EN}`],
    [4, `${POST_EN} ${W}{0,4}(?:has|have) (?:now |already )?been (?:offered|given|awarded) to ${OTHER_EN}`],
    [
      4,
      `(?:decided|chosen|chose|opted|elected|agreed|made the decision|made a decision) ${W}{0,3}to (?:appoint|hire|offer|select|progress|proceed|go|move|continue|recruit|take on|focus on|pursue|move forward|interview|shortlist) ${W}{0,3}(?:with )?${OTHER_EN}`
    ],
    [
      4,
      `(?:went|gone|going|go|proceeded|proceeding) (?:ahead |forward )?with (?:someone|somebody|another (?:candidate|applicant|person)|a different (?:candidate|applicant|person)|an internal (?:candidate|applicant)|a candidate (?:who|whose|with)|the other (?:candidate|applicant))`
    ],
    [3.5, '(?:go|going|gone|went|head|heading|take|taking|took) (?:in )?a different direction'],
    [4, `${NOT} (?:be )?(?:offering|offer) you (?:a |the |this |that )?${W}{0,3}(?:post|position|role|job|place|contract|appointment)`],
    [
      4,
      `${NOT} (?:been |be |being )?(?:taken|taking|carried|carrying|put|putting|progressed|progressing|moved|moving) (?:your application |you |it )?(?:forward|further|through)`
    ],
    [4, `${NOT} (?:be )?invit\\w* you (?:to|for) (?:an? |the )?(?:interview|next|second|final|assessment)`],
    [
      3.5,
      `(?:posting|vacancy|position|post|role|job|opening|requisition)\\b[^.\\n]{0,80}? (?:is|has) (?:now )?(?:been )?(?:closed|filled)(?! (?:on|at|until|for applications on))`
    ],
    [
      4,
      'recommendation (?:for|to) (?:hire|appoint)(?:ment)? has been made|(?:successful|preferred) candidate has (?:been (?:appointed|selected|identified)|accepted)'
    ],
    [
      2,
      "(?:panel|committee|board|team|client|school|hiring manager) (?:has|have|'s) (?:now )?(?:made|reached) (?:its|their|a|the) (?:final )?decision",
      'none'
    ]
  ],
  offer: [
    [
      4,
      '(?:love|like|want|delighted|thrilled|excited|pleased) (?:for )?you to (?:come on board|come aboard|join (?:us|the team|our team)(?! for| on (?:a|the) call| at)|start (?:on|in|with us|from)|be part of (?:the|our) team)'
    ],
    [4, '(?:to|will|would|shall) appoint you(?! to (?:the|a|our) (?:panel|interview|shortlist))'],
    [4, "you(?:'ve| have) been successful(?= ?[.,!;]| and (?:we|i)| for the (?:post|position|role|job)| on this occasion)"],
    [4, '(?:contract|offer letter|letter of (?:appointment|offer))(?: of employment)? (?:is|are) (?:attached|enclosed)'],
    [4, "you(?:'ve| have)? got the (?:job|role|position|place|post)|(?:job|role|position|post|place) is yours"],
    [4, `offer you (?:the|a|this|our) ${W}{0,5}(?:post|position|role|job|place|contract|appointment)`],
    [4, '(?:confirm|confirming) (?:our|my|the|your) (?:verbal |formal |written |conditional )?offer'],
    [
      4,
      `(?:decision|decided|pleased|delighted|happy|glad|able) to appoint you|appoint you (?:to|as) (?:the|our|a) ${W}{0,3}(?:post|position|role)|appointment to the post of`
    ],
    [
      4,
      `(?:please find|attached (?:is|are|please find)?|enclosed (?:is|are|please find)?|i(?:'ve| have) attached|here(?:'s| is)) (?:attached |enclosed )?your (?:${W}){0,2}(?:contract|offer letter|letter of (?:offer|appointment)|employment contract)`
    ],
    [
      3.5,
      '(?:we|they|the client|the team|the school|the board) (?:really |all )?(?:want|wants) you(?:[!.]| to (?:join|start|come and (?:join|build|work)|be (?:part|our)))'
    ],
    [
      2,
      'subject to (?:satisfactory |two |the )?(?:references|pre-employment checks|(?:an )?(?:enhanced )?dbs|occupational health|right to work|registration|background checks?|medical)',
      'none'
    ],
    [2, 'sign and return', 'negation']
  ]
})

const german = definePhrases('de', {
  rejection: [
    [3.5, '(?:eine[n]?|einen) (?:andere[n]? )?(?:bewerber|kandidat|kolleg|fachkraft)\\p{L}* (?:\\p{L}+ ){0,2}eingestellt'],
    [
      4,
      '(?:wahl|entscheidung) (?:ist )?(?:\\p{L}+ ){0,2}(?:fiel|gefallen|fällt) (?:\\p{L}+ ){0,2}auf (?:eine[nm]?|einen|den|die) (?:andere|weitere)'
    ],
    [4, 'für (?:jemand|jemanden) (?:anderen|anders|anderes) entschieden'],
    [
      4,
      '(?:stelle|position|vakanz) (?:\\S+ ){0,6}(?:mit|an) (?:eine[rmn]?|einem|den|die|der) (?:\\p{L}+ ){0,2}(?:bewerber|kandidat|kolleg|person|mitarbeiter|mitbewerber)\\p{L}* (?:\\p{L}+ )?(?:besetzt|vergeben)'
    ],
    [
      4,
      'für (?:(?:eine[nm]?|einen|den|die|andere[n]?|weitere[n]?|eine andere|einen anderen) )?(?:\\p{L}+ )?(?:kandidat|bewerber|kolleg|mitbewerber|bewerbung|lehrkraft|fachkraft|mitarbeiter)\\p{L}*(?: [\\p{L}\\p{N},-]+){0,8} entschieden'
    ],
    [
      4,
      'nicht (?:\\p{L}+ ){0,2}(?:in die (?:nächste|engere) (?:runde|auswahl)|zum (?:vorstellungs)?gespräch) (?:eingeladen|einladen|aufgenommen)'
    ]
  ],
  offer: [
    [4, '(?:möchten|würden gern[e]?|wollen),? dass (?:sie|du) (?:\\S+ ){0,5}(?:anfangen|beginnen|starten|einsteigen|zu uns kommen)'],
    [4, '(?:möchten|würden|wollen|werden) (?:wir )?(?:sie|dich) (?:\\S+ ){0,6}einstellen'],
    [4, '(?:sie haben|du hast) (?:die stelle|den job|die position|den zuschlag)'],
    [
      4,
      '(?:würden|würde) (?:uns|mich) (?:sehr )?freuen,? wenn (?:sie|du) (?:\\S+ ){0,6}(?:anfangen|einsteigen|beginnen|starten|zu uns kommen|verstärken)'
    ],
    [4, '(?:sie|dich) (?:\\S+ ){0,6}einstellen (?:möchten|wollen|werden|können)'],
    [
      2,
      'vorbehaltlich (?:der|des|ihrer|einer) (?:\\p{L}+ ){0,2}(?:untersuchung|führungszeugnisse?s?|referenzen|berufsurkunde|prüfung)',
      'none'
    ]
  ]
})

const spanish = definePhrases('es', {
  rejection: [
    [
      4,
      '(?:continuar|seguir|avanzar|seguir adelante|continuamos|seguimos|avanzamos) (?:\\p{L}+ ){0,2}con otr[oa]s? (?:\\p{L}+ )?(?:candidat|perfil|persona|profesional|aspirante)\\p{L}*'
    ],
    [4, 'no (?:has|ha|han) (?:superado|pasado|aprobado) (?:esta|la|el) (?:fase|etapa|proceso|prueba|entrevista)'],
    [4, '(?:contratado|contratamos|incorporado|incorporamos) a otr[oa] (?:persona|candidat|profesional|perfil)\\p{L}*'],
    [4, '(?:plaza|puesto|vacante|posición)(?: \\p{L}+){0,3} (?:se ha|ha sido|fue|está) (?:ocupad[oa]|cubiert[oa]) (?:por|con) otr\\p{L}*'],
    [4, '(?:elección|decisión) (?:\\p{L}+ ){0,2}(?:recayó|ha recaído|recae) (?:en|sobre) (?:otr|un[a]? otr)\\p{L}*'],
    [4, 'cerrado (?:el proceso|la vacante|el puesto) con otr\\p{L}*'],
    [
      4,
      '(?:plaza|puesto|vacante|posición)(?: \\p{L}+){0,3} (?:se ha|ha sido|fue|se) (?:adjudicad[oa]|asignad[oa]|otorgad[oa]|cubiert[oa]|ofrecid[oa]) (?:a |por |con )?(?:otr[oa]|un[a]? (?:otr[oa] )?(?:persona|candidat))'
    ],
    [
      4,
      '(?:decantado|decantamos|inclinado|inclinamos|optado|optamos|elegido|elegimos|escogido|escogimos|seleccionado|quedado|quedamos)(?: \\p{L}+){0,2} (?:por |a |con )?(?:otr[oa]s?|un[a]?) (?:otr[oa] )?(?:perfil|persona|candidat|docente|profesional|aspirante)\\p{L}*'
    ]
  ],
  offer: [
    [4, 'nos gustaría (?:mucho )?que (?:empezaras|empieces|te incorporaras|te incorpores|te unieras|formaras parte)'],
    [4, '(?:te|le) queremos en (?:el|nuestro) equipo'],
    [4, 'nos encantaría (?:que (?:empezaras|empieces|te incorporaras|te incorpores|te unieras|formaras parte|trabajaras)|contar contigo)'],
    [4, '(?:propuesto|propone|proponer) (?:su|tu) nombramiento|propuesta de nombramiento|(?:ha sido|has sido) nombrad[oa]'],
    [3.5, '(?:te|le) (?:paso|envío|enviamos|adjunto|adjuntamos|mando|mandamos) (?:el|tu|su) contrato']
  ]
})

const french = definePhrases('fr', {
  rejection: [
    [
      4,
      "(?:poursuivre|continuer|avancer|aller plus loin) (?:le processus |le recrutement )?avec (?:un|une|d'autres) (?:autre )?(?:candidat|profil|personne|candidature)\\p{L}*"
    ],
    [4, "choix s'est (?:finalement )?porté sur (?:un|une|d'autres) (?:autre )?(?:profil|candidat|candidature|personne)\\p{L}*"],
    [4, "(?:recruté|retenu|choisi|embauché) quelqu'un d'autre"],
    [4, '(?:pas|plus) en mesure de (?:retenir|donner suite|poursuivre|vous proposer|vous offrir)'],
    [
      4,
      "(?:fait|porté|arrêté) (?:le|notre|son) choix (?:sur |d')?(?:un|une|d'autres|un autre|une autre) ?(?:autre )?(?:profil|candidat|candidature|personne)\\p{L}*"
    ],
    [
      4,
      "(?:retenu|choisi|sélectionné|privilégié|recruté)(?: [\\p{L}']+){0,3} (?:autre|autres) (?:personne|candidat|profil|candidature)\\p{L}*"
    ]
  ],
  offer: [
    [4, 'aimerions (?:beaucoup )?que vous (?:rejoigniez|commenciez|intégriez|fassiez partie)'],
    [4, 'le poste est (?:à vous|le vôtre|pour vous)|confirm\\p{L}* (?:votre|ton) (?:embauche|recrutement)'],
    [
      4,
      "vous êtes (?:retenue?|sélectionnée?|choisie?)(?:\\(e\\))? pour (?!(?:un|l'|le|la|une) (?:entretien|oral|test|épreuve|rendez-vous|échange))"
    ],
    [
      4,
      '(?:souhaitons|voulons|aimerions|sommes heureux de|sommes ravis de|avons le plaisir de|avons décidé de) vous (?:intégrer|embaucher|recruter|engager)'
    ],
    [2.5, '(?:signer|signature de) (?:votre|le) contrat', 'negation']
  ]
})

const dutch = definePhrases('nl', {
  rejection: [
    [4, 'niet verder (?:te )?(?:gaan|kunnen gaan) met (?:je|jouw|uw)'],
    [4, '(?:functie|vacature|baan|plek|positie) (?:\\p{L}+ ){0,2}(?:ingevuld|vervuld|vergeven)(?! (?:zodra|als|wanneer))'],
    [4, 'keuze is (?:\\p{L}+ )?gevallen op (?:een )?(?:andere|iemand)'],
    [4, '(?:besloten|gekozen|kiezen|gaan|gaat)(?: \\p{L}+){0,3} (?:een |de )?andere (?:kandida|sollicitant|persoon|collega)\\p{L}*'],
    [3.5, '(?:gaan|gaat) (?:\\p{L}+ ){0,2}verder met (?:de )?(?:andere )?(?:kandidaten|sollicitanten)'],
    [4, 'niet (?:\\p{L}+ )?uitgenodigd voor (?:de |een )?(?:volgende|tweede|laatste|vervolg)'],
    [
      4,
      'aan iemand anders (?:\\p{L}+ )?(?:gegeven|vergeven|aangeboden|gegund)|(?:iemand anders|een ander) (?:\\p{L}+ ){0,2}(?:aangenomen|gekozen)'
    ]
  ],
  offer: [
    [4, '(?:willen|zouden) (?:graag )?dat (?:je|jij|u) (?:\\S+ ){0,4}(?:begint|start|komt werken|in dienst komt)'],
    [4, '(?:de baan|de functie|de plek|de positie) is (?:van )?(?:jou|jouw|u)(?![\\p{L}])'],
    [
      4,
      '(?:willen|gaan|zullen|kunnen) (?:we |wij )?(?:je|jou|u) (?:graag )?(?:\\S+ ){0,4}(?:benoemen|aannemen|aanstellen|in dienst nemen)'
    ],
    [2.5, 'akte van benoeming|onder voorbehoud van (?:een )?(?:geldige )?(?:vog|referenties|keuring)']
  ]
})

const portuguese = definePhrases('pt', {
  rejection: [
    [4, '(?:vaga|posição|cargo|lugar|função)(?: \\S+){0,3} (?:foi|já foi|está) (?:preenchid|ocupad|fechad|encerrad)[oa]'],
    [
      4,
      'não (?:avançou|avançaste|passou|passaste|seguiu|foi aprovad[oa]|foi classificad[oa]) (?:para|à|na|em) (?:a )?(?:próxima|seguinte) (?:etapa|fase)'
    ],
    [4, 'escolha (?:\\p{L}+ )?recaiu (?:sobre|em) (?:outr|um[a]? outr)\\p{L}*'],
    [
      4,
      '(?:contratamos|contratámos|selecionamos|selecionámos|escolhemos) (?:um[a]? )?outr[oa]s? (?:pessoa|candidat|profissiona|perfi)\\p{L}*'
    ],
    [
      4,
      '(?:continuidade|seguir|seguimos|prosseguir|avançar|continuar|fechamos a vaga|fechar a vaga|fechámos a vaga)(?: \\p{L}+){0,3} com (?:outr[oa]s?|um[a]? outr[oa]) (?:candidat|participante|pessoa|perfi|profissiona|docente)?\\p{L}*'
    ],
    [
      4,
      '(?:vaga|horário|lugar|posição|cargo)(?: \\S+){0,4} (?:foi|foram|já foi) (?:atribuíd|preenchid|ocupad|dad|oferecid)[oa] (?:a|à|para) (?:outr|um[a]? outr)\\p{L}*'
    ]
  ],
  offer: [
    [4, 'gostaríamos (?:muito )?que (?:você )?(?:começasse|começasses|iniciasse|fizesse parte|se juntasse|viesse trabalhar)'],
    [4, '(?:foi|foste) contratad[oa]'],
    [4, 'contar (?:consigo|com você|contigo|convosco) (?:na|para a) (?:nossa )?(?:equipa|equipe)'],
    [3.5, 'segue (?:em )?anexo a (?:nossa )?proposta|proposta (?:em anexo|com as condições)']
  ]
})

const italian = definePhrases('it', {
  rejection: [
    [
      4,
      "(?:posizione|posto|ruolo|incarico)(?: \\S+){0,3} (?:è stat[oa]|è già stat[oa]) (?:assegnat|affidat|attribuit|copert|occupat)[oa] (?:a |ad )?(?:un altr|un'altr|altr)\\p{L}*"
    ],
    [4, 'non (?:sei|è) stat[oa] (?:ammess|ammesso|ammessa)\\p{L}*|non (?:hai|ha) superato (?:la|il) (?:prova|selezione|colloquio)'],
    [4, "scelta (?:\\p{L}+ )?(?:è )?(?:ricaduta|caduta) su (?:un altro|un'altra|altri|altre)"],
    [3.5, "(?:preso|assunto) (?:un'altra|un altro) (?:ragazz|persona|candidat)\\p{L}*"],
    [
      4,
      "(?:individuato|scelto|selezionato|preferito|optato per) (?:un altro|un'altra|altri|altre|un'altra) (?:\\p{L}+ )?(?:candidat|profil|persona|collega|docente)?\\p{L}*"
    ],
    [3.5, '(?:preso|assunto) (?:un|una) (?:ragazz|persona|candidat)\\p{L}*'],
    [4, 'idone[oa] non vincit\\p{L}*']
  ],
  offer: [
    [4, 'vorremmo (?:che (?:tu )?(?:iniziassi|entrassi|cominciassi)|averti con noi)'],
    [4, '(?:sei|è) stat[oa] assunt[oa]'],
    [4, 'destinatari[oa] (?:di|del) contratto|(?:individuat[oa]) (?:quale|come) destinatari[oa]|presa di servizio (?:è )?fissata']
  ]
})

export const DECISION_CONCEPTS: readonly Phrase[] = [...english, ...german, ...spanish, ...french, ...dutch, ...portuguese, ...italian]
