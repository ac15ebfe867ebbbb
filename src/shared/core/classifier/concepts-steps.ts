/**
 * Invitations, assessments and acknowledgements by concept (issue 11): a person asking the candidate
 * to come by, visit, teach a lesson or meet ("can you do Tuesday at 2?", "kom vrijdag even langs",
 * "le citamos para entrevista"), a named kind of test (reasoning, numeracy, dose calculation, observed
 * lesson, written exercise), and a short "got it" from a human or a registry's "protocollata".
 */
import { definePhrases, type Phrase } from './types'

const DAY_EN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|tomorrow|next week|this week)'

const english = definePhrases('en', {
  interview_request: [
    [2, "(?:i'll|i will|we'll|we will|can i|could i|shall i) (?:give you a )?(?:call|ring|phone) (?:you )?(?:\\S+ ){0,2}at \\d{1,2}"],
    [3.5, 'come (?:in |over |along )?(?:and )?(?:see|visit|look round|have a look (?:round|around)) (?:the|our)'],
    [2.5, 'shadow (?:a|the|one of|our) (?:\\S+ ){0,2}(?:shift|nurse|teacher|team|colleague)'],
    [
      4,
      "(?:you are|you're|you have been|you've been) invited (?:to|for) (?:an? |the )?(?:[\\w-]+ ){0,2}(?:interview|assessment day|selection day|panel|meeting|visit)"
    ],
    [3.5, '(?:keen|eager|happy|glad|love) to (?:meet|see|speak (?:to|with)|chat with) you'],
    [3.5, '(?:could|can|would) you (?:pop|come|drop|swing) (?:in|by|over|round|down)'],
    [
      3.5,
      '(?:do|would) you have (?:time|a (?:moment|minute|few minutes)) (?:for|to) (?:an? )?(?:[\\w-]+ ){0,2}(?:call|chat|conversation|coffee|interview|meeting)'
    ],
    [3.5, '(?:interview|assessment|meeting|call) (?:will|is going to|shall) (?:take place|be held|be) (?:at|on|in|by)'],
    [
      3.5,
      'grab (?:\\d+ )?(?:mins?|minutes|a few minutes|some time|time|half an hour) with you|what does your (?:week|diary|calendar|schedule) look like'
    ],
    [2, 'invited to (?:the following|an?) (?:event|meeting)'],
    [
      3.5,
      '(?:selected|chosen|shortlisted|invited|picked) (?:[\\w,-]+ ){0,5}(?:including you|you),? (?:for|to) (?:the|a|an|our) (?:[\\w-]+ ){0,2}(?:panel|round|interview|stage|assessment day)'
    ],
    [
      3.5,
      "(?:you're|you are|are you) (?:free|available|around) (?:for|to) (?:an? )?(?:[\\w-]+ ){0,3}(?:call|chat|interview|coffee|meeting|conversation)"
    ],
    [3.5, '(?:would you be|are you) up for (?:an? )?(?:[\\w-]+ ){0,2}(?:chat|call|coffee|conversation|interview|meeting)'],
    [
      2.5,
      `please (?:come|report|attend|arrive) (?:to|at) (?:the|our|reception)[^.?!\\n]{0,60}? (?:at \\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm)?|on ${DAY_EN})`
    ],
    [3, `are you (?:around|about|free) (?:on |this |next )?${DAY_EN}`],
    [3, `(?:does|would|will|could) ${DAY_EN}(?: [\\w:]+){0,6} (?:work|suit)`],
    [2, '(?:grab|get|have) (?:a |a quick )?coffee'],
    [3.5, 'invite you (?:in|over|along|back)|booked you (?:in|for)|pencil(?:l)?ed you in'],
    [2.5, 'working interview'],
    [
      3.5,
      '(?:pop|come|coming|drop|swing|call) (?:in|by|over|round|into the office)(?: [\\w-]+){0,3} (?:for|to have) (?:an? )?(?:[\\w-]+ )?(?:chat|coffee|conversation|interview|visit|meeting|look around)'
    ],
    [3.5, 'fancy (?:coming|popping|dropping) (?:in|by|over)|(?:come|pop) (?:in|by) and (?:meet|see|say hello)'],
    [3, `(?:can|could) you (?:do|make) ${DAY_EN}`],
    [3.5, "(?:would|we'd|i'd|they'd|he'd|she'd) like (?:you to (?:attend|come|visit|join us|meet)|to (?:see|meet) you (?:for|at|on|in))"],
    [3.5, "(?:would|we'd|i'd|they'd|he'd|she'd) (?:like|love) to have an? (?:[\\w-]+ ){0,3}(?:conversation|call|chat|meeting|interview)"],
    [3, "(?:you have been|you have|you are|you've been|you're) shortlisted(?! for (?:a|the) (?:test|assessment))"],
    [2.5, '(?:selection|interview) day|visit the (?:ward|school|site|department|unit)'],
    [3, 'your (?:slot|allocated time|interview time|time slot) is'],
    [2.5, '(?:confirm|let (?:me|us) know) (?:by return |by reply )?(?:whether|if) you can (?:make it|attend|come)|confirm your attendance']
  ],
  assessment: [
    [3, 'shl|talent q|cut-e|saville|psychometric|watson[- ]glaser'],
    [
      3.5,
      '(?:numerical|verbal|logical|abstract|diagrammatic|inductive|situational judge?ment|reasoning|psychometric|numeracy|literacy|drug calculation|calculation|excel|spreadsheet) (?:[\\w-]+ ){0,2}(?:tests?|assessments?|exercises?|questionnaires?|task)'
    ],
    [3.5, '(?:lesson observation|observed lesson|written (?:report|exercise|task|assessment)|in-tray exercise|paid exercise)'],
    [2.5, '(?:prepare|write|send us) (?:a|an) (?:short |brief )?(?:written )?(?:report|analysis|proposal|memo|presentation) (?:on|about)']
  ],
  acknowledgement: [
    [3, 'thank(?:s| you) (?:so much )?for sending (?:over |through |in )?(?:your|the) (?:cv|resume|application|details|portfolio)'],
    [
      2,
      "(?:pass|passing|forward|forwarding|send|sending) (?:it|this|them|your (?:cv|resume|application|details)) (?:on |over )?to (?:the|our|my|(?!(?:me|you|us)\\b)[\\w.'-]+ [\\w'-]+)"
    ],
    // "Thanks Jordan, received, I'll pass it on".
    [2, "(?:thanks|thank you|cheers|many thanks)(?: [\\w'-]+)?,? (?:all )?(?:received|got it)(?=[,.!;]| and| with thanks)"],
    [
      1.5,
      "(?:i'll|i will|will) (?:have a (?:read|look)|read (?:it|through it)|look (?:it )?over)(?: (?:through|over|at it))?(?: (?:tonight|today|tomorrow|this (?:week|weekend)|over the weekend|later))"
    ],
    [3.5, "(?:i've|i have|we've|we have) got your (?:cv|resume|application|details)"],
    [3, '(?:come|came|got|gone) through (?:fine|ok|okay|safely|all right|perfectly)'],
    [3, '(?:passed|forwarded|sent|shared|handed) (?:on )?your (?:cv|resume|application|details|profile) (?:on )?to (?:the|our|my)'],
    [3.5, "we(?:'ve| have) (?:got )?your (?:application|cv|resume|details) (?:and|on file)"],
    [2, '^(?:got it|received|thanks,? got it|many thanks,? received)[,.!]'],
    [4, '(?:confirms?|confirming) (?:that )?we (?:have|received|have received) your (?:application|cv|resume)'],
    [
      3.5,
      '(?:details|application|cv|resume|documents|everything|forms?) (?:[\\w-]+ ){0,2}(?:reached|arrived|came through|landed) (?:us|safely|with us)'
    ],
    [
      1.5,
      "(?:will|we'll|i'll|they'll|you'll|he'll|she'll) have a (?:proper |good |quick )?look|look (?:through|over) (?:it|them|everything)"
    ]
  ]
})

