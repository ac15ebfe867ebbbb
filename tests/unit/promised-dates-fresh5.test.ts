// Over 300 lines: eight rounds of hand-written cases (data), each with the first-contact score it had before its rules.
/**
 * Promised dates and candidate deadlines in the voices of senders nobody here has written for before (hospitals,
 * schools, councils, trades, shops, firms, hiring systems), in seven languages, written BEFORE the rules that read
 * them (issue 11, helper dates5, 4-5 Dec 2026). Against one mail: Thursday, Nov 5 2026, 10:00 +01:00, unless a case
 * or a round says otherwise.
 *
 * First contact, round by round (each set run once on the code before its own rules; 353 cases in all):
 * 67/94 (71.3 %), 52/63 (82.5 %), 16/33 (48.5 %), 4/28 (14.3 %), 25/28 (89.3 %), 7/12 (58.3 %), 5/14 (35.7 %),
 * 19/24 (79.2 %), 17/21 (81.0 %), 12/12, 0/8, 4/16: 228/353 = 64.6 % before rules written for them. The rounds written to probe the
 * rules already in place rather than new kinds of phrasing (5, 8, 9, 10) scored 89 %, 79 %, 81 % and 100 %; those probing a new kind (asks as questions,
 * pronouns, letters others prepare) 14-36 %. After the rules, all pass but one sentence kept out (round 4's note).
 *
 * Round 1 (the three lists named ROUND_1…, 94 cases: en 35, de 11, es 10, fr 12, nl 9, pt 9, it 8), run once on main
 * 218ede0 before any rule changed: 67/94 right (71.3 %): promised dates 52/65, candidate deadlines and dates that are
 * neither 12/23, other days and zones 3/6. Misses then: "the following Monday", "w/c … the end of that week", "the
 * start of next month", "end of Q1", "the 3rd of December", "between the 23rd and the 27th", "Friday week", "the week
 * after KW 46", "sous huitaine", "la semaine suivant l'entretien", "te contestamos", half-term and Easter, and asks
 * with no "please"/"you" ("wir bitten Sie", "we vragen je", "mándanos", "prévenez-moi", "wird gebeten").
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { replyMail } from '../support/promised-dates'

const mail = replyMail

/** [the sentence, earliest honest day, latest honest day]; 'null' twice when nothing is promised. */
export const ROUND_1: Array<[string, string, string]> = [
  ["The panel meets on 12 November and we'll let you know the following Monday.", '2026-11-16', '2026-11-16'],
  ["Interviews run w/c 16 November and we'll be in touch with everyone by the end of that week.", '2026-11-20', '2026-11-22'],
  ["I'll get back to you by close of play on Tuesday.", '2026-11-10', '2026-11-10'],
  ["We'll be in touch at the start of next month.", '2026-12-01', '2026-12-07'],
  ['We should have a decision for you in a fortnight.', '2026-11-19', '2026-11-19'],
  ['Final decisions on all trainee posts are expected by the end of Q1.', '2027-03-31', '2027-03-31'],
  ['We will respond to every applicant no later than 20 November.', '2026-11-20', '2026-11-20'],
  ["Interviews take place in late November and we'll confirm outcomes between 7 and 11 December.", '2026-12-11', '2026-12-11'],
  ['We aim to let you know by the 3rd of December.', '2026-12-03', '2026-12-03'],
  ["We'll reply by Dec. 3 at the latest.", '2026-12-03', '2026-12-03'],
  ["We'll be in touch in early January once the new budget is confirmed.", '2027-01-04', '2027-01-10'],
  ['We will be in touch within ten working days of the closing date, 13 November.', '2026-11-27', '2026-11-27'],
  ['You will hear from us within five working days of your interview on Tuesday 10 November.', '2026-11-17', '2026-11-17'],
  ["I'll update you in a couple of days.", '2026-11-07', '2026-11-09'],
  ["We'll know more the week after next and I'll ring you then.", '2026-11-16', '2026-11-22'],
  ['We hope to come back to you between the 23rd and the 27th of November.', '2026-11-27', '2026-11-27'],
  ["You'll hear from me by Friday week.", '2026-11-13', '2026-11-13'],
  ['Results will be emailed to candidates two weeks after the assessment centre on 18 November.', '2026-12-02', '2026-12-02'],
  ['The head will be making a decision by the end of the month and will call you.', '2026-11-30', '2026-11-30'],
  ['We will contact all candidates by the end of next week at the latest.', '2026-11-13', '2026-11-15'],
  ["We'll get back to you as soon as possible.", 'null', 'null'],
  ['We will be in touch in due course.', 'null', 'null'],
  ['Our office is open Monday to Friday, 9am to 5pm, and closed from 24 December to 2 January.', 'null', 'null'],
  ['Your interview is confirmed for Thursday 12 November at 2pm in the main building.', 'null', 'null'],
  ['Wir melden uns in der Woche nach KW 46 bei Ihnen.', '2026-11-20', '2026-11-22'],
  ['Sie hören bis zum 3. Dezember von uns.', '2026-12-03', '2026-12-03'],
  ['Eine Entscheidung erwarten wir Anfang Januar.', '2027-01-04', '2027-01-10'],
  ['Wir geben Ihnen innerhalb von zehn Werktagen Bescheid.', '2026-11-19', '2026-11-19'],
  ['Sie erhalten unsere Rückmeldung spätestens Mitte Dezember.', '2026-12-14', '2026-12-16'],
  ['Wir melden uns in vierzehn Tagen.', '2026-11-19', '2026-11-19'],
  ['Die Gespräche finden am 12.11. statt; eine Rückmeldung gibt es am darauffolgenden Montag.', '2026-11-16', '2026-11-16'],
  ['Wir melden uns so bald wie möglich bei Ihnen.', 'null', 'null'],
  ['Te contestaremos a más tardar el 3 de diciembre.', '2026-12-03', '2026-12-03'],
  ['Os diremos algo a principios de enero.', '2027-01-04', '2027-01-10'],
  ['Recibirás noticias nuestras en quince días.', '2026-11-19', '2026-11-20'],
  ['Te avisamos la semana que viene.', '2026-11-13', '2026-11-15'],
  ['Te escribiremos a mediados de diciembre.', '2026-12-14', '2026-12-16'],
  ['Te contestamos dentro de diez días hábiles.', '2026-11-19', '2026-11-19'],
  ['Esperamos tener una decisión antes de fin de mes.', '2026-11-30', '2026-11-30'],
  ['Te responderemos en cuanto podamos.', 'null', 'null'],
  ['Nous vous donnerons une réponse début décembre.', '2026-12-01', '2026-12-10'],
  ["Vous aurez de nos nouvelles d'ici le 3 décembre au plus tard.", '2026-12-03', '2026-12-03'],
  ['Nous reviendrons vers vous dans une quinzaine de jours.', '2026-11-19', '2026-11-20'],
  ['Nous vous répondrons sous huitaine.', '2026-11-12', '2026-11-13'],
  ["Nous vous recontacterons la semaine suivant l'entretien du 12 novembre.", '2026-11-16', '2026-11-22'],
  ['Réponse attendue fin novembre, après le comité.', '2026-11-27', '2026-11-30'],
  ['Nous reviendrons vers vous dans les meilleurs délais.', 'null', 'null'],
  ['We laten het je binnen tien werkdagen weten.', '2026-11-19', '2026-11-19'],
  ['Je hoort begin december van ons.', '2026-12-01', '2026-12-10'],
  ['We nemen uiterlijk 3 december contact met je op.', '2026-12-03', '2026-12-03'],
  ['Over twee weken weet je meer.', '2026-11-19', '2026-11-19'],
  ['We nemen een besluit in de week na de sluitingsdatum van 13 november en bellen je dan.', '2026-11-16', '2026-11-22'],
  ['We komen zo snel mogelijk bij je terug.', 'null', 'null'],
  ['Daremos uma resposta até 3 de dezembro.', '2026-12-03', '2026-12-03'],
  ['Entraremos em contacto no início de janeiro.', '2027-01-04', '2027-01-10'],
  ['Você terá um retorno em quinze dias.', '2026-11-19', '2026-11-20'],
  ['A decisão sai no fim do mês e aviso-te logo.', '2026-11-30', '2026-11-30'],
  ['Daremos retorno dentro de dez dias úteis.', '2026-11-19', '2026-11-19'],
  ['Retornaremos assim que possível.', 'null', 'null'],
  ['Le faremo sapere entro il 3 dicembre.', '2026-12-03', '2026-12-03'],
  ['Vi daremo un riscontro a inizio gennaio.', '2027-01-04', '2027-01-10'],
  ['Ti faremo sapere tra quindici giorni.', '2026-11-19', '2026-11-20'],
  ['La decisione arriverà entro fine mese, ti scrivo io.', '2026-11-30', '2026-11-30'],
  ['Ti aggiorniamo entro dieci giorni lavorativi.', '2026-11-19', '2026-11-19'],
  ['Le risponderemo al più presto.', 'null', 'null']
]

