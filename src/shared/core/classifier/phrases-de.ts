/** German phrasing of hiring mail (Sie and du forms). Weights as in phrases-en.ts. */
import { definePhrases } from './types'

const KANDIDAT = '(?:kandidat|bewerber|kandidatin|bewerberin|person|profil)\\p{L}*'
const SIE = '(?:ihnen|dir|sie|dich)'

export const GERMAN_PHRASES = definePhrases('de', {
  rejection: [
    [4, 'gegen (?:eine (?:weitere )?|die )?(?:zusammenarbeit|berücksichtigung|einstellung|ihre kandidatur|deine kandidatur) entschieden'],
    [
      4,
      'für (?:eine[nm]?|den|die) (?:andere[nmr]? |weitere[nmr]? )?(?:kandidat|bewerber|mitbewerber|person)\\p{L}*(?: [\\p{L}\\p{N},-]+){0,8} entschieden'
    ],
    [
      4,
      '(?:andere[nmr]?|eine[nmr]? andere[nmr]?) (?:kandidat|bewerber|person)\\p{L}* (?:den )?vorzug gegeben|gegen (?:ihre|deine) (?:bewerbung|kandidatur) entschieden'
    ],
    [3.5, '(?:bedauern|bedaure)[,]? (?:ihnen|dir|sie|dich) (?:\\p{L}+ ){0,2}(?:keine|kein|nicht|absagen)'],
    [3.5, 'keine (?:positivere?n?|bessere?n?|erfreulichere?n?) (?:nachricht|nachrichten|rückmeldung|antwort)'],
    [
      4,
      '(?:können|konnten|kann) (?:wir |ich )?(?:ihnen|dir) (?:leider )?(?:keine (?:stelle|zusage|position)|die (?:stelle|position) (?:leider )?nicht) (?:\\p{L}+ )?(?:anbieten|geben|machen)'
    ],
    [3.5, '(?:haben|hat) (?:uns|sich) (?:leider )?(?:anders|anderweitig) entschieden'],
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
    [3.5, '(?:sie sind|du bist) (?:genau )?die person,? die wir (?:gesucht|suchen)'],
    [
      4,
      '(?:bieten|biete) (?:wir |ich )?(?:ihnen|dir) (?:gern[e]? |hiermit )?(?:die|eine|unsere) (?:\\p{L}+ )?(?:stelle|position|festanstellung|anstellung)'
    ],
    [4, '(?:die|eine|diese) (?:stelle|position)(?: [\\p{L}\\p{N}.-]+){0,5} (?:anbieten|anzubieten)'],
    [1, 'herzlichen glückwunsch|gratulation|gratulieren', 'none'],
    [4, '(?:für sie|für dich) entschieden'],
    [4, '(?:bieten|biete) (?:wir |ich )?(?:ihnen|dir) (?:gern[e]? |hiermit )?(?:die|eine|unsere) (?:stelle|position|festanstellung)'],
    [
      4,
      '(?:möchten|würden|wollen) (?:sie|dich) (?:gern[e]? |sehr gern[e]? )?(?:einstellen|an bord holen|in unserem team sehen|bei uns sehen)'
    ],
    [4, '(?:eine |die )?zusage (?:geben|erteilen|machen|aussprechen|mitteilen)'],
    [
      3.5,
      '(?:in unserem team|bei uns|an bord|als (?:neue[nr]? )?(?:kolleg|mitarbeiter)\\p{L}*) (?:herzlich |gern[e]? )?(?:begrüßen|willkommen heißen)'
    ],
    [2.5, 'unterschrieben\\p{L}* (?:arbeits)?vertrag|vertrag (?:\\p{L}+ )?unterschrieben'],
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
      '(?:zum|zur) (?:[\\p{L}-]+ ){0,2}(?:vorstellungsgespräch|gespräch|interview|kennenlernen|videocall|telefonat|termin)\\p{L}* (?:\\p{L}+ ){0,2}(?:einladen|einzuladen)'
    ],
    [3.5, '(?:möchten|würden|möchte|würde) (?:wir |ich )?(?:sie|dich) (?:gern[e]? |sehr gern[e]? )?(?:persönlich |näher )?kennenlernen'],
    [2.5, '(?:hätten|haben|hättest|hast) (?:sie|du) (?:\\p{L}+ ){0,2}zeit'],
    [
      4,
      `zu (?:einem|einer|unserem|unserer) (?:[\\p{L}-]+ ){0,2}(?:vorstellungsgespräch|gespräch|interview|kennenlernen|videocall|telefonat|termin)\\p{L}* (?:\\p{L}+ ){0,2}(?:einladen|einzuladen)`
    ],
    [4, 'einladung (?:zu(?:m| einem| einer)) (?:[\\p{L}-]+ ){0,2}(?:vorstellungsgespräch|gespräch|interview|kennenlernen|telefonat)'],
    [1.5, 'vorstellungsgespräch|bewerbungsgespräch', 'none'],
    [2.5, 'terminvorschl\\p{L}*|terminvorschlag'],
    [2.5, '(?:wann|welche termine?|welcher termin) (?:passt|passen|hätten sie|haben sie|hättest du|wäre)'],
    [1.5, 'verfügbarkeit(?:en)?', 'none'],
    [3, '(?:termin|gespräch|interview) (?:\\p{L}+ )?(?:bestätigen|bestätigt)'],
    [3, '(?:bestätigen|bestätigung) (?:ihres|deines|des|unseres) (?:termins|gesprächs|interviews)']
  ],
  assessment: [
    [
      3.5,
      'online-?(?:assessment|test|aufgabe)|(?:technische|fachliche|kleine|praktische)[nr]? (?:aufgabe|test|übung)|testverfahren|eignungsdiagnostik|persönlichkeitstest|programmiertest|(?:test|assessment)-?(?:plattform|link)'
    ],
    [
      3.5,
      'probeaufgabe|fallstudie|programmieraufgabe|testaufgabe|coding[- ]challenge|online[- ]test|fragebogen|eignungstest|arbeitsprobe|case[- ]study|aufgabe für zuhause|hausaufgabe'
    ]
  ],
  acknowledgement: [
    [
      4,
      '(?:bestätigen|bestätige) (?:wir |ich )?(?:ihnen |dir )?(?:hiermit )?den (?:erhalt|eingang)|(?:ihre|deine) (?:bewerbung|unterlagen) (?:liegt|liegen) (?:uns|mir) (?:\\p{L}+ )?vor'
    ],
    [4, '(?:haben|hat|habe) (?:ihre|deine) (?:bewerbung\\p{L}*|unterlagen|bewerbungsunterlagen) (?:\\p{L}+ ){0,2}(?:erhalten|bekommen)'],
    [2.5, '(?:bedanken|bedanke) (?:uns|mich) (?:herzlich )?für (?:ihre|deine|ihr|dein) (?:bewerbung|interesse)'],
    [
      4,
      '(?:bestätigen|bestätige) (?:ihnen |dir )?(?:hiermit )?den eingang (?:ihrer|deiner) (?:bewerbung|unterlagen)|eingang (?:ihrer|deiner) bewerbung'
    ],
    [3.5, '(?:ist|sind) (?:gut |sicher |wohlbehalten )?bei (?:mir|uns) (?:gut )?(?:angekommen|eingegangen)'],
    [3, 'bewerbung (?:erfolgreich )?(?:eingegangen|erhalten)|danke für (?:ihre|deine) bewerbung'],
    [2.5, '(?:vielen |herzlichen |besten )?dank für (?:ihre|deine) bewerbung'],
    [4, '(?:ihre|deine) bewerbung (?:ist|wurde) (?:bei uns )?(?:erfolgreich )?(?:eingegangen|angekommen|übermittelt)'],
    [4, 'eingangsbestätigung|(?:haben|hat) (?:ihre|deine) bewerbung (?:\\p{L}+ )?(?:erhalten|bekommen)'],
    [2.5, '(?:werden|wird) (?:ihre|deine) (?:bewerbung|unterlagen) (?:\\p{L}+ ){0,2}(?:prüfen|sichten)']
  ],
  update: [
    [
      2.5,
      'dauert (?:leider )?(?:etwas |noch |ein wenig |ein bisschen )?länger|(?:sprechen|führen) (?:\\p{L}+ ){0,3}noch (?:mit|gespräche)'
    ],
    [
      2.5,
      '(?:danke|dank) (?:für|fürs) (?:ihre[nms]?|deine[nms]?|die|das|den) (?:\\p{L}+ )?(?:nachricht|mail|e-mail|worte|rückmeldung|nachfrage|nachhaken|geduld)|danke fürs nachhaken'
    ],
    [2, '(?:halte|halten) (?:sie|dich|ihnen) (?:\\p{L}+ )?auf dem laufenden'],
    [2.5, '(?:weiterhin|noch|nach wie vor) im (?:rennen|auswahlverfahren|verfahren)'],
    [2, '(?:gebe|geben) (?:ihnen|dir) (?:\\p{L}+ ){0,3}bescheid|entscheidung (?:fällt|fallen|erwarten|treffen)'],
    [3, 'zwischenstand|zwischenbescheid|zwischeninfo\\p{L}*'],
    [2.5, '(?:noch|weiterhin) (?:in (?:der )?(?:prüfung|auswahl)|im (?:auswahlprozess|prozess))'],
    [1.5, 'verzöger\\p{L}*'],
    [2, '(?:melden uns|melde mich) (?:\\p{L}+ )?(?:bis|spätestens|nächste woche|in kürze)'],
    [2.5, '(?:referenzen|arbeitszeugnisse|zeugnisse|unterlagen) (?:\\p{L}+ )?(?:zusenden|nachreichen|schicken)'],
    [2.5, 'danke für (?:ihre|deine) (?:nachricht|e-mail|mail|rückmeldung)']
  ],
  unrelated: [
    [
      3,
      'rechnung|quittung|zahlungsbestätigung|buchungsbestätigung|ihre bestellung|fahrkarte|ticket|steuerbescheid|grundsteuer|abgabenbescheid|lastschrift|gebührenbescheid'
    ],
    [4, '(?:neue )?jobs? für (?:sie|dich)|jobempfehlung\\p{L}*|stellenangebote? (?:für sie|für dich|passend)|job-?alarm'],
    [2, 'newsletter'],
    [
      3.5,
      'passwort (?:wurde )?(?:geändert|zurückgesetzt)|passwort zurücksetzen|e-mail-adresse bestätigen|bestätigungscode|konto (?:wurde )?(?:erstellt|aktiviert)'
    ]
  ]
})