const german = definePhrases('de', {
  interview_request: [
    [2.5, '(?:rufe|rufen) (?:ich |wir )?(?:sie|dich|ihnen) (?:\\S+ ){0,4}(?:um \\d{1,2}|\\d{1,2}(?::\\d\\d)? uhr)'],
    [
      3.5,
      'wie sieht es (?:bei (?:ihnen|dir) )?(?:\\S+ ){0,4}(?:für ein|mit einem) (?:\\p{L}+ )?(?:telefonat|gespräch|termin|kennenlernen|call)'
    ],
    [3, '(?:können|könnten|kannst|könntest) (?:sie|du) (?:\\S+ ){0,10}(?:kommen|vorbeikommen|vorbeischauen)(?![\\p{L}])'],
    [
      3,
      '(?:passt|passen|ginge|geht) (?:es )?(?:ihnen|dir)? ?(?:am )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|nächste woche)'
    ],
    [3, '(?:kommen|komm) (?:sie |du )?(?:doch )?(?:\\S+ ){0,8}vorbei'],
    [
      4,
      '(?:laden|lade) (?:wir |ich )?(?:sie|dich) (?:\\S+ ){0,8}(?:zu|zum|zur) (?:\\S+ ){0,3}(?:gespräch|vorstellungsgespräch|lehrprobe|kennenlernen|hospitation|probearbeit|interview|termin|probetag)\\p{L}* (?:\\S+ ){0,6}ein(?![\\p{L}])'
    ],
    [3, 'vorbeizukommen|vorbeizuschauen|(?:vorbeikommen|vorbeischauen) (?:können|könnten|möchten|wollen)|auf einen kaffee']
  ],
  assessment: [
    [3.5, '(?:sprach|eignungs|einstufungs|persönlichkeits|leistungs|wissens|rechen|schreib|online|fach|logik|intelligenz)-?test'],
    [3.5, 'einstellungstest|assessment-?center|auswahltest'],
    [3.5, '(?:schriftliche|praktische|technische|fachliche)[nrs]? (?:test|prüfung|aufgabe|übung|arbeitsprobe|eignungstest)']
  ],
  acknowledgement: [
    [
      3,
      'dank\\p{L}* (?:für die|für das) (?:zusendung|übersendung|einsenden|übermittlung) (?:ihrer|deiner|der|des) (?:unterlagen|bewerbung|bewerbungsunterlagen|lebenslauf)'
    ],
    [4, '(?:ist|sind) (?:\\p{L}+ )?bei (?:mir|uns) (?:\\p{L}+ )?(?:angekommen|eingegangen)'],
    [4, '(?:unterlagen|bewerbung|bewerbungsunterlagen) haben wir (?:\\p{L}+ )?(?:erhalten|bekommen)'],
    [3, '(?:unterlagen|bewerbung|lebenslauf) (?:\\p{L}+ ){0,4}weitergeleitet'],
    [3.5, '(?:unterlagen|bewerbung|bewerbungsunterlagen) (?:sind|ist) (?:gut |vollständig )?(?:angekommen|eingegangen)'],
    [3, '(?:danke|vielen dank|herzlichen dank) für (?:ihre|deine|die) (?:unterlagen|bewerbungsunterlagen)'],
    [1.5, '(?:schaue|sehe) (?:sie |ich )?(?:mir )?(?:\\p{L}+ ){0,3}(?:an|durch)|melde mich nach (?:\\p{L}+ )?sichtung']
  ]
})