/** [the sentence, the candidate's deadline or null, the promised day or null]. */
export const ROUND_1_DEADLINES: Array<[string, string | null, string | null]> = [
  ['Please send the completed task back by close of play on Monday 9 November.', '2026-11-09', null],
  ['Could you confirm your attendance no later than 10 November?', '2026-11-10', null],
  ['Kindly return the signed contract by the 3rd of December.', '2026-12-03', null],
  ['The offer remains open until Friday 13 November.', '2026-11-13', null],
  ["Send it back by Monday 9 November and we'll get back to you within a week of receiving it.", '2026-11-09', '2026-11-16'],
  ['Bitte senden Sie uns die Unterlagen bis zum 12.11. zurück.', '2026-11-12', null],
  ['Wir bitten Sie, den Test bis spätestens Sonntag, 15. November, abzuschließen.', '2026-11-15', null],
  ['Um Rückmeldung bis 10. November 2026 wird gebeten.', '2026-11-10', null],
  ['Mándanos la prueba resuelta como máximo el lunes 9.', '2026-11-09', null],
  ['Te pedimos que confirmes tu asistencia antes del 10 de noviembre.', '2026-11-10', null],
  ['Merci de nous retourner le dossier complété avant le 12 novembre.', '2026-11-12', null],
  ['Nous vous demandons de confirmer votre présence au plus tard le mardi 10 novembre.', '2026-11-10', null],
  ['Prévenez-moi avant le lundi 9 novembre si vous ne pouvez pas venir.', '2026-11-09', null],
  ['Wil je de opdracht uiterlijk maandag 9 november inleveren?', '2026-11-09', null],
  ['We vragen je de test vóór 12 november af te ronden.', '2026-11-12', null],
  ['Pedimos-lhe que envie os documentos até 12 de novembro.', '2026-11-12', null],
  ['Envie-nos o teste resolvido até segunda-feira, dia 9.', '2026-11-09', null],
  ['Ti chiediamo di completare il test entro il 12 novembre.', '2026-11-12', null],
  ['Mandaci la tua conferma entro lunedì 9 novembre.', '2026-11-09', null],
  ['Your interview is on Monday 9 November at 10:00 in Room 2.', null, null],
  ['La entrevista será el martes 10 de noviembre a las 11:00.', null, null],
  ['Das Gespräch findet am Dienstag, 10. November, um 14 Uhr statt.', null, null],
  ["L'entretien aura lieu le mardi 10 novembre à 14 h.", null, null]
]

/** Promises made on other days and in other zones: [text, mail date (UTC), offset, earliest, latest]. */
export const ROUND_1_ELSEWHERE: Array<[string, string, number, string, string]> = [
  ['The panel will make its decision by 11/20 and I will call you that day.', '2026-11-05T15:00:00Z', -300, '2026-11-20', '2026-11-20'],
  ['We will let everyone know on or before 20/11.', '2026-11-05T09:00:00Z', 0, '2026-11-20', '2026-11-20'],
  ["We'll let you know before half-term.", '2026-10-05T09:00:00Z', 60, '2026-10-16', '2026-10-25'],
  ["We'll be back in touch after the Easter break.", '2027-03-10T09:00:00Z', 0, '2027-04-05', '2027-04-16'],
  ['Wir melden uns nach Ostern bei Ihnen.', '2027-03-10T09:00:00Z', 60, '2027-03-30', '2027-04-09'],
  // Late on Friday evening in California is Saturday in UTC: "Monday" is the 9th, seen from the writer.
  ["I'll let you know on Monday.", '2026-11-07T05:30:00Z', -480, '2026-11-09', '2026-11-09']
]

const said = (m: MailMessage): string => extractFacts(m).respondBy ?? 'null'

describe('round 1: promised dates from fresh voices', () => {
  it.each(ROUND_1)('%s', (text, earliest, latest) => {
    const day = said(mail(text))
    if (earliest === 'null') expect(day).toBe('null')
    else {
      expect(day >= earliest && day <= latest, `${day} in ${earliest}..${latest}`).toBe(true)
    }
  })
})

describe('round 1: deadlines the candidate must meet, and dates that are neither', () => {
  it.each(ROUND_1_DEADLINES)('%s', (text, deadline, promised) => {
    const facts = extractFacts(mail(text))
    expect(facts.candidateDeadline).toBe(deadline)
    expect(facts.respondBy).toBe(promised)
  })
})

describe('round 1: other days and time zones', () => {
  it.each(ROUND_1_ELSEWHERE)('%s', (text, date, offset, earliest, latest) => {
    const day = said(mail(text, date, offset))
    expect(day >= earliest && day <= latest, `${day} in ${earliest}..${latest}`).toBe(true)
  })
})

/**
 * Round 2, written after round 1's fixes and before any rule for it, against Monday, Nov 23 2026, 10:00 +01:00:
 * dates written "3 Dec", "Dec 3rd", "03.12.", "3/12", ranges across months, numbers as words, the first half of a
 * month, and whole mails whose only date is in a quoted message or a signature. First contact (after round 1's
 * rules, commit 87d1868): 52/63 right (82.5 %; en 21, de 8, es 5, fr 6, nl 7, pt 7, it 7 + 2 mixed): promised dates
 * 38/47, deadlines and neither 14/16. Misses then: "expect to hear from us early next week" after "this week" in the
 * same sentence, "the end of the first week of December", "Dezemberwoche", "will be contacted by 4/12", "Mitte KW 49",
 * "3 déc." / "3 dic.", "primeira quinzena", "tra il 30 novembre e il 4 dicembre", "pode enviar-nos", "ti chiedo di".
 */
const mail2 = (text: string): MailMessage => mail(text, '2026-11-23T09:00:00Z', 60)

