/**
 * Rejections and offers by concept in Dutch, Portuguese and Italian (issue 11); German, Spanish and French
 * are in concepts-decisions-more.ts, English in concepts-decisions.ts.
 */
import { definePhrases, type Phrase } from './types'

const dutch = definePhrases('nl', {
  rejection: [
    // "we zijn ondertussen met iemand uit de streek in zee gegaan".
    [4, '(?:met iemand|met een andere?|met een collega) (?:\\p{L}+ ){0,6}in zee (?:gegaan|gaan)'],
    [4, 'verder (?:te gaan )?met (?:andere )?kandidaten (?:die|met|wiens|wier|van wie)'],
    [4, 'geen (?:aanbod|contract|voorstel) (?:\\p{L}+ )?(?:doen|geven|aanbieden|maken)'],
    [4, '(?:je|jou|u) niet (?:uit te nodigen|door te laten|verder te laten gaan)'],
    [4, 'verder met (?:andere )?kandidaten (?:die|met)'],
    [4, '(?:een )?andere (?:kandidaat|sollicitant|persoon) (?:is|werd) (?:aangenomen|gekozen|geselecteerd)'],
    [3.5, '(?:profiel|ervaring) (?:past|sluit) (?:\\S+ ){0,2}niet'],
    [4, 'aan (?:een |de )?(?:andere|interne|externe) (?:kandidaat|sollicitant|collega|persoon) (?:\\p{L}+ )?(?:gegeven|aangeboden|gegund)'],
    [4, '(?:gekozen|kiezen|gaan|besloten) (?:\\p{L}+ ){0,2}voor iemand(?: anders)?|voor een andere (?:kandidaat|persoon|sollicitant)'],
    [4, 'niet met (?:je|jou|u) verder'],
    // "besloten om de procedure niet met jou voort te zetten".
    [
      4,
      'niet (?:\\p{L}+ ){0,2}met (?:je|jou|u) (?:\\p{L}+ ){0,2}(?:voort te zetten|voortzetten|te vervolgen|vervolgen|door te gaan|doorgaan|verder te gaan)'
    ],
    [4, '(?:een|de) (?:\\p{L}+ )?(?:kandidaat|persoon|collega|sollicitant|opvolger) (?:\\p{L}+ ){0,3}gevonden', 'both'],
    [4, 'niet verder (?:te )?(?:gaan|kunnen gaan) met (?:je|jouw|uw)'],
    [4, '(?:functie|vacature|baan|plek|positie) (?:\\p{L}+ ){0,2}(?:ingevuld|vervuld|vergeven)(?! (?:zodra|als|wanneer))'],
    [4, '(?:keuze|voorkeur) (?:\\p{L}+ ){0,3}(?:gevallen|uitgegaan|uitgevallen) (?:\\p{L}+ )?(?:op|naar) (?:een )?(?:andere|iemand)'],
    [4, '(?:besloten|gekozen|kiezen|gaan|gaat)(?: \\p{L}+){0,3} (?:een |de )?andere (?:kandida|sollicitant|persoon|collega)\\p{L}*'],
    [3.5, '(?:gaan|gaat) (?:\\p{L}+ ){0,2}verder met (?:de )?(?:andere )?(?:kandidaten|sollicitanten)'],
    [4, 'niet (?:\\p{L}+ )?uitgenodigd voor (?:de |een )?(?:volgende|tweede|laatste|vervolg)'],
    [
      4,
      'aan iemand anders (?:\\p{L}+ )?(?:gegeven|vergeven|aangeboden|gegund)|(?:iemand anders|een ander) (?:\\p{L}+ ){0,2}(?:aangenomen|gekozen)'
    ]
  ],
  offer: [
    [4, 'wil (?:je|jou|u) (?:graag )?(?:\\S+ ){0,4}(?:aannemen|aanstellen|benoemen)'],
    // "dat we je graag willen aannemen": the verb last, as a subordinate clause has it.
    [4, '(?:we|wij) (?:je|jou|u) (?:graag |heel graag )?(?:willen|gaan|zullen) (?:aannemen|aanstellen|benoemen|in dienst nemen)'],
    [
      4,
      '(?:bieden|bied) (?:we |wij |ik )?(?:je|jou|u) (?:graag )?(?:\\S+ ){0,3}(?:functie|baan|positie|aanstelling|arbeidsovereenkomst|contract)\\p{L}* (?:\\S+ ){0,3}aan(?![\\p{L}])'
    ],
    [3, '(?:je|jouw|uw) eerste (?:werkdag|dag) (?:is|wordt)'],
    [4, '(?:je|jij|u) (?:de baan|de functie|de plek|de positie|de job) (?:hebt|heeft|krijgt)', 'both'],
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
    // "a vaga ficou com uma professora que já…", "a vaga já não está disponível".
    [4, '(?:vaga|posição|cargo|lugar|função) (?:\\p{L}+ ){0,2}ficou com (?:uma?|outr[oa]s?|alguém|a|o)'],
    [4, '(?:vaga|posição|cargo|lugar) (?:\\p{L}+ ){0,2}(?:já não está|não está mais) (?:disponível|aberta?)'],
    [4, 'não (?:\\p{L}+ ){0,2}(?:fazer|faremos|vamos fazer|podemos fazer) (?:uma |a )?(?:proposta|oferta)'],
    [4, 'não (?:foi|foste) (?:admitid|classificad)[oa]'],
    [4, 'não (?:\\p{L}+ ){0,3}oferecer(?:-lhe|-te)? (?:a|o) (?:vaga|posição|cargo|lugar)'],
    [4, '(?:avançar|seguir|prosseguir|continuar) com (?:outros )?candidat[oa]s (?:com|que|cujo|cuja|mais)'],
    [
      4,
      'outr[oa]s? (?:pessoa|candidat\\p{L}*|perfil|profissional)(?: \\S+){0,2} (?:foi|foram) (?:selecionad|escolhid|contratad|aprovad)\\p{L}*'
    ],
    [3.5, 'perfil não (?:se encaixa|se enquadra|está alinhado|corresponde|atende)'],
    [4, '(?:decidimos|optamos|optámos|resolvemos) (?:por )?não (?:seguir|avançar|prosseguir|continuar)'],
    [
      4,
      'não (?:foi possível|será possível|é possível|podemos|poderemos|vamos|iremos) (?:avançar|prosseguir|seguir|continuar) com (?:a |o )?(?:sua|tua|seu|teu|você)'
    ],
    [4, 'candidatura não (?:foi|está) (?:retida|selecionada|aceite|aceita|considerada|aprovada)'],
    [
      4,
      '(?:encontramos|encontrámos|achamos) (?:a pessoa|alguém|outr[oa] (?:pessoa|candidat)|um[a]? candidat\\p{L}*|o candidato|a candidata)',
      'both'
    ],
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
      '(?:continuidade|segu\\p{L}*|prossegu\\p{L}*|avanç\\p{L}*|avanc\\p{L}*|continu\\p{L}*|fechamos a vaga|fechar a vaga|fechámos a vaga)(?: \\p{L}+){0,3} com (?:outr[oa]s?|um[a]? outr[oa]) (?:candidat|participante|pessoa|perfi|profissiona|docente)?\\p{L}*'
    ],
    [
      4,
      '(?:vaga|horário|lugar|posição|cargo)(?: \\S+){0,4} (?:foi|foram|já foi) (?:\\p{L}+ )?(?:atribuíd|preenchid|ocupad|dad|oferecid)[oa] (?:a|à|para|por) (?:outr|um[a]? outr)\\p{L}*'
    ]
  ],
  offer: [
    [4, 'quer(?:em)? (?:te |lhe )?contratar(?:-te|-lo|-la)?'],
    [3.5, '(?:temos|tenho) uma proposta (?:de trabalho |de emprego )?para (?:você|ti)'],
    [3, '(?:seu|teu|o seu|o teu) primeiro dia (?:será|é|de trabalho)'],
    [4, 'fazer parte (?:do|da) (?:nosso|nossa) (?:time|equipe|equipa)'],
    [4, 'gostaríamos (?:muito )?que (?:você )?(?:começasse|começasses|iniciasse|fizesse parte|se juntasse|viesse trabalhar)'],
    [4, '(?:foi|foste) contratad[oa]'],
    [4, 'contar (?:consigo|com você|contigo|convosco) (?:na|para a) (?:nossa )?(?:equipa|equipe)'],
    [3.5, 'segue (?:em )?anexo a (?:nossa )?proposta|proposta (?:em anexo|com as condições)']
  ]
})

