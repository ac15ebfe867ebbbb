/**
 * Promised dates, round 12 (issue 11, helper dates12, 5 Dec 2026): one group per cause found in the blind-written
 * training batches 19, 21 and 22, each written here in new sentences (none is a corpus sentence) in several languages,
 * with its window set before the run. Against one mail: Thursday, Nov 5 2026, 10:00 +01:00, unless a group says
 * otherwise. This week = 2..8 Nov; next week = 9..15 Nov; the week after = 16..22 Nov.
 */
import { describe } from 'vitest'
import { checkRespondBy } from '../support/promised-dates'

const check = checkRespondBy

describe('Danish and Norwegian "fra" (from) is no range: "du hører fra os senest mandag" is that Monday', () => {
  check([
    ['Vi holder samtaler i uge 47, og du hører fra os senest mandag den 16. november.', '2026-11-16', '2026-11-16'],
    ['Intervjuene holdes i uke 48, men du hører fra oss senest fredag 13. november.', '2026-11-13', '2026-11-13'],
    // Italian "fra … e …" stays a range, which resolves to its end.
    ['Ti faremo sapere fra lunedì e martedì.', '2026-11-10', '2026-11-10']
  ])
})

describe('promise verbs in more persons and voices: "je vous recontacterai", "kontaktas", "intimated", "te ligar"', () => {
  check([
    ['Je vous recontacterai fin novembre.', '2026-11-27', '2026-11-30'],
    ['Le jury se réunira mi-novembre et je vous recontacterai à ce moment-là.', '2026-11-13', '2026-11-16'],
    ['De som går vidare kontaktas senast den 20 november.', '2026-11-20', '2026-11-20'],
    ['Beslut meddelas senast fredag den 13 november.', '2026-11-13', '2026-11-13'],
    ['Du kontaktes senest fredag den 13. november.', '2026-11-13', '2026-11-13'],
    ['The outcome will be intimated to you by Friday.', '2026-11-06', '2026-11-06'],
    ['A nossa previsão é te ligar até o fim do mês.', '2026-11-30', '2026-11-30'],
    ['Revisaremos tu candidatura en un plazo de 5 días hábiles.', '2026-11-12', '2026-11-12'],
    ['Nuestro equipo revisa todas las postulaciones en un plazo de 5 días hábiles.', '2026-11-12', '2026-11-12']
  ])
})

describe('…but the reader asked to call or review by a day is no promise', () => {
  check([
    ['Revisa el documento adjunto antes del viernes, por favor.', null, null],
    ['Pode me ligar até sexta?', null, null]
  ])
})

describe('a result or list "out" on a day ("saldrá", "sortira", "uscirà", "will be out") is a promise', () => {
  check([
    ['El listado provisional saldrá previsiblemente la semana que viene.', '2026-11-13', '2026-11-15'],
    ['La lista de admitidos saldrá previsiblemente la semana que viene.', '2026-11-13', '2026-11-15'],
    ['The shortlist should be out by the end of next week.', '2026-11-13', '2026-11-15'],
    ['La liste des candidats retenus sortira la semaine prochaine.', '2026-11-13', '2026-11-15'],
    ['La graduatoria uscirà la settimana prossima.', '2026-11-13', '2026-11-15'],
    ['A lista final sai na próxima semana.', '2026-11-13', '2026-11-15']
  ])
})

describe('…but a new job advert coming out is none', () => {
  check([
    ['El nuevo anuncio saldrá la semana que viene.', null, null],
    ['Il nuovo annuncio uscirà la settimana prossima.', null, null]
  ])
})

describe('"afterwards I\'ll write", "as soon as I have it": the day the sentence before names', () => {
  check([
    ['Ainda vejo mais dois candidatos e decidimos no início de dezembro. Depois dou notícias.', '2026-12-01', '2026-12-10'],
    ['La aprobación debería llegar antes de fin de mes. Apenas la tenga te escribo.', '2026-11-30', '2026-11-30'],
    ['Background checks usually take two to three weeks. We will be in touch once they are complete.', '2026-11-19', '2026-11-26'],
    ['Die Freigabe kommt voraussichtlich Mitte November. Sobald ich sie habe, melde ich mich.', '2026-11-13', '2026-11-16'],
    ["Le budget devrait être validé d'ici la fin du mois. Dès que je l'ai, je reviens vers vous.", '2026-11-30', '2026-11-30']
  ])
})