const spanish = definePhrases('es', {
  interview_request: [
    [2.5, '(?:te|le|os) (?:llamo|llamamos|llamaré|llamaremos) (?:\\S+ ){0,2}(?:a las? \\d{1,2}|\\d{1,2}(?::\\d\\d)? ?h)'],
    [3.5, '(?:vinieras|vengas|venir|venga|viniera) (?:a )?(?:conocer|ver|visitar) (?:el|la|nuestro|nuestra|las|los)'],
    [3.5, '(?:podemos|podríamos|puedes|podrías|quieres) (?:hablar|charlar|vernos|quedar|tener una llamada|hacer una llamada)'],
    [3.5, '(?:tendrías|tienes|tendría|tiene) (?:un )?hueco'],
    [
      3.5,
      '(?:tienes|tiene|tendrías|tendría) disponibilidad para (?:una|un) (?:\\p{L}+ )?(?:entrevista|llamada|videollamada|reunión|conversación|café)'
    ],
    [3, '(?:podrías|podría|puedes|puede) (?:usted )?(?:venir|pasarte|pasarse|acercarte|acercarse)'],
    [4, '(?:le|te|les) citamos|citad[oa]s? (?:para|a) (?:una |la )?(?:entrevista|reunión|prueba oral)'],
    [3, 'pasarte por|pasarse por|(?:tomar|tomarnos) un café|conocer al equipo']
  ],
  acknowledgement: [
    [
      4,
      '(?:candidatura|solicitud|cv|inscripción|postulación) (?:\\S+ ){0,14}(?:ha sido|fue|se ha|ha quedado) (?:correctamente |enviad[oa] )?(?:recibid|registrad|enviad)[oa]'
    ],
    [4, '(?:candidatura|solicitud|cv) (?:ha quedado|queda|quedó) (?:correctamente )?(?:registrad|inscrit|guardad)[oa]'],
    [3, '(?:pasado|enviado|reenviado|trasladado) (?:tu|su) (?:cv|currículum|candidatura) (?:a|al)'],
    [2, '^(?:recibido|recibida|recibidos)[,.!]'],
    [1.5, '(?:lo|la|los|las) (?:miro|revisamos|reviso|estudio)']
  ],
  assessment: [[3.5, 'examen (?:teórico|práctico|tipo test|escrito)']]
})

