// Over 300 lines: four blind probe rounds of hand-written cases (data), each with its first-contact score.
/**
 * Promised dates, round 8 (issue 11, helper dates8, 5 Dec 2026): sentences a recruiter, an HR system, a school head, a
 * ward manager or a public administration writes, in the seven languages the facts code reads (Polish and Swedish are
 * not claimed, so none here), each written with its window BEFORE it was run and before the rules were read. Against
 * one mail: Tuesday, Nov 17 2026, 10:00 in the writer's own zone, unless a group says otherwise.
 * This week = 16..22 Nov; next week = 23..29 Nov (ISO week 48); the week after = 30 Nov..6 Dec (week 49).
 *
 * First contact (branch dates8 at ee21377, before any rule here): 77/92 right. Misses by cause: business days counted
 * across public holidays (5); "this coming Thursday/Tuesday" read as next week's (2); "by the end of the quarter",
 * "before the end of term", "by month-end" unread (3); "finalized" no promise word (1); a range of bare day numbers
 * ("zwischen dem 10. und 14.") unread (1); "Le confirmaremos" without "we" (1); a refusal after "pero" (1); Dutch
 * "we streven ernaar" (1). After the rules: 89/92; the three left are in a comment at the end (the holidays other than
 * the year-end closure and Thanksgiving, which the corpus's writers count as working days).
 * Blind probes run on the rules as they then stood, windows written before each run: a second one 23/24, a third 20/24;
 * each miss became a rule and stays a case below. Three of round 7's four left-overs are read now.
 * Then the misses of training-15 and training-16 (blind-written batches tuning may look at), each cause written here in
 * other words than the batch's: respondBy in the window went 22/30 -> 27/30 and 18/29 -> 25/29 there (26/29 with main's
 * classifier as merged on 5 Dec).
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import { replyMail, type PromiseCase } from '../support/promised-dates'

const mail = replyMail

type Case = PromiseCase

/** Zones, each a Tuesday 17 Nov 2026, 10:00 local. */
const UK = ['2026-11-17T10:00:00Z', 0] as const
const US = ['2026-11-17T15:00:00Z', -300] as const
const IN = ['2026-11-17T04:30:00Z', 330] as const
const AU = ['2026-11-16T23:00:00Z', 660] as const
const ZA = ['2026-11-17T08:00:00Z', 120] as const
const CET = ['2026-11-17T09:00:00Z', 60] as const
const BR = ['2026-11-17T13:00:00Z', -180] as const
const PT = ['2026-11-17T10:00:00Z', 0] as const

function inWindow(day: string | null, earliest: string, latest: string): void {
  const d = day ?? 'null'
  expect(d >= earliest && d <= latest, `${d} in ${earliest}..${latest}`).toBe(true)
}

/** The promised window's end (or, with null, that nothing is promised). */
function check(cases: Case[], [date, offset]: readonly [string, number]): void {
  it.each(cases)('%s', (text, earliest, latest) => {
    const facts = extractFacts(mail(text, date, offset))
    if (earliest === null) expect(facts.respondBy).toBeNull()
    else inWindow(facts.respondBy, earliest, latest as string)
  })
}

/** A deadline the candidate must meet: no promise by the employer, a candidate deadline in the window. */
function checkDeadline(cases: [text: string, earliest: string, latest: string][], [date, offset]: readonly [string, number]): void {
  it.each(cases)('%s', (text, earliest, latest) => {
    const facts = extractFacts(mail(text, date, offset))
    expect(facts.respondBy).toBeNull()
    inWindow(facts.candidateDeadline, earliest, latest)
  })
}

