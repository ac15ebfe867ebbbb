/**
 * Promised dates said the way fresh mail says them, written for this test (not from any corpus):
 * other frames than "we will get back to you" ("candidates will be notified", "expect an answer",
 * "outcomes are sent out", "te contamos", "les résultats seront communiqués"), calendar weeks
 * ("KW 48", "in week 48"), the nth week of a month, "by COB Thursday", German "20.11.", and
 * "courant décembre". Against one mail: Tuesday, Nov 10 2026, 10:00 +01:00. Each must land in the
 * window an honest reader would accept; the last ones promise nothing.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { mailMessage } from '../support/mail-message'

const mail = (text: string): MailMessage =>
  mailMessage({
    date: '2026-11-10T09:00:00Z',
    dateOffsetMinutes: 60,
    from: { name: 'Dana', address: 'dana@acme.example' },
    subject: 'Re: your application',
    text: `Hello Jordan,\n\n${text}\n\nBest regards,\nDana`
  })

/** [the sentence, earliest honest day, latest honest day] or [the sentence, 'null', 'null'] for no promise. */
const CASES: Array<[string, string, string]> = [
  [
    'Shortlisting will take place w/c 16 November and all applicants will be notified of the outcome by 20 November.',
    '2026-11-20',
    '2026-11-20'
  ],
  ["Candidates will be notified of the panel's decision no later than Friday 27 November.", '2026-11-27', '2026-11-27'],
  ['The panel meets on Thursday, so expect an answer from me on Friday.', '2026-11-13', '2026-11-13'],
  ['I should have news for you by the end of next week.', '2026-11-20', '2026-11-22'],
  ['Outcomes are usually sent out within 5 working days of the interview, which was today.', '2026-11-17', '2026-11-17'],
  ['Please allow up to three weeks for us to review all applications before we contact you.', '2026-12-01', '2026-12-01'],
  ['We hope to make a decision before the Christmas break and will email you either way.', '2026-12-18', '2026-12-24'],
  ['Decisions will be communicated by mid-December.', '2026-12-14', '2026-12-16'],
  ["I'll come back to you tomorrow with an answer.", '2026-11-11', '2026-11-11'],
  ['You can expect to hear from HR by COB Thursday.', '2026-11-12', '2026-11-12'],
  ["I'll let you know by close of business on Monday.", '2026-11-16', '2026-11-16'],
  ["We're aiming to wrap up the process in the next fortnight and will update you then.", '2026-11-24', '2026-11-24'],
  ['Expect a call from me early next week.', '2026-11-16', '2026-11-18'],
  ["We'll update everyone once interviews finish, most likely around the 25th.", '2026-11-25', '2026-11-27'],
  ['All candidates will hear back, one way or another, within ten days.', '2026-11-20', '2026-11-20'],
  ['Feedback should reach you in 7-10 working days.', '2026-11-19', '2026-11-24'],
  ["I'm hoping to have an answer for you by Wednesday at the latest.", '2026-11-11', '2026-11-11'],
  ['We will not be able to give feedback until the new year, probably the second week of January.', '2027-01-08', '2027-01-15'],
  ['We are looking to fill the post by January and will let shortlisted candidates know by 4 December.', '2026-12-04', '2026-12-04'],
  ["Thanks for coming in today - we'll be in touch shortly, probably by Thursday.", '2026-11-12', '2026-11-12'],
  ['We will be making our decision over the next couple of weeks.', '2026-11-24', '2026-11-24'],
  ['I will get back to you as soon as possible.', 'null', 'null'],
  ['Thank you for your time yesterday, it was lovely to meet you.', 'null', 'null'],
  ['Sie erhalten bis spätestens 20.11. eine Rückmeldung von uns.', '2026-11-20', '2026-11-20'],
  ['Wir melden uns im Laufe der KW 48 bei Ihnen.', '2026-11-27', '2026-11-29'],
  ['Eine Entscheidung fällt voraussichtlich Mitte Dezember.', '2026-12-14', '2026-12-16'],
  ['Das Auswahlverfahren ist bis Ende des Monats abgeschlossen, danach hören Sie von uns.', '2026-11-30', '2026-11-30'],
  ['Nach den Feiertagen kommen wir auf Sie zu.', '2027-01-04', '2027-01-15'],
  ['Ich gebe Ihnen Anfang nächster Woche Bescheid.', '2026-11-16', '2026-11-18'],
  ['Sie hören spätestens in zwei Wochen von mir.', '2026-11-24', '2026-11-24'],
  ['Le daremos una respuesta antes del 18 de diciembre.', '2026-12-17', '2026-12-18'],
  ['Recibirá noticias nuestras en un plazo máximo de 10 días hábiles.', '2026-11-24', '2026-11-24'],
  ['Te escribo a lo largo de la semana que viene.', '2026-11-20', '2026-11-22'],
  ['Esperamos tener una decisión a mediados de enero, después de las fiestas.', '2027-01-14', '2027-01-16'],
  ['Dentro de quince días te contamos cómo ha ido.', '2026-11-24', '2026-11-25'],
  ["Nous reviendrons vers vous d'ici la fin de la semaine prochaine.", '2026-11-20', '2026-11-22'],
  ['Vous recevrez une réponse sous quinzaine.', '2026-11-24', '2026-11-25'],
  ['Je vous tiens au courant sous 48 heures.', '2026-11-12', '2026-11-12'],
  ['Une décision sera prise courant décembre.', '2026-12-31', '2026-12-31'],
  ['Nous vous ferons part de notre décision au plus tard le 4 décembre.', '2026-12-04', '2026-12-04'],
  ['Les résultats seront communiqués dans les 10 jours ouvrés.', '2026-11-24', '2026-11-24'],
  ['U hoort uiterlijk vrijdag 20 november van ons.', '2026-11-20', '2026-11-20'],
  ['We laten binnen 5 werkdagen weten of je door bent.', '2026-11-17', '2026-11-17'],
  ['Half december nemen we een besluit en bellen we je.', '2026-12-14', '2026-12-16'],
  ['We nemen in week 48 contact met je op.', '2026-11-27', '2026-11-29'],
  ['Begin volgende week hoor je van me.', '2026-11-16', '2026-11-18'],
  ['Daremos retorno até ao final da próxima semana.', '2026-11-20', '2026-11-22'],
  ['Você receberá uma resposta no prazo de 15 dias úteis.', '2026-12-01', '2026-12-01'],
  ['Entraremos em contato em meados de dezembro.', '2026-12-14', '2026-12-16'],
  ['Até sexta-feira te dou um retorno.', '2026-11-13', '2026-11-13'],
  ['Na semana que vem te aviso.', '2026-11-20', '2026-11-22'],
  ["Le faremo sapere l'esito entro venerdì prossimo.", '2026-11-20', '2026-11-20'],
  ['Riceverà una risposta entro 10 giorni lavorativi.', '2026-11-24', '2026-11-24'],
  ['Contiamo di chiudere la selezione a metà dicembre e la ricontatteremo.', '2026-12-14', '2026-12-16'],
  ["Entro quindici giorni le comunicheremo l'esito.", '2026-11-24', '2026-11-25'],
  ['Wir geben Ihnen in KW 50 Bescheid.', '2026-12-11', '2026-12-13'],
  ['Die Rückmeldung erfolgt spätestens in der Kalenderwoche 47.', '2026-11-20', '2026-11-22'],
  ['We laten het je in de laatste week van november weten.', '2026-11-27', '2026-11-29'],
  ['Nous vous répondrons la deuxième semaine de décembre.', '2026-12-11', '2026-12-13'],
  ['Vi faremo sapere la terza settimana di gennaio.', '2027-01-15', '2027-01-17'],
  ["I'll get back to you by EOD tomorrow.", '2026-11-11', '2026-11-11'],
  ['We interviewed 48 candidates last week and you were one of the strongest.', 'null', 'null']
]

