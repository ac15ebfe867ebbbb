/**
 * The mail between the steps, and how people really say yes and no (issue 11, found on training-29, -30 and -31,
 * blind batches written for the categories fresh mail reads worst):
 * - a test already taken, its marking late or under way ("going through yours now", "papers are under evaluation");
 * - a process paused and to be resumed ("retomaremos el proceso la primera semana de noviembre");
 * - checks before the first shift ("I can't roster you on until I have…"), the roster itself, documents for a
 *   contract already agreed on the phone, originals for the school's records, a referral to the hiring manager;
 * - a refusal in the writer's own words ("I don't have the position anymore", "I'm going to have to say no for now",
 *   "ik kan de vervanging niet aan u geven", a Czech "místo je už obsazené"), a post deleted after a budget review;
 * - an offer told as "we willen het met je proberen", an offer revised with a decision date pushed out;
 * - a bank's "thanks for applying for a line of credit", which is no job.
 * Big institutions (training-32, -33): registrations "submitted successfully", "inscripción realizada", "inscrição
 * confirmada", "goed ontvangen"; a reserve list or a pool of qualified candidates; a background investigation; checks
 * complete and an offer unconditional; an appointment offered from a list ("le ofertamos el siguiente nombramiento",
 * "I'd like to offer it to you"); an oral stage that is an interview with the jury; a written test convened ("citación a
 * pruebas escritas", "test kwalifikacyjny"); "no continúa en el proceso"; a proposed exclusion; a podcast's interview.
 */
import { definePhrases, type Phrase } from './types'