describe('round 8, British English (a recruiter, a school head, a ward manager)', () => {
  check(
    [
      ["You'll hear from us by Friday.", '2026-11-20', '2026-11-20'],
      ["We'll get back to you next Monday.", '2026-11-23', '2026-11-23'],
      ['The panel will be in touch this coming Thursday.', '2026-11-19', '2026-11-19'],
      ['The panel will make a decision by 5pm Thursday, and I will call you straight after.', '2026-11-19', '2026-11-19'],
      ['We aim to let all candidates know by the 27th.', '2026-11-27', '2026-11-27'],
      ["We'll confirm the outcome by 1/12.", '2026-12-01', '2026-12-01'],
      ['We should be able to update you by the 24th of November.', '2026-11-24', '2026-11-24'],
      ['You can expect to hear from us by the end of the month.', '2026-11-30', '2026-11-30'],
      ['We expect to complete the process by the end of the quarter.', '2026-12-31', '2026-12-31'],
      ['The head teacher will confirm appointments before the end of term.', '2026-12-16', '2026-12-18'],
      ["We'll be back in touch in the new year.", '2027-01-04', '2027-01-15'],
      ['We hope to let you know before Christmas.', '2026-12-18', '2026-12-24'],
      ["We're aiming to get back to everyone over the next few days.", '2026-11-19', '2026-11-24'],
      ['The ward manager will ring you by the end of play tomorrow.', '2026-11-18', '2026-11-18'],
      ["We'll have news for you by Thurs.", '2026-11-19', '2026-11-19'],
      ["We'll get back to you no later than Wednesday 25th November.", '2026-11-25', '2026-11-25'],
      ["Second interviews are w/c 30 November, and we'll let you know the outcome by the end of that week.", '2026-12-04', '2026-12-06'],
      ["We'll get back to you in a couple of weeks.", '2026-11-30', '2026-12-01'],
      // Not promises: a negation, a past day, a condition with no date.
      ["I'm afraid I can't say when we'll have a decision.", null, null],
      ['Thanks again for the interview on Monday, the panel really enjoyed meeting you.', null, null],
      ["We'll let you know the outcome once references are in.", null, null]
    ],
    UK
  )
  checkDeadline(
    [
      ['Please return the signed contract by 27 November.', '2026-11-27', '2026-11-27'],
      ['Please complete the online assessment within 5 days.', '2026-11-22', '2026-11-24']
    ],
    UK
  )
})

describe('round 8, American English', () => {
  check(
    [
      ["We'll have an answer for you by 12/1.", '2026-12-01', '2026-12-01'],
      ['Expect our decision by Dec 2.', '2026-12-02', '2026-12-02'],
      ['Our hiring team will reach out within 48 hours.', '2026-11-19', '2026-11-19'],
      ['You should hear back in 2–3 weeks.', '2026-12-04', '2026-12-08'],
      ['We plan to wrap things up in mid-December.', '2026-12-14', '2026-12-18'],
      ['We hope to have everything finalized by late November.', '2026-11-25', '2026-11-30'],
      ["We can't give you a timeline yet.", null, null]
    ],
    US
  )
  // Written Monday 23 Nov: Thanksgiving is Thursday 26.
  check(
    [
      ["We'll follow up within 3 business days.", '2026-11-27', '2026-11-30'],
      ["We'll circle back after Thanksgiving.", '2026-11-30', '2026-12-04']
    ],
    ['2026-11-23T15:00:00Z', -300]
  )
})

describe('round 8, Indian, Australian and South African English', () => {
  check(
    [
      ['We will revert by Monday EOD.', '2026-11-23', '2026-11-23'],
      ['Kindly expect a response within 7 working days.', '2026-11-26', '2026-11-27']
    ],
    IN
  )
  check(
    [
      ["We'll be in touch early next week.", '2026-11-23', '2026-11-25'],
      ["Applications are being reviewed and we'll let you know by COB Friday.", '2026-11-20', '2026-11-20']
    ],
    AU
  )
  // Written Monday 23 Nov 08:00 in Sydney (Sunday 22 Nov 21:00 UTC): tomorrow is Tuesday 24 there.
  check([["I'll call you tomorrow with the outcome.", '2026-11-24', '2026-11-24']], ['2026-11-22T21:00:00Z', 660])
  check(
    [
      ['We will give you feedback by month-end.', '2026-11-30', '2026-11-30'],
      ['Feedback will be provided by 4 December 2026.', '2026-12-04', '2026-12-04']
    ],
    ZA
  )
  // Written Tuesday 22 Dec in London: 25 Dec and Monday 28 Dec (Boxing Day's substitute) are bank holidays.
  check([["We'll be in touch within 3 working days.", '2026-12-29', '2026-12-29']], ['2026-12-22T10:00:00Z', 0])
})

