/**
 * Selection steps outside software and the news between them, as Spain, Latin America and Portugal write them (issue 11,
 * found on training-19): a named test (a written or theory evaluation, a psychometric or psychotechnical exam, a
 * language test by phone, a "prova objetiva", an "etapa de testes"); a recorded video interview, which is an interview;
 * a calendar of a public selection process that changed, an application kept after the job was re-advertised and a
 * salary question, a check's record (antecedentes, casellario, casier judiciaire), a place on a panel or reserve list, which are updates; an application "bien reçue" after the thanks; "decidió no continuar con tu postulación", a rejection in Latin American words; an
 * offer in the tu form; an employment office's information session, which is no job step. The same idea is written in
 * each language where it exists.
 */
import { definePhrases, type Phrase } from './types'

const spanish = definePhrases('es', {
  assessment: [
    [3.5, 'evaluaci(?:ón|ones) (?:práctic|teóric|escrit|psicométric|psicotécnic|psicolaboral|de conocimiento|de idioma|de inglés)\\p{L}*'],
    [3.5, '(?:examen|exámenes) (?:psico\\p{L}+|de conocimientos|de idiomas?|de inglés|de manejo)'],
    [3.5, 'pruebas? (?:psicométric|psicotécnic|de idioma|de inglés|de alemán|de francés|de manejo|de conducción)\\p{L}*'],
    [3.5, 'rendir (?:el|un|la|una|los|las) (?:\\p{L}+ )?(?:examen|exámenes|prueba|pruebas|evaluación)'],
    [3.5, 'batería (?:psicotécnica|psicométrica|de pruebas|de tests)'],
    [
      3.5,
      '(?:hagas|hagáis|haga|realices|realice|hacer|realizar|resolver|resuelvas) (?:un|una) (?:pequeñ[oa] |breve |cort[oa] )?(?:ejercicio|tarea|caso)(?! (?:de|del) (?:reflexión|memoria))'
    ],
    // An oposición's exercise, by its number or its kind: "se le convoca a la realización del primer ejercicio". At 4: the
    // same notice often publishes the list of those admitted (an update at 3.5) and sets the exam's date.
    [
      4,
      '(?:primer|segundo|tercer|único) ejercicio (?:de la (?:fase de )?oposición|del proceso|teórico|práctico|escrito|\\(?tipo test)|(?:convoca\\p{L}*|citad[oa]s?|llamamiento|fecha del?|realización del?) (?:\\p{L}+ ){0,4}(?:primer|segundo|tercer|único) ejercicio'
    ]
  ],
  interview_request: [
    [3.5, '(?:te|le|los|las|les|os) esperamos (?:para|en|a) (?:la|una|tu|su) (?:\\p{L}+ ){0,2}entrevista'],
    [
      3.5,
      '(?:próxima|siguiente) (?:etapa|fase|instancia) (?:es|será) (?:la|una) (?:\\p{L}+ )?entrevista|el (?:próximo|siguiente) paso es (?:la|una) (?:\\p{L}+ )?entrevista'
    ],
    [3.5, 'video ?entrevista (?:grabada|diferida|en diferido|pregrabada)|entrevista (?:en|por) video (?:grabad|diferid)\\p{L}*']
  ],
  update: [
    // A changed calendar moves the interview it names, as concepts-changes.ts reads a moved interview (5).
    [
      5,
      '(?:modificación|actualización|reprogramación) del cronograma|cronograma (?:\\p{L}+ ){0,4}(?:ha sido |fue |se ha )?(?:modificad|actualizad|reprogramad)[oa]|se (?:ha )?modific\\p{L}* el cronograma'
    ],
    [3.5, '(?:tu|su) (?:postulación|candidatura|solicitud) (?:sigue|continúa) (?:vigente|activa|en pie|siendo válida)'],
    [3, '(?:aspiración|pretensión|expectativa) salarial'],
    [3, '(?:envíes|enviar|envíe|envíenos|aportar|aportes|presentar|presentes|adjuntar|mandes|mandar) (?:\\p{L}+ ){0,2}documentación'],
    [3, '(?:lista|relación) (?:provisional|definitiva) de (?:aprobad|seleccionad|puntuacion)\\p{L}*'],
    [
      2.5,
      '(?:proceso|selección|decisión) (?:\\p{L}+ ){0,2}(?:está|va) (?:un poco |algo )?demorad[oa]|se (?:ha |está |va a )?demora(?:do|ndo|r)'
    ],
    [
      3.5,
      '(?:incluid[oa]|quedas|queda|quedaste|quedó|has quedado|ha quedado|pasas a formar parte|pasa a formar parte) (?:\\p{L}+ ){0,2}(?:en|de) (?:la|nuestra) bolsa (?:de trabajo|de empleo|de candidatos)'
    ]
  ],
  acknowledgement: [[3, '(?<=(?:postulación|candidatura|cv|currículum),? )(?:ya )?recibid[oa]']],
  rejection: [
    [4, '(?:seguir|continuar|avanzar) (?:adelante )?(?:el proceso )?con (?:otros )?(?:perfiles|candidaturas) (?:más|que|con|cuy[oa])'],
    [4, '(?:perfil|candidatura|postulación|solicitud) no (?:fue|ha sido|resultó|quedó) (?:seleccionad|elegid|preseleccionad)[oa]'],
    [4, '(?:puesto|vacante|posición|plaza|cargo)(?: \\p{L}+){0,3} (?:ya )?(?:ha sido|fue|está|se ha|quedó) (?:ya )?ocupad[oa]'],
    [
      4,
      '(?:no|ya no) (?:continuarás|seguirás|avanzarás|continuará|seguirá|avanzará|pasarás|pasará) (?:en|con|a) (?:el|este|nuestro|la) (?:proceso|siguiente etapa|próxima etapa)'
    ],
    [0.8, 'en esta oportunidad'],
    [
      4,
      '(?:decidió|ha decidido|decidieron|han decidido|decidimos|hemos decidido) no (?:continuar|seguir|avanzar) (?:adelante )?con (?:tu|su) (?:postulación|candidatura|perfil|proceso|solicitud)'
    ]
  ],
  // An employer may name the office its advert went through: each half alone weighs less than an invitation.
  unrelated: [
    [2, 'oficina de empleo|servicio público de empleo|sepe'],
    [2, 'orientador(?:a)? laboral|sesión informativa|demandante de empleo']
  ]
})

