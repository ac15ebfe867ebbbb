/**
 * A change to an interview already arranged (moved, postponed, made online, held elsewhere) is an update, as every blind
 * writer since training-8 labels it: training-15 and -16 (177 messages) had six such mails read as interview requests
 * because they name the interview. The sentences below were written for this test, in seven languages, before the rules
 * that read them; first invitations that merely allow for a change must stay invitations. The product still follows
 * the change: an update that proposes a new time for an interview on the calendar proposes moving it, and asks for an
 * answer.
 */
import { describe, expect, it } from 'vitest'
import { mailMessage } from '../support/mail-message'
import { byRules, classifyMessage } from '../../src/shared/core/classifier'
import { messageFacts, proposeChanges } from '../../src/shared/core/consequences'
import type { Application } from '../../src/shared/model'

const mail = (subject: string, text: string) =>
  mailMessage({
    date: '2026-11-10T09:00:00Z',
    dateOffsetMinutes: 60,
    from: { name: 'Sam Field', address: 'sam@employer.example' },
    subject,
    text
  })

const CHANGES: Array<[string, string, string]> = [
  [
    'en',
    'Re: Interview Thursday',
    "Hi Alex, I'm so sorry but we need to move your interview on Thursday - our clinical lead has been called to a tribunal. Would Monday 16 November at 2pm work instead? Best, Sam"
  ],
  [
    'en',
    'Panel interview',
    'Dear Alex, Please note that the panel interview scheduled for 19 November has been postponed, as two panel members are unwell. We will be in touch with a new date as soon as possible. Kind regards, Sam Field, HR Officer'
  ],
  [
    'en',
    'Tomorrow',
    "Hi Alex, small change for tomorrow: the interview will now be held online on Teams rather than at our Leeds office. Same time, 10:30. I'll send the link tonight. Sam"
  ],
  [
    'de',
    'Unser Gespräch am Mittwoch',
    'Hallo Alex, leider müssen wir unser Gespräch am Mittwoch verschieben, da unsere Pflegedienstleitung kurzfristig ausfällt. Ginge stattdessen Freitag, der 13. November, um 10 Uhr? Viele Grüße, Sam Field'
  ],
  [
    'es',
    'Cambio en la entrevista',
    'Hola Alex: te escribo porque tenemos que aplazar la entrevista del jueves; la directora está de viaje. ¿Te vendría bien el martes 17 a las 12:00? Un saludo, Sam'
  ],
  [
    'fr',
    'Votre entretien de vendredi',
    'Bonjour Alex, notre entretien de vendredi est reporté : la directrice est absente toute la semaine. Je reviens vers vous rapidement avec une nouvelle date. Bien cordialement, Sam Field'
  ],
  [
    'nl',
    'Wijziging gesprek',
    'Beste Alex, ons gesprek van donderdag wordt verplaatst naar maandag 16 november om 11 uur, omdat de teamleider ziek is. Laat je weten of dat lukt? Groet, Sam'
  ],
  [
    'pt',
    'Entrevista de amanhã',
    'Olá Alex, precisamos remarcar a sua entrevista de amanhã porque a gerente teve uma emergência. A nova data fica segunda-feira, 16/11, às 15h, no mesmo local. Abraço, Sam'
  ],
  [
    'it',
    'Colloquio di giovedì',
    'Buongiorno Alex, il colloquio di giovedì è stato spostato a lunedì 16 novembre alle 9:30, per un impegno improvviso del direttore. Mi conferma la disponibilità? Cordiali saluti, Sam Field'
  ]
]

/**
 * The arrangement named between the interview and the change: "scheduled for …", "previsto per …". Known miss, left as
 * is: "a prova prática, que estava marcada para quinta-feira (19/11), foi adiada" (an adjective before the clause;
 * allowing one word there read one held-out-6 mail wrong by the aggregate, which was not opened).
 */
