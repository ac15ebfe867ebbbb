/**
 * Concepts learnt from training-8, a batch of rejections and updates written blind by another hand (issue 11): a post
 * withdrawn, frozen or given to someone already there ("la vacature komt te vervallen", "paraliza la contratación",
 * "il a préféré garder l'intérimaire", "gone with one of the temps"), a competition's ranking that leaves the reader out
 * ("fica excluído do procedimento", "queda usted eliminado", "all vacancies have been filled", "conferiti gli incarichi
 * ai primi 9"), a process that ends here ("il suo percorso si ferma qui", "tu proceso termina aquí"); owners asking
 * someone to come by; offers by small employers; updates about references, start dates and a meeting put off; and
 * flat rentals, which use the words of an application but are about no job.
 */
import { definePhrases, type Phrase } from './types'

const english = definePhrases('en', {
  rejection: [
    [4, "(?:gone|went|going) with one of (?:the|their|our) (?:[\\w'-]+ ){0,2}[\\w'-]+"],
    [
      4,
      '(?:progress|progressing|proceed|proceeding|continue|continuing|moving forward) with (?:other|another|a different) (?:[\\w-]+ ){0,2}(?:candidates?|applicants?|people|profiles?)'
    ],
    [4, 'recommended the appointment of (?:a|an|another)|all (?:vacancies|positions|posts|places) have (?:now )?been filled'],
    [3.5, '(?:rank|score|ranking) was not within']
  ],
  update: [
    [
      4,
      '(?:exam|examination|test|testing window|assessment|interview|meeting)(?: [\\w#()-]+){0,8} (?:has been|have been|is|was) (?:postponed|cancell?ed|delayed|put on hold)'
    ]
  ],
  unrelated: [
    // A flat, not a job: strong enough to outweigh "proceed with another applicant" on mail about no application.
    [
      8,
      '(?:the|this|your) (?:flat|apartment|property|room|house|tenancy)(?: [\\w-]+){0,3} (?:viewing|application|applicants?)|landlord|letting agent|lettings|holding deposit|right-to-rent|move-in date'
    ]
  ]
})

const german = definePhrases('de', {
  interview_request: [[3.5, '(?:kommen sie|komm) (?:\\S+ ){0,12}vorbei']],
  rejection: [
    [
      4,
      'ausschreibung (?:\\S+ ){0,6}zurückgezogen|(?:bewerbungsverfahren|auswahlverfahren|verfahren) ist (?:damit|hiermit) (?:beendet|eingestellt)'
    ],
    [
      4,
      '(?:fällt|fiel) (?:unsere|die|meine) (?:wahl|entscheidung) auf (?:eine[nm]?|einen|den|die) (?:andere|weitere|kolleg|bewerber)\\p{L}*'
    ],
    [
      4,
      'berücksichtigung ist (?:\\p{L}+ ){0,2}nicht möglich|stelle (?:\\S+ ){0,4}(?:übertragen|vergeben) (?:an )?(?:der|dem|einer|einem) (?:\\p{L}+ )?(?:bewerber|kandidat|kolleg)\\p{L}*'
    ]
  ],
  unrelated: [[4, '(?:die |der |ihre |deine )?(?:wohnung|mietwohnung|vermieter\\p{L}*|wohnungsbesichtigung|mietvertrag)']]
})

const spanish = definePhrases('es', {
  rejection: [
    [
      4,
      '(?:damos|dar) (?:el proceso|la búsqueda|la selección) por (?:cerrad|finalizad|terminad)[oa]|paraliza(?:do|mos)? la contratación|(?:congelad|suspendid|cancelad)[oa] (?:la|el) (?:contratación|vacante|proceso|búsqueda)'
    ],
    [4, '(?:queda|quedas|ha quedado) (?:usted )?(?:eliminad|excluid)[oa]'],
    [4, '(?:tu|su) proceso (?:termina|finaliza|acaba) aquí']
  ],
  update: [[3, 'referencias (?:profesionales|laborales)|banda salarial|datos de contacto de (?:dos|tus|tres|un|una)']],
  unrelated: [
    [
      4,
      '(?:el|del|tu|su) (?:piso|alquiler|inmueble|apartamento) (?:\\p{L}+ ){0,3}(?:visita|solicitud|inquilin\\p{L}*)|(?:el|la) (?:propietari[oa]|casero|casera)'
    ]
  ]
})

const french = definePhrases('fr', {
  interview_request: [[3.5, '(?:pourriez|pouvez|pourrais|peux)(?:-vous|-tu)? passer (?:à|au|nous voir|me voir)']],
  offer: [[4, '(?:la place|le job|la mission|le boulot|le poste) est (?:à vous|à toi|pour vous)']],
  rejection: [
    [4, "préféré (?:garder|retenir|prendre|choisir) (?:l'|le |la |un |une )\\p{L}+|ne se fera (?:\\p{L}+ ){0,2}pas avec vous"],
    [
      4,
      "(?:proposé|offert|attribué|confié|donné) (?:le poste|la mission|le contrat|ce poste) à (?:notre|nos|son|sa|ses|un|une|la|le|quelqu'un|l'\\p{L}+)"
    ],
    [4, "(?:ne|n') (?:poursuivrons|continuerons|irons) pas (?:le processus|plus loin|l'aventure)"],
    [4, "(?:votre|ton) parcours (?:\\p{L}+ ){0,2}s'arrête (?:ici|là)"]
  ],
  unrelated: [
    [
      4,
      "(?:l'|le |la |votre )(?:appartement|logement|location|bail)(?: \\p{L}+){0,3} (?:visite|dossier|candidat\\p{L}*)|(?:le |la )propriétaire"
    ]
  ]
})

