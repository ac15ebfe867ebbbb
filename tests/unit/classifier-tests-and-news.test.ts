/**
 * Tests named by what they test or how they run, and the news about a test already set (concepts-tests.ts, found on
 * training-22). The sentences were written for this test, not taken from the batch. A moved test is an update, like a
 * moved interview, but it must never move the interview on the calendar.
 */
import { describe, expect, it } from 'vitest'
import { mailMessage } from '../support/mail-message'
import { byRules, classifyMessage } from '../../src/shared/core/classifier'
import { proposeChanges } from '../../src/shared/core/consequences'
import type { Application } from '../../src/shared/model'

const mail = (subject: string, text: string) =>
  mailMessage({
    date: '2026-11-10T09:00:00Z',
    dateOffsetMinutes: 0,
    from: { name: 'Kim Rowe', address: 'kim.rowe@employer.example' },
    subject,
    text
  })
const options = { relatedToApplication: true, timeZone: 'Europe/London' }

const TESTS: Array<[string, string]> = [
  [
    'Medical secretary post',
    'Dear Alex, thank you for applying. Please come in on Monday 16 November at 10am for an audio typing test and a short medical terminology quiz. It takes about 40 minutes. Regards, Kim Rowe, Practice Manager'
  ],
  [
    'Primary teacher vacancy',
    'Dear Alex, we would like you to take a demonstration class of 30 minutes for Year 3 on Thursday. The topic is fractions; please bring a lesson plan. Kind regards, Kim Rowe, Headteacher'
  ],
  [
    'Account manager - next stage',
    'Hi Alex, for the next stage we run a short role-play: you will pitch our software to one of the team acting as a customer. Wednesday at 3pm works for us. Kim'
  ],
  [
    'Graduate clerk recruitment',
    'Dear Applicant, your admit card for the written examination is ready. Please download it and bring a printed copy and photo ID to the exam centre. Recruitment Cell'
  ],
  [
    'Next step',
    'Hi Alex, next we would like to do a pairing session with one of our developers, about an hour, on a small feature in our codebase. Send me a few slots for next week. Kim'
  ],
  [
    'Barista',
    "Hi Alex, come in Saturday for a couple of hours from 9, make a few coffees with the team and we'll see how you get on. We'll pay you for it of course. Kim"
  ],
  [
    'Cocinero',
    'Hola Alex, ¿te vienes el jueves a las 10 y haces una prueba con nosotros? Nos preparas dos platos de la carta. Un saludo, Kim'
  ]
]

const NEWS: Array<[string, string]> = [
  [
    'Aptitude test - date change',
    'Dear Alex, the aptitude test originally set for Saturday 14 November is moved to Saturday 21 November, same time and place. No action is needed unless you cannot attend. Recruitment Team'
  ],
  [
    'RE: Online assessment',
    'Hi Alex, no problem at all about the power cut. We have extended your assessment link until Friday 20 November at midnight; the same link still works. Kim'
  ],
  [
    'RINVIO prova scritta - concorso n. 2 posti',
    'Si comunica che la prova scritta del concorso pubblico per n. 2 posti di istruttore amministrativo, già fissata per il 5 novembre, è rinviata al 19 novembre 2026, ore 9:00. Ufficio Personale'
  ],
  [
    'Re: Desafio técnico',
    'Oi Alex! Recebemos seu desafio, obrigada. Já mandei para o time; a correção leva uns cinco dias úteis e aí te dou retorno. Kim'
  ]
]

const OTHER_LANGUAGES: Array<[string, string]> = [
  [
    'Pozvánka na pohovor',
    'Dobrý den, rádi bychom Vás pozvali na osobní pohovor v úterý 17. listopadu v 10:00 v naší kanceláři. Prosím o potvrzení termínu. S pozdravem Kim Rowe'
  ],
  [
    'Mülakat Daveti',
    'Merhaba Alex, başvurunuz için teşekkür ederiz. Sizinle 17 Kasım Salı günü saat 11:00de ofisimizde bir mülakat yapmak istiyoruz. Saygılarımızla, Kim Rowe'
  ]
]

describe('tests named by what they test or how they run', () => {
  it.each(TESTS)('are assessments: %s', (subject, text) => {
    const result = byRules(mail(subject, text), options)
    expect(result.category, result.reasons.join('; ')).toBe('assessment')
  })
})

describe('news about a test already set', () => {
  it.each(NEWS)('is an update, not a new test: %s', (subject, text) => {
    const result = classifyMessage(mail(subject, text), options)
    expect(result.category, result.reasons.join('; ')).toBe('update')
    // It changes a test, not an interview: nothing is to be moved on the calendar.
    expect(result.changesInterview).toBeFalsy()
  })

  it('never moves the interview on the calendar', () => {
    const application = {
      id: 'app-1',
      company: 'Employer',
      role: 'Police Officer',
      stage: 'interviewing',
      createdAt: '2026-10-01T09:00:00Z',
      updatedAt: '2026-10-01T09:00:00Z',
      contacts: [],
      interviews: [
        {
          id: 'int-1',
          startsAt: '2026-11-25T10:00:00.000Z',
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
    const [subject, text] = NEWS[0]!
    const message = mail(subject, text)
    const changes = proposeChanges(classifyMessage(message, options), message, application, { userAddresses: ['alex@me.example'] })
    expect(changes.map((c) => c.kind)).not.toContain('move_interview')
  })
})

describe('Czech and Turkish invitations', () => {
  it.each(OTHER_LANGUAGES)('are interview requests: %s', (subject, text) => {
    expect(byRules(mail(subject, text), options).category).toBe('interview_request')
  })
})
