/**
 * The mail around an interview (concepts-around-interview.ts, found on training-24): invitations that never say
 * "interview", refusals and offers told in passing, a meeting agreed on the phone and confirmed by mail (an update that
 * still puts the interview on the calendar), a session cancelled with no new date (an update, not a rejection). The
 * sentences were written for this test, not taken from the batch.
 */
import { describe, expect, it } from 'vitest'
import { mailMessage } from '../support/mail-message'
import { byRules, classifyMessage } from '../../src/shared/core/classifier'
import { proposeChanges } from '../../src/shared/core/consequences'
import type { Application } from '../../src/shared/model'

const mail = (subject: string, text: string, address = 'kim.rowe@employer.example') =>
  mailMessage({ date: '2026-11-10T09:00:00Z', dateOffsetMinutes: 0, from: { name: 'Kim Rowe', address }, subject, text })
const options = { relatedToApplication: true, timeZone: 'Europe/London' }

const INVITATIONS: Array<[string, string]> = [
  ['Re: kennel assistant', 'Dzień dobry, może Pani wpaść do nas w piątek ok. 10? Pokażę schronisko i poznamy się. Pozdrawiam, Kim'],
  ['annonce vendeur', "Bonjour, venez voir la boutique jeudi vers 15h, on parlera du poste autour d'un café. Kim"],
  ['Re: vacature magazijn', 'Dag, kunt u vrijdag eens binnenspringen rond 14u? Dan toon ik u het magazijn. Groeten, Kim'],
  [
    'Quick connect',
    'Hi, your profile looks good. Can we connect tomorrow on Teams for a discussion regarding the role? Kindly share a slot. Kim'
  ],
  [
    'Nächster Schritt',
    'Guten Tag, unsere Geschäftsführerin möchte Sie gerne noch persönlich kennenlernen. Wäre Ihnen Dienstag, 17. November, 10 Uhr recht? Kim Rowe'
  ],
  ['Bora?', 'Oi! Adorei seu portfólio. Bora tomar um café na quinta às 16h? Quero te conhecer melhor. Kim']
]

const CONFIRMATIONS: Array<[string, string]> = [
  [
    'Tuesday - directions',
    'Hello, this is to confirm Tuesday at 11am as we agreed on the phone. Park behind the building and ring the bell. Kim'
  ],
  [
    'Donnerstag',
    'Guten Tag, wie telefonisch ausgemacht sehen wir uns am Donnerstag, 19. November, um 9 Uhr im Büro. Bitte Ausweis mitbringen. Kim Rowe'
  ],
  ['Mañana', 'Hola, te confirmo lo de mañana a las 11:00 en la oficina de la calle Mayor. Pregunta por mí en recepción. Kim']
]

describe('the mail around an interview', () => {
  it.each(INVITATIONS)('an invitation that never says "interview" is one: %s', (subject, text) => {
    const result = byRules(mail(subject, text), options)
    expect(result.category, result.reasons.join('; ')).toBe('interview_request')
  })

  it('a refusal told in passing after a visit is a rejection (French, Polish)', () => {
    expect(byRules(mail('Re: annonce', "Merci d'être passé. J'ai pris quelqu'un du village, bonne continuation."), options).category).toBe(
      'rejection'
    )
    expect(
      byRules(mail('Re: zgłoszenie', 'Dziękuję za wizytę. Zdecydowałyśmy się na osobę, która już u nas pracowała. Pozdrawiam'), options)
        .category
    ).toBe('rejection')
  })

  it.each(CONFIRMATIONS)('a meeting agreed on the phone and confirmed by mail is an update that confirms it: %s', (subject, text) => {
    const result = classifyMessage(mail(subject, text), options)
    expect(result.category, result.reasons.join('; ')).toBe('update')
    expect(result.confirmsInterview).toBe(true)
  })

  it('puts the confirmed interview on the calendar when it is not there yet, and moves nothing', () => {
    const application = {
      id: 'app-1',
      company: 'Employer',
      role: 'Collections Assistant',
      stage: 'applied',
      createdAt: '2026-10-01T09:00:00Z',
      updatedAt: '2026-10-01T09:00:00Z',
      contacts: [],
      interviews: [],
      events: [],
      actions: {}
    } as unknown as Application
    const [subject, text] = CONFIRMATIONS[1]!
    const message = mail(subject, text)
    const changes = proposeChanges(classifyMessage(message, options), message, application, { userAddresses: ['alex@me.example'] })
    expect(changes.map((c) => c.kind)).not.toContain('move_interview')
    expect(changes.find((c) => c.kind === 'add_interview')?.fields).toMatchObject({ startsAt: '2026-11-19T09:00:00.000Z' })
  })

  it('a session cancelled with no new date is an update, not a rejection', () => {
    const result = classifyMessage(
      mail(
        'Cancelled: assessment day 20 November',
        'Hello, we regret to inform you that the group session scheduled for Friday 20 November has been cancelled. We are not able to offer a new date at this time; your application remains active. Talent Team',
        'no-reply@employer.example'
      ),
      options
    )
    expect(result.category, result.reasons.join('; ')).toBe('update')
  })
})