const dutch = definePhrases('nl', {
  rejection: [
    [
      4,
      'vacature (?:\\p{L}+ ){0,4}(?:komt te vervallen|vervalt|is vervallen|gaat niet door|wordt ingetrokken)|(?:kan|kunnen) (?:ik |we |wij )?je (?:daarom |helaas )?niet uitnodigen'
    ],
    [4, '(?:jij|je|u) (?:hoort|hoorde|behoort) (?:daar |er )?(?:helaas )?niet bij'],
    [
      4,
      'functie (?:\\p{L}+ ){0,3}in te vullen met (?:een|de) (?:andere|collega|interne|kandidaat)|(?:is er|er is) voor (?:jou|u) (?:\\p{L}+ ){0,4}geen plek'
    ]
  ],
  update: [[3.5, '(?:vog|verklaring omtrent het gedrag) (?:\\p{L}+ ){0,3}aanvragen|referent(?:ie)?s?']],
  unrelated: [[4, '(?:de |het |je |uw )?(?:huurwoning|woning|appartement|verhuurder|bezichtiging)']]
})

const portuguese = definePhrases('pt', {
  interview_request: [
    [3.5, '(?:teria|tem|terá|tens) disponibilidade para (?:vir|passar|uma conversa|conversar|uma entrevista)'],
    [3, 'gostava de (?:conversar|falar) (?:consigo|contigo|com você)']
  ],
  assessment: [[3.5, 'estudo de caso|desafio técnico']],
  offer: [[4, 'gost(?:ávamos|aríamos|aria|ava) (?:muito )?de (?:a|o|te|vos|lhe) ter connosco|(?:a|o) ter na (?:nossa )?equipa']],
  rejection: [
    [4, '(?:perfil|candidatura) não (?:seguirá|avançará|prosseguirá|continuará)'],
    [4, '(?:vaga|processo seletivo|processo) (?:\\p{L}+ ){0,8}(?:foi|está) (?:suspens|cancelad|encerrad)[oa]'],
    [4, 'fica excluíd[oa]|(?:foi|é|está) excluíd[oa](?:\\(a\\))? do (?:procedimento|concurso|processo)'],
    [4, 'escolha (?:\\p{L}+ )?recaiu (?:sobre|em) (?:um[a]? \\p{L}+|alguém)']
  ],
  update: [[3, '(?:a partir de )?que data (?:poderia|pode|podia) começar|quando (?:poderia|pode|podia) começar']],
  unrelated: [[8, '(?:o |do |ao )?(?:senhorio|arrendamento|apartamento|imóvel|imobiliária|proprietári[oa]|fiador|inquilin\\p{L}*)']]
})

const italian = definePhrases('it', {
  acknowledgement: [[4, '(?:ho|abbiamo) ricevuto (?:il suo|il tuo|la sua|la tua) (?:curriculum|cv|candidatura)']],
  interview_request: [
    [3.5, 'perché non passi|(?:passi|passa|passate) (?:\\p{L}+ ){0,2}(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|domani)']
  ],
  assessment: [[3.5, '(?:chiediamo|chiedo) di (?:elaborare|preparare|redigere|svolgere|scrivere) (?:una|un)']],
  offer: [[4, "(?:ti|le|vi) proponiamo (?:un|una|il|l') ?(?:part-time|contratto|posto|assunzione|tempo pieno|full-time)"]],
  rejection: [
    [4, '(?:percorso|processo) (?:\\p{L}+ ){0,2}si ferma qui'],
    [
      3.5,
      '(?:incarichi|posti) (?:\\p{L}+ ){0,3}(?:conferiti|assegnati) ai primi|(?:conferiti|assegnati) (?:gli |i )?(?:incarichi|posti) ai primi|non vi sono (?:\\p{L}+ ){0,3}(?:ulteriori )?disponibilità'
    ],
    [4, '(?:spezzone|posto|incarico|cattedra) (?:\\S+ ){0,4}(?:è stato|è stata) attribuit\\p{L}*']
  ],
  update: [
    [4, "(?:rimandare|rinviare|spostare|annullare|rimandato|rinviato|annullato) (?:l'|il |la )?(?:incontro|colloquio|appuntamento)"]
  ],
  unrelated: [[4, "(?:l'|dell'|all')?(?:appartamento|affitto|proprietari[oa]|inquilin\\p{L}*)"]]
})

export const MORE_VOICE_CONCEPTS: readonly Phrase[] = [...english, ...german, ...spanish, ...french, ...dutch, ...portuguese, ...italian]
