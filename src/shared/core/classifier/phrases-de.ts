/** German phrasing of hiring mail (Sie and du forms). Weights as in phrases-en.ts. */
import { definePhrases } from './types'

const KANDIDAT = '(?:kandidat|bewerber|kandidatin|bewerberin|person|profil)\\p{L}*'
const SIE = '(?:ihnen|dir|sie|dich)'

export const GERMAN_PHRASES = definePhrases('de', {
  rejection: [
    [4, `(?:für|fuer) (?:eine[nm]? )?(?:andere[nmr]?|anderweitige[nm]?) ${KANDIDAT} (?:\\p{L}+ )?entschieden`],
    [4, 'nicht (?:weiter )?berücksichtigen|nicht (?:weiter )?berücksichtigt werden|nicht in (?:die|der) engere[n]? auswahl'],
    [3.5, '(?:keine|kein) (?:positive[n]? )?(?:rückmeldung|zusage|angebot)'],
    [3, 'absage'],
    [
      4,
      '(?:stelle|position|vakanz) (?:ist|wurde) (?:\\p{L}+ ){0,2}(?:besetzt|vergeben|gestrichen|geschlossen|gestoppt)|anderweitig (?:besetzt|vergeben)'
    ],
    [
      3.5,
      'nicht (?:weiter )?(?:fortsetzen|fortzusetzen|fortführen|fortzuführen|weiterverfolgen|weiterzuverfolgen|weiter verfolgen|weiter zu verfolgen)'
    ],
    [3, `(?:müssen|muss) (?:wir |ich )?${SIE} (?:leider )?mitteilen`],
    [0.8, 'leider'],
    [
      1.5,
      'viel erfolg (?:für|bei|auf) (?:ihre[nm]?|deine[nm]?|die) (?:weitere[nm]?|berufliche[nm]?|zukunft|suche)\\p{L}*|alles gute für (?:die|ihre|deine) (?:zukunft|weitere)\\p{L}*'
    ]
  ],
  offer: [
    [4, `(?:freuen|freue) (?:uns|mich),? ${SIE} (?:ein(?:e[nm]?)? |das |unser |die )?(?:angebot|vertragsangebot|zusage|stelle|position)`],
    [
      4,
      `${SIE} (?:die stelle|die position|ein (?:vertrags)?angebot|einen (?:arbeits)?vertrag) (?:\\p{L}+ )?(?:anbieten|unterbreiten|machen|zukommen lassen)`
    ],
    [3, 'vertragsangebot|angebotsschreiben|arbeitsvertrag'],
    [2, 'zusage'],
    [1.2, 'jahresgehalt|eintrittsdatum|startdatum|vertragsbeginn', 'negation']
  ],
  interview_request: [
    [
      4,
      `zu (?:einem|einer|unserem|unserer) (?:[\\p{L}-]+ ){0,2}(?:vorstellungsgespräch|gespräch|interview|kennenlernen|videocall|telefonat|termin)\\p{L}* (?:\\p{L}+ ){0,2}(?:einladen|einzuladen)`
    ],
    [4, 'einladung (?:zu(?:m| einem| einer)) (?:[\\p{L}-]+ ){0,2}(?:vorstellungsgespräch|gespräch|interview|kennenlernen|telefonat)'],
    [1.5, 'vorstellungsgespräch|bewerbungsgespräch', 'none'],
    [2.5, 'terminvorschl\\p{L}*|terminvorschlag'],
    [2.5, '(?:wann|welche termine?|welcher termin) (?:passt|passen|hätten sie|haben sie|hättest du|wäre)'],
    [1.5, 'verfügbarkeit(?:en)?', 'none'],
    [3, '(?:termin|gespräch|interview) (?:\\p{L}+ )?(?:bestätigen|bestätigt|verschieben|verlegen|verschoben|verlegt)'],
    [3, '(?:bestätigen|bestätigung) (?:ihres|deines|des|unseres) (?:termins|gesprächs|interviews)']
  ],
  assessment: [
    [
      3.5,
      'probeaufgabe|fallstudie|programmieraufgabe|testaufgabe|coding[- ]challenge|online[- ]test|fragebogen|eignungstest|arbeitsprobe|case[- ]study|aufgabe für zuhause|hausaufgabe'
    ]
  ],
  acknowledgement: [
    [2.5, '(?:vielen |herzlichen |besten )?dank für (?:ihre|deine) bewerbung'],
    [4, '(?:ihre|deine) bewerbung (?:ist|wurde) (?:bei uns )?(?:erfolgreich )?(?:eingegangen|angekommen|übermittelt)'],
    [4, 'eingangsbestätigung|(?:haben|hat) (?:ihre|deine) bewerbung (?:\\p{L}+ )?(?:erhalten|bekommen)'],
    [2.5, '(?:werden|wird) (?:ihre|deine) (?:bewerbung|unterlagen) (?:\\p{L}+ ){0,2}(?:prüfen|sichten)']
  ],
  update: [
    [3, 'zwischenstand|zwischenbescheid|zwischeninfo\\p{L}*'],
    [2.5, '(?:noch|weiterhin) (?:in (?:der )?(?:prüfung|auswahl)|im (?:auswahlprozess|prozess))'],
    [1.5, 'verzöger\\p{L}*'],
    [2, '(?:melden uns|melde mich) (?:\\p{L}+ )?(?:bis|spätestens|nächste woche|in kürze)'],
    [2.5, '(?:referenzen|arbeitszeugnisse|zeugnisse|unterlagen) (?:\\p{L}+ )?(?:zusenden|nachreichen|schicken)'],
    [2.5, 'danke für (?:ihre|deine) (?:nachricht|e-mail|mail|rückmeldung)']
  ],
  unrelated: [
    [4, '(?:neue )?jobs? für (?:sie|dich)|jobempfehlung\\p{L}*|stellenangebote? (?:für sie|für dich|passend)|job-?alarm'],
    [2, 'newsletter'],
    [
      3.5,
      'passwort (?:wurde )?(?:geändert|zurückgesetzt)|passwort zurücksetzen|e-mail-adresse bestätigen|bestätigungscode|konto (?:wurde )?(?:erstellt|aktiviert)'
    ]
  ]
})