describe('…but "once" about something else, or after the candidate\'s limit, borrows no day', () => {
  check([
    ['Our office is closed on Monday 9 November. We will be in touch once we have reviewed all applications.', null, null],
    ['Please send us your references by Friday. Once we have them we will be in touch.', null, null],
    ["Can you say yes today so I can book it with them tomorrow? I'll send the address once it's booked.", null, null]
  ])
})

describe('a window counted from the event the mail names: the take-home handed in, the discussion held', () => {
  check([
    [
      'Please send the exercise back by Monday 16 November. Once we have it, we will get back to you within a week.',
      '2026-11-20',
      '2026-11-23'
    ],
    [
      'Schick mir die Aufgabe bis Montag, 16. November. Sobald wir sie haben, melden wir uns innerhalb einer Woche.',
      '2026-11-20',
      '2026-11-23'
    ],
    [
      'Envíanos la prueba antes del lunes 16 de noviembre. Cuando la recibamos, te respondemos en un plazo de una semana.',
      '2026-11-20',
      '2026-11-23'
    ],
    [
      'Kindly report for a discussion on Saturday, 14th November at 11:00 AM. The result of the discussion will be intimated within 3 working days.',
      '2026-11-17',
      '2026-11-18'
    ],
    [
      "L'entretien aura lieu le mardi 10 novembre. Le résultat de l'entretien vous sera communiqué sous 5 jours ouvrés.",
      '2026-11-17',
      '2026-11-18'
    ]
  ])
})

describe('"the following week" after an event (Monday to Thursday): the next calendar week, up to its Friday', () => {
  check([
    ['A direção reúne-se no dia 12. Na semana seguinte dou-lhe uma resposta.', '2026-11-20', '2026-11-22'],
    ['El comité se reúne el jueves 12. Te contestamos la semana siguiente.', '2026-11-20', '2026-11-22'],
    ['La commission se réunit le mardi 10 novembre. Nous vous répondrons la semaine suivante.', '2026-11-20', '2026-11-22'],
    // "the week following the interview" stays the seven days after it.
    ['The interview is on Tuesday 10 November. You will hear from us in the week following the interview.', '2026-11-17', '2026-11-17']
  ])
})

describe('"before the Christmas break", "avant les vacances de Noël": the Friday before Christmas week; "before Christmas" its eve', () => {
  check([
    ['Une réponse vous sera adressée avant les vacances de Noël.', '2026-12-18', '2026-12-18'],
    ['Te contestamos antes de las vacaciones de Navidad.', '2026-12-18', '2026-12-18'],
    ['Ti rispondiamo prima delle vacanze di Natale.', '2026-12-18', '2026-12-18'],
    ['Wir melden uns vor den Weihnachtsferien.', '2026-12-18', '2026-12-18'],
    ['Nous vous répondrons avant Noël.', '2026-12-24', '2026-12-24']
  ])
})

describe('away or waiting until a day, "then" or "afterwards" an answer: a little after that day', () => {
  check([
    ['Die Chefin ist bis 11.11. im Urlaub, danach bekommen Sie Bescheid.', '2026-11-12', '2026-11-16'],
    ['I am away until Wednesday 11 November, then I will let you know.', '2026-11-12', '2026-11-16'],
    ["Le directeur est en congé jusqu'au mercredi 11 novembre, ensuite je vous donnerai une réponse.", '2026-11-12', '2026-11-16'],
    ['La directora está de viaje hasta el miércoles 11, después te doy una respuesta.', '2026-11-12', '2026-11-16'],
    // …but a promise before the wait is kept on its own day, and a day named after "then" is the promise itself.
    ['Wir melden uns bis Mittwoch, 11. November, danach ist die Stelle vergeben.', '2026-11-11', '2026-11-11'],
    ["Priya is off until Monday and then I'll call you early next week.", '2026-11-09', '2026-11-11'],
    // "bis" as "by" of a process that ends: no absence, no wait.
    ['Die Auswahl ist bis Freitag, 13. November abgeschlossen, danach hören Sie von uns.', '2026-11-13', '2026-11-13']
  ])
})