describe('promised dates in other words than the usual ones', () => {
  it.each(CASES)('%s', (text, earliest, latest) => {
    const facts = extractFacts(mail(text))
    if (latest === 'null') {
      expect(facts.timelineGiven).toBe(false)
      return
    }
    expect(facts.timelineGiven).toBe(true)
    expect(facts.respondBy! >= earliest && facts.respondBy! <= latest, `${facts.respondBy} not in ${earliest}..${latest}`).toBe(true)
  })
})

/** [the sentence, the candidate's deadline or null]: the candidate must act, said in other words than "please … by". */
const DEADLINES: Array<[string, string | null]> = [
  ['Please complete the test by Sunday 23:59.', '2026-11-15'],
  ['The link expires in 72 hours.', '2026-11-13'],
  ['Kindly return the signed contract no later than 20 November.', '2026-11-20'],
  ["We'd need your answer by Monday.", '2026-11-16'],
  ['Please confirm your attendance before Friday.', '2026-11-13'],
  ['The offer stands until the end of next week.', '2026-11-20'],
  ['You have until Thursday to accept.', '2026-11-12'],
  ['Bitte senden Sie uns den unterschriebenen Vertrag bis zum 20.11. zurück.', '2026-11-20'],
  ['Tienes hasta el viernes para completar la prueba.', '2026-11-13'],
  ['Merci de nous retourner le contrat signé avant le 20 novembre.', '2026-11-20'],
  ['Graag ontvangen we je reactie uiterlijk maandag.', '2026-11-16'],
  ['Pedimos que responda até segunda-feira.', '2026-11-16'],
  ['La preghiamo di confermare entro giovedì.', '2026-11-12'],
  ['Could you send me two references by Wednesday?', '2026-11-11'],
  ['The case study is due back on Friday 13th.', '2026-11-13'],
  ['Your interview is on Friday at 10:00.', null],
  ['We will decide by Friday.', null],
  ['Due to the holidays, you will hear from us in January.', null],
  ['Ti daremo una risposta entro due settimane.', null]
]