const italian = definePhrases('it', {
  rejection: [
    // "la posizione quindi non è più aperta", "la selezione si è conclusa con l'individuazione di altri candidati".
    [4, '(?:posizione|posto|ruolo|incarico) (?:\\p{L}+ ){0,2}non è più (?:aperta?|disponibile|vacante)'],
    [4, "(?:conclusa|chiusa|terminata) con (?:l'individuazione|la scelta|l'assunzione) di altr[ie] candidat[ie]"],
    [4, "non (?:\\p{L}+ ){0,2}(?:faremo|fare|possiamo fare|potremo fare) (?:un'|una |un )?(?:offerta|proposta)"],
    [4, '(?:proseguire|procedere|andare avanti) con (?:altri )?candidati (?:con|che|il cui|più)'],
    [4, "(?:un altro|un'altra|altri) (?:candidat|profil|persona)\\p{L}* (?:è stat[oa]|sono stati) (?:selezionat|scelt|assunt)\\p{L}*"],
    [3.5, '(?:profilo|esperienza) non (?:è in linea|è adatt|corrisponde|risponde)'],
    [4, '(?:coperto|chiuso) la posizione|posizione (?:\\S+ )?copert[oa]', 'both'],
    [
      4,
      "(?:andare avanti|proseguire|procedere|continuare) con (?:un altro|un'altra|altri|altre) (?:\\p{L}+ )?(?:candidat|profil|persona)\\p{L}*"
    ],
    [
      4,
      '(?:individuato|scelto|selezionato|trovato) (?:un|una) (?:profilo|candidat\\p{L}*|persona) (?:\\S+ ){0,2}più (?:in linea|adatt|vicin|affine|coerente)'
    ],
    [4, '(?:posizione|posto|ricerca) (?:è stata|è) (?:chiusa|chiuso|sospesa|sospeso|annullata|annullato)'],
    [4, 'non (?:proseguire|procedere|andare avanti|continuare) con (?:la tua|la sua|il tuo|il suo|te|lei)(?![\\p{L}])'],
    [4, '(?:trovato|individuato) (?:la persona|qualcuno|il candidato|la candidata|un candidato|una candidata|una persona)', 'both'],
    [4, 'non (?:è stat[oa]|sei stat[oa]|risulta) (?:ritenut[oa] )?(?:in linea|idone[oa]|adatt[oa])'],
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
    [4, '(?:vuole|vogliono|vorrebbe|vorrebbero) (?:assumerti|assumerla)'],
    [3, '(?:il tuo|il suo) primo giorno (?:sarà|è|di lavoro)'],
    [4, "(?:sei|è) stat[oa] (?:scelt|selezionat|individuat)[oa] per (?:la|il|l') ?(?:posizione|ruolo|posto|incarico)"],
    [4, 'vorremmo (?:che (?:tu )?(?:iniziassi|entrassi|cominciassi)|averti con noi)'],
    [4, '(?:sei|è) stat[oa] assunt[oa]'],
    [4, 'destinatari[oa] (?:di|del) contratto|(?:individuat[oa]) (?:quale|come) destinatari[oa]|presa di servizio (?:è )?fissata']
  ]
})

export const DUTCH_PORTUGUESE_ITALIAN_DECISIONS: readonly Phrase[] = [...dutch, ...portuguese, ...italian]
