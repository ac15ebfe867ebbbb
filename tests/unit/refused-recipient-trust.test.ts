/**
 * An address the outgoing server refused (a typo: 550 at RCPT) never got the user's mail, so it is not someone the
 * user wrote to: a reply in that thread from it is not believed (whoever holds a mistyped address is a stranger), and
 * a follow-up that reached the interviewer only at a refused address did not reach them.
 */
import { describe, expect, it } from 'vitest'
import { application } from '../support/application'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { matchMessage } from '../../src/shared/core/matcher'
import { nextActions } from '../../src/shared/core/planner'
import { PlannerSettings } from '../../src/shared/model'
import { recipientsFor } from '../../src/main/outbox/drafts'

const ME = 'jordan@mail.candidate.example'
const context = { userAddresses: [ME] }

const sent = (notDelivered?: string[]) =>
  application({
    id: 'ward',
    company: 'Riverside Care Home',
    role: 'Night Nurse',
    stage: 'interviewing',
    contacts: [{ id: 'amira', name: 'Amira Okafor', email: 'amira.okafor@riverside-care.example' }],
    interviews: [{ id: 'i1', startsAt: '2026-11-18T15:00:00Z', durationMinutes: 45, contactIds: ['amira'] }],
    sentMessageIds: ['<thanks-1@mail.candidate.example>'],
    events: [
      {
        id: 'e1',
        at: '2026-11-18T20:00:00Z',
        type: 'message',
        text: 'Sent: Thank you',
        message: {
          messageId: '<thanks-1@mail.candidate.example>',
          direction: 'out',
          from: ME,
          // The home's manager, from her own address, and the interviewer's address with a typo.
          to: ['Sam Lee <sam.lee@gmail.example>', 'Amira Okafor <amira.okafor@riversde-care.example>'],
          subject: 'Thank you',
          ...(notDelivered ? { notDelivered } : {})
        }
      }
    ]
  })

const replyFrom = (address: string): MailMessage => ({
  messageId: '<reply-1@x.example>',
  inReplyTo: '<thanks-1@mail.candidate.example>',
  references: ['<thanks-1@mail.candidate.example>'],
  date: '2026-11-19T10:00:00Z',
  from: { name: 'Amira Okafor', address },
  to: [{ name: 'Jordan', address: ME }],
  cc: [],
  subject: 'Re: Thank you',
  text: 'Thanks Jordan, we will be in touch.',
  headers: {},
  hasCalendarInvite: false
})

describe('an address the outgoing server refused', () => {
  it('is not believed when a reply in the thread comes from it', () => {
    expect(matchMessage(replyFrom('amira.okafor@riversde-care.example'), [sent()], context)?.unverifiedSender).toBeUndefined()
    const match = matchMessage(replyFrom('amira.okafor@riversde-care.example'), [sent(['amira.okafor@riversde-care.example'])], context)
    expect(match).toMatchObject({ applicationId: 'ward', strength: 'thread', unverifiedSender: true })
    // The recipient who got the mail is still someone the user wrote to.
    expect(
      matchMessage(replyFrom('sam.lee@gmail.example'), [sent(['amira.okafor@riversde-care.example'])], context)?.unverifiedSender
    ).toBeUndefined()
  })

  it('keeps the thank-you due when the interviewer was the one refused', () => {
    const settings = PlannerSettings.parse({ timeZone: 'UTC' })
    const now = Date.parse('2026-11-18T21:00:00Z')
    const fixed = (notDelivered?: string[]) => {
      const app = sent(notDelivered)
      app.events[0]!.message!.to = ['Amira Okafor <amira.okafor@riverside-care.example>']
      return app
    }
    expect(nextActions(fixed(), settings, now).map((a) => a.kind)).not.toContain('thank_you')
    expect(nextActions(fixed(['Amira.Okafor@riverside-care.example']), settings, now).map((a) => a.kind)).toContain('thank_you')
  })
})

describe('an answer to a stranger in the thread', () => {
  it('goes to the person the user last reached, not to the address the server refused', () => {
    const app = sent(['amira.okafor@riversde-care.example'])
    // The refused address first in the list: the answer used to go to the same typo again.
    app.events[0]!.message!.to = ['Amira Okafor <amira.okafor@riversde-care.example>', 'Sam Lee <sam.lee@gmail.example>']
    const stranger = { ...app.events[0]!.message!, messageId: '<r1@x.example>', direction: 'in' as const, from: 'x@gmail.example' }
    expect(recipientsFor(app, { contactIds: [] }, { ...stranger, unverifiedSender: true }, undefined)).toEqual(['sam.lee@gmail.example'])
  })
})
