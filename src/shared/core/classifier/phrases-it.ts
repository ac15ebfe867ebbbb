/** Italian phrasing of hiring mail (tu and Lei forms). Weights as in phrases-en.ts. */
import { definePhrases } from './types'

export const ITALIAN_PHRASES = definePhrases('it', {
  rejection: [
    [4, '(?:non|purtroppo non) (?:sei|è) stat[oa] (?:selezionat|scelt)\\p{L}*'],
    [
      4,
      "(?:abbiamo|è stato) (?:scelto|selezionato|preferito|deciso di procedere con) (?:un|una|altri|altre|un altro|un'altra) (?:altr\\p{L}* )?(?:profil|candidat|persona)\\p{L}*"
    ],
    [3, 'profilo più (?:in linea|adatto|vicino|affine)'],
    [4, 'non (?:proseguire|procedere|andare avanti) con (?:la tua|la sua)'],
    [
      4,
      '(?:abbiamo scelto|abbiamo deciso di proseguire con|abbiamo selezionato) (?:un |una )?(?:altro|altra|altri|altre) (?:profilo|profili|candidato|candidata|candidati|candidature)'
    ],
    [4, '(?:ci dispiace|siamo spiacenti di|ci rammarica) (?:comunicarti|comunicarle|informarti|informarla)'],
    [4, 'non (?:possiamo|potremo) (?:offrirti|offrirle|proseguire|procedere)'],
    [4, 'non (?:proseguiremo|procederemo) con la tua candidatura|posizione (?:è stata|è già stata) (?:coperta|chiusa)'],
    [0.8, 'purtroppo|sfortunatamente']
  ],
  offer: [
    [
      4,
      '(?:sei|è) risultat[oa] (?:vincitore|vincitrice|idone[oa] e (?:selezionat|assunt)\\p{L}*)|candidatura è stata accolta|(?:scelto|scelta) (?:proprio )?(?:te|lei)'
    ],
    [
      3.5,
      '(?:entrare|entrassi|entri) (?:a far parte )?(?:nel|nella|del|della) (?:nostro |nostra )?(?:team|squadra|staff|organico)|sei la persona (?:giusta|che cercavamo)'
    ],
    [3, '(?:firmare|firmato|da firmare) (?:il )?contratto|contratto da firmare'],
    [4, "confermiamo l'assunzione|il posto è (?:tuo|suo)|(?:ti|la) (?:ha|hanno|abbiamo) scelt[oa]"],
    [
      4,
      "(?:offrirti|offrirle|proporti|proporle|offriamo|proponiamo) (?:il|la|un|una|l') ?(?:ruolo|posizione|contratto|posto|assunzione|incarico|cattedra|impiego)"
    ],
    [
      4,
      "(?:assumerti|assumerla|conferma (?:dell')?assunzione|confermarti l'assunzione|farti un'offerta|farle un'offerta|farti una proposta|farle una proposta)"
    ],
    [4, 'proposta (?:contrattuale|di lavoro|di collaborazione|di contratto)'],
    [2.5, 'benvenut[oa] a bordo'],
    [1, 'congratulazioni|complimenti', 'none'],
    [4, '(?:sei|è) stat[oa] selezionat[oa] per (?:la|il) (?:posizione|ruolo|posto)'],
    [
      4,
      '(?:vorremmo|possiamo|siamo lieti di|siamo felici di) (?:offrirti|offrirle|proporti|proporle) (?:il|la|un|una) (?:ruolo|posizione|contratto|posto)'
    ],
    [3.5, '(?:averti|averla) (?:nel|nella|in) (?:nostro |nostra )?(?:team|squadra)'],
    [
      4,
      '(?:felici|lieti|contenti|piacere) di (?:offrirti|offrirle|proporti|proporle) (?:la|il|un|una) (?:posizione|ruolo|contratto|assunzione|offerta)'
    ],
    [3, 'lettera di assunzione|contratto (?:di lavoro|firmato)|benvenut[oa] (?:nel|in) (?:team|squadra)'],
    [4, '(?:felici|lieti|piacere) di (?:offrirti|offrirle|proporti) (?:la posizione|il ruolo|un contratto)'],
    [4, "(?:proposta|offerta) (?:formale|di assunzione|economica)|lettera (?:di offerta|d'offerta)"],
    [1.2, 'ral|retribuzione|data di inizio', 'negation']
  ],
  interview_request: [
    [
      3.5,
      '(?:vorremmo|ci piacerebbe|vorrei|mi piacerebbe) (?:conoscerti|conoscerla|incontrarti|incontrarla|invitarti|invitarla|fissare|organizzare|sentirti)'
    ],
    [3, 'fissare (?:un|il) colloquio'],
    [1.5, 'disponibilità'],
    [
      4,
      '(?:invitarti|invitarla|ti invitiamo|la invitiamo) (?:a|al|per) (?:un |una |il )?(?:[\\p{L}-]+ ){0,2}(?:colloquio|videochiamata|chiamata|incontro)'
    ],
    [3, '(?:saresti|sarebbe|sei) disponibile per (?:un|una) (?:colloquio|videochiamata|chiamata|incontro)|proposta di colloquio', 'both'],
    [2.5, 'ti propongo|le propongo', 'none'],
    [0.8, 'colloquio', 'none']
  ],
  assessment: [
    [
      3.5,
      '(?:test|prova|esercizio|quiz) (?:online|tecnic[oa]|pratic[oa]|di valutazione|attitudinale|di logica)|piattaforma di valutazione'
    ],
    [
      3.5,
      'caso pratico|prova (?:tecnica|scritta|di valutazione|pratica)|test (?:tecnico|online|attitudinale)|esercizio (?:tecnico|pratico)'
    ]
  ],
  acknowledgement: [
    [4, 'candidatura è stata (?:inoltrata|inviata|registrata|ricevuta) (?:correttamente|con successo)|candidatura è andata a buon fine'],
    [
      3.5,
      '(?:cv|curriculum|candidatura|domanda) (?:è stat[oa] )?(?:ricevut[oa]|registrat[oa]|presa in carico)|(?:abbiamo ricevuto|ricezione della) (?:tua |sua )?domanda'
    ],
    [
      2.5,
      'valuteremo (?:con attenzione )?(?:la tua|il tuo|la sua|il suo) (?:candidatura|profilo|cv|curriculum)|ti ringraziamo per (?:la tua candidatura|aver inviato|averci inviato|esserti candidat[oa])'
    ],
    [4, '(?:aver|di aver) ricevuto la (?:tua|sua) candidatura|candidatura è stata (?:inoltrata|inviata|registrata) correttamente'],
    [3, 'grazie per (?:averci inviato|aver inviato|averci mandato) (?:il tuo|la tua|il suo|la sua)'],
    [
      4,
      '(?:la tua|la sua) candidatura (?:per [^\\n]{1,80}? )?(?:è arrivata|è stata ricevuta|è stata registrata|ci è pervenuta)|(?:confermiamo|ti confermiamo|le confermiamo) (?:la )?ricezione'
    ],
    [
      4,
      '(?:abbiamo ricevuto|confermiamo la ricezione (?:della|del)) (?:tua |sua )?(?:candidatura|cv|curriculum)|(?:la tua|la sua) candidatura (?:è arrivata|è stata ricevuta)|candidatura ricevuta'
    ],
    [2.5, 'grazie per (?:esserti candidat[oa]|la tua candidatura|il tuo interesse)|lo valuteremo con attenzione']
  ],
  update: [
    [2.5, '(?:per |volevo |vorrei )aggiornarti|(?:un )?aggiornamento sulla (?:tua|sua) candidatura'],
    [
      2.5,
      '(?:i tempi|la selezione|il processo|la decisione) (?:si allungano|si è allungat[oa]|sta richiedendo più tempo|richiede più tempo|slitta)|(?:stiamo|sto) ancora (?:valutando|incontrando|sentendo|concludendo|parlando)'
    ],
    [
      2.5,
      'grazie (?:mille |tante )?(?:del|per il|per la|per il tuo|della tua|per la tua|per il suo|per la sua|del tuo|della) (?:\\p{L}+ )?(?:messaggio|mail|e-mail|email|nota|risposta|pazienza|parole)'
    ],
    [2.5, '(?:ancora|sei ancora) in (?:corsa|gara|valutazione)'],
    [2, 'contiamo di (?:prendere|chiudere|concludere)|ti (?:terrò|terremo) aggiornat[oa]|scusa(?:ci)? per il (?:silenzio|ritardo)'],
    [2.5, '(?:stiamo|stiamo ancora) (?:concludendo|valutando|completando)|ti scrivo per aggiornarti'],
    [1.5, 'referenze|ritardo|aggiornamento']
  ],
  unrelated: [
    [
      3,
      "ricevuta (?:di pagamento|fiscale|n\\.?|numero)|(?:la tua|ecco la|in allegato la) ricevuta|fattura|il tuo ordine|biglietto|carta d'imbarco|avviso di pagamento|tari|imu|tributi"
    ],
    [3.5, 'informativa (?:sul trattamento dei dati|privacy)|reimposta(?:re)? la password|conferma il tuo indirizzo']
  ]
})