const english = definePhrases('en', {
  update: [
    [5, "(?:can't|cannot|can not|won't be able to) (?:roster|book|put|schedule|start) you (?:on )?(?:\\S+ ){0,3}until"],
    [4.5, "(?:you're|you are) (?:now )?on (?:the|our) roster|your first (?:buddy |paid |orientation )?shift (?:is|will be)"],
    [
      4.5,
      '(?:going through|marking|reviewing|evaluating) (?:yours|your (?:take-home|test|task|assignment|exercise|submission|answers|paper)s?)(?: now)?|(?:take-home|test|assessment|exam)s? (?:reviews?|marking) (?:slipped|(?:is|are|has been|have been) (?:delayed|taking longer|running late))|(?:test|exam|answer) (?:papers|scripts|sheets) are (?:under|being) (?:evaluation|review|marked|evaluated|assessed)'
    ],
    [5, '(?:your )?application (?:has been|was|is being) referred to the (?:hiring|selecting) (?:manager|official)'],
    [
      4.5,
      "(?:shortlisting|recruitment|the (?:selection |recruitment )?process|hiring|interviewing) (?:has been|is|was) (?:temporarily )?(?:paused|suspended|put on hold)|(?:we will|we'll|we hope to|we expect to) (?:resume|restart|pick up) (?:the )?(?:process|recruitment|shortlisting|interviews|selection)"
    ],
    [3.5, 'single central record|(?:medical|health|new starter|occupational health) questionnaire'],
    [4, 'what (?:are|would be) your salary expectations'],
    [4, 'before (?:i|we) (?:send|pass|forward) your (?:resume|cv|application|details) (?:over |on )?to'],
    [
      5,
      'placed (?:in|on) (?:a|the) (?:pool|list) of qualified candidates|(?:qualified|eligibility) pool|background investigation|personal history (?:questionnaire|statement|packet)'
    ],
    [6, '(?:pre-?employment )?(?:checks|clearances?) (?:are|is|have been) (?:now )?(?:all )?complete|(?:your )?offer is now unconditional'],
    [5, "(?:this|it) (?:isn't|is not|'s not) a no"],
    // Holding notes (training-36): interviews held until a sign-off, nothing needed from the candidate yet.
    [5, "(?:holding|won't be scheduling|will not be scheduling|can't schedule|cannot schedule) (?:any |final |the )?interviews until"],
    [3.5, 'no action is needed (?:from you|on your part)(?: (?:right )?now| yet| for now)?'],
    // An offer letter late (training-35): news about the offer, not the offer.
    [
      5,
      '(?:offer letter|contract) will (?:now )?(?:reach you|arrive|come|be with you) (?:by|on|next)|(?:offer letter|contract) (?:is|has been) delayed'
    ],
    // A thank-you for a test taken opens refusals and invitations too ("thank you for completing the take-home …
    // unfortunately"): a hint that the step is done, not a reading on its own.
    [
      2,
      'thank(?:s| you) (?:\\S+ ){0,2}for (?:doing|taking|sitting|completing|giving) (?:the |your |our |a )?(?:demo lesson|lesson|test|exam|assessment|task|take-home|trial (?:shift|day))'
    ]
  ],
  rejection: [
    [
      5,
      "(?:don't|do not) have (?:the|that|this) (?:position|role|job|vacancy|post|opening) any ?more|(?<!(?:until|till|once|when|after|before) (?:the |this |that )?)(?:spot|position|role|job|vacancy|post)(?:'s| has) been filled|going to have to say no|(?:have|had) to say no (?:for now|this time|on this one)|(?:can't|cannot) give you the (?:job|role|position|post)"
    ],
    [5, "(?:won't|will not) be offering you (?:a|the) (?:post|position|role|job|place|contract)"],
    [
      5,
      '(?:post|position|role|vacancy) (?:has|had) (?:therefore |now )?been (?:withdrawn|deleted)|(?:decided|decision) to (?:delete|withdraw) the (?:\\S+ ){0,4}(?:post|position|role|vacancy)|your application will not (?:progress|proceed|go any further)'
    ]
  ],
  offer: [
    [4.5, '(?:pushed|moved|extended) (?:out )?(?:your|the) (?:decision|acceptance|response) (?:date|deadline)'],
    [5.5, "(?:i'd|i would|we'd|we would) like to offer (?:it|this (?:post|role|position)|the (?:post|role|position)) to you"],
    // A placement or shifts offered by an agency (training-34).
    [5, "(?:it's|its|it is|the (?:job|role|post|shift|placement|position|cover)(?:'s| is)) yours if you want it|yours if you want it"],
    [
      4.5,
      "(?:shifts?|placements?|assignments?|bookings?) (?:i|we)(?:'d| would) (?:love|like) to give you|(?:i|we)(?:'d| would) (?:love|like) to give you (?:\\S+ ){0,3}(?:shifts?|placements?|assignments?|bookings?)"
    ]
  ],
  acknowledgement: [
    [5, '(?:your )?(?:online )?application (?:has been|was) submitted successfully|application submitted successfully'],
    [3.5, '(?:got|received) it safely|(?:it|your (?:cv|application)) (?:arrived|came through) safely|(?:came|come) through safely'],
    // An agency's receipt (training-34): registered, "your CV is in with me", a call to talk through availability.
    [4, 'thank(?:s| you) for registering with|(?:your )?(?:cv|resume|application) is in with me'],
    [4, 'thanks? (?:a million|heaps|so much|loads|a lot) for (?:applying|your application)|thanks? for applying to be (?:our|a|an|the)'],
    [3, '(?:chat|talk|talk through|go through|discuss) (?:your )?availability']
  ],
  unrelated: [
    [
      10,
      '(?:thanks?|thank you) for applying for (?:a|an|the|your) (?:personal |business |home |car |student )?(?:line of credit|credit card|loan|mortgage|overdraft)|(?:line of credit|credit card|loan|mortgage|overdraft) application'
    ],
    // A school place, a passport, a workshop on interviews: applications and interviews that are no job (training-36, -37).
    [
      7,
      '(?:in-year|school|nursery|reception) (?:application|admission)s?|dear parent(?:/| or )carer|offer a place at (?:\\S+ ){0,4}(?:school|primary|academy|nursery)|passport (?:application|renewal)|(?:workshop|webinar|masterclass|class) (?:on|about) (?:\\S+ ){0,3}interviews?|interview (?:skills|tips|preparation) (?:workshop|webinar|session)'
    ],
    // A podcast's or a paper's interview is about the person, not a job (training-32).
    [
      7,
      '(?:on|for) (?:the|my|our) (?:podcast|show|channel)|podcast (?:interview|episode|guest)|(?:record|recording) (?:the|an|our) (?:next )?(?:episode|batch)'
    ]
  ]
})