export const ROUND_2: Array<[string, string, string]> = [
  ['We will let you know by 3 Dec.', '2026-12-03', '2026-12-03'],
  ['Decisions will be made by Dec 3rd and we will email everyone.', '2026-12-03', '2026-12-03'],
  ["We'll come back to you between 30 November and 4 December.", '2026-12-04', '2026-12-04'],
  ['You will hear from us within seven working days.', '2026-12-02', '2026-12-03'],
  ['The hiring manager is away this week, so expect to hear from us early next week.', '2026-11-30', '2026-12-02'],
  ["We'll have an answer for you no later than Wednesday 2 December.", '2026-12-02', '2026-12-02'],
  ["I'll be in touch by close of play tomorrow.", '2026-11-24', '2026-11-24'],
  ["We're hoping to finalise things by mid-December and will contact all candidates then.", '2026-12-14', '2026-12-16'],
  ["We'll confirm by the end of the first week of December.", '2026-12-04', '2026-12-06'],
  ['Expect a decision within the next ten days.', '2026-12-03', '2026-12-03'],
  ['We will be back in touch in the new year.', '2027-01-04', '2027-01-15'],
  ["I'll chase the panel and get back to you by Thursday.", '2026-11-26', '2026-11-26'],
  ['We have had a huge response, so it may take up to six weeks before we contact you.', '2027-01-04', '2027-01-04'],
  ['Shortlisted candidates will be contacted by 4/12.', '2026-12-04', '2026-12-04'],
  ['Thanks for your patience, you will hear from us shortly.', 'null', 'null'],
  ["We'll be in touch once the panel has met.", 'null', 'null'],
  ['Wir melden uns bis Mitte KW 49 bei Ihnen.', '2026-12-02', '2026-12-03'],
  ['Eine Entscheidung treffen wir innerhalb der nächsten drei Wochen.', '2026-12-14', '2026-12-14'],
  ['Sie bekommen bis zum 03.12. Bescheid.', '2026-12-03', '2026-12-03'],
  ['Wir melden uns nach Abschluss aller Gespräche, voraussichtlich Ende der ersten Dezemberwoche.', '2026-12-04', '2026-12-06'],
  ['Rückmeldung erhalten Sie in etwa zwei Wochen.', '2026-12-07', '2026-12-07'],
  ['Wir kommen schnellstmöglich auf Sie zu.', 'null', 'null'],
  ['Te daremos una respuesta antes del viernes 4 de diciembre.', '2026-12-03', '2026-12-04'],
  ['Nos pondremos en contacto contigo en un plazo de dos semanas.', '2026-12-07', '2026-12-07'],
  ['Te diremos algo entre el 30 de noviembre y el 4 de diciembre.', '2026-12-04', '2026-12-04'],
  ['Recibirás una respuesta en los próximos cinco días hábiles.', '2026-11-30', '2026-11-30'],
  ['En breve te contactaremos.', 'null', 'null'],
  ['Nous vous apporterons une réponse au plus tard le 3 déc.', '2026-12-03', '2026-12-03'],
  ["Vous recevrez notre décision d'ici trois semaines.", '2026-12-14', '2026-12-14'],
  ['Nous reviendrons vers vous entre le 30 novembre et le 4 décembre.', '2026-12-04', '2026-12-04'],
  ['Nous vous tiendrons informée prochainement.', 'null', 'null'],
  ['Un retour vous sera fait dans un délai de cinq jours ouvrés.', '2026-11-30', '2026-11-30'],
  ['Je hoort uiterlijk 3 dec. van ons.', '2026-12-03', '2026-12-03'],
  ['We laten binnen drie weken weten hoe het verder gaat.', '2026-12-14', '2026-12-14'],
  ['We koppelen de uitslag terug tussen 30 november en 4 december.', '2026-12-04', '2026-12-04'],
  ['We verwachten medio december een besluit te nemen.', '2026-12-14', '2026-12-16'],
  ['We nemen zo spoedig mogelijk contact met je op.', 'null', 'null'],
  ['Daremos uma resposta até dia 3/12.', '2026-12-03', '2026-12-03'],
  ['Entraremos em contato dentro de três semanas.', '2026-12-14', '2026-12-14'],
  ['Você terá uma resposta entre 30 de novembro e 4 de dezembro.', '2026-12-04', '2026-12-04'],
  ['A resposta sairá na primeira quinzena de dezembro.', '2026-12-11', '2026-12-15'],
  ['Retornaremos em breve.', 'null', 'null'],
  ['Le daremo una risposta entro il 3 dic.', '2026-12-03', '2026-12-03'],
  ['Ti faremo sapere entro tre settimane.', '2026-12-14', '2026-12-14'],
  ['Vi contatteremo tra il 30 novembre e il 4 dicembre.', '2026-12-04', '2026-12-04'],
  ['Ti faremo sapere a metà dicembre.', '2026-12-14', '2026-12-16'],
  ['La ricontatteremo a breve.', 'null', 'null']
]

export const ROUND_2_DEADLINES: Array<[string, string | null, string | null]> = [
  ['Please complete the online test within five days of receiving this email.', '2026-11-28', null],
  ['We need your decision on the offer no later than Friday 4 December.', '2026-12-04', null],
  ['Bitte bestätigen Sie den Termin bis Mittwoch.', '2026-11-25', null],
  ['Schicken Sie uns die Aufgabe bis Ende der Woche zurück.', '2026-11-27', null],
  ['Devuélvenos el contrato firmado antes del 1 de diciembre.', '2026-12-01', null],
  ['Merci de compléter le questionnaire sous 48 heures.', '2026-11-25', null],
  ['Graag ontvangen we je reactie vóór vrijdag 27 november.', '2026-11-27', null],
  ['Pode enviar-nos a sua resposta até sexta-feira?', '2026-11-27', null],
  ['Ti chiedo di farmi sapere entro venerdì se accetti.', '2026-11-27', null],
  ['The interview will take place on Thursday 3 December at 11:00; please confirm by Friday.', '2026-11-27', null],
  ['Your first shift is on Monday 7 December.', null, null],
  ['Il colloquio si terrà giovedì 3 dicembre alle 11.', null, null],
  ['Het gesprek is op donderdag 3 december om 11.00 uur.', null, null],
  [
    'Thanks, that is all received.\n\nOn Fri, 20 Nov 2026 at 09:12, Jordan <jordan@mail.example> wrote:\n> I will send the references by Friday 27 November, and please let me know by Monday.',
    null,
    null
  ],
  ['Thanks for coming in.\n\n--\nSam Carter | HR\nOffice hours: Mon to Thu 9-3, closed Fridays until 8 January', null, null],
  ['The closing date was 13 November and we received 80 applications.', null, null]
]

describe('round 2: promised dates from fresh voices', () => {
  it.each(ROUND_2)('%s', (text, earliest, latest) => {
    const day = said(mail2(text))
    if (earliest === 'null') expect(day).toBe('null')
    else expect(day >= earliest && day <= latest, `${day} in ${earliest}..${latest}`).toBe(true)
  })
})

describe('round 2: deadlines the candidate must meet, and dates that are neither', () => {
  it.each(ROUND_2_DEADLINES)('%s', (text, deadline, promised) => {
    const facts = extractFacts(mail2(text))
    expect(facts.candidateDeadline).toBe(deadline)
    expect(facts.respondBy).toBe(promised)
  })
})

/**
 * Round 3, written after round 2's fixes and before any rule for it, against Wednesday, Dec 9 2026, 10:00 +01:00:
 * numbers written as words in every language (eleven, twenty-one), days counted from an event the mail names
 * ("the Monday after the panel", "al día siguiente", "le lendemain", "de dag erna"), the days around Christmas.
 * First contact (after round 2's rules, commit d8014de, merged with main 46ff509): 16/33 right (48.5 %; en 10,
 * de 5, es 4, fr 4, nl 4, pt 3, it 3): promised dates 8/24, deadlines 8/9. Misses then: every number word from 11
 * up ("eleven", "elf", "once", "onze", "undici", "twenty-one", "einundzwanzig"), "the Monday after …", "the day after"
 * in four languages, "before we break up for Christmas", "zwischen den Jahren", "ci faccia sapere".
 */
const mail3 = (text: string): MailMessage => mail(text, '2026-12-09T09:00:00Z', 60)