const french = definePhrases('fr', {
  interview_request: [
    [2.5, "(?:je|nous) (?:vous |t')?(?:appelle|appelons|appellerai|appellerons|téléphone) (?:\\S+ ){0,2}(?:à \\d{1,2}|\\d{1,2} ?h)"],
    [3.5, "venir (?:visiter|voir|découvrir|rencontrer) (?:le|la|l'|notre|nos|les)"],
    [3.5, '(?:souhaite|souhaitent|veut|veulent|aimerait|aimeraient) vous (?:rencontrer|voir|recevoir|parler)'],
    [3.5, '(?:souhaiterais|aimerais|voudrais|souhaiterions|aimerions|voudrions) vous (?:appeler|téléphoner|parler|rencontrer|voir)'],
    [4, "(?:invitons|convions) (?:\\S+ ){0,2}(?:à|pour) (?:un|une|l') ?(?:\\S+ )?(?:entretien|échange|rencontre|rendez-vous)"],
    [3.5, '(?:pouvons-nous|pourrions-nous|peut-on|pourrait-on) (?:échanger|nous parler|parler|nous voir|nous rencontrer|faire un point)'],
    [3, '(?:pourriez-vous|pouvez-vous|peux-tu|pourrais-tu) (?:venir|passer)'],
    [4, '(?:êtes|es) convoquée?s?(?:\\(e\\))? (?:à|pour|le)'],
    [3, "passer (?:au cabinet|à l'agence|au bureau|nous voir|à la clinique)|autour d'un café|venir (?:nous )?(?:rencontrer|voir)"],
    [3, '(?:seriez-vous|êtes-vous|serais-tu|es-tu) (?:libre|disponible)']
  ],
  assessment: [
    [3.5, 'épreuve (?:écrite|pratique|technique)'],
    [
      3.5,
      "(?:test|épreuve|questionnaire|exercice) (?:de |d')(?:calcul|logique|compétences|connaissances|niveau|aptitude|raisonnement|personnalité|rédaction)"
    ]
  ],
  acknowledgement: [
    [3, "merci pour l'envoi (?:de votre|de ton|du|de la) (?:cv|candidature|dossier)"],
    [2, '(?:je |nous )?(?:transmets|transmettons|transmettrai) (?:\\S+ )?(?:au|à|aux)(?= )'],
    [3, 'transmis (?:votre|ton) (?:cv|candidature|dossier) (?:à|au|aux)(?= )'],
    [2, '^bien reçu'],
    [3.5, 'dossier (?:de candidature )?(?:est complet|a (?:bien )?été (?:transmis|reçu|enregistré))']
  ]
})