describe('days the office says it is closed lengthen a count of working days', () => {
  check([
    [
      'Kindly note our office will remain closed on 9th and 10th November. We will revert within 5 working days.',
      '2026-11-16',
      '2026-11-16'
    ],
    ['Unser Büro ist am 9. und 10. November geschlossen. Sie hören innerhalb von 5 Werktagen von uns.', '2026-11-16', '2026-11-16'],
    [
      'Nuestras oficinas estarán cerradas el lunes 9 y el martes 10 de noviembre. Te respondemos en un plazo de 5 días hábiles.',
      '2026-11-16',
      '2026-11-16'
    ],
    // A closure after the window, a count of calendar days, or the applications closed (no office) changes nothing.
    ['Applications will be closed on Monday 9 November. We will revert within 5 working days.', '2026-11-12', '2026-11-12'],
    ['Our office is closed on 24 December. We will revert within 5 working days.', '2026-11-12', '2026-11-12'],
    ['Our office is closed on Monday 9 November. You will hear from us within a week.', '2026-11-12', '2026-11-12']
  ])
})

describe('"by the end of the week" after a trial day named in a later week: the end of that week', () => {
  check([
    ['Komm am Montag, 16.11., um 14 Uhr zum Probekochen. Bescheid bekommst du von mir bis Ende der Woche.', '2026-11-20', '2026-11-22'],
    ["Come in for a trial shift on Monday 16 November at 10am. I'll let you know by the end of the week.", '2026-11-20', '2026-11-22'],
    [
      'Te esperamos el lunes 16 de noviembre a las 10:00 para la prueba. Te damos una respuesta antes del final de la semana.',
      '2026-11-20',
      '2026-11-22'
    ],
    // …not a day far off, a bare weekday already past, or nothing named: this week.
    ["The start date would be 1 February. We'll let you know by the end of the week.", '2026-11-06', '2026-11-06'],
    ["Thanks for coming in on Tuesday. We'll let you know by the end of the week.", '2026-11-06', '2026-11-06'],
    ["We'll let you know by the end of the week.", '2026-11-06', '2026-11-06']
  ])
})

describe('the deciding body meets on a day ("le comité … se réunit début décembre"): its decision is due then', () => {
  check([
    ['Je dois présenter votre candidature au comité de direction, qui se réunit début décembre.', '2026-12-01', '2026-12-10'],
    ['Your application now goes to the hiring committee, which meets on Thursday 19 November.', '2026-11-19', '2026-11-19'],
    ['Ihre Unterlagen liegen dem Vorstand vor, der Mitte November tagt.', '2026-11-13', '2026-11-16'],
    ['El comité de selección se reúne el jueves 19 de noviembre.', '2026-11-19', '2026-11-19'],
    ['A Direção reúne-se a 19 de novembro.', '2026-11-19', '2026-11-19'],
    // …not a panel meeting the candidate, nor a body that meets every week.
    ['The interview panel meets you on Tuesday 10 November.', null, null],
    ['Our board meets every Monday.', null, null]
  ])
})

describe('"before the Christmas break" written in the days before Christmas itself: still to come, its eve', () => {
  check(
    [
      ['We will get back to you before the Christmas break.', '2026-12-23', '2026-12-24'],
      ['Nous vous répondrons avant les vacances de Noël.', '2026-12-23', '2026-12-24']
    ],
    '2026-12-21T09:00:00Z',
    60
  )
})

describe('a window counted from a trial day the mail names ("within a week of the trial shift", "nach dem Probetag")', () => {
  check([
    [
      'Der Probetag ist am Dienstag, 17. November. Innerhalb einer Woche nach dem Probetag bekommen Sie Bescheid.',
      '2026-11-24',
      '2026-11-24'
    ],
    ['Your trial shift is on Tuesday 17 November. We will let you know within a week of the trial shift.', '2026-11-24', '2026-11-24'],
    ['De proefdag is dinsdag 17 november. Binnen een week na de proefdag hoor je van ons.', '2026-11-24', '2026-11-24']
  ])
})