export const ROUND_3: Array<[string, string, string]> = [
  ["We'll get back to you within eleven days.", '2026-12-20', '2026-12-20'],
  ['Sie hören innerhalb von elf Tagen von uns.', '2026-12-20', '2026-12-20'],
  ['Te contestaremos en once días.', '2026-12-20', '2026-12-20'],
  ['Vous aurez une réponse sous onze jours.', '2026-12-20', '2026-12-20'],
  ['Je hoort binnen elf dagen van ons.', '2026-12-20', '2026-12-20'],
  ['Terá uma resposta em onze dias.', '2026-12-20', '2026-12-20'],
  ['Le faremo sapere entro undici giorni.', '2026-12-20', '2026-12-20'],
  ['We will respond within twenty-one days.', '2026-12-30', '2026-12-30'],
  ['Wir melden uns in einundzwanzig Tagen.', '2026-12-30', '2026-12-30'],
  [
    'Your interview is on Monday 14 December at 10:00. We will let you know the outcome within three working days of the interview.',
    '2026-12-17',
    '2026-12-17'
  ],
  [
    "The closing date is Friday 18 December; shortlisting will take place the week after, and we'll contact shortlisted candidates then.",
    '2026-12-21',
    '2026-12-27'
  ],
  ["We'll be in touch the Monday after the panel on the 16th.", '2026-12-21', '2026-12-21'],
  ['Las entrevistas serán el 15 de diciembre y te diremos algo al día siguiente.', '2026-12-16', '2026-12-16'],
  ['Les entretiens ont lieu le 15 décembre et nous vous répondrons le lendemain.', '2026-12-16', '2026-12-16'],
  ['Het gesprek is op 15 december en de dag erna laten we het je weten.', '2026-12-16', '2026-12-16'],
  ['Vi faremo sapere il giorno dopo il colloquio del 15 dicembre.', '2026-12-16', '2026-12-16'],
  ["We'll let you know by the end of the week.", '2026-12-11', '2026-12-13'],
  ["I'll get back to you before we break up for Christmas.", '2026-12-18', '2026-12-24'],
  ["We won't be able to give you an answer until January.", '2027-01-04', '2027-01-31'],
  ['Wir melden uns zwischen den Jahren.', '2026-12-28', '2026-12-31'],
  ['Te contestamos pasado mañana.', '2026-12-11', '2026-12-11'],
  ['Nous reviendrons vers vous après-demain.', '2026-12-11', '2026-12-11'],
  ['Ik laat het je overmorgen weten.', '2026-12-11', '2026-12-11'],
  ["We'll let you know by Friday the 18th.", '2026-12-18', '2026-12-18']
]

export const ROUND_3_DEADLINES: Array<[string, string | null, string | null]> = [
  ['Please return the form within 48 hours.', '2026-12-11', null],
  ['Kindly confirm within two working days whether you accept.', '2026-12-11', null],
  ['Bitte sagen Sie uns bis übermorgen Bescheid.', '2026-12-11', null],
  ['Por favor, respóndenos antes del viernes.', '2026-12-11', null],
  ["Merci de nous faire un retour d'ici vendredi.", '2026-12-11', null],
  ['Laat je vóór vrijdag weten of je het aanbod aanneemt?', '2026-12-11', null],
  ['Responda-nos até sexta, por favor.', '2026-12-11', null],
  ['Ci faccia sapere entro venerdì.', '2026-12-11', null],
  ['Bitte reichen Sie die Aufgabe bis Freitag ein. Eine Rückmeldung erhalten Sie zwei Tage danach.', '2026-12-11', '2026-12-13']
]

describe('round 3: promised dates from fresh voices', () => {
  it.each(ROUND_3)('%s', (text, earliest, latest) => {
    const day = said(mail3(text))
    expect(day >= earliest && day <= latest, `${day} in ${earliest}..${latest}`).toBe(true)
  })
})

describe('round 3: deadlines the candidate must meet', () => {
  it.each(ROUND_3_DEADLINES)('%s', (text, deadline, promised) => {
    const facts = extractFacts(mail3(text))
    expect(facts.candidateDeadline).toBe(deadline)
    expect(facts.respondBy).toBe(promised)
  })
})

/**
 * Round 4, written before its rules, against Thursday, Nov 12 2026, 10:00 +01:00: asks put as questions or wishes
 * ("kun je", "können Sie", "se puder", "può", "necesito que"), an access link or form open until a day, something
 * sent or published by a third party ("HR will send", "te la manda l'amministrazione", "sarà pubblicato"), and what
 * the writer must do ("ich muss", "je dois") or thanks for ("merci encore d'être venue mercredi"), which is no
 * deadline of the candidate's. First contact (after round 3's rules, commit 46146ff): 4/28 right (14.3 %; en 8, de 4,
 * es 4, fr 4, nl 2, pt 2, it 4). After the rules: 27 of 28 (listed below). Still wrong, so not asserted: "Leider muss
 * ich unser Gespräch morgen absagen, ich melde mich wegen eines neuen Termins." reads "morgen" as the promised day (the
 * promise's clause names no day, and "and we'll let you know" after a dated clause usually does mean that day).
 */
const mail4 = (text: string): MailMessage => mail(text, '2026-11-12T09:00:00Z', 60)

/** [the text, the candidate's deadline or null, earliest promised day or null, latest promised day or null]. */
export const ROUND_4: Array<[string, string | null, string | null, string | null]> = [
  ['Können Sie mir bis Mittwoch, 18. November, Bescheid geben, ob Sie zusagen?', '2026-11-18', null, null],
  ['Kunt u uiterlijk maandag 16 november laten weten of het rooster past?', '2026-11-16', null, null],
  ['Se puder, me envie os documentos até segunda, dia 16.', '2026-11-16', null, null],
  ['Può confermarmi la sua disponibilità a iniziare entro venerdì 20 novembre?', '2026-11-20', null, null],
  ['Necesito que me mandes el contrato firmado antes del lunes 16.', '2026-11-16', null, null],
  ['Ho bisogno che mi mandi il codice fiscale entro lunedì.', '2026-11-16', null, null],
  ['Ich brauche Ihre Unterlagen bis Freitag, dem 20. November.', '2026-11-20', null, null],
  ['Would you be able to get the signed forms back to us by Wednesday 18 November?', '2026-11-18', null, null],
  ['The test link stays active until 23:59 on Sunday 15 November.', '2026-11-15', null, null],
  ['Le lien du questionnaire reste valable jusqu’au mardi 17 novembre inclus.', '2026-11-17', null, null],
  ['El enlace a la prueba estará disponible hasta el domingo 15 de noviembre a las 23:59.', '2026-11-15', null, null],
  ['Je vous remercie de bien vouloir me retourner le contrat signé avant le 20 novembre.', '2026-11-20', null, null],
  ['HR will send you the contract by Wednesday and will then start the checks.', null, '2026-11-18', '2026-11-18'],
  ["Il contratto te lo manda l'ufficio personale entro venerdì.", null, '2026-11-13', '2026-11-13'],
  ['La graduatoria sarà pubblicata sul sito entro il 27 novembre.', null, '2026-11-27', '2026-11-27'],
  ['Die Ergebnisse werden bis zum 25. November auf unserer Website veröffentlicht.', null, '2026-11-25', '2026-11-25'],
  ['Le contrat sera prêt d’ici mercredi prochain.', null, '2026-11-18', '2026-11-18'],
  ['Tu contrato estará listo el viernes 20.', null, '2026-11-20', '2026-11-20'],
  ['Ti scrivo al massimo entro mercoledì per fissare il colloquio tecnico.', null, '2026-11-18', '2026-11-18'],
  ['Je dois malheureusement reporter notre rendez-vous de lundi.', null, null, null],
  ['Merci encore d’être venue mercredi, l’équipe a beaucoup apprécié.', null, null, null],
  ['Please let us know your availability on those two days by Monday 16 November.', '2026-11-16', null, null],
  ['Are you free for a quick call on Monday afternoon?', null, null, null],
  ['Hätten Sie am Dienstag um 10 Uhr Zeit für ein kurzes Telefonat?', null, null, null],
  ['Please find attached the timetable: check-in opens at 8:30 on Saturday 14 November and doors close at 9:00.', null, null, null],
  ['You will be asked to send us a short written plan by noon on Monday 16 November.', '2026-11-16', null, null],
  ['Me mandas tu planificación hasta el martes 17, por favor, para que yo pueda preparar el aula.', '2026-11-17', null, null]
]

describe('round 4: asks, things sent or published, and what the writer must do', () => {
  it.each(ROUND_4)('%s', (text, deadline, earliest, latest) => {
    const facts = extractFacts(mail4(text))
    expect(facts.candidateDeadline).toBe(deadline)
    if (earliest === null) expect(facts.respondBy).toBeNull()
    else
      expect(facts.respondBy !== null && facts.respondBy >= earliest && facts.respondBy <= (latest as string), `${facts.respondBy}`).toBe(
        true
      )
  })
})