const dutch = definePhrases('nl', {
  interview_request: [
    [2.5, '(?:ik|we|wij) (?:bel|bellen) (?:je|jou|u) (?:\\S+ ){0,2}(?:om \\d{1,2}|\\d{1,2}(?:[.:]\\d\\d)? uur)'],
    [3, 'meelopen|een dag(?:je)? (?:komen )?meedraaien|(?:komen )?kijken op de afdeling'],
    [3.5, '(?:zullen|kunnen) we (?:\\S+ ){0,3}(?:bellen|videobellen|afspreken|koffie drinken|kennismaken)'],
    [
      3.5,
      '(?:moment|afspraak|tijd) (?:\\p{L}+ )?(?:plannen|inplannen|prikken) (?:voor|om)|(?:plannen|inplannen) (?:van )?(?:een|het) (?:\\p{L}+ )?gesprek'
    ],
    [
      3.5,
      '(?:ben je|bent u|is het mogelijk) (?:\\S+ ){0,5}beschikbaar voor (?:een|het) (?:\\p{L}+ )?(?:gesprek|videocall|call|kennismaking|interview)'
    ],
    [4, '(?:nodigen|nodig) (?:\\p{L}+ ){0,3}uit (?:voor|op) (?:een |het )?(?:\\p{L}+ ){0,2}\\p{L}*(?:gesprek|kennismaking|interview)'],
    [3.5, 'op gesprek (?:komen|te komen)|(?:voor|op) een (?:\\p{L}+ )?gesprek (?:komen|langskomen)'],
    [3.5, 'langskomen|langs te komen'],
    [3.5, 'langs (?:kunnen |te )?komen|kom (?:\\S+ ){0,8}langs|(?:komen|kom) (?:eens |even )?kennismaken']
  ],
  assessment: [
    [3.5, '(?:een |de )?\\p{L}*case (?:\\p{L}+ ){0,4}(?:uitwerkt|uitwerken|uit te werken)|thuis (?:uitwerkt|uitwerken|maakt)'],
    [3.5, '(?:schriftelijke|praktijk) ?(?:opdracht|toets)|(?:advies|notitie|verslag) (?:\\p{L}+ ){0,3}te schrijven']
  ],
  acknowledgement: [
    [3, '(?:dank|bedankt) (?:je |u )?voor het (?:toesturen|sturen|opsturen|insturen) van (?:je|jouw|uw) (?:cv|sollicitatie|brief)'],
    [2, '(?:stuur|sturen) (?:het|hem|ze|je cv) (?:\\S+ )?door naar'],
    [4, '(?:sollicitatie|cv|brief|reactie) is (?:bij ons |goed )?binnen'],
    [3, '(?:je|uw) (?:cv|sollicitatie|gegevens) (?:\\p{L}+ ){0,2}doorgestuurd naar'],
    [2, '^ontvangen[,.!]'],
    [3.5, '(?:zijn|is) (?:goed |in goede orde |netjes )?aangekomen']
  ]
})

const portuguese = definePhrases('pt', {
  interview_request: [
    [2.5, '(?:te|lhe) (?:ligo|ligamos|ligarei|ligaremos) (?:\\S+ ){0,2}(?:às \\d{1,2}|\\d{1,2}h)'],
    [3.5, '(?:viesse|venha|vir) (?:a )?(?:conhecer|ver|visitar) (?:a|o|nossa|nosso)'],
    [3.5, 'quer(?:em)? (?:te )?conhecer(?: você)?|gostaria(?:m)? de (?:te )?conhecer'],
    [3.5, '(?:podemos|poderíamos|pode|consegue|vamos) (?:conversar|falar|bater um papo|nos falar|nos ver)(?! com (?:\\S+ ){0,2}pessoas)'],
    [3.5, '(?:podemos|vamos|gostaria de|queremos) marcar (?:uma|um) (?:entrevista|conversa|reunião|papo|call)'],
    [3, '(?:pode|podes|poderia|consegue|consegues) (?:vir|passar)'],
    [
      4,
      '(?:aprovad|convocad|selecionad)[oa](?:\\(a\\))? para a (?:etapa|fase) (?:de |da )?entrevista|convocad[oa](?:\\(a\\))? para (?:uma|a) (?:entrevista|conversa)'
    ],
    [3.5, '(?:bora|vamos) marcar (?:um|uma) (?:papo|conversa|call|reunião|entrevista)|marcar um papo']
  ],
  assessment: [[3.5, 'aula (?:observada|assistida)|prova (?:escrita|prática|de conhecimentos)']],
  acknowledgement: [
    [3, 'obrigad[oa] pelo envio (?:do|da) (?:seu |sua |teu |tua )?(?:currículo|cv|candidatura)'],
    [2, '(?:vou|vamos) (?:passar|encaminhar|repassar) (?:\\S+ )?(?:para|à|ao)(?= )'],
    [2.5, 'obrigad[oa] (?:pela|por) (?:sua|tua|a sua|a tua) candidatura|analisá-l[ao]|vamos analisar'],
    [3, 'encaminhei (?:o )?(?:seu|teu) (?:currículo|cv)'],
    [2, '^recebid[oa][,.!]'],
    [3.5, 'chegou tudo|chegaram (?:bem|direitinho|todos)|chegou (?:bem|direitinho)']
  ]
})