describe('round 8, German', () => {
  check(
    [
      ['Sie erhalten innerhalb von 10 Werktagen eine Rückmeldung.', '2026-11-28', '2026-12-01'],
      ['Wir melden uns bis spätestens Freitag, den 27.11., bei Ihnen.', '2026-11-27', '2026-11-27'],
      ['Eine Entscheidung erwarten wir in KW 48.', '2026-11-27', '2026-11-29'],
      ['Wir melden uns zwischen dem 23. und 26. November bei Ihnen.', '2026-11-26', '2026-11-26'],
      ['Die Zusagen verschicken wir zwischen dem 10. und 14.', '2026-12-14', '2026-12-14'],
      ['Wir melden uns noch vor Weihnachten.', '2026-12-18', '2026-12-24'],
      ['Die Rückmeldung erfolgt voraussichtlich Anfang Dezember.', '2026-12-01', '2026-12-07'],
      ['Wir melden uns im Laufe der nächsten Woche.', '2026-11-27', '2026-11-29'],
      ['Wir melden uns am kommenden Montag.', '2026-11-23', '2026-11-23'],
      ['Wir melden uns im neuen Jahr bei Ihnen.', '2027-01-04', '2027-01-15'],
      ['Wir können Ihnen leider noch nicht sagen, wann eine Entscheidung fällt.', null, null]
    ],
    CET
  )
  checkDeadline([['Bitte senden Sie uns den unterschriebenen Vertrag bis zum 30.11. zurück.', '2026-11-30', '2026-11-30']], CET)
  // Written Friday 18 Dec: "between the years" is the days between Christmas and New Year.
  check([['Wir melden uns zwischen den Jahren.', '2026-12-28', '2026-12-31']], ['2026-12-18T09:00:00Z', 60])
})

describe('round 8, Spanish', () => {
  check(
    [
      ['Le daremos respuesta antes del viernes 27.', '2026-11-26', '2026-11-27'],
      ['Le informaremos a mediados de diciembre.', '2026-12-14', '2026-12-18'],
      ['Esperamos tener una respuesta durante la primera quincena de diciembre.', '2026-12-14', '2026-12-15'],
      ['Le confirmaremos algo antes del 1/12.', '2026-11-30', '2026-12-01'],
      ['Nos pondremos en contacto contigo el próximo martes.', '2026-11-24', '2026-11-24'],
      ['La entrevista del lunes fue muy bien, pero todavía no tenemos fecha para la decisión.', null, null]
    ],
    CET
  )
})

describe('round 8, French', () => {
  check(
    [
      ['Nous vous répondrons la semaine prochaine.', '2026-11-27', '2026-11-29'],
      ['Vous recevrez une réponse en semaine 49.', '2026-12-04', '2026-12-06'],
      ["Nous reviendrons vers vous d'ici la fin du mois.", '2026-11-30', '2026-11-30'],
      ['Nous vous donnerons une réponse sous 48 heures.', '2026-11-19', '2026-11-19'],
      ['Nous reviendrons vers vous avant le 11/12.', '2026-12-10', '2026-12-11'],
      ['Nous vous recontacterons début janvier.', '2027-01-04', '2027-01-10'],
      ['Nous ne sommes pas en mesure de vous donner un délai pour le moment.', null, null]
    ],
    CET
  )
  checkDeadline([["Merci de nous retourner la promesse d'embauche signée avant le 4 décembre.", '2026-12-03', '2026-12-04']], CET)
})

describe('round 8, Dutch', () => {
  check(
    [
      ['We laten je uiterlijk vrijdag 27 november weten of je door bent.', '2026-11-27', '2026-11-27'],
      ['Je hoort binnen twee weken van ons.', '2026-11-30', '2026-12-01'],
      ['We nemen in week 49 contact met je op.', '2026-12-04', '2026-12-06'],
      ['Voor de kerst laten we je iets weten.', '2026-12-18', '2026-12-24'],
      ['We streven ernaar om je eind deze maand een aanbod te doen.', '2026-11-27', '2026-11-30'],
      ['Het gesprek van maandag was erg prettig, dank daarvoor.', null, null]
    ],
    CET
  )
})