/**
 * Round 5, written before its rules, against Tuesday, Dec 1 2026: American mail at 15:00 -05:00 (month-first dates,
 * "EOW", "after Thanksgiving") and European mail at 10:00 +01:00; ranges of weeks ("2-3 weeks", "zwei bis drei Wochen",
 * "dos o tres semanas"), the year's end and the new year, and whole mails with a greeting, the promise, an interview
 * day and a signature. First contact (after round 4's rules, commit a09f969): 25/28 right (89.3 %; en 11, de 4, es 2,
 * fr 3, nl 3, pt 2, it 3). Misses then: "by EOW", "dans la semaine qui suit" (after an interview named the sentence
 * before), and an out-of-office reply's "until Monday … will reply when I'm back" read as a promise.
 */
const usMail = (text: string): MailMessage => mail(text, '2026-12-01T20:00:00Z', -300)
const euMail = (text: string): MailMessage => mail(text, '2026-12-01T09:00:00Z', 60)

/** [mail, text, earliest, latest] ('null' twice: nothing promised). */
export const ROUND_5: Array<['us' | 'eu', string, string, string]> = [
  ['us', "We'll circle back by EOW.", '2026-12-04', '2026-12-06'],
  ['us', 'I should have an update for you by 12/4.', '2026-12-04', '2026-12-04'],
  ['us', 'The team will make a decision the week of 12/7 and I will reach out right after.', '2026-12-11', '2026-12-13'],
  ['us', "Things slow down over the holidays, so realistically you'll hear from us after New Year's.", '2027-01-04', '2027-01-15'],
  ['us', 'We expect to wrap up interviews by the 15th and make offers shortly after.', '2026-12-15', '2026-12-15'],
  ['us', 'You should hear back in 2-3 weeks.', '2026-12-22', '2026-12-22'],
  ['us', 'We plan to get back to all candidates over the next few weeks.', '2026-12-22', '2026-12-22'],
  ['us', 'We will be in touch before the end of the year.', '2026-12-31', '2026-12-31'],
  ['us', 'Expect to hear from me late next week.', '2026-12-10', '2026-12-13'],
  ['eu', 'Sie hören in zwei bis drei Wochen von uns.', '2026-12-22', '2026-12-22'],
  ['eu', 'Wir melden uns noch vor Jahresende bei Ihnen.', '2026-12-23', '2026-12-31'],
  ['eu', 'Mit einer Entscheidung ist Anfang des kommenden Jahres zu rechnen.', '2027-01-04', '2027-01-15'],
  ['eu', 'Te responderemos en dos o tres semanas.', '2026-12-22', '2026-12-22'],
  ['eu', 'Esperamos darte una respuesta antes de final de año.', '2026-12-30', '2026-12-31'],
  ['eu', 'Nous reviendrons vers vous dans deux à trois semaines.', '2026-12-22', '2026-12-22'],
  ['eu', "Une réponse vous sera apportée début d'année prochaine.", '2027-01-04', '2027-01-15'],
  ['eu', 'Over twee à drie weken hoor je van ons.', '2026-12-22', '2026-12-22'],
  ['eu', 'Je krijgt voor de kerstvakantie bericht van ons.', '2026-12-18', '2026-12-24'],
  ['eu', 'Daremos uma resposta em duas a três semanas.', '2026-12-22', '2026-12-22'],
  ['eu', 'A decisão fica para depois das festas.', '2027-01-04', '2027-01-15'],
  ['eu', 'Ti faremo sapere tra due o tre settimane.', '2026-12-22', '2026-12-22'],
  ['eu', 'Vi daremo una risposta entro fine anno.', '2026-12-31', '2026-12-31'],
  [
    'us',
    "Hi Jordan,\n\nThanks so much for coming in on Monday - the team really enjoyed meeting you.\n\nWe're seeing two more candidates this week, and I expect we'll have a decision by Friday, Dec 11.\n\nBest,\nPriya\n\nPriya Raman | Talent Partner\nOffice hours: Mon-Thu 9am-5pm ET",
    '2026-12-11',
    '2026-12-11'
  ],
  [
    'eu',
    'Beste Jordan,\n\nBedankt voor je komst vandaag. We spreken deze week nog twee kandidaten; uiterlijk dinsdag 8 december laten we weten of je door bent naar de tweede ronde.\n\nMet vriendelijke groet,\nSanne de Vries\nBereikbaar ma t/m do tot 16.00 uur',
    '2026-12-08',
    '2026-12-08'
  ],
  [
    'eu',
    'Bonjour,\n\nVotre entretien est fixé au jeudi 10 décembre à 14 h. Nous vous ferons part de notre décision dans la semaine qui suit.\n\nCordialement,\nClaire Martin',
    '2026-12-14',
    '2026-12-20'
  ],
  [
    'eu',
    'Hallo Jordan,\n\nanbei die Einladung zum Probearbeiten am Mittwoch, 9.12., von 8 bis 12 Uhr. Eine Rückmeldung bekommst du spätestens zwei Tage danach.\n\nViele Grüße\nTom',
    '2026-12-11',
    '2026-12-11'
  ],
  ['us', "Thanks for your note! I'm out of the office until Monday, December 7, and will reply when I'm back.", 'null', 'null'],
  ['eu', 'Grazie per la disponibilità. Ti aggiorno appena ho novità dal direttore.', 'null', 'null']
]

describe('round 5: American and European mail, ranges of weeks, the year turning, whole mails', () => {
  it.each(ROUND_5)('%s: %s', (where, text, earliest, latest) => {
    const day = said(where === 'us' ? usMail(text) : euMail(text))
    if (earliest === 'null') expect(day).toBe('null')
    else expect(day >= earliest && day <= latest, `${day} in ${earliest}..${latest}`).toBe(true)
  })
})

/**
 * Round 6, written before its rules, against Friday, Nov 20 2026, 16:30 +01:00: whole mails as hospitals, schools,
 * shops, trades, councils and hiring systems write them, each with what they promise and what the candidate must do
 * (or neither: an interview day, a start date, office hours). First contact (after round 5's rules, commit 432e6e0):
 * 7/12 right (58.3 %; en 5, de 2, es 1, fr 1, nl 1, pt 1, it 1). Misses then: "within 10 working days of that date" and
 * "sous dix jours après cette journée" counted from the mail, "within 5 business days of completion" likewise, "sagen
 * wir dir dann am Ende der Woche" (after a trial day named before), and "Le ricordiamo di caricare … entro il 25".
 */
const mail6 = (text: string): MailMessage => mail(text, '2026-11-20T15:30:00Z', 60)