const italian = definePhrases('it', {
  interview_request: [
    [2.5, '(?:ti|la|vi) (?:chiamo|chiamiamo|chiamerò|chiameremo) (?:\\S+ ){0,2}(?:alle \\d{1,2}|\\d{1,2}(?:[.:]\\d\\d)?)'],
    [3.5, 'venire a (?:vedere|conoscere|visitare|trovarci)'],
    [3.5, 'vorrebbe(?:ro)? (?:conoscerti|conoscerla|incontrarti|incontrarla|sentirti|vederti)'],
    [3.5, '(?:possiamo|potremmo|ci possiamo) (?:sentirci|vederci|parlare|fare una call|fare due chiacchiere)'],
    [
      3.5,
      "(?:sei|è|saresti|sarebbe) (?:liber[oa]|disponibile) (?:\\S+ ){0,3}per (?:un|una|un') ?(?:\\p{L}+ )?(?:colloquio|call|chiamata|videochiamata|incontro|chiacchierata|caffè)"
    ],
    [3.5, '(?:ti|le) (?:andrebbe|va) bene (?:un|una) (?:colloquio|chiamata|videochiamata|incontro)'],
    [3, '(?:puoi|può|potresti|potrebbe) (?:venire|passare)'],
    [4, "(?:convocat[oa]|convocati) (?:per|a) (?:la|il|un|una|l') ?(?:prova orale|colloquio|incontro)"],
    [3.5, 'passare in (?:studio|ufficio|negozio)|passare da (?:noi|me)|fare due chiacchiere|ti va di (?:passare|vederci|sentirci)']
  ],
  acknowledgement: [
    [3, "grazie per l'invio (?:del|della) (?:tuo |tua |suo |sua )?(?:curriculum|cv|candidatura)"],
    [2, '(?:lo|la|li) (?:giro|inoltro|passo) (?:\\S+ )?(?:alla|al|ai|a)(?= )'],
    [4, '(?:preso|presa) in carico (?:la )?(?:tua|sua) (?:candidatura|domanda)'],
    [4, 'abbiamo ricevuto (?:la |il )?(?:tua |sua |vostra )?(?:candidatura|cv|curriculum|domanda)'],
    [3, 'inoltrato (?:il )?(?:tuo|suo) (?:cv|curriculum)'],
    [2, '^ricevut[oa][,.!]'],
    [4, 'protocollat[oa]|(?:domanda|istanza) (?:di partecipazione )?(?:è stata )?(?:acquisita|presa in carico)']
  ],
  assessment: [
    [
      3.5,
      "valutazione (?:online|tecnica|attitudinale)|(?:completare|svolgere|sostenere) (?:un|una|il|la|l') ?(?:test|prova|valutazione(?! (?:della|del|dei|delle) (?:sua |tua |vostra |suo |tuo |vostro )?(?:candidatur|profil|domand|document|titol)\\p{L}*)|questionario)"
    ],
    [3.5, 'prova (?:preselettiva|attitudinale)']
  ]
})

export const STEP_CONCEPTS: readonly Phrase[] = [...english, ...german, ...spanish, ...french, ...dutch, ...portuguese, ...italian]

/** Thanks for a signed contract: the offer is behind, this is an update (in any of the seven languages). */
export const SIGNED_CONTRACT_THANKS: readonly Phrase[] = definePhrases('any', {
  update: [
    [
      3.5,
      '(?:thanks|thank you|grazie|merci|danke|gracias|obrigad[oa]|dank(?: je| u)?|bedankt) (?:so much |very much |mille |beaucoup |vielmals )?(?:for the|for your|for sending the|per il|pour le|pour votre|für den|für ihren|für die|por el|pelo|pela|voor het|voor de) (?:signed |getekende )?(?:contract|offer letter|copy|contratto firmato|contrat signé|vertrag|unterschrift|contrato firmado|contrato assinado)'
    ],
    [
      3,
      '(?:received|got|recibido|recebemos|reçu) (?:the |el |o |le )?(?:signed (?:contract|copy|offer)|contrato (?:firmado|assinado)|contrat signé)'
    ]
  ]
})
