/**
 * Rejections and offers by concept in German, Spanish and French (issue 11; Dutch, Portuguese and Italian
 * in concepts-decisions-nl-pt-it.ts):
 * the same families as concepts-decisions.ts (a decision about someone else, a filled post, "we found
 * someone", not going further; an appointment, a contract sent, "we want you"), as each language says them.
 */
import { DUTCH_PORTUGUESE_ITALIAN_DECISIONS } from './concepts-decisions-nl-pt-it'
import { definePhrases, type Phrase } from './types'

const german = definePhrases('de', {
  rejection: [
    // "dass wir die Stelle zwischenzeitlich besetzt haben", "die Stelle wurde bereits vergeben".
    [4, '(?:stelle|position|vakanz|planstelle) (?:\\p{L}+ ){0,3}(?:besetzt|vergeben) (?:haben|hat|wurde|worden|ist)'],
    [
      4,
      'mit (?:anderen )?(?:kandidat|bewerber)\\p{L}*(?: und (?:kandidat|bewerber)\\p{L}*)?,? (?:\\S+ ){0,6}(?:fortzufahren|fortfahren|weiterzumachen|weiterzugehen|fortsetzen)'
    ],
    [
      4,
      '(?:angebot|zusage) (?:\\S+ ){0,4}(?:nicht|keine|kein) (?:\\S+ )?(?:machen|geben|unterbreiten|erteilen)|(?:keine|kein) (?:\\S+ )?(?:angebot|zusage) (?:\\S+ )?(?:machen|geben|unterbreiten)'
    ],
    [4, 'nicht (?:weiter |mehr )?zu berücksichtigen'],
    [
      4,
      '(?:eine andere|ein anderer|einen anderen|eine weitere) (?:bewerber|kandidat|person|kolleg)\\p{L}* (?:\\S+ ){0,3}(?:ausgewählt|eingestellt|genommen|berücksichtigt)'
    ],
    [
      4,
      '(?:eine )?absage (?:erteilen|geben|mitteilen|schicken)|(?:müssen|muss) (?:wir |ich )?(?:ihnen|dir) (?:\\S+ ){0,2}(?:eine )?absage'
    ],
    [3.5, '(?:profil|qualifikation|erfahrung)\\p{L}* (?:passt|passen|entspricht|entsprechen) (?:\\S+ ){0,2}nicht'],
    [4, '(?:stelle|position) (?:wird|soll) (?:\\S+ )?nicht (?:mehr )?(?:besetzt|nachbesetzt)'],
    [
      4,
      '(?:wahl|auswahl|entscheidung) (?:ist |hat sich )?(?:\\S+ ){0,3}auf (?:eine[nm]?|einen|den|die|jemand\\p{L}*) (?:\\S+ ){0,5}(?:gefallen|gefallen ist)|(?:wahl|auswahl) fiel (?:\\S+ ){0,3}auf'
    ],
    [
      4,
      '(?:können|konnten|kann) (?:wir |ich )?(?:ihnen|dir) (?:\\S+ ){0,4}(?:keine|kein) (?:\\S+ )?(?:stelle|zusage|position|angebot|anstellung) (?:\\S+ )?(?:anbieten|geben|machen|unterbreiten)'
    ],
    [
      4,
      '(?:stelle|position|vakanz) (?:\\S+ ){0,5}(?:bereits|inzwischen|schon|intern|anderweitig|mittlerweile) (?:\\S+ ){0,2}(?:nachbesetzt|besetzt|vergeben)'
    ],
    [4, 'keine möglichkeit,? (?:sie|dich|ihre bewerbung|deine bewerbung) (?:\\p{L}+ ){0,4}(?:zu berücksichtigen|einzustellen|einzuladen)'],
    [
      4,
      'zugunsten (?:eine[rsn]?|des|der) (?:andere[nr]? )?(?:mitbewerber|bewerber|kandidat|kolleg)\\p{L}*|gegen (?:sie|dich) (?:entschieden|ausgefallen)'
    ],
    [
      4,
      '(?:jemanden|jemand|eine[n]? (?:passende[n]? |geeignete[n]? )?(?:kandidat|bewerber|person|nachfolger)\\p{L}*) (?:\\p{L}+ ){0,2}gefunden',
      'both'
    ],
    [4, '(?:stelle|position) (?:\\S+ ){0,8}(?:zu besetzen|zu vergeben)(?= |[.,!])(?! (?:ist|sind|gilt))'],
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
    // "möchte Sie sehr gern als Schichtleiterin an Bord holen", "ob Sie das Angebot annehmen".
    [4, '(?:sie|dich) (?:\\p{L}+ ){0,6}an bord (?:holen|nehmen)'],
    [4, '(?:ob|dass) (?:sie|du) (?:unser |das )?angebot annehmen'],
    [4, '(?:möchte|will|würde|möchten|wollen) (?:sie|dich) (?:gern[e]? |sofort )?einstellen'],
    [
      4,
      '(?:bieten|biete) (?:wir |ich )?(?:ihnen|dir) (?:\\S+ ){0,6}(?:vertrag|stelle|position|anstellung|festanstellung)\\p{L}* (?:\\S+ ){0,4}an(?![\\p{L}])'
    ],
    [3, '(?:ihr|dein) erster (?:arbeitstag|tag) (?:ist|wird|bei uns)'],
    [
      4,
      '(?:sie|du) (?:\\p{L}+ ){0,2}(?:die stelle|den job|die position|den zuschlag) (?:\\p{L}+ )?(?:bekommen|erhalten|bekommst|erhältst)',
      'both'
    ],
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
    // "el comité decidió quedarse con una guía que…", "la plaza se la hemos dado a…".
    [4, '(?:decidi[óo]|decidimos|hemos decidido|ha decidido|optamos por|optó por) quedar(?:se|nos) con (?:un|una|otr[oa]|el|la)'],
    [4, '(?:plaza|puesto|vacante|posición) (?:\\p{L}+ ){0,3}(?:ya no está|no está ya) (?:disponible|abiert[oa]|vacante)'],
    [4, 'no (?:te |le )?(?:vamos a |podemos |podremos )?hacer(?:te|le)? (?:una )?(?:oferta|propuesta)'],
    [4, 'no (?:\\p{L}+ ){0,3}ofrecer(?:te|le|les) (?:el|la|un|una) (?:puesto|plaza|posición|trabajo|empleo|contrato)'],
    [4, 'no (?:figura|aparece|está|consta) (?:usted |tu nombre |su nombre )?(?:entre|en la lista)'],
    [4, '(?:avanzar|seguir|continuar) con (?:otros )?candidat[oa]s (?:con|que|cuyo|cuya|más)'],
    [
      4,
      'otr[oa]s? (?:persona|candidat\\p{L}*|perfil|profesional)(?: \\S+){0,2} (?:ha|han) sido (?:seleccionad|elegid|contratad|escogid)\\p{L}*'
    ],
    [3.5, '(?:perfil|experiencia) no (?:encaja|se ajusta|se adecua|corresponde|cumple)'],
    [4, '(?:hemos|han) (?:dado|ofrecido|asignado|adjudicado) (?:\\S+ ){0,2}a otr[oa] (?:persona|candidat|profesional|perfil)\\p{L}*'],
    [4, '(?:hemos|ya) cubierto (?:la|el) (?:vacante|puesto|plaza|posición)', 'both'],
    [4, 'no (?:ha|han|has) prosperado'],
    [4, '(?:encontrado|encontramos) (?:ya )?(?:a )?(?:la persona|alguien|otr[oa] (?:persona|candidat)|un[a]? candidat\\p{L}*)', 'both'],
    [4, '(?:ha|han) ocupado (?:una|otra|un) (?:persona|candidat|profesional)\\p{L}*'],
    [
      4,
      '(?:contin[uú]\\p{L}*|segu\\p{L}*|sigu\\p{L}*|avanz\\p{L}*) (?:\\p{L}+ ){0,2}con otr[oa]s? (?:\\p{L}+ )?(?:candidat|perfil|persona|profesional|aspirante)\\p{L}*'
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
    ],
    // "al final nos quedamos con alguien de la zona", "hemos optado por alguien con más experiencia".
    [4, '(?:decantado|decantamos|optado|optamos|elegido|elegimos|escogido|escogimos|quedado|quedamos|quedaremos) (?:por |a |con )alguien']
  ],
  offer: [
    [4, 'quiere(?:n)? (?:contratarte|contratarle|ficharte|incorporarte|incorporarle)'],
    [3, '(?:tu|su) primer día (?:será|es|de trabajo)'],
    [4, '(?:adjunto|adjuntamos|envío|enviamos|paso|pasamos) (?:la|el|tu|su) (?:propuesta de contrato|contrato|oferta|carta de oferta)'],
    [4, 'nos gustaría (?:mucho )?que (?:empezaras|empieces|te incorporaras|te incorpores|te unieras|formaras parte)'],
    [4, '(?:te|le) queremos en (?:el|nuestro) equipo'],
    [4, 'nos encantaría (?:que (?:empezaras|empieces|te incorporaras|te incorpores|te unieras|formaras parte|trabajaras)|contar contigo)'],
    [4, '(?:propuesto|propone|proponer) (?:su|tu) nombramiento|propuesta de nombramiento|(?:ha sido|has sido) nombrad[oa]'],
    [3.5, '(?:te|le) (?:paso|envío|enviamos|adjunto|adjuntamos|mando|mandamos) (?:el|tu|su) contrato']
  ]
})