/** [text, candidate deadline or null, earliest promised day or null, latest promised day or null]. */
export const ROUND_6: Array<[string, string | null, string | null, string | null]> = [
  [
    'Dear Jordan,\n\nThank you for attending the assessment day on Wednesday. The panel will meet on Thursday 26 November and we will write to all candidates within two working days of that meeting.\n\nWard Manager, Ward 7\nSt Anne’s Hospital',
    null,
    '2026-11-30',
    '2026-11-30'
  ],
  [
    'Hi Jordan,\n\nGreat to meet you at the shop today. Could you send me two references by Tuesday? Once I have them I’ll make a decision by the end of next week.\n\nCheers,\nMo',
    '2026-11-24',
    '2026-11-27',
    '2026-11-29'
  ],
  [
    'Dear Applicant,\n\nYour application for Teaching Assistant (Ref 2231) has been received. Shortlisting will take place on 30/11/2026. If you have not heard from us within 10 working days of that date, please assume that your application has not been successful.\n\nHR Services, Borough Council',
    null,
    '2026-12-14',
    '2026-12-14'
  ],
  [
    'Sehr geehrte Frau Albers,\n\nvielen Dank für das freundliche Gespräch. Wir werden die Gespräche am 27.11. abschließen und Ihnen bis zum 4.12. eine Rückmeldung geben. Für eventuelle Rückfragen erreichen Sie mich Mo-Fr von 8 bis 16 Uhr.\n\nMit freundlichen Grüßen\nKatrin Vogt, Personalabteilung',
    null,
    '2026-12-04',
    '2026-12-04'
  ],
  [
    'Hallo Jordan,\n\ndein Probetag ist am Dienstag, 24.11., ab 7 Uhr in der Werkstatt. Bitte schick mir bis Montag eine Kopie deines Gesellenbriefs. Ob es passt, sagen wir dir dann am Ende der Woche.\n\nGruß\nMeister Brandt',
    '2026-11-23',
    '2026-11-27',
    '2026-11-29'
  ],
  [
    'Hola Jordan:\n\nGracias por tu interés. Te confirmo la entrevista para el martes 24 de noviembre a las 10:00 en nuestra tienda de la calle Mayor. Te daremos una respuesta en la semana siguiente.\n\nUn saludo,\nLucía (Recursos Humanos)',
    null,
    '2026-11-30',
    '2026-12-06'
  ],
  [
    'Bonjour Jordan,\n\nSuite à notre échange, je vous propose de passer une journée d’immersion dans notre agence le jeudi 26 novembre. Pourriez-vous me confirmer votre présence d’ici lundi ? Nous reviendrons vers vous avec une réponse définitive sous dix jours après cette journée.\n\nBien cordialement,\nSophie Lambert',
    '2026-11-23',
    '2026-12-06',
    '2026-12-06'
  ],
  [
    'Beste Jordan,\n\nLeuk dat je gesolliciteerd hebt bij onze school. Je bent uitgenodigd voor een proefles op woensdag 25 november om 10.30 uur. Wil je vóór maandag je lesvoorbereiding mailen? De uitslag hoor je uiterlijk vrijdag 4 december.\n\nMet vriendelijke groet,\nDirectie OBS De Regenboog',
    '2026-11-23',
    '2026-12-04',
    '2026-12-04'
  ],
  [
    'Olá Jordan,\n\nObrigado pela entrevista de hoje. Precisamos que nos envie o certificado de habilitações até quarta-feira, 25 de novembro. A decisão final será comunicada até 3 de dezembro.\n\nCumprimentos,\nRecursos Humanos, Câmara Municipal',
    '2026-11-25',
    '2026-12-03',
    '2026-12-03'
  ],
  [
    'Gentile Jordan,\n\nLa ringraziamo per aver partecipato alla prova scritta. Gli esiti saranno pubblicati sul portale entro dieci giorni lavorativi. Le ricordiamo di caricare il documento di identità entro il 25 novembre.\n\nUfficio Selezione',
    '2026-11-25',
    '2026-12-04',
    '2026-12-04'
  ],
  [
    'Hi Jordan,\n\nYou’re invited to complete the Codility assessment for Backend Engineer. The link expires on November 27, 2026 at 11:59 PM. Our team reviews results within 5 business days of completion.\n\nThe Talent Team',
    '2026-11-27',
    '2026-12-04',
    '2026-12-04'
  ],
  [
    'Hi Jordan,\n\nWe loved meeting you! We would like to offer you the role of Store Supervisor, starting Monday 4 January. The written offer will follow by Wednesday. Please let us know whether you accept by Friday 27 November.\n\nBest wishes,\nNadia, Store Manager',
    '2026-11-27',
    '2026-11-25',
    '2026-11-25'
  ]
]

describe('round 6: whole mails with a promise, a limit, or only an appointment', () => {
  it.each(ROUND_6)('%s', (text, deadline, earliest, latest) => {
    const facts = extractFacts(mail6(text))
    expect(facts.candidateDeadline, 'candidate deadline').toBe(deadline)
    if (earliest === null) expect(facts.respondBy).toBeNull()
    else
      expect(facts.respondBy !== null && facts.respondBy >= earliest && facts.respondBy <= (latest as string), `${facts.respondBy}`).toBe(
        true
      )
  })
})

/**
 * Round 7, written before its rules, against Wednesday, Nov 4 2026, 09:00 +01:00: "at the most" in other words ("como
 * mucho", "no máximo", "höchstens bis"), asks with an object pronoun that looks like "we" ("¿nos confirmas…?",
 * "envíanos…"), a day that is the appointment being confirmed ("let me know you're good for Thursday"), "I know" and
 * "let your referee know", which promise nothing, and a letter someone else will draw up. First contact (after round
 * 6's rules, commit 9e8f35c): 5/14 right (35.7 %; es 6, pt 1, de 3, en 4). Misses then: "como mucho", "¿nos confirmas…",
 * "¿nos puedes…", "good for Thursday" / "para el jueves" read as limits, "I know … four weeks" read as a promise, and
 * the contract or letter someone will draw up or prepare.
 */
const mail7 = (text: string): MailMessage => mail(text, '2026-11-04T08:00:00Z', 60)

export const ROUND_7: Array<[string, string | null, string | null, string | null]> = [
  ['Mándame la propuesta como mucho el viernes 6.', '2026-11-06', null, null],
  ['¿Nos confirmas tu asistencia como muy tarde el lunes 9?', '2026-11-09', null, null],
  ['¿Nos puedes enviar el CV actualizado antes del martes?', '2026-11-10', null, null],
  ['Envie a proposta no máximo até sexta-feira.', '2026-11-06', null, null],
  ['Schicken Sie uns die Unterlagen höchstens bis Montag.', '2026-11-09', null, null],
  ["Let me know you're good for Thursday and I'll book the room.", null, null, null],
  ['Dime si te va bien para el jueves y reservo la sala.', null, null, null],
  ['I know you mentioned you need to give four weeks notice, which is fine.', null, null, null],
  ['We have sent your referee a reminder today; it may help if you let them know to look out for it.', null, null, null],
  ['Our office manager will draw up the contract early next week.', null, '2026-11-10', '2026-11-11'],
  ['Unsere Buchhaltung setzt den Vertrag nächste Woche auf, Sie bekommen ihn dann per Post.', null, '2026-11-13', '2026-11-15'],
  ['La carta de oferta te la prepara Recursos Humanos antes del viernes.', null, '2026-11-05', '2026-11-06'],
  ["We'll know more next week and will let you know straight away.", null, '2026-11-13', '2026-11-15'],
  ['Wir wissen Ende nächster Woche mehr und melden uns dann.', null, '2026-11-13', '2026-11-15']
]

describe('round 7: limits in other words, pronouns, appointments, and letters others write', () => {
  it.each(ROUND_7)('%s', (text, deadline, earliest, latest) => {
    const facts = extractFacts(mail7(text))
    expect(facts.candidateDeadline, 'candidate deadline').toBe(deadline)
    if (earliest === null) expect(facts.respondBy).toBeNull()
    else
      expect(facts.respondBy !== null && facts.respondBy >= earliest && facts.respondBy <= (latest as string), `${facts.respondBy}`).toBe(
        true
      )
  })
})

/**
 * Round 8, written before its rules, against Monday, Nov 30 2026, 09:00 +01:00: everyday ways to say "soon-ish" with a
 * bound ("in a week or so", "later this week", "by month-end", "antes de que acabe el mes", "dans le courant du mois de
 * janvier", "nel corso della prossima settimana"), labelled limits ("Date limite de réponse : 4 décembre", "Prazo:
 * 04/12"), and dates that are neither (closures, a start date, a thank-you for last week). First contact (after round
 * 7's rules and the cue-bit change, commit ca78b72): 19/24 right (79.2 %; en 8, de 3, es 3, fr 3, nl 2, pt 2, it 2 +1).
 * Misses then: "we will tell you … by 7 December" after "on 14 and 15 December", "antes de que acabe el mes", "bis Mitte
 * nächsten Monats" (read as three months), "Date limite de réponse : …" and "Prazo para envio dos documentos: 04/12".
 */
const mail8 = (text: string): MailMessage => mail(text, '2026-11-30T08:00:00Z', 60)