const portuguese = definePhrases('pt', {
  assessment: [
    [
      3.5,
      '(?:etapa|fase) de (?:testes|provas|avaliações)|testes? (?:de raciocínio|de perfil|de inglês|de idiomas?|psicológic\\p{L}*|de personalidade)'
    ],
    [
      3.5,
      'prova (?:objetiva|teórica|discursiva|de títulos|de inglês|de idiomas?|de direção)|avaliaç(?:ão|ões) (?:prátic|teóric|escrit|psicológic)\\p{L}*'
    ],
    [3, '(?:realizar|fazer|concluir|responder) (?:os|todos os|as|todas as) (?:\\d+ )?(?:testes|provas)'],
    [
      3.5,
      '(?:faça|faças|fazer|realize|realizar|resolver|resolva) (?:um|uma) (?:pequen[oa] |breve |rápid[oa] )?(?:exercício|desafio|case|tarefa)'
    ]
  ],
  interview_request: [
    [3.5, '(?:queremos|gostaríamos de|quero|gostaria de) (?:bater um papo|conversar|trocar uma ideia) com (?:você|vc|a senhora|o senhor)'],
    [
      3.5,
      '(?:próxima|seguinte) (?:etapa|fase) (?:é|será) (?:a|uma) (?:\\p{L}+ )?entrevista|(?:te|o|a|lhe|vos) esperamos para (?:a|uma|sua|tua) (?:\\p{L}+ )?entrevista'
    ],
    [3.5, 'entrevista (?:em|por) vídeo(?: gravada)?|vídeo[- ]?entrevista|entrevista gravada']
  ],
  update: [
    [
      5,
      '(?:alteração|retificação|atualização) do cronograma|cronograma (?:\\p{L}+ ){0,4}(?:foi |está )?(?:alterad|atualizad|retificad|modificad)[oa]'
    ],
    [3.5, '(?:sua|tua) candidatura (?:continua|segue|permanece) (?:valendo|válida|ativa|em análise)'],
    [
      3,
      '(?:envie|enviar|envia|entregar|apresentar|mande|mandar) (?:\\p{L}+ ){0,2}documentação|documentos (?:para|da) (?:a )?(?:admissão|contratação)'
    ],
    [3, 'homologação (?:das inscrições|do resultado)|(?:resultado|classificação) (?:preliminar|provisório|provisória)'],
    [
      3.5,
      '(?:ficou|fica|ficará|foi incluíd[oa]|foi inserid[oa]|está) (?:\\p{L}+ ){0,2}(?:em|no|na) (?:lista de reserva|cadastro reserva|bolsa de recrutamento)'
    ]
  ],
  acknowledgement: [[3, '(?<=(?:candidatura|currículo|cv),? )(?:já )?recebid[oa]']],
  rejection: [
    [4, '(?:seguir|avançar|prosseguir|continuar) (?:o processo )?com (?:outros )?(?:perfis|candidaturas) (?:mais|que|com|cuj[oa])'],
    [
      4,
      '(?:decidiu|decidiram|decidimos|resolveu|optou por) não (?:seguir|avançar|prosseguir|continuar) com (?:a )?(?:sua|tua) (?:candidatura|aplicação|inscrição)'
    ]
  ],
  unrelated: [
    [2, 'serviço de emprego|centro de emprego|iefp'],
    [2, 'utente|sessão (?:coletiva )?de informação|desempregad[oa]s? inscrit\\p{L}*']
  ]
})