const spanish = definePhrases('es', {
  acknowledgement: [
    [
      5,
      'inscripción (?:\\S+ ){0,12}(?:se realizó|fue realizada|ha sido realizada|quedó registrada) (?:exitosamente|con éxito|correctamente)|confirmación de (?:su |tu )?inscripción'
    ]
  ],
  assessment: [[4.5, 'citaci[oó]n a (?:las )?pruebas|(?:cita|citamos|convoca|convocamos) a (?:las )?pruebas(?: escritas)?']],
  update: [
    [
      4.5,
      '(?:retomaremos|reanudaremos) el proceso|(?:se encuentra|está|queda|ha quedado) (?:suspendido|en pausa|pausado) (?:temporalmente|por el momento)'
    ],
    [
      2,
      '(?:gracias|agradezco|agradecemos) (?:\\S+ ){0,3}(?:por|su participación en|tu participación en) (?:su|tu|la) (?:clase|prueba|examen|caso|presentación)'
    ],
    [4, '(?:todavía|aún) (?:nos )?faltan (?:\\S+ ){0,3}candidat\\p{L}*'],
    [4.5, '(?:estamos|están) (?:revisando|corrigiendo|evaluando) (?:tu|su|las|los) (?:prueba|examen|caso|ejercicio|pruebas|exámenes)']
  ],
  rejection: [
    [5, 'no (?:te|le) (?:puedo|podemos) (?:dar|ofrecer) (?:el puesto|la plaza|el trabajo|la vacante)'],
    [5, 'no contin[uú]a en el proceso|no continuar[aá] en las (?:siguientes|próximas) (?:etapas|fases|pruebas)']
  ],
  offer: [
    [4.5, '(?:queremos|queríamos) (?:probar|intentarlo) contigo'],
    [
      5,
      '(?:le|te) (?:ofertamos|ofrecemos) el siguiente nombramiento|oferta de nombramiento|(?:aceptar o rechazar|acepta o rechaza) (?:la|esta) oferta'
    ]
  ]
})

const german = definePhrases('de', {
  update: [
    [
      5,
      '(?:danke|vielen dank) für (?:den|das|ihren|deinen|die) (?:unterschriebenen?|unterzeichneten?) (?:vertrag|arbeitsvertrag|unterlagen)'
    ],
    [
      5.5,
      '(?:für den|für ihren|für deinen|zum) (?:arbeits)?vertrag (?:\\S+ ){0,6}(?:benötige|brauche|benötigen|brauchen) (?:ich|wir) (?:\\S+ ){0,8}(?:unterlagen|dokumente)|unterlagen für (?:ihren|deinen|den) arbeitsvertrag'
    ],
    [4.5, 'referenz(?:auskünfte|en) (?:\\S+ ){0,2}einholen|referenzpersonen (?:\\S+ ){0,3}kontaktier\\p{L}*'],
    [
      4.5,
      '(?:verfahren|auswahlverfahren|prozess) (?:\\S+ ){0,3}vorübergehend (?:ausgesetzt|pausiert|gestoppt)|(?:nehmen|setzen) (?:wir )?das (?:auswahl)?verfahren (?:\\S+ ){0,3}(?:wieder auf|fort)'
    ]
  ],
  rejection: [
    [5.5, '(?:kann|können) (?:ich|wir) ihre bewerbung (?:\\S+ ){0,2}nicht (?:weiter )?berücksichtigen'],
    [5, '(?:kann|können) (?:ich|wir) (?:ihnen|dir) die stelle (?:leider )?nicht geben']
  ],
  offer: [[4.5, '(?:möchten|wollen) es (?:gerne |gern )?mit (?:ihnen|dir) (?:versuchen|probieren)']]
})

const french = definePhrases('fr', {
  // A housing application, a workshop on job interviews: no job step (training-36, -37).
  unrelated: [
    [7, "demande de logement|commission d'attribution des logements|atelier (?:\\S+ ){0,4}entretien d'embauche|simulation d'entretien"]
  ],
  assessment: [[3.5, "(?:nuit|soirée|matinée|semaine) d'essai"]],
  // A competition's oral stage "qui consiste en un entretien avec le jury" is the interview (training-33).
  interview_request: [[4.5, '(?:consiste|consistera|consistant) en un entretien avec le jury']],
  update: [[4.5, '(?:reprendrons|relancerons) le (?:processus|recrutement)|(?:est|a été) suspendu temporairement']],
  rejection: [[5, 'ne (?:peux|pouvons) pas vous (?:donner|confier|attribuer) (?:le poste|la place|ce poste|le remplacement)']],
  offer: [[4.5, '(?:on|nous) (?:veut|voulons|aimerait|aimerions) (?:bien )?essayer avec (?:toi|vous)']]
})