export const ROUND_8: Array<[string, string | null, string | null, string | null]> = [
  ["We'll be in touch in a week or so.", null, '2026-12-07', '2026-12-09'],
  ['I hope to have news for you later this week.', null, '2026-12-03', '2026-12-06'],
  ["We'll confirm next steps by month-end.", null, '2026-12-31', '2026-12-31'],
  [
    'Interviews will be held on 14 and 15 December, and we will tell you whether you are shortlisted by 7 December.',
    null,
    '2026-12-07',
    '2026-12-07'
  ],
  ["You'll hear from us in a week's time.", null, '2026-12-07', '2026-12-07'],
  ['Wir melden uns bis Mitte nächsten Monats.', null, '2026-12-14', '2026-12-16'],
  ['Eine Rückmeldung erhalten Sie in den kommenden 14 Tagen.', null, '2026-12-14', '2026-12-14'],
  ['Te diremos algo antes de que acabe el mes.', null, '2026-11-30', '2026-11-30'],
  ['Te contactaremos durante la primera quincena de enero.', null, '2027-01-11', '2027-01-15'],
  ['Nous vous recontacterons dans le courant du mois de janvier.', null, '2027-01-29', '2027-01-31'],
  ["Nous vous répondrons avant la fin de l'année.", null, '2026-12-31', '2026-12-31'],
  ['We laten het je in de loop van volgende week weten.', null, '2026-12-11', '2026-12-13'],
  ['Você terá retorno no decorrer da próxima semana.', null, '2026-12-11', '2026-12-13'],
  ['Ti faremo sapere nel corso della prossima settimana.', null, '2026-12-11', '2026-12-13'],
  ['Date limite de réponse : vendredi 4 décembre.', '2026-12-04', null, null],
  ['Prazo para envio dos documentos: 04/12.', '2026-12-04', null, null],
  ['Scadenza per la conferma: 4 dicembre.', '2026-12-04', null, null],
  ['Fecha límite para entregar la prueba: viernes 4 de diciembre.', '2026-12-04', null, null],
  ['RSVP by Friday 4 December, please.', '2026-12-04', null, null],
  ['Our offices will be closed from 24 December to 4 January.', null, null, null],
  ['The role starts on Monday 4 January.', null, null, null],
  ['Thanks again for coming in last Tuesday.', null, null, null],
  ['Danke für Ihre Bewerbung vom 3. November.', null, null, null],
  ['Bedankt voor je sollicitatie van 12 november.', null, null, null]
]

describe('round 8: bounds said loosely, labelled limits, and dates that are neither', () => {
  it.each(ROUND_8)('%s', (text, deadline, earliest, latest) => {
    const facts = extractFacts(mail8(text))
    expect(facts.candidateDeadline, 'candidate deadline').toBe(deadline)
    if (earliest === null) expect(facts.respondBy).toBeNull()
    else
      expect(facts.respondBy !== null && facts.respondBy >= earliest && facts.respondBy <= (latest as string), `${facts.respondBy}`).toBe(
        true
      )
  })
})

/**
 * Round 9, written before its rules, against Wednesday, Oct 7 2026, 11:00 +02:00: what automatic acknowledgements say
 * about timing in seven languages ("if you have not heard within 4 weeks…", "the process typically takes 3-4 weeks",
 * "De selectieprocedure duurt ongeveer vier weken"), and what promises nothing ("on a rolling basis", "if successful",
 * a closing date and interview week). First contact (after round 8's rules, commit 8843fb4): 17/21 right (81.0 %; en
 * 7, de 3, es 2, fr 2, nl 2, pt 2, it 2 +1). Misses then: "Please allow 5-7 working days…" read as the candidate's
 * deadline, "das Auswahlverfahren dauert…" and "de selectieprocedure duurt…" read as no timeline, Dutch "gehoord".
 */
const mail9 = (text: string): MailMessage => mail(text, '2026-10-07T09:00:00Z', 120)

export const ROUND_9: Array<[string, string, string]> = [
  ['You can expect to hear from us within 10 business days.', '2026-10-21', '2026-10-21'],
  [
    'If you do not hear from us within 4 weeks, please consider your application unsuccessful on this occasion.',
    '2026-11-04',
    '2026-11-04'
  ],
  ['Our recruitment process typically takes 3-4 weeks.', '2026-11-04', '2026-11-04'],
  ['Please allow 5-7 working days for us to process your application.', '2026-10-16', '2026-10-16'],
  ['Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist die Stelle anderweitig besetzt.', '2026-11-04', '2026-11-04'],
  ['Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von 14 Tagen.', '2026-10-21', '2026-10-21'],
  ['Das Auswahlverfahren dauert in der Regel drei bis vier Wochen.', '2026-11-04', '2026-11-04'],
  [
    'Si no recibes noticias nuestras en un plazo de 30 días, entiende que tu candidatura no ha sido seleccionada.',
    '2026-11-06',
    '2026-11-06'
  ],
  ['El proceso de selección suele durar entre tres y cuatro semanas.', '2026-11-04', '2026-11-04'],
  [
    "Sans réponse de notre part sous un mois, vous pourrez considérer que votre candidature n'a pas été retenue.",
    '2026-11-07',
    '2026-11-07'
  ],
  ['Le processus de recrutement prend généralement deux à trois semaines.', '2026-10-28', '2026-10-28'],
  ['Als je binnen drie weken niets van ons hebt gehoord, ben je helaas niet geselecteerd.', '2026-10-28', '2026-10-28'],
  ['De selectieprocedure duurt ongeveer vier weken.', '2026-11-04', '2026-11-04'],
  ['Caso não receba resposta no prazo de 30 dias, considere que a sua candidatura não foi selecionada.', '2026-11-06', '2026-11-06'],
  ['O processo seletivo leva em média três semanas.', '2026-10-28', '2026-10-28'],
  ['Qualora non ricevesse nostre notizie entro 30 giorni, la sua candidatura è da ritenersi non selezionata.', '2026-11-06', '2026-11-06'],
  ['La procedura di selezione richiede circa quattro settimane.', '2026-11-04', '2026-11-04'],
  ['We review applications on a rolling basis and will contact shortlisted candidates.', 'null', 'null'],
  ['Due to the high number of applications, we may not be able to respond to everyone.', 'null', 'null'],
  ['We will be in touch if your application is successful.', 'null', 'null'],
  ['Thank you for applying. Closing date: 16 October 2026. Interviews: w/c 26 October.', 'null', 'null']
]

describe('round 9: what automatic acknowledgements say about timing', () => {
  it.each(ROUND_9)('%s', (text, earliest, latest) => {
    const facts = extractFacts(mail9(text))
    expect(facts.candidateDeadline, 'no deadline for the candidate').toBeNull()
    if (earliest === 'null') expect(facts.respondBy).toBeNull()
    else expect(facts.respondBy !== null && facts.respondBy >= earliest && facts.respondBy <= latest, `${facts.respondBy}`).toBe(true)
  })
})

/**
 * Round 10, written before its rules: numeric dates in each writer's order and sent late at night, so the writer's day
 * is not the UTC day. [text, mail date (UTC), the writer's UTC offset in minutes, earliest, latest]. First contact (after
 * round 9's rules, commit 9c71090): 12/12 (en 4, fr 1, pt 1, es 1, de 2, nl 1, it 1, +1): no rule was needed.
 */
