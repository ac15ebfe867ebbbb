/** French phrasing of hiring mail (vous form). Weights as in phrases-en.ts. */
import { definePhrases } from './types'

export const FRENCH_PHRASES = definePhrases('fr', {
  rejection: [
    [4, "(?:ne |n')(?:\\p{L}+ ){0,3}(?:pas|plus) (?:\\p{L}+ ){0,2}donner (?:une )?suite"],
    [
      4,
      "(?:candidature|profil) n'a pas été (?:retenue?|sélectionnée?)|(?:ne |n')(?:avons|pouvons|pourrons) pas (?:retenir|poursuivre avec) votre"
    ],
    [
      4,
      "(?:avons|avons finalement) (?:retenu|choisi|sélectionné|privilégié) (?:une? )?(?:autre|d'autres) (?:candidat|candidate|profil|candidature|personne)\\p{L}*"
    ],
    [4, '(?:ne (?:pas )?(?:donner|donnerons|pouvons donner) (?:pas )?suite|pas (?:pu )?(?:donner )?suite favorable) à votre candidature'],
    [4, '(?:sommes au regret|avons le regret|regrettons) de (?:ne pas pouvoir |vous informer|vous annoncer)'],
    [4, "(?:retenu|choisi|sélectionné) (?:un|une|d'autres?) (?:autre )?(?:candidat|candidate|profil|candidature)s?"],
    [4, 'poste (?:a été|est) (?:pourvu|attribué|fermé)'],
    [3.5, 'pas (?:pouvoir )?(?:vous )?proposer le poste'],
    [0.8, 'malheureusement|hélas'],
    [1.5, 'nous vous souhaitons (?:bonne continuation|plein succès|beaucoup de succès)']
  ],
  offer: [
    [3.5, 'vous êtes (?:exactement )?la personne que nous (?:recherchions|cherchions)'],
    [4, 'vous (?:proposons|offrons) (?:le|ce|un) (?:poste|contrat|cdi|cdd)'],
    [4, 'vous (?:proposer|offrir|confier) (?:le|ce|un) (?:poste|contrat|cdi|cdd)'],
    [1, 'félicitations', 'none'],
    [3.5, "vous accueillir (?:dans|au sein de) (?:notre|l'|votre future?)"],
    [4, 'vous (?:offrons|proposons) le poste|(?:décidé de|souhaitons) vous (?:embaucher|recruter)'],
    [4, '(?:souhaitons|voulons|aimerions|souhaiterions) vous (?:proposer|offrir) (?:le|ce) poste'],
    [
      4,
      '(?:avons le plaisir|sommes heureux|sommes ravis|suis ravie?|suis heureux|suis heureuse) de vous (?:proposer le poste|offrir le poste|confirmer votre (?:embauche|recrutement)|faire une (?:offre|proposition))'
    ],
    [3, "contrat de travail|bienvenue dans (?:l'équipe|notre équipe)"],
    [
      4,
      '(?:plaisir|heureux|heureuse|ravis?) de vous (?:annoncer que votre candidature a été retenue|proposer le poste|faire une offre|offrir le poste)'
    ],
    [4, 'votre candidature a été retenue'],
    [3.5, "(?:proposition|offre) (?:d'embauche|de contrat|d'emploi|formelle)|lettre d'offre|promesse d'embauche"],
    [1.2, 'prise de poste|rémunération|salaire', 'negation']
  ],
  interview_request: [
    [
      4,
      "(?:souhaiterions|aimerions|voudrions|souhaiterais|aimerais) vous (?:rencontrer|inviter|recevoir|proposer un (?:entretien|échange|rendez-vous))|convocation (?:à|pour) (?:un|l') ?entretien"
    ],
    [2.5, 'vos disponibilités|vos créneaux|quand seriez-vous disponible'],
    [
      4,
      "(?:vous )?(?:inviter|convier|rencontrer) (?:à|pour|en) (?:un |une |l')?(?:[\\p{L}-]+ ){0,2}(?:entretien|échange|rencontre|visio|appel)"
    ],
    [3, '(?:seriez-vous|êtes-vous|serez-vous) disponible|disponibilités? pour (?:un|une) (?:entretien|échange|appel|visio)', 'both'],
    [3, "proposition d'entretien|(?:fixer|planifier|organiser|programmer) (?:un|l') ?entretien"],
    [2.5, 'je vous propose|confirmer votre présence', 'none'],
    [0.8, 'entretien', 'none']
  ],
  assessment: [
    [
      3.5,
      "mise en situation|exercice (?:à réaliser|à faire)|plateforme d'évaluation|évaluation (?:en ligne|technique)|test (?:de compétences|de connaissances|de logique)"
    ],
    [3.5, "cas pratique|test (?:technique|en ligne|de personnalité|d'aptitude)|exercice (?:technique|pratique)|étude de cas|questionnaire"]
  ],
  acknowledgement: [
    [4, '(?:bonne )?réception de votre (?:candidature|cv|dossier)'],
    [
      4,
      '(?:nous )?accusons (?:bonne )?réception|votre candidature (?:pour [^.]{1,80} )?(?:a bien été|a été|est bien) (?:reçue|enregistrée|arrivée|parvenue|transmise)|nous avons bien reçu votre (?:candidature|cv|dossier)'
    ],
    [
      4,
      'votre candidature (?:a bien été reçue|est bien arrivée|a été reçue|nous est bien parvenue)|(?:bien )?reçu votre candidature|accusé de réception'
    ],
    [2.5, "(?:remercions|merci) (?:pour|de) votre candidature|merci de l'intérêt que vous portez"],
    [2.5, '(?:sera|seront) étudiée? avec (?:attention|soin)|nous étudions votre candidature']
  ],
  update: [
    [2.5, 'prend (?:un peu |beaucoup )?plus de temps|(?:rencontrons|voyons|recevons|échangeons) encore|(?:en|du) retard'],
    [
      2.5,
      'merci (?:beaucoup |bien )?(?:pour|de) votre (?:\\p{L}+ )?(?:message|mail|e-mail|courriel|retour|relance|mot|patience)|merci (?:pour|de) (?:ce|votre) (?:gentil |petit )?(?:message|mot)'
    ],
    [2.5, '(?:toujours|encore) (?:en lice|dans la course|en cours de réflexion)'],
    [
      2,
      '(?:nous espérons|nous comptons|nous devrions|nous prévoyons de|je compte) (?:prendre une décision|finaliser|finir|clôturer|boucler)'
    ],
    [2.5, "(?:toujours|encore) en cours (?:d'examen|de sélection|de recrutement)|nous (?:terminons|finalisons|poursuivons) (?:les|nos)"],
    [1.5, 'références|retard|délai|vous tiens informée?']
  ],
  unrelated: [
    [
      3,
      "facture|reçu de paiement|votre reçu|votre commande|votre billet|carte d'embarquement|avis d'imposition|taxe (?:foncière|d'habitation)|paiement (?:par carte|effectué|reçu)|prélèvement"
    ],
    [4, "nouvelles offres (?:d'emploi )?(?:pour vous|qui pourraient vous intéresser)|alerte emploi"],
    [
      3.5,
      'confirm(?:er|ez) votre (?:adresse e-mail|adresse email|compte)|réinitialiser votre mot de passe|mot de passe (?:a été )?(?:modifié|réinitialisé)'
    ]
  ]
})
