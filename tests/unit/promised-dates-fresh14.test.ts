/**
 * Promised dates, round 14 (issue 11, helper dates14): phrasings behind the last training misses, written anew in
 * several languages (none is a corpus sentence). Against one mail: Thursday, Nov 5 2026, 10:00 +01:00.
 * This week = 2..8 Nov; next week = 9..15 Nov; ISO week 47 = 16..22 Nov.
 */
import { describe } from 'vitest'
import { checkRespondBy as check } from '../support/promised-dates'

describe('a count from an event is counted once: "the week after" is no day to count "two weeks of the closing date" from', () => {
  check([
    [
      'The advert closes on Friday 13 November. Shortlisting takes place the week after, and we will let you know within two weeks of the closing date.',
      '2026-11-27',
      '2026-11-27'
    ],
    [
      'Die Ausschreibung endet am Freitag, 13. November. Die Auswahl findet in der Woche danach statt, und Sie hören innerhalb von zwei Wochen nach Bewerbungsschluss von uns.',
      '2026-11-27',
      '2026-11-27'
    ],
    [
      'La convocatoria cierra el viernes 13 de noviembre. La preselección es la semana siguiente y te responderemos en dos semanas desde el cierre.',
      '2026-11-27',
      '2026-11-27'
    ],
    // …and the day after an event the sentence dates is not counted again from another day that names the same kind of event.
    [
      'Thanks for the interview on Tuesday. The board meets on Monday, November 16, and Brenda will contact you the day after the meeting.',
      '2026-11-17',
      '2026-11-17'
    ]
  ])
})

describe('"whether or not", "oder nicht", "o no" is a choice, not a range whose end is the promise', () => {
  check([
    [
      'Applications close on Friday 13 November. Interviews are the week after, and we will tell everyone within two weeks of the closing date whether or not they are invited.',
      '2026-11-27',
      '2026-11-27'
    ],
    [
      'Die Frist endet am Freitag, 13. November. Die Gespräche sind in der Woche danach, und innerhalb von zwei Wochen nach Fristende sagen wir Ihnen, ob Sie eingeladen sind oder nicht.',
      '2026-11-27',
      '2026-11-27'
    ],
    [
      'El plazo cierra el viernes 13 de noviembre. Las entrevistas son la semana siguiente, y en dos semanas desde el cierre te diremos si pasas o no.',
      '2026-11-27',
      '2026-11-27'
    ]
  ])
})

describe('German "ich rufe Sie am Montag an" promises a call on that day, as "I\'ll call you on Monday" and "te llamo el lunes" do', () => {
  check([
    ['Ich rufe Sie am Montag an, dann besprechen wir die Einzelheiten.', '2026-11-09', '2026-11-09'],
    ['Wir rufen dich morgen an.', '2026-11-06', '2026-11-06'],
    ['Am Dienstag rufe ich Sie an und sage Ihnen, wie es weitergeht.', '2026-11-10', '2026-11-10'],
    ["I'll call you on Monday to talk it through.", '2026-11-09', '2026-11-09'],
    ['Te llamo el lunes y lo hablamos.', '2026-11-09', '2026-11-09'],
    // …but a call at a time agreed ("dann"), or at an hour, is an appointment.
    ['Passt Ihnen Dienstag? Ich rufe Sie dann an.', null, null],
    ['Ich rufe Sie am Montag um 10 Uhr an.', null, null]
  ])
})

describe('"the day after" an event the sentence dates, said with "nach", "después de", "na": "am Tag nach der Sitzung"', () => {
  check([
    ['Der Vorstand tagt am Montag, 16. November; am Tag nach der Sitzung melde ich mich bei Ihnen.', '2026-11-17', '2026-11-17'],
    ['La junta se reúne el lunes 16 de noviembre y te contactaremos el día después de la reunión.', '2026-11-17', '2026-11-17'],
    ['Het bestuur vergadert op maandag 16 november en ik bel je de dag na de vergadering.', '2026-11-17', '2026-11-17'],
    ['Le conseil se réunit le lundi 16 novembre et je vous appelle le lendemain de la réunion.', '2026-11-17', '2026-11-17']
  ])
})

describe('"I\'ll confirm it / something" said in the present: "te lo confirmo el lunes", "le confermo qualcosa", "je vous le confirme"', () => {
  check([
    ['Te lo confirmo el lunes, sin falta.', '2026-11-09', '2026-11-09'],
    ['La semana que viene le confirmo algo.', '2026-11-13', '2026-11-13'],
    ['Le confermo qualcosa entro venerdì.', '2026-11-06', '2026-11-06'],
    ['Na semana que vem te confirmo algo.', '2026-11-13', '2026-11-13'],
    ['Je vous le confirme lundi.', '2026-11-09', '2026-11-09'],
    ['Ik bevestig het je maandag.', '2026-11-09', '2026-11-09'],
    ['Ich bestätige es Ihnen am Montag.', '2026-11-09', '2026-11-09'],
    // …but confirming a fact now names no promised day.
    ['Te confirmo que la entrevista es el martes 10.', null, null],
    ["Je vous confirme que l'entretien a lieu le mardi 10 novembre.", null, null],
    ['Ti confermo che il colloquio è martedì 10 novembre.', null, null],
    ['Le confermo il colloquio di martedì 10 novembre alle 11.', null, null],
    ['Le confirmo la entrevista del martes 10 de noviembre.', null, null]
  ])
})

describe('a count "after the interview" starts at the day the invitation names, not at the reply-by day asked for', () => {
  check([
    [
      'We would like to see you on Thursday 12 November at the depot. You will hear from us within two weeks after the interview. Please confirm by Monday.',
      '2026-11-26',
      '2026-11-26'
    ],
    [
      'Wir laden Sie am Donnerstag, 12. November, ins Werk ein. Sie hören innerhalb von zwei Wochen nach dem Gespräch von uns. Bitte bestätigen Sie bis Montag.',
      '2026-11-26',
      '2026-11-26'
    ],
    [
      'Te esperamos el jueves 12 de noviembre en el almacén. Te responderemos en dos semanas después de la entrevista. Confírmame antes del lunes, por favor.',
      '2026-11-26',
      '2026-11-26'
    ],
    [
      'Jag vill träffa dig torsdag 12 november kl. 13.00. Besked får du inom två veckor efter intervjun. Kan du svara senast måndag?',
      '2026-11-26',
      '2026-11-26'
    ]
  ])
})

describe('a letter "issued" or "released" by them is sent, as "sent" is: "the offer letter will be released by 20th November"', () => {
  check([
    ['The offer letter will be released by 20th November.', '2026-11-20', '2026-11-20'],
    ['Your appointment letter will be issued on or before 20 November.', '2026-11-20', '2026-11-20'],
    ['Der Arbeitsvertrag wird bis zum 20. November ausgestellt.', '2026-11-20', '2026-11-20'],
    ['La lettre d’engagement sera émise au plus tard le 20 novembre.', '2026-11-20', '2026-11-20'],
    ['La carta de oferta será emitida antes del 20 de noviembre.', '2026-11-20', '2026-11-20'],
    ['La lettera di assunzione sarà emessa entro il 20 novembre.', '2026-11-20', '2026-11-20'],
    // …but the reader's own release is no promise of theirs.
    ['You will be released from your current post on 20 November.', null, null]
  ])
})