describe('round 8, Portuguese (Brazil and Portugal)', () => {
  check([['Retornaremos até sexta-feira, dia 27.', '2026-11-27', '2026-11-27']], BR)
  checkDeadline([['Por favor, envie os documentos até o dia 20/11.', '2026-11-19', '2026-11-20']], BR)
  check(
    [
      ['Entraremos em contacto consigo no início de dezembro.', '2026-12-02', '2026-12-07'],
      ['Não conseguimos ainda indicar uma data para a decisão.', null, null]
    ],
    PT
  )
})

describe('round 8, Italian', () => {
  check(
    [
      ['Le daremo un riscontro entro venerdì 20 novembre.', '2026-11-20', '2026-11-20'],
      ['Vi faremo sapere entro metà dicembre.', '2026-12-14', '2026-12-16'],
      ['La contatteremo entro 10 giorni lavorativi.', '2026-12-01', '2026-12-01'],
      ['Le daremo notizie prima di Natale.', '2026-12-18', '2026-12-24'],
      ['Al momento non siamo in grado di indicarle una tempistica.', null, null]
    ],
    CET
  )
  checkDeadline([['La preghiamo di completare il test online entro 3 giorni.', '2026-11-20', '2026-11-20']], CET)
})

describe('round 8, weekdays said on the same weekday or a weekend', () => {
  // Written Friday 20 Nov: "next Friday" is a week later.
  check([["We'll get back to you next Friday.", '2026-11-27', '2026-11-27']], ['2026-11-20T10:00:00Z', 0])
  // Written Saturday 21 Nov: "on Monday" is the 23rd.
  check([["We'll be in touch on Monday.", '2026-11-23', '2026-11-23']], ['2026-11-21T10:00:00Z', 0])
  // Written Monday 30 Nov: "by Friday" is 4 Dec; "this coming Tuesday" tomorrow.
  check(
    [
      ["We'll let you know by Friday.", '2026-12-04', '2026-12-04'],
      ["I'll call you this coming Tuesday.", '2026-12-01', '2026-12-01']
    ],
    ['2026-11-30T10:00:00Z', 0]
  )
  // Written Friday 11 Dec in London.
  check(
    [
      ["We'll be in touch after the Christmas break.", '2027-01-04', '2027-01-08'],
      ['We expect to make a final decision in late January.', '2027-01-25', '2027-01-31']
    ],
    ['2026-12-11T10:00:00Z', 0]
  )
})

// Left as they are (written down, not run as tests). Business days skip the year-end closure and Thanksgiving (the UK
// and US probes above), but not the other national days, although these three probes expected it: "We'll come back to
// you within 5 working days." written Friday 11 Dec at +02:00 (South Africa's 16 December; 21 Dec expected, 18 read);
// "Le contestaremos en un plazo de 15 días hábiles." written 17 Nov at +01:00 (Spain's 8 December; 9..10 Dec expected,
// 8 read); "Daremos um retorno em até 5 dias úteis." written 17 Nov at -03:00 (Brazil's 20 November; 25 Nov expected,
// 24 read). Skipping every national day broke one training label (a Brazilian acknowledgement, 10 dias úteis across
// 12 October) and four older cases (12 October in Spain, 11 November in France), each written by someone else who
// counted those days as working days; the corpus's convention was kept.

