/** French phrasing of hiring mail (vous form). Weights as in phrases-en.ts. */
import { definePhrases } from './types'

export const FRENCH_PHRASES = definePhrases('fr', {
  rejection: [
    [4, '(?:ne (?:pas )?(?:donner|donnerons|pouvons donner) (?:pas )?suite|pas (?:pu )?(?:donner )?suite favorable) à votre candidature'],
    [4, '(?:sommes au regret|avons le regret|regrettons) de (?:ne pas pouvoir |vous informer|vous annoncer)'],
    [4, "(?:retenu|choisi|sélectionné) (?:un|une|d'autres?) (?:autre )?(?:candidat|candidate|profil|candidature)s?"],
    [4, 'poste (?:a été|est) (?:pourvu|attribué|fermé)'],
    [3.5, 'pas (?:pouvoir )?(?:vous )?proposer le poste'],
    [0.8, 'malheureusement|hélas'],
    [1.5, 'nous vous souhaitons (?:bonne continuation|plein succès|beaucoup de succès)']
  ],
  offer: [
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
      "(?:vous )?(?:inviter|convier|rencontrer) (?:à|pour|en) (?:un |une |l')?(?:[\\p{L}-]+ ){0,2}(?:entretien|échange|rencontre|visio|appel)"
    ],
    [3, '(?:seriez-vous|êtes-vous|serez-vous) disponible|disponibilités? pour (?:un|une) (?:entretien|échange|appel|visio)', 'both'],
    [3, "proposition d'entretien|(?:fixer|planifier|organiser|programmer) (?:un|l') ?entretien"],
    [2.5, 'je vous propose|confirmer votre présence', 'none'],
    [0.8, 'entretien', 'none']
  ],
  assessment: [
    [3.5, "cas pratique|test (?:technique|en ligne|de personnalité|d'aptitude)|exercice (?:technique|pratique)|étude de cas|questionnaire"]
  ],
  acknowledgement: [
    [
      4,
      'votre candidature (?:a bien été reçue|est bien arrivée|a été reçue|nous est bien parvenue)|(?:bien )?reçu votre candidature|accusé de réception'
    ],
    [2.5, "(?:remercions|merci) (?:pour|de) votre candidature|merci de l'intérêt que vous portez"],
    [2.5, '(?:sera|seront) étudiée? avec (?:attention|soin)|nous étudions votre candidature']
  ],
  update: [
    [2.5, "(?:toujours|encore) en cours (?:d'examen|de sélection|de recrutement)|nous (?:terminons|finalisons|poursuivons) (?:les|nos)"],
    [1.5, 'références|retard|délai|vous tiens informée?']
  ],
  unrelated: [
    [4, "nouvelles offres (?:d'emploi )?(?:pour vous|qui pourraient vous intéresser)|alerte emploi"],
    [
      3.5,
      'confirm(?:er|ez) votre (?:adresse e-mail|adresse email|compte)|réinitialiser votre mot de passe|mot de passe (?:a été )?(?:modifié|réinitialisé)'
    ]
  ]
})