const french = definePhrases('fr', {
  interview_request: [
    [
      3.5,
      "(?:nous vous|on vous|on t'|je vous|je t') ?attend(?:ons|s)? (?:pour|à) (?:l'|un |votre |ton |le )(?:\\p{L}+ )?(?:entretien|entrevue)"
    ]
  ],
  offer: [[4, 'je te propose (?:le|un) (?:poste|contrat|cdi|cdd)|on te propose (?:le|un) (?:poste|contrat|cdi|cdd)']],
  update: [
    [3.5, "(?:votre|ta) candidature (?:reste|demeure) (?:bien entendu |évidemment )?(?:valable|active|d’actualité|d'actualité|en lice)"],
    [3, 'calendrier (?:du recrutement |de la procédure |du concours )?(?:a été )?(?:modifié|révisé|décalé)|prétentions? salariales?'],
    [3.5, "(?:inscrite?|retenue?|placée?) (?:sur|dans) (?:la|notre) liste (?:d'aptitude|de réserve|complémentaire)"]
  ],
  assessment: [
    [
      3.5,
      "(?:compléter|remplir|passer|répondre aux?) (?:les |le |vos |votre |des |un |une )?(?:questionnaires?|tests?|évaluations?) (?:de personnalité|de motivation|de raisonnement|d'aptitude|en ligne|assessfirst|psychométriques?)"
    ]
  ],
  acknowledgement: [
    [3, '(?<=(?:candidature|cv|dossier),? )bien reçue?s?'],
    [2.5, '(?:remercie|merci) (?:pour|de) ta candidature']
  ],
  unrelated: [
    [2, 'france travail|pôle emploi'],
    [2, "conseill(?:er|ère) (?:emploi|france travail)|demandeur d'emploi|réunion d'information collective"]
  ]
})

const italian = definePhrases('it', {
  interview_request: [[3.5, "(?:la|ti|vi) aspettiamo (?:per|al|a) (?:il |un |un'|l')?(?:\\p{L}+ )?colloquio"]],
  assessment: [[3.5, '(?:prova|test) di (?:lingua|inglese|tedesco|francese)|test psicoattitudinal\\p{L}*']],
  update: [
    [3.5, '(?:la sua|la tua) candidatura (?:resta|rimane) (?:valida|attiva|in valutazione)'],
    [3.5, '(?:inserit[oa]|collocat[oa]) (?:\\p{L}+ ){0,2}(?:in|nella) graduatoria|lista di riserva']
  ],
  acknowledgement: [[3, '(?<=(?:candidatura|cv|curriculum),? )ricevut[oa]']],
  rejection: [[4, 'deciso di non (?:proseguire|procedere|continuare) con (?:la sua|la tua) candidatura']]
})

// A one-way video interview through a platform stays what the English rules made it (HireVue's sender reads as a test,
// and an earlier batch's label agrees): only the Spanish and Portuguese name for it is read here.
const english = definePhrases('en', {
  update: [
    [
      3,
      '(?:current|expected) (?:ctc|salary|compensation)|(?:salary|pay|hourly|wage) (?:range|band) for (?:this|the) (?:role|position|job|post) is'
    ],
    [
      3,
      "(?:it's|it is|things are|we're|we are) (?:taking|running) (?:a bit |a little |somewhat |much )?(?:longer|slower) than (?:we )?(?:planned|expected|hoped|anticipated)"
    ],
    [3.5, 'your application (?:is still|remains) (?:live|active|valid|open|under consideration|in the running)'],
    [5, '(?:timetable|timeline|schedule) for the (?:selection|recruitment|hiring) process (?:has been|was) (?:revised|changed|updated)'],
    [
      3.5,
      '(?:placed|put|included) on (?:a|the|our) (?:[\\w-]+ ){0,2}(?:panel|reserve list|waiting list)|panel from which (?:[\\w-]+ ){0,3}(?:vacancies|posts|positions)'
    ]
  ]
})