describe('deadlines for the candidate in other words', () => {
  it.each(DEADLINES)('%s', (text, deadline) => {
    expect(extractFacts(mail(text)).candidateDeadline).toBe(deadline)
  })
})

/** A duration counted from an event the mail names elsewhere, and numeric dates read in the writer's order. */
describe('a window counted from the closing date, the interview or the test', () => {
  const at = (text: string, offset: number): string | null =>
    extractFacts(
      mailMessage({
        date: '2026-10-01T09:00:00Z',
        dateOffsetMinutes: offset,
        subject: 'Your application',
        text: `Dear Jordan,\n\n${text}\n\nRecruitment`
      })
    ).respondBy

  it.each([
    // [text, UTC offset of the writer, the promised day]
    ['Closing date: 12/10/2026\nWe aim to let all applicants know the outcome within 2 weeks of the closing date.', 60, '2026-10-26'],
    ['Closing date: 10/12/2026\nWe aim to let all applicants know the outcome within 2 weeks of the closing date.', -300, '2026-10-26'],
    ['Ihr Gespräch findet am 27.10. um 10 Uhr statt.\nEine Rückmeldung bekommen Sie spätestens eine Woche danach.', 120, '2026-11-03'],
    [
      'Te esperamos el miércoles 14 de octubre a las 10:00.\nTendrás una respuesta en un plazo de diez días hábiles desde la entrevista.',
      120,
      '2026-10-28'
    ],
    ['La aula-teste será dia 19/10.\nO resultado sai em até uma semana depois da aula.', 60, '2026-10-26'],
    ['Le colloquio si terranno il 20 ottobre.\nL’esito le sarà comunicato entro 10 giorni dal colloquio.', 120, '2026-10-30']
  ])('%s', (text, offset, day) => {
    expect(at(text, offset as number)).toBe(day)
  })

  it('counts from the mail when the mail names no day for the event', () => {
    expect(at('We aim to let all applicants know the outcome within 2 weeks of the closing date.', 60)).toBe('2026-10-15')
  })
})