export const ROUND_10: Array<[string, string, number, string, string]> = [
  ["We'll get back to you by 11/12.", '2026-11-05T15:00:00Z', -300, '2026-11-12', '2026-11-12'],
  ["We'll get back to you by 12/11.", '2026-11-05T09:00:00Z', 660, '2026-11-12', '2026-11-12'],
  ["Nous vous reviendrons d'ici le 12/11.", '2026-11-05T15:00:00Z', -300, '2026-11-12', '2026-11-12'],
  ['Te damos um retorno até 12/11.', '2026-11-05T15:00:00Z', -180, '2026-11-12', '2026-11-12'],
  ['Te contestamos antes del 12/11.', '2026-11-05T15:00:00Z', -360, '2026-11-11', '2026-11-12'],
  ['Sie hören bis 12.11.2026 von uns.', '2026-11-05T09:00:00Z', 60, '2026-11-12', '2026-11-12'],
  ['We laten het je weten vóór 12-11-2026.', '2026-11-05T09:00:00Z', 60, '2026-11-11', '2026-11-12'],
  ['Ti faremo sapere entro il 12/11/2026.', '2026-11-05T09:00:00Z', 60, '2026-11-12', '2026-11-12'],
  // 23:40 on Thursday in Los Angeles is Friday 07:40 in UTC: "tomorrow" is the writer's Friday.
  ["I'll let you know tomorrow.", '2026-11-06T07:40:00Z', -480, '2026-11-06', '2026-11-06'],
  // 00:30 on Saturday in Berlin is Friday 23:30 in UTC: "Monday" is the 9th either way, "in two days" is the writer's Monday.
  ['Wir melden uns in zwei Tagen.', '2026-11-06T23:30:00Z', 60, '2026-11-09', '2026-11-09'],
  ['We aim to respond by 2026-11-20.', '2026-11-05T09:00:00Z', 0, '2026-11-20', '2026-11-20'],
  ['Decision expected Fri 20 Nov.', '2026-11-05T09:00:00Z', 0, '2026-11-20', '2026-11-20']
]

describe('round 10: numeric dates in the writer’s order, and the writer’s own day', () => {
  it.each(ROUND_10)('%s (%s, %s)', (text, date, offset, earliest, latest) => {
    const day = said(mail(text, date, offset))
    expect(day >= earliest && day <= latest, `${day} in ${earliest}..${latest}`).toBe(true)
  })
})

/**
 * Round 11, written before its rules, against Tuesday, Nov 10 2026, 10:00 +01:00: one sentence with both a limit for the
 * candidate and a promise, joined by a comma or a subordinate clause rather than "and we". First contact (after round
 * 10, commit of round 10): 0/8 (en 2, de, es, fr, nl, pt, it 1 each): a condition the candidate meets by a day was read
 * as neither. Now the condition ("if you send…", "sobald Sie … geschickt haben", "si nos mandas…") is split off.
 */
const mail11 = (text: string): MailMessage => mail(text, '2026-11-10T09:00:00Z', 60)

export const ROUND_11: Array<[string, string, string, string]> = [
  ["Once we receive your references by Friday, we'll make a final decision early next week.", '2026-11-13', '2026-11-16', '2026-11-18'],
  ['If you can send the form back by Friday, I will confirm the start date on Monday.', '2026-11-13', '2026-11-16', '2026-11-16'],
  [
    'Sobald Sie uns die Unterlagen bis Freitag geschickt haben, melden wir uns Anfang nächster Woche.',
    '2026-11-13',
    '2026-11-16',
    '2026-11-18'
  ],
  [
    'Si nos mandas la prueba antes del viernes, te contestamos a principios de la semana que viene.',
    '2026-11-13',
    '2026-11-16',
    '2026-11-18'
  ],
  [
    'Si vous nous renvoyez le dossier avant vendredi, nous vous répondrons en début de semaine prochaine.',
    '2026-11-13',
    '2026-11-16',
    '2026-11-18'
  ],
  ['Als je de opdracht vóór vrijdag instuurt, hoor je begin volgende week van ons.', '2026-11-13', '2026-11-16', '2026-11-18'],
  ['Se nos enviar o teste até sexta-feira, damos-lhe uma resposta no início da próxima semana.', '2026-11-13', '2026-11-16', '2026-11-18'],
  ["Se ci mandi l'esercizio entro venerdì, ti diamo una risposta a inizio settimana prossima.", '2026-11-13', '2026-11-16', '2026-11-18']
]

describe('round 11: a limit and a promise in one sentence', () => {
  it.each(ROUND_11)('%s', (text, deadline, earliest, latest) => {
    const facts = extractFacts(mail11(text))
    expect(facts.candidateDeadline, 'candidate deadline').toBe(deadline)
    expect(facts.respondBy !== null && facts.respondBy >= earliest && facts.respondBy <= latest, `${facts.respondBy}`).toBe(true)
  })
})

/**
 * Round 12, written before its rules, after reading which kinds of phrasing the blind-written batches training-7 and
 * training-8 missed (their wording not copied): a company that "commits to replying", a window counted from a closing
 * date named before the duration ("after the closing date, within two weeks"), a day number alone ("entro il 30"),
 * phoning or ringing, Dutch "de knoop doorhakken", a condition that asks for a reply, a date written out after a
 * duration, third-person futures ("te contactará", "entrará em contato", "la contatterà"), and "teilen … mit". Against
 * Thursday, Oct 8 2026, 10:00 +02:00: [text, candidate deadline or null, earliest, latest]. First contact (after round
 * 11's rules, commit 0851e3f merged with main 21eed27): 4/16 (25 %; en 5, fr 1, es 3, de 2, it 2, nl 1, pt 1 +1).
 * Before reading their misses, those two batches (never tuned on by these rules) had scored, with rounds 1-11's rules:
 * respondBy in window 24/28 (training-7) and 15/20 (training-8), against 18/28 and 15/20 with main's facts code.
 */
const mail12 = (text: string): MailMessage => mail(text, '2026-10-08T08:00:00Z', 120)

export const ROUND_12: Array<[string, string | null, string, string]> = [
  ['The hiring team commits to replying to every applicant within 10 working days.', null, '2026-10-22', '2026-10-22'],
  ["L'entreprise s'engage à répondre à chaque candidat sous 10 jours ouvrés.", null, '2026-10-22', '2026-10-22'],
  ['La empresa se compromete a responder en un plazo de 10 días hábiles.', null, '2026-10-22', '2026-10-22'],
  [
    'Die Bewerbungsfrist endet am 16.10.2026. Nach Ablauf der Frist setzen wir uns innerhalb von drei Wochen mit Ihnen in Verbindung.',
    null,
    '2026-11-06',
    '2026-11-06'
  ],
  [
    'Applications close on Friday 16 October. After the closing date, we aim to contact shortlisted candidates within two weeks.',
    null,
    '2026-10-30',
    '2026-10-30'
  ],
  ['Le faremo sapere qualcosa entro il 30.', null, '2026-10-30', '2026-10-30'],
  ['Te escribo a más tardar el 30.', null, '2026-10-30', '2026-10-30'],
  ['I will ring both candidates on Monday either way.', null, '2026-10-12', '2026-10-12'],
  ['We hakken half oktober de knoop door.', null, '2026-10-14', '2026-10-16'],
  [
    "If you could send me your notice period by Friday, I'll aim to confirm everything by the end of next week.",
    '2026-10-09',
    '2026-10-16',
    '2026-10-18'
  ],
  ["If you can let me know by Friday, I'll come back to you early next week.", '2026-10-09', '2026-10-12', '2026-10-14'],
  ['Shortlisting takes around two weeks, so you should hear from us by 23/10/2026.', null, '2026-10-23', '2026-10-23'],
  ['La empresa te contactará en un plazo de 5 días hábiles si tu perfil encaja.', null, '2026-10-15', '2026-10-15'],
  ['A empresa entrará em contato em até 5 dias úteis.', null, '2026-10-15', '2026-10-15'],
  ["L'azienda la contatterà entro 5 giorni lavorativi.", null, '2026-10-15', '2026-10-15'],
  ['Die Ergebnisse teilen wir Ihnen bis Ende Oktober mit.', null, '2026-10-31', '2026-10-31']
]

describe('round 12: kinds of phrasing the blind-written training batches missed, in new words', () => {
  it.each(ROUND_12)('%s', (text, deadline, earliest, latest) => {
    const facts = extractFacts(mail12(text))
    expect(facts.candidateDeadline, 'candidate deadline').toBe(deadline)
    expect(facts.respondBy !== null && facts.respondBy >= earliest && facts.respondBy <= latest, `${facts.respondBy}`).toBe(true)
  })
})