const french = definePhrases('fr', {
  rejection: [
    // "la direction a décidé de ne pas ouvrir le poste", "le recrutement s'arrête là", "le poste n'est plus ouvert".
    [4, '(?:ne pas|ne plus) (?:ouvrir|pourvoir|maintenir|créer) (?:le|ce) (?:poste|recrutement|cdi)'],
    [4, "(?:le|ce) recrutement (?:s'arrête|est (?:suspendu|annulé|arrêté|gelé|interrompu))"],
    [4, "(?:le|ce) poste (?:\\p{L}+ ){0,2}n'est plus (?:ouvert|disponible|à pourvoir|vacant)"],
    [4, "(?:poursuivre|continuer|avancer) avec (?:d'autres |des |les )(?:autres )?candidat(?:e|s|es)? (?:qui|dont|ayant|plus)"],
    [
      4,
      "(?:ne |n')(?:avons|avions|a|ont) pas (?:\\p{L}+ )?(?:retenu|sélectionné|choisi|gardé) (?:votre|ta) (?:candidature|profil|dossier)"
    ],
    [4, "(?:ne |n')(?:\\p{L}+ ){0,2}pas (?:vous )?(?:faire|proposer|offrir) (?:d'|une |de )?(?:offre|proposition)"],
    [4, "(?:n'êtes|n'es|n'avez|n'a) pas (?:été )?(?:admise?|admis\\(e\\)|retenue?|sélectionnée?|reçue?)"],
    [4, "(?:poursuivre|continuer|avancer) avec (?:d'autres )?candidats (?:qui|dont|ayant|plus)"],
    [
      4,
      "(?:un autre|une autre|d'autres) (?:candidat|candidate|personne|profil)s? (?:a|ont) été (?:retenue?s?|sélectionnée?s?|choisie?s?|recrutée?s?)"
    ],
    [3.5, '(?:profil|candidature|expérience) ne (?:correspond|répond) (?:\\S+ )?pas'],
    [4, "avons (?:retenu|choisi|recruté|sélectionné) (?:une personne|quelqu'un|un candidat|une candidate|un profil)", 'both'],
    [4, 'poste (?:\\S+ ){0,2}(?:a|avait) (?:\\S+ )?été (?:pourvu|attribué|fermé|supprimé)|poste est (?:\\S+ )?(?:pourvu|attribué)'],
    [4, "(?:candidature|profil|dossier) (?:n'a|n'ont|ne) (?:\\S+ )?pas (?:\\S+ )?été (?:retenue?s?|sélectionnée?s?|choisie?s?)"],
    [
      4,
      "(?:travailler|continuer|avancer|poursuivre|aller plus loin) avec (?:un|une|d'autres) (?:autre )?(?:candidat|profil|personne|candidature)\\p{L}*"
    ],
    [4, 'pas (?:pouvoir )?(?:vous )?(?:proposer|offrir) (?:le|ce|un) (?:poste|contrat)'],
    [
      4,
      "(?:trouvé|trouvons) (?:la personne|quelqu'un|un candidat|une candidate|le candidat|la candidate|notre (?:futur|future|nouveau|nouvelle))",
      'both'
    ],
    [4, "(?:ne|n') (?:retiendrons|retenons|pourrons retenir|poursuivrons|donnerons) pas (?:\\p{L}+ )?(?:votre|ta) candidature"],
    [
      4,
      "(?:poursuivre|continuer|avancer|aller plus loin) (?:le processus |le recrutement )?avec (?:un|une|d'autres) (?:autre )?(?:candidat|profil|personne|candidature)\\p{L}*"
    ],
    [4, "choix s'est (?:finalement )?porté sur (?:un|une|d'autres) (?:autre )?(?:profil|candidat|candidature|personne)\\p{L}*"],
    [4, "(?:recruté|retenu|choisi|embauché) quelqu'un d'autre"],
    // "nous avons décidé de donner suite à une autre candidature".
    [4, "donner suite (?:à|a) (?:une autre|d'autres|un autre|une candidature|un profil) ?(?:candidature|profil|candidat|personne)?"],
    // "on a finalement choisi de recruter quelqu'un en interne", "le poste sera pourvu en interne".
    [
      4,
      "(?:choisi|décidé|préféré|opté pour) (?:de )?(?:recruter|retenir|embaucher|engager|prendre|nommer) (?:quelqu'un|une autre personne|un autre|une autre|en interne)|(?:recruter|pourvu|pourvoir le poste|recrutement) en interne"
    ],
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
    [4, '(?:souhaite|souhaitent|veut|veulent) vous (?:recruter|embaucher|engager|intégrer)'],
    [3, '(?:votre|ton) premier jour (?:sera|est|de travail)'],
    [
      4,
      "(?:vous avez été|vous êtes|tu as été|tu es) (?:retenue?|sélectionnée?|choisie?)(?:\\(e\\))? pour(?! (?:un|l'|le|la|une) (?:entretien|oral|test|épreuve|rendez-vous|échange|second))"
    ],
    [4, 'vous compter parmi (?:nous|nos|notre)'],
    [4, 'aimerions (?:beaucoup )?que vous (?:rejoigniez|commenciez|intégriez|fassiez partie)'],
    [4, 'le poste est (?:à vous|le vôtre|pour vous)|confirm\\p{L}* (?:votre|ton) (?:embauche|recrutement)'],
    [
      4,
      "vous êtes (?:retenue?|sélectionnée?|choisie?)(?:\\(e\\))? pour(?! (?:un|l'|le|la|une) (?:entretien|oral|test|épreuve|rendez-vous|échange))"
    ],
    [
      4,
      '(?:souhaitons|voulons|aimerions|sommes heureux de|sommes ravis de|avons le plaisir de|avons décidé de) vous (?:intégrer|embaucher|recruter|engager)'
    ],
    [2.5, '(?:signer|signature de) (?:votre|le) contrat', 'negation']
  ]
})

export const OTHER_LANGUAGE_DECISIONS: readonly Phrase[] = [...german, ...spanish, ...french, ...DUTCH_PORTUGUESE_ITALIAN_DECISIONS]