describe('Nordic answers named with their article ("beslutet", "beslutningen", "svaret"), Polish "damy znać"', () => {
  check([
    ['Beslutet fattas i början av december.', '2026-12-01', '2026-12-10'],
    ['Beslutningen træffes i midten af december.', '2026-12-14', '2026-12-16'],
    ['Beslutningen tas i slutten av november.', '2026-11-27', '2026-11-30'],
    ['Svaret kommer i vecka 48.', '2026-11-27', '2026-11-29'],
    ['Damy znać w przyszłym tygodniu.', '2026-11-13', '2026-11-15']
  ])
})

describe('"in the ten days that follow" (said last) counts from the day named before', () => {
  check([
    ["L'entretien a lieu le mardi 10 novembre. Vous aurez une réponse dans les 10 jours qui suivent.", '2026-11-20', '2026-11-20'],
    ['La entrevista es el martes 10 de noviembre. Te daremos una respuesta en los 10 días siguientes.', '2026-11-20', '2026-11-20'],
    ['The interview is on Tuesday 10 November, and you will hear from us in the ten days following.', '2026-11-20', '2026-11-20']
  ])
})

describe('"in the course of the week/month", "within the week", "entro il mese", "in settimana", "noch in diesem Monat"', () => {
  check([
    ['Ich melde mich im Laufe der Woche.', '2026-11-06', '2026-11-06'],
    ['Ich melde mich im Laufe des Monats.', '2026-11-30', '2026-11-30'],
    ['Wir melden uns noch in diesem Monat.', '2026-11-30', '2026-11-30'],
    ['Nous reviendrons vers vous dans le courant du mois.', '2026-11-30', '2026-11-30'],
    ['Te respondemos a lo largo del mes.', '2026-11-30', '2026-11-30'],
    ['Te respondemos dentro de la semana.', '2026-11-06', '2026-11-06'],
    ['Ti faremo sapere nel corso del mese.', '2026-11-30', '2026-11-30'],
    ['Ti aggiorno entro la settimana.', '2026-11-06', '2026-11-06'],
    ['Ci sentiamo in settimana.', '2026-11-06', '2026-11-06'],
    ['Je hoort in de loop van de maand van ons.', '2026-11-30', '2026-11-30'],
    ['Je hoort binnen de week van ons.', '2026-11-06', '2026-11-06'],
    ['We will get back to you within the week.', '2026-11-06', '2026-11-06'],
    ['We will get back to you in the course of the month.', '2026-11-30', '2026-11-30'],
    // "to" is two only in Danish and Norwegian, before their own units.
    ['Udvalgte kandidater kontaktes inden for to uger.', '2026-11-19', '2026-11-19'],
    ['Aktuelle kandidater vil bli kontaktet innen to uker.', '2026-11-19', '2026-11-19'],
    ['We will reply to you within two to three weeks.', '2026-11-26', '2026-11-26'],
    ['Geselecteerde kandidaten worden binnen twee weken benaderd.', '2026-11-19', '2026-11-19'],
    ['Kandydaci zostaną poinformowani do 20 listopada.', '2026-11-20', '2026-11-20']
  ])
})

describe('"a few days", "a couple of days" in Polish and the Nordic languages', () => {
  check([
    ['Vi hører fra dig i løbet af de næste par dage.', '2026-11-07', '2026-11-08'],
    ['Odezwiemy się w ciągu kilku dni.', '2026-11-07', '2026-11-09'],
    ['Du hører fra oss om noen dager.', '2026-11-07', '2026-11-09'],
    ['Vi vender tilbage om nogle dage.', '2026-11-07', '2026-11-09'],
    ['Palaamme asiaan muutaman päivän kuluessa.', '2026-11-07', '2026-11-09'],
    ['Du får svar inom ett par dagar.', '2026-11-07', '2026-11-08'],
    // French "par" is "per": no count.
    ['Nous vous répondrons après les entretiens, qui ont lieu deux fois par semaine.', null, null]
  ])
})