// A second blind probe, its windows written down before the run, once the rules above had landed. Against a mail of
// Wednesday 9 Dec 2026, 11:00 in the writer's zone (this week 7..13 Dec, next week 14..20 Dec), unless said.
describe('round 8 second probe', () => {
  check(
    [
      ["We'll be in touch this coming Monday.", '2026-12-14', '2026-12-14'],
      [
        "The panel's recommendation goes to the board by the end of this quarter, and we'll write to you straight after.",
        '2026-12-31',
        '2027-01-04'
      ],
      ["Governors meet before the end of term, so you'll hear from the school by Friday 18th.", '2026-12-18', '2026-12-18'],
      ["We're aiming to make a decision by month end.", '2026-12-31', '2026-12-31'],
      ["Your interview last Tuesday was great, but we don't have a date for the next round yet.", null, null],
      ["I'll ring you this coming Friday.", '2026-12-11', '2026-12-11'],
      ['Our HR team will confirm your start date before Christmas.', '2026-12-18', '2026-12-24'],
      ["We'll let you know between the 14th and the 16th.", '2026-12-16', '2026-12-16'],
      ['Offers will go out in the new year, probably the second week of January.', '2027-01-08', '2027-01-15'],
      ['The ward manager will confirm rotas by the end of next week.', '2026-12-18', '2026-12-20']
    ],
    ['2026-12-09T11:00:00Z', 0]
  )
  check([['We expect to have a decision finalized by 12/18.', '2026-12-18', '2026-12-18']], ['2026-12-09T16:00:00Z', -300])
  check(
    [
      ['Nous vous répondrons entre le 14 et le 18.', '2026-12-18', '2026-12-18'],
      ['Te confirmaremos la incorporación antes de fin de mes.', '2026-12-30', '2026-12-31'],
      ["Le comunicheremo l'esito entro la fine del trimestre.", '2026-12-31', '2026-12-31'],
      ['We streven ernaar je vóór de kerst uitsluitsel te geven.', '2026-12-18', '2026-12-24'],
      ['Confirmaremos a sua contratação até o fim do mês.', '2026-12-31', '2026-12-31'],
      ['Die Ergebnisse versenden wir bis spätestens 18.12.', '2026-12-18', '2026-12-18'],
      ['No podemos darte una fecha todavía.', null, null],
      ['Wij sturen het contract tussen 14 en 18 december.', '2026-12-18', '2026-12-18'],
      ['Nous vous confirmerons votre date de début d’ici la fin de la semaine prochaine.', '2026-12-18', '2026-12-20'],
      ['Le confermeremo la data tra il 14 e il 16.', '2026-12-16', '2026-12-16']
    ],
    ['2026-12-09T10:00:00Z', 60]
  )
  // Written Wednesday 23 Dec: business days across Christmas (and, in Australia, Boxing Day kept on Monday 28).
  check([["You'll hear from us within 5 business days.", '2026-12-31', '2026-12-31']], ['2026-12-23T16:00:00Z', -300])
  check([['Wir melden uns innerhalb von 5 Arbeitstagen.', '2026-12-31', '2027-01-05']], ['2026-12-23T10:00:00Z', 60])
  check([["We'll get back to you within 3 business days.", '2026-12-30', '2026-12-30']], ['2026-12-22T23:00:00Z', 660])
})