/**
 * Documents and checks before hiring, by the name of the record in each country: news of the process, no step. At 3, not
 * more: a registry's own "your certificate is ready" matched to nothing stays under a sure job category.
 */
const CHECKS = [
  definePhrases('es', {
    update: [
      [
        3,
        'certificado de antecedentes(?: penales| policiales)?|antecedentes (?:penales|policiales|no penales)|estudio (?:de seguridad|socioeconómico)'
      ]
    ]
  }),
  definePhrases('pt', {
    update: [
      [3, '(?:certidão|atestado|certificado) de antecedentes(?: criminais)?|antecedentes criminais|registo criminal|carteira de vacinação']
    ]
  }),
  definePhrases('it', { update: [[3, 'casellario giudiziale|carichi pendenti']] }),
  definePhrases('fr', { update: [[3, 'casier judiciaire|bulletin n° ?3']] }),
  definePhrases('de', { update: [[3, '(?:erweitertes |polizeiliches )?führungszeugnis']] }),
  definePhrases('en', { update: [[3, 'garda vetting|disclosure scotland|pvg (?:scheme|application|form|membership)']] })
].flat()

/** A test failed ("je bent niet geslaagd", "no aprobaste", "foi reprovada", "nicht bestanden"): a rejection, not a test to take. */
const FAILED = [
  definePhrases('es', { rejection: [[4, 'no (?:aprobaste|aprobó|has aprobado|ha aprobado|superaste|superó|aprobás)']] }),
  definePhrases('pt', {
    rejection: [[4, '(?:foi|foste|fostes) reprovad[oa]s?(?:\\(a\\))?|não (?:foi|foste) aprovad[oa](?:\\(a\\))? (?:na|no|nas|nos)']]
  }),
  definePhrases('nl', { rejection: [[4, '(?:je bent|u bent|bent u|ben je) (?:dus |helaas |jammer genoeg )?niet geslaagd']] }),
  definePhrases('de', {
    rejection: [[4, '(?:test|prüfung|eignungstest|einstellungstest|sprachtest|probe)\\p{L}* (?:\\p{L}+ ){0,2}nicht bestanden']]
  })
].flat()

/** The post offered to someone else, said the way a small employer says it, where the other languages had it already. */
const OFFERED_ELSEWHERE = [
  definePhrases('pt', {
    rejection: [
      [
        4,
        '(?:decidimos|optamos por|optámos por|resolvemos|preferimos) oferecer a (?:vaga|posição|proposta) (?:a|para) (?:outr|um |uma )\\p{L}*'
      ]
    ]
  }),
  definePhrases('it', {
    rejection: [
      [
        4,
        "(?:deciso|scelto|preferito) di offrire (?:il posto|la posizione|l'incarico|il ruolo) (?:a|ad) (?:un altro|un'altra|altri|un |una )\\p{L}*"
      ]
    ]
  })
].flat()

/** A piece of work to hand back by a day: it supports the test that names it (1.5), and decides nothing alone. */
const HAND_BACK = [
  definePhrases('nl', {
    assessment: [[1.5, '(?:uiterlijk|vóór|voor) (?:\\p{L}+ ){0,3}(?:terugsturen|terug te sturen|inleveren|in te leveren)']]
  }),
  definePhrases('en', {
    assessment: [
      [
        1.5,
        '(?:send|return|submit) (?:it|them|your (?:answers|solution|work|response)) (?:back )?(?:to (?:me|us) )?(?:by|before|no later than)'
      ]
    ]
  }),
  definePhrases('es', {
    assessment: [[1.5, '(?:devolv|envi|mand)\\p{L}*(?:lo|la|los|las|nos)? resuelt[oa]s? (?:antes del?|hasta el|a más tardar)']]
  }),
  definePhrases('pt', {
    assessment: [[1.5, '(?:enviar|devolver|entregar) (?:a |sua |tua )?(?:solução|resolução|resposta|atividade) (?:até|antes d)']]
  }),
  definePhrases('fr', { assessment: [[1.5, "(?:à (?:nous )?)?(?:rendre|renvoyer|retourner) (?:avant|d'ici|sous|au plus tard)"]] }),
  definePhrases('de', { assessment: [[1.5, 'bis (?:\\p{L}+ ){0,3}(?:zurückschicken|zurücksenden|einreichen|abgeben)']] })
].flat()

export const SELECTION_CONCEPTS: readonly Phrase[] = [
  ...HAND_BACK,
  ...spanish,
  ...portuguese,
  ...french,
  ...italian,
  ...english,
  ...CHECKS,
  ...FAILED,
  ...OFFERED_ELSEWHERE
]
