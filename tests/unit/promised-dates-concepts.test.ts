/**
 * Promised dates written the way hospitals, councils, schools and founders write them (issue 11), in seven
 * languages, against one mail (Tuesday, Nov 10 2026, 10:00 +01:00), written before the changes that read
 * them (32 of 37 at first): "first thing next week", "un par de semanas", "courant décembre", a German date
 * "20.11." inside a sentence, and a duration counted from a date the sentence names ("within two weeks of
 * the closing date") rather than from the mail's date.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import type { MailMessage } from '../../src/shared/core/mail-message'

const mail = (text: string): MailMessage => ({
  messageId: '<m@test>',
  references: [],
  date: '2026-11-10T09:00:00Z',
  dateOffsetMinutes: 60,
  from: { name: 'Dana', address: 'dana@acme.example' },
  to: [],
  cc: [],
  subject: 'Re: Thank you',
  text,
  headers: {},
  hasCalendarInvite: false
})

/** [the promise, earliest honest day, latest honest day]. */
const PROMISES: Array<[string, string, string]> = [
  ["We'll get back to you in the next couple of days.", '2026-11-11', '2026-11-13'],
  ["You'll hear from us by close of play Friday.", '2026-11-13', '2026-11-13'],
  ['We expect to make a decision in the week commencing 23 November.', '2026-11-23', '2026-11-27'],
  ["We'll be in touch with the outcome before Christmas.", '2026-12-18', '2026-12-24'],
  ['A decision should come the week after next.', '2026-11-23', '2026-11-29'],
  ['We hope to let you know by mid-December.', '2026-12-14', '2026-12-16'],
  ['You will hear from us within a fortnight.', '2026-11-24', '2026-11-24'],
  ['We will respond within 5 working days.', '2026-11-17', '2026-11-17'],
  ["We'll let you know first thing next week.", '2026-11-16', '2026-11-17'],
  ["We'll come back to you by Wednesday at the latest.", '2026-11-11', '2026-11-11'],
  [
    'Shortlisting takes place after the closing date on 20 November and we will contact you within two weeks of that date.',
    '2026-12-04',
    '2026-12-04'
  ],
  ['We aim to get back to everyone by the end of the month.', '2026-11-27', '2026-11-30'],
  ['Wir melden uns Anfang Dezember bei Ihnen.', '2026-12-01', '2026-12-10'],
  ['Sie hören bis Mitte nächster Woche von uns.', '2026-11-17', '2026-11-19'],
  ['Wir melden uns in den nächsten Tagen.', '2026-11-11', '2026-11-17'],
  ['Eine Entscheidung erwarten wir in zwei Wochen.', '2026-11-24', '2026-11-24'],
  ['Wir geben Ihnen bis spätestens 20.11. Bescheid.', '2026-11-20', '2026-11-20'],
  ['Te diremos algo antes de fin de mes.', '2026-11-27', '2026-11-30'],
  ['Te contestaremos en un par de semanas.', '2026-11-23', '2026-11-25'],
  ['Esperamos tener una decisión a principios de diciembre.', '2026-12-01', '2026-12-10'],
  ['Le responderemos a lo largo de la semana que viene.', '2026-11-16', '2026-11-22'],
  ["Nous reviendrons vers vous d'ici la fin du mois.", '2026-11-27', '2026-11-30'],
  ['Vous aurez une réponse dans les quinze jours.', '2026-11-24', '2026-11-25'],
  ['Nous vous recontacterons en début de semaine prochaine.', '2026-11-16', '2026-11-17'],
  ['Nous vous donnerons une réponse courant décembre.', '2026-12-15', '2026-12-31'],
  ['Je hoort eind volgende week van ons.', '2026-11-20', '2026-11-22'],
  ['We laten binnen tien werkdagen iets weten.', '2026-11-24', '2026-11-24'],
  ['We nemen over twee weken contact met je op.', '2026-11-24', '2026-11-24'],
  ['We laten het je begin volgende week weten.', '2026-11-16', '2026-11-17'],
  ['Daremos um retorno no início da próxima semana.', '2026-11-16', '2026-11-17'],
  ['Entraremos em contato até meados de dezembro.', '2026-12-14', '2026-12-16'],
  ['Você terá uma resposta em duas semanas.', '2026-11-24', '2026-11-24'],
  ['Damos notícias até ao final da semana.', '2026-11-13', '2026-11-15'],
  ['Ti daremo una risposta entro metà dicembre.', '2026-12-14', '2026-12-16'],
  ['Ti faremo sapere nei prossimi giorni.', '2026-11-11', '2026-11-17'],
  ['Ti ricontatteremo tra due settimane.', '2026-11-24', '2026-11-24'],
  ['Ti aggiorno a inizio settimana prossima.', '2026-11-16', '2026-11-17'],
  ['Ti rispondiamo tra un paio di settimane.', '2026-11-23', '2026-11-25'],
  ['Te respondemos em um par de semanas.', '2026-11-23', '2026-11-25'],
  ['We will contact shortlisted candidates within 10 working days of the closing date, which is today.', '2026-11-24', '2026-11-24'],
  ['Die Rückmeldung erfolgt innerhalb von drei Wochen nach Bewerbungsschluss am 30.11.', '2026-12-21', '2026-12-21'],
  ['Responderemos en un plazo de 15 días desde la fecha de cierre, el 20 de noviembre.', '2026-12-05', '2026-12-05'],
  ['Nous vous répondrons courant décembre.', '2026-12-15', '2026-12-31']
]

describe('promised dates, as people write them', () => {
  it.each(PROMISES)('%s', (text, earliest, latest) => {
    const facts = extractFacts(mail(text))
    expect(facts.timelineGiven).toBe(true)
    expect(facts.respondBy ?? '').toMatch(/^\d{4}-\d\d-\d\d$/)
    expect(facts.respondBy! >= earliest && facts.respondBy! <= latest, `${facts.respondBy} in ${earliest}..${latest}`).toBe(true)
    expect(facts.evidence).toBeTruthy()
  })

  it('counts from today when the sentence names no other date', () => {
    expect(extractFacts(mail('We will reply within two weeks of your interview.')).respondBy).toBe('2026-11-24')
  })
})
