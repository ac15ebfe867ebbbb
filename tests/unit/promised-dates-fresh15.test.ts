/**
 * Promised dates, round 15 (issue 11, helper dates15): phrasings behind the last training misses, written anew in
 * several languages (none is a corpus sentence). Against one mail: Thursday, Nov 5 2026, 10:00 +01:00.
 * This week = 2..8 Nov; next week = 9..15 Nov; ISO week 47 = 16..22 Nov.
 */
import { describe } from 'vitest'
import { checkRespondBy as check } from '../support/promised-dates'

describe('a count "after the advert closes on 13 November" starts on that day; the day itself is not the promise', () => {
  check([
    [
      "Applications are screened within 10 business days after the job posting closes on November 13, and you'll be told the result by email.",
      '2026-11-27',
      '2026-11-27'
    ],
    [
      'La revisión termina en 10 días hábiles desde el cierre de la convocatoria el 13 de noviembre, y te avisaremos del resultado por correo.',
      '2026-11-27',
      '2026-11-27'
    ],
    [
      'Die Prüfung dauert 10 Arbeitstage nach Ende der Ausschreibung am 13. November, und Sie werden per E-Mail benachrichtigt.',
      '2026-11-27',
      '2026-11-27'
    ],
    [
      "L'examen des dossiers prend 10 jours ouvrés après la clôture de l'annonce le 13 novembre, et vous serez informé du résultat par courriel.",
      '2026-11-27',
      '2026-11-27'
    ]
  ])
})

// Sent Sunday, Oct 18 2026: the end of the month is Sat 31 Oct, the writer's own word is the 29th.
describe('the writer\'s own "I\'ll let you know by the 29th" outranks a third party\'s "they\'ll decide by the end of the month"', () => {
  check(
    [
      ["The client says they'll decide by the end of the month. I'll let you know by the 29th either way.", '2026-10-29', '2026-10-29'],
      ["I'll let you know by the 29th either way. The client says they'll decide by the end of the month.", '2026-10-29', '2026-10-29'],
      ['Der Bauherr sagt, er entscheidet bis Ende des Monats. Ich gebe dir bis zum 29. Bescheid.', '2026-10-29', '2026-10-29'],
      ['El cliente dice que decidirá antes de fin de mes. Te aviso antes del 29.', '2026-10-29', '2026-10-29'],
      ["Le client dit qu'il décidera d'ici la fin du mois. Je vous donne une réponse d'ici le 29.", '2026-10-29', '2026-10-29'],
      ['De klant zegt dat hij eind van de maand beslist. Ik laat het je uiterlijk 29 oktober weten.', '2026-10-29', '2026-10-29'],
      // …but a third party's word stays the promise when the writer's own is no word to the reader.
      [
        "If you can finish the tests by Tuesday, I'll send your CV over that afternoon. The client has said they'll give me feedback by Friday.",
        '2026-10-23',
        '2026-10-23'
      ]
    ],
    '2026-10-18T18:05:00Z'
  )
})

describe('"later the same day", "am selben Tag", "el mismo día", "le jour même": the day of the event named before', () => {
  check([
    ['The assessment centre is on Thursday 12 November. We will phone you with the result later the same day.', '2026-11-12', '2026-11-12'],
    ['Der Probetag ist am Donnerstag, 12. November. Wir rufen Sie noch am selben Tag mit dem Ergebnis an.', '2026-11-12', '2026-11-12'],
    ['La prueba práctica es el jueves 12 de noviembre. Te llamamos con el resultado el mismo día.', '2026-11-12', '2026-11-12'],
    ["L'entretien a lieu le jeudi 12 novembre. Nous vous appellerons le jour même avec la réponse.", '2026-11-12', '2026-11-12'],
    ['Het gesprek is op donderdag 12 november. We bellen je dezelfde dag nog met de uitslag.', '2026-11-12', '2026-11-12'],
    ["Il colloquio è giovedì 12 novembre. Le comunicheremo l'esito lo stesso giorno.", '2026-11-12', '2026-11-12']
  ])
})

// Sent Thursday, Oct 15 2026 (16:40 -07:00): early next week is Tue 20 Oct.
describe('"I should have dates for you early next week" promises; "went on leave a week early" is a shift, no wait', () => {
  check(
    [
      [
        'The team lead went on leave a week early, so we are re-planning the panel. I should have dates for you early next week.',
        '2026-10-19',
        '2026-10-21'
      ],
      [
        'Der Teamleiter ist eine Woche früher in Elternzeit gegangen. Ich sollte Anfang nächster Woche Termine für Sie haben.',
        '2026-10-19',
        '2026-10-21'
      ],
      ['Tendré fechas para ti a principios de la semana que viene.', '2026-10-19', '2026-10-21'],
      ["J'aurai des dates pour vous en début de semaine prochaine.", '2026-10-19', '2026-10-21'],
      ['Ik heb begin volgende week data voor je.', '2026-10-19', '2026-10-21'],
      ["Avrò delle date per te all'inizio della prossima settimana.", '2026-10-19', '2026-10-21']
    ],
    '2026-10-15T23:40:00Z',
    -420
  )
})

// Sent Tuesday, Oct 20 2026 (13:14 -04:00): the end of next week is Fri 30 Oct.
describe('the writer\'s own "je vous communiquerai", "te comunicaré", "comunicarei" promises the day it names', () => {
  check(
    [
      ["L'atelier est reporté. Je vous communiquerai la nouvelle date d'ici la fin de la semaine prochaine.", '2026-10-30', '2026-11-01'],
      ['El taller se aplaza. Te comunicaré la nueva fecha antes del final de la semana que viene.', '2026-10-30', '2026-11-01'],
      ['A oficina foi adiada. Comunicarei a nova data até o fim da próxima semana.', '2026-10-30', '2026-11-01']
    ],
    '2026-10-20T17:14:00Z',
    -240
  )
})

// Sent Wednesday, Oct 21 2026: this week ends Fri 23 Oct, next week Fri 30 Oct.
describe('English "by next week end" (two words) is the end of next week, not the coming weekend', () => {
  check(
    [
      ['The panel will share the final list by next week end.', '2026-10-30', '2026-11-01'],
      ['We will let you know the result by this week end.', '2026-10-23', '2026-10-23'],
      // …French "week-end" is the weekend, as before.
      ['Nous vous rappellerons avant le week-end.', '2026-10-23', '2026-10-23']
    ],
    '2026-10-21T12:32:30Z',
    330
  )
})

// Sent Friday, Oct 23 2026: ISO week 46 is 9..15 Nov.
describe('Dutch "reken erop dat", German "rechnen Sie damit, dass" say what to expect, as English "expect" does', () => {
  check(
    [
      ['Reken op het contract in week 46.', '2026-11-13', '2026-11-15'],
      ['Het duurt even, dus reken erop dat de uitnodiging in week 46 komt.', '2026-11-13', '2026-11-15'],
      ['Rechnen Sie damit, dass der Vertrag in KW 46 bei Ihnen ist.', '2026-11-13', '2026-11-15']
    ],
    '2026-10-23T10:07:00Z',
    120
  )
})