// A third blind probe, windows written before the run. Against a mail of Monday 11 Jan 2027, 09:30 in the writer's
// zone (this week 11..17 Jan, ISO week 2; next week 18..24, week 3; the week after 25..31, week 4).
describe('round 8 third probe', () => {
  const UK_JAN = ['2027-01-11T09:30:00Z', 0] as const
  const CET_JAN = ['2027-01-11T08:30:00Z', 60] as const
  check(
    [
      ["The interview on Monday went well; we'll let you know by Thursday.", '2027-01-14', '2027-01-14'],
      ["If you don't hear from us by the end of the month, please assume you've been unsuccessful.", '2027-01-29', '2027-01-31'],
      ["We'll get back to you by 22/1.", '2027-01-22', '2027-01-22'],
      ['We should have feedback for you in the next 2-3 working days.', '2027-01-13', '2027-01-14'],
      ["I'm not sure when the panel will decide.", null, null],
      ["We'll aim to get an offer out to you early February.", '2027-02-01', '2027-02-10'],
      ["We're hoping to wrap up interviews this week and make a decision the week after.", '2027-01-22', '2027-01-24']
    ],
    UK_JAN
  )
  checkDeadline([['Please complete the assessment by 5pm on Wednesday.', '2027-01-13', '2027-01-13']], UK_JAN)
  check([["We'll get back to you by 1/22.", '2027-01-22', '2027-01-22']], ['2027-01-11T14:30:00Z', -300])
  check([['HR will revert within 2-3 working days.', '2027-01-13', '2027-01-14']], ['2027-01-11T04:00:00Z', 330])
  check([["We'll be in touch by month-end.", '2027-01-29', '2027-01-31']], ['2027-01-11T07:30:00Z', 120])
  check(
    [
      ['Wir melden uns in KW 3 bei Ihnen.', '2027-01-22', '2027-01-24'],
      ['Sie hören bis Mitte Februar von uns.', '2027-02-12', '2027-02-16'],
      ['Nous reviendrons vers vous courant semaine 4.', '2027-01-29', '2027-01-31'],
      ['Le jury se réunit le 20 ; nous vous appellerons le lendemain.', '2027-01-21', '2027-01-21'],
      ['Te llamaremos el lunes que viene.', '2027-01-18', '2027-01-18'],
      ['Le enviaremos la propuesta a finales de enero.', '2027-01-29', '2027-01-31'],
      ['Je hoort uiterlijk 22 januari van ons.', '2027-01-22', '2027-01-22'],
      ['Over een week of twee laten we het je weten.', '2027-01-22', '2027-01-25'],
      ['Entraremos em contato até o dia 20.', '2027-01-20', '2027-01-20'],
      ['Le faremo sapere entro la settimana prossima.', '2027-01-22', '2027-01-24'],
      ['Il colloquio di lunedì è andato bene, ma non abbiamo ancora una data per la decisione.', null, null]
    ],
    CET_JAN
  )
  checkDeadline([['Bitte senden Sie uns die Unterlagen bis zum 15.01. zurück.', '2027-01-15', '2027-01-15']], CET_JAN)
  check([['Vamos retornar na próxima semana.', '2027-01-22', '2027-01-24']], ['2027-01-11T12:30:00Z', -180])
})

describe('after the third probe: the days that follow a day named before; a meeting day ending a sentence', () => {
  const THU = ['2026-11-05T09:00:00Z', 60] as const
  check(
    [
      // Round 7's left-over, now read.
      ['Le jury se réunit le 17 ; vous aurez une réponse dans les jours qui suivent.', '2026-11-18', '2026-11-20'],
      ["The panel meets on the 17th. We'll call you in the following days.", '2026-11-18', '2026-11-20'],
      // Without a day before, a few days from the mail's.
      ['Vi contatteremo nei giorni successivi.', '2026-11-06', '2026-11-09']
    ],
    THU
  )
  check([['Le jury se réunit le 20 ; nous vous appellerons le lendemain.', '2027-01-21', '2027-01-21']], ['2027-01-11T08:30:00Z', 60])
})

describe("round 7's other left-overs: Pentecost; a decision in the present tense", () => {
  check(
    [
      ['Nach Pfingsten melden wir uns bei Ihnen.', '2027-05-18', '2027-05-21'],
      ["We'll decide before Whitsun.", '2027-05-14', '2027-05-14']
    ],
    ['2027-05-03T08:00:00Z', 120]
  )
  // The autumn break's latest end (Bavaria's, Sunday 8 Nov) and "after" it the Friday of the week after, as in round 7.
  check([['Die Schulleitung entscheidet nach den Herbstferien.', '2026-10-26', '2026-11-13']], ['2026-10-20T08:00:00Z', 120])
})

// Two causes found in training-15's misses (tuning may look at it), written here in other words.
describe('"that week" points back; an ordinal that counts floors or rounds is no day; "we will share"', () => {
  const TUE_OCT = ['2026-10-13T09:00:00Z', 0] as const
  const IN_OCT = ['2026-10-13T04:30:00Z', 330] as const
  check(
    [
      [
        "Your interview is on Tuesday 20 October. We're meeting the other candidates that week too and hope to decide by the end of the month.",
        '2026-10-30',
        '2026-10-31'
      ],
      [
        "Come to reception on the 3rd floor on Thursday 22 October at 10am. We'll let you know by the end of that week.",
        '2026-10-23',
        '2026-10-25'
      ]
    ],
    TUE_OCT
  )
  // "We will share …" is sending ("share" as "send"); asked of the reader it stays their limit.
  check([['We will share the revised interview schedule with you latest by 23rd October.', '2026-10-23', '2026-10-23']], IN_OCT)
  checkDeadline([['Please share your availability by Friday.', '2026-10-16', '2026-10-16']], IN_OCT)
})