const CHANGES_NAMING_THE_DATE: Array<[string, string, string]> = [
  [
    'en',
    'Assessment centre',
    'Dear Alex, the assessment day scheduled for Thursday 19 November at our Bristol office has been postponed until further notice. We apologise for the inconvenience. HR Team'
  ],
  [
    'it',
    'Avviso',
    'Si comunica che il colloquio previsto per il 19 novembre 2026 è rinviato a data da destinarsi per indisponibilità della commissione.'
  ]
]

const FIRST_INVITATIONS: Array<[string, string, string]> = [
  [
    'en',
    'Interview invitation',
    'Dear Alex, Thank you for applying. We would like to invite you to an interview on Thursday 19 November at 2pm at our Leeds office. If you need to reschedule, just let me know. Best wishes, Sam'
  ],
  [
    'de',
    'Einladung zum Vorstellungsgespräch',
    'Hallo Alex, wir möchten Sie gerne zu einem Vorstellungsgespräch am Mittwoch, 18. November, um 10 Uhr einladen. Falls der Termin nicht passt, können wir ihn gerne verschieben. Viele Grüße, Sam'
  ],
  [
    'es',
    'Entrevista',
    'Hola Alex: nos gustaría invitarte a una entrevista el martes 17 a las 12:00 en nuestra oficina. Si no te viene bien, podemos cambiar la hora sin problema. Un saludo, Sam'
  ]
]

describe('a change to an interview already arranged', () => {
  it.each(CHANGES)('is an update, not a new invitation (%s): %s', (_, subject, text) => {
    const result = byRules(mail(subject, text), { relatedToApplication: true, timeZone: 'Europe/Berlin' })
    expect(result.category, result.reasons.join('; ')).toBe('update')
    expect(classifyMessage(mail(subject, text), { relatedToApplication: true, timeZone: 'Europe/Berlin' }).category).toBe('update')
  })

  it.each(CHANGES_NAMING_THE_DATE)('also when it names the date that was set (%s): %s', (_, subject, text) => {
    expect(byRules(mail(subject, text), { relatedToApplication: true, timeZone: 'Europe/Berlin' }).category).toBe('update')
  })

  it.each(FIRST_INVITATIONS)('a first invitation that allows for a change stays one (%s): %s', (_, subject, text) => {
    expect(byRules(mail(subject, text), { relatedToApplication: true, timeZone: 'Europe/Berlin' }).category).toBe('interview_request')
  })
})

describe('what a change asks of the user', () => {
  const application: Application = {
    id: 'app-1',
    company: 'Employer',
    role: 'Staff Nurse',
    stage: 'interviewing',
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    contacts: [],
    interviews: [
      {
        id: 'int-1',
        startsAt: '2026-11-12T09:00:00.000Z',
        durationMinutes: 60,
        kind: 'onsite',
        contactIds: [],
        topics: '',
        timelineGiven: false
      }
    ],
    events: [],
    actions: {}
  } as unknown as Application

  it('a new time proposes moving the interview on the calendar, and wants an answer', () => {
    const [, subject, text] = CHANGES[0]!
    const message = mail(subject, text)
    const result = classifyMessage(message, { relatedToApplication: true, timeZone: 'Europe/London' })
    expect(result.category).toBe('update')
    expect(messageFacts(result).needsAnswer).toBe(true)
    const changes = proposeChanges(result, message, application, { userAddresses: ['alex@me.example'] })
    expect(changes.map((c) => c.kind)).toContain('move_interview')
    const move = changes.find((c) => c.kind === 'move_interview')!
    expect(move.fields).toMatchObject({ interviewId: 'int-1', startsAt: '2026-11-16T13:00:00.000Z' })
    expect(move.autoApplicable).toBe(false)
  })

  it('a postponement with no new date moves nothing and asks nothing', () => {
    const [, subject, text] = CHANGES[1]!
    const message = mail(subject, text)
    const result = classifyMessage(message, { relatedToApplication: true, timeZone: 'Europe/London' })
    expect(result.category).toBe('update')
    expect(messageFacts(result).needsAnswer).toBe(false)
    expect(proposeChanges(result, message, application, { userAddresses: ['alex@me.example'] }).map((c) => c.kind)).not.toContain(
      'move_interview'
    )
  })
})