const dutch = definePhrases('nl', {
  acknowledgement: [
    [
      4.5,
      '(?:we hebben|wij hebben|hebben we) (?:ze|hem|het|je kandidatuur|uw kandidatuur) goed ontvangen|bedankt voor (?:je|uw) kandidatuur'
    ]
  ],
  update: [
    [4.5, '(?:tijdelijk )?(?:stilgelegd|gepauzeerd|on hold gezet)|pakken (?:we )?de (?:procedure|selectie) (?:weer )?op'],
    [5, '(?:opgenomen|staat|sta je|staat u) in de wervingsreserve'],
    [5, '(?:mogen|kunnen) (?:we|wij) (?:officieel )?(?:nog )?niemand uitnodigen'],
    [4, 'tussenbericht']
  ],
  rejection: [
    [5.5, '(?:uw|je|jouw) kandidatuur (?:werd|is) (?:dus |helaas |jammer genoeg )?niet weerhouden'],
    [
      5,
      '(?:kan|kunnen) (?:ik|we|wij) (?:de|deze|die) (?:vervanging|baan|functie|plaats|betrekking|job|vacature) niet aan (?:u|jou|je) (?:geven|toekennen)|(?:ik|we|wij) (?:de|deze|die) (?:vervanging|baan|functie|plaats|betrekking|job|vacature) niet aan (?:u|jou|je) (?:kan|kunnen) (?:geven|toekennen)'
    ]
  ],
  offer: [
    [
      4.5,
      '(?:willen|gaan) het (?:graag )?met (?:je|jou|u) proberen|(?:je|jij|u) (?:kan|kunt|mag) (?:op |per |vanaf )?(?:\\d{1,2} \\p{L}+|maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|volgende week) (?:al )?(?:beginnen|starten)'
    ]
  ]
})

const portuguese = definePhrases('pt', {
  acknowledgement: [[5, 'inscrição (?:está |foi )?confirmada|confirmamos (?:\\S+ ){0,8}(?:sua|a sua|tua) inscrição']],
  update: [
    [4.5, 'retomaremos o processo|(?:está|foi|encontra-se) suspenso temporariamente'],
    [4.5, '(?:estamos|seguimos|ainda estamos) (?:aguardando|esperando) (?:a |agora a )?aprovação']
  ],
  rejection: [
    [5, 'não (?:te|lhe) (?:posso|podemos) (?:dar|oferecer) (?:a vaga|o cargo|o lugar|o posto)'],
    [4.5, '(?:propor|proposta de|projeto de) (?:a sua |a tua )?exclusão']
  ]
})

const italian = definePhrases('it', {
  update: [
    [4.5, 'riprenderemo (?:il processo|la selezione)|(?:è|viene) sospes[oa] temporaneamente'],
    [4.5, 'non (?:posso|possiamo) (?:ancora )?comunicare (?:gli )?esiti']
  ],
  rejection: [[5, "non (?:le|ti) (?:posso|possiamo) (?:dare|offrire|affidare) (?:il posto|la posizione|l'incarico)"]]
})

/** Czech, which a hotel in Olomouc writes in: the post is taken, someone else was hired. Polish: a qualifying test. */
const czech = definePhrases('any', {
  // Danish and Norwegian holding notes (training-36, -37): a deadline extended, no further yet.
  update: [
    [4.5, 'forlænge(?:t|r)? ansøgningsfristen|(?:din|jeres) ansøgning er (?:naturligvis )?stadig med'],
    [4.5, '(?:har|har vi) (?:dessverre )?ikke kommet (?:noe )?videre']
  ],
  acknowledgement: [
    [4.5, 'dziękujemy za (?:przesłanie|nadesłanie|złożenie) (?:cv|aplikacji|zgłoszenia|dokumentów)'],
    [3, 'z wybranymi (?:osobami|kandydatami|kandydatkami) skontaktujemy się']
  ],
  // A loan or a mortgage asked for, in the other languages: the bank's "colloquio con il tuo consulente" is no interview.
  unrelated: [
    [
      10,
      '(?:richiesta|domanda) di (?:mutuo|prestito|finanziamento)|solicitud de (?:hipoteca|préstamo|crédito)|demande de (?:prêt|crédit)|(?:kredit|darlehens|hypotheken)antrag|pedido de (?:empréstimo|financiamento|crédito)|(?:hypotheek|lening)aanvraag'
    ]
  ],
  assessment: [[4.5, 'test (?:kwalifikacyjn|pisemn)\\p{L}*']],
  rejection: [
    [5, 'nie możemy zaproponować (?:\\S+ ){0,2}zatrudnienia|wybraliśmy (?:inną )?osobę'],
    [
      4.5,
      'místo (?:\\S+ ){0,2}(?:je )?(?:už )?(?:bohužel )?obsazen[éoa]|přijali jsme (?:\\S+ ){0,2}(?:jinou|jiného|kolegyni|kolegu|někoho jiného)'
    ]
  ]
})

export const BETWEEN_STEPS_CONCEPTS: readonly Phrase[] = [...english, ...spanish, ...german, ...french, ...dutch, ...portuguese, ...italian]
export const BETWEEN_STEPS_ANY_LANGUAGE: readonly Phrase[] = [...czech]