// From training-16's misses, in other words: "the following week" after a day written as a date in an earlier sentence.
describe('"the following week" counts from a dated day named before, never from a weekday thanked for', () => {
  check(
    [
      [
        'Your interview is booked for Wednesday 18 November at 11am in the staff room. We will let every candidate know by the end of the following week.',
        '2026-11-27',
        '2026-11-29'
      ],
      ["Thanks for coming in on Tuesday. We'll let you know the following week.", '2026-11-13', '2026-11-15'],
      ['We will be in touch the following week.', '2026-11-13', '2026-11-15']
    ],
    ['2026-11-05T09:00:00Z', 0]
  )
})

// From training-16's misses, in other words: business days "that follow" the interview named in an earlier sentence.
describe('"les jours ouvrés qui suivent l\'entretien" counts from the interview named before', () => {
  check(
    [
      [
        "Nous vous attendons le mardi 10 novembre à 9h pour l'entretien. Vous recevrez notre réponse dans les trois jours ouvrés qui suivent l'entretien.",
        '2026-11-13',
        '2026-11-16'
      ],
      ['La respuesta llegará en los cinco días hábiles que siguen a la entrevista del 10 de noviembre.', '2026-11-17', '2026-11-17']
    ],
    ['2026-11-05T09:00:00Z', 60]
  )
})

// From training-15/16's misses, in other words: a promise in a passive future or a habitual present.
describe('"verranno inviate", "se publicará", "usually reviews … within": promises without "we will"', () => {
  check(
    [
      ['Gli esiti verranno inviati a tutti i candidati entro il 27 novembre.', '2026-11-27', '2026-11-27'],
      ['El listado de admitidos se publicará en la web municipal durante la segunda quincena de noviembre.', '2026-11-27', '2026-11-30'],
      ['Our recruitment team usually reviews applications within 5 business days.', '2026-11-12', '2026-11-12']
    ],
    ['2026-11-05T09:00:00Z', 60]
  )
  checkDeadline([['La preghiamo di inviare i documenti entro venerdì.', '2026-11-06', '2026-11-06']], ['2026-11-05T09:00:00Z', 60])
})

// From training-16's misses, in other words: "the week of <date>" beside a part word; "faremo" as a timetable; "meld mich".
describe('"dès la rentrée, la semaine du 9 novembre"; "faremo i colloqui … ci faremo sentire"; "ich meld mich"', () => {
  check(
    [
      ['Nous vous rappellerons dès la rentrée, la semaine du 9 novembre.', '2026-11-13', '2026-11-15'],
      ["Faremo le prove pratiche a inizio dicembre e vi faremo sapere l'esito entro metà dicembre.", '2026-12-14', '2026-12-16'],
      ['Ich meld mich Ende nächster Woche, versprochen.', '2026-11-13', '2026-11-15']
    ],
    ['2026-11-05T09:00:00Z', 60]
  )
  checkDeadline([['Meld je uiterlijk vrijdag aan via de website.', '2026-11-06', '2026-11-06']], ['2026-11-05T09:00:00Z', 60])
})

// From training-16's misses, in other words: a weekday "of that week", the week named in an earlier sentence.
describe('"le vendredi de la même semaine", "the Friday of that week"', () => {
  check(
    [
      ['The governors meet on Monday 16 November. The head will ring you on the Friday of that week.', '2026-11-20', '2026-11-20'],
      ['Le jury siège le mardi 17 novembre ; vous aurez la réponse le jeudi de la même semaine.', '2026-11-19', '2026-11-19']
    ],
    ['2026-11-05T09:00:00Z', 60]
  )
})
