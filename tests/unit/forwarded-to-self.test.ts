import { describe, expect, it } from 'vitest'
import { application } from '../support/application'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { createMatcher } from '../../src/shared/core/matcher'
import { mayBeForwardToSelf, sameOwnName } from '../../src/shared/core/forwarded'
import { extractFacts } from '../../src/shared/core/facts'
import { mailMessage } from '../support/mail-message'

const ME = 'candidate@mail.candidate.example'
const ALIAS = 'jordan@work-alias.example'

const oakline = application({ id: 'oakline', company: 'Oakline', role: 'Founding Engineer', companyDomain: 'oakline.dev' })
const acme = application({
  id: 'acme',
  company: 'Acme Robotics',
  role: 'Firmware Engineer',
  companyDomain: 'acmerobotics.com',
  contacts: [{ id: 'dana', name: 'Dana Whitfield', email: 'dana@acmerobotics.com' }]
})
const known = new Map([['<interview-42@acmerobotics.com>', 'acme']])
const matcher = createMatcher([oakline, acme], { userAddresses: [ME, ALIAS], knownMessageIds: known })

const mail = (from: { name: string; address: string }, subject: string, text: string): MailMessage =>
  mailMessage({
    messageId: `<${subject.length}.${text.length}@mail.example>`,
    date: '2026-11-12T21:30:00Z',
    from,
    to: [{ name: 'Jordan Ellis', address: ME }],
    subject,
    text
  })

describe('an invitation the user forwarded to themselves', () => {
  it("is matched by who wrote the forwarded mail (Gmail, from the user's other address under their own name)", () => {
    const text =
      '---------- Forwarded message ---------\nFrom: Maya Lindqvist <maya@oakline.dev>\nDate: Thu, Nov 12, 2026 at 6:41 PM\nSubject: quick chat\nTo: <jordan.home@gmail.com>\n\nHey Jordan, can we talk on Friday?\n\nMaya'
    const match = matcher.match(mail({ name: 'Jordan Ellis', address: 'jordan.home@gmail.com' }, 'Fwd: quick chat', text))
    expect(match).toMatchObject({
      applicationId: 'oakline',
      direction: 'in',
      reason: 'you forwarded it to yourself; from oakline.dev, the domain of Oakline'
    })
  })

  it('is matched through a configured alias (Apple Mail) by the contact who wrote it', () => {
    const text =
      'See below.\n\nBegin forwarded message:\n\nFrom: Dana Whitfield <dana@acmerobotics.com>\nSubject: Interview on Tuesday\nDate: 12 November 2026 at 10:00:00 GMT\nTo: Jordan <jordan@work-alias.example>\n\nCould you do Tuesday at 10?'
    expect(matcher.match(mail({ name: 'J. E.', address: ALIAS }, 'Fwd: Interview on Tuesday', text))).toMatchObject({
      applicationId: 'acme',
      reason: 'you forwarded it to yourself; from Dana Whitfield, your contact at Acme Robotics'
    })
  })

  it('is matched by the forwarded Message-ID when it is already filed (Outlook)', () => {
    const text =
      '-----Original Message-----\nFrom: Scheduling <no-reply@scheduler.example>\nSent: Thursday, November 12, 2026 6:41 PM\nTo: Jordan <jordan@work-alias.example>\nSubject: Your interview\nMessage-ID: <Interview-42@acmerobotics.com>\n\nYour interview is confirmed.'
    expect(matcher.match(mail({ name: 'Jordan', address: ALIAS }, 'FW: Your interview', text))).toMatchObject({
      applicationId: 'acme',
      strength: 'thread'
    })
  })

  it("leaves a recruiter's reply that quotes the user's own mail alone", () => {
    const text =
      'Thanks Jordan, Tuesday works.\n\n-----Original Message-----\nFrom: Jordan Ellis <candidate@mail.candidate.example>\nTo: Maya Lindqvist <maya@oakline.dev>\nSubject: Next steps\n\nHi Dana, I can do Tuesday.'
    expect(matcher.match(mail({ name: 'Dana Whitfield', address: 'dana@acmerobotics.com' }, 'RE: Next steps', text))).toMatchObject({
      applicationId: 'acme',
      reason: 'from Dana Whitfield, your contact at Acme Robotics'
    })
  })

  it('does not unwrap a forward from someone else', () => {
    const text =
      '---------- Forwarded message ---------\nFrom: Maya Lindqvist <maya@oakline.dev>\nSubject: quick chat\nTo: <friend@elsewhere.example>\n\nHey, can we talk on Friday?'
    expect(matcher.match(mail({ name: 'A Friend', address: 'friend@elsewhere.example' }, 'Fwd: quick chat', text))).toBeNull()
  })

  it('is matched from an old address that carries no name, when the forwarded mail was sent to that very address', () => {
    // "this came to my old address": no display name on either side to compare (training-29, -30, -31).
    const nameless = (from: string, innerTo: string, name = ''): MailMessage =>
      mailMessage({
        messageId: `<nameless.${from.length}.${innerTo.length}.${name.length}@othermail.example>`,
        date: '2026-11-12T21:30:00Z',
        from: { name, address: from },
        to: [{ name: '', address: ME }],
        subject: 'Fwd: Re: Line cook',
        text: `this came to my old address\n\n---------- Forwarded message ---------\nFrom: Dana Whitfield <dana@acmerobotics.com>\nDate: Wed, Nov 11, 2026 at 10:40 PM\nSubject: Re: Line cook\nTo: <${innerTo}>\n\nSorry, the spot has been filled.`
      })
    const mine = nameless('jordan.old@othermail.example', 'jordan.old@othermail.example')
    expect(matcher.match(mine)).toMatchObject({ applicationId: 'acme', reason: expect.stringMatching(/^you forwarded it to yourself/) })
    // The sync reads its body: only the forwarded To line can tell, and the header says it is a forward to the user alone.
    expect(mayBeForwardToSelf(mine, [ME])).toBe(true)
    expect(mayBeForwardToSelf({ ...mine, subject: 'Re: Line cook' }, [ME])).toBe(false)
    // Mail that was sent to someone else and passed on by them is theirs, not the user's.
    expect(matcher.match(nameless('jordan.old@othermail.example', 'a.friend@elsewhere.example'))).toBeNull()
    // A name is compared with the user's address ("Candidate" and candidate@…): a friend forwarding their own mail is not.
    expect(matcher.match(nameless('c.old@othermail.example', 'c.old@othermail.example', 'Candidate'))).toMatchObject({
      applicationId: 'acme'
    })
    expect(matcher.match(nameless('alex.b@othermail.example', 'alex.b@othermail.example', 'Alex Brown'))).toBeNull()
    expect(mayBeForwardToSelf(nameless('alex.b@othermail.example', 'alex.b@othermail.example', 'Alex Brown'), [ME])).toBe(false)
  })

  it("is matched when the other address carries a shortened name (Outlook's line of underscores)", () => {
    const text =
      'Liam still has my old address, forwarding so it is with the rest.\n________________________________\nFrom: Dana Whitfield <dana@acmerobotics.com>\nSent: Thursday, October 22, 2026 6:40 PM\nTo: Jordan E. <jordan.old@othermail.example>\nSubject: Good news!\n\nHey Jordan, we want you!'
    const match = matcher.match(mail({ name: 'Jordan E.', address: 'jordan.old@othermail.example' }, 'FW: Good news!', text))
    expect(match).toMatchObject({ applicationId: 'acme' })
    // Someone else who shares the first name is someone else.
    expect(matcher.match(mail({ name: 'Jordan Smith', address: 'jordan.smith@othermail.example' }, 'FW: Good news!', text))).toBeNull()
  })

  it.each([
    ['Jordan Ellis', 'Jordan E.', true],
    ['Jordan Ellis', 'J. Ellis', true],
    ['Jordan Ellis', 'jordan', true],
    ['Jordan Ellis', 'Jordan Smith', false],
    ['Jordan Ellis', 'Jo Ellis', false],
    ['Jordan Ellis', 'J. E.', false],
    ['Jordan Ellis', '', false],
    ['ÉLODIE MARCHAND', 'Élodie M.', true],
    ['Ελένη Παπά', 'Ελένη Π.', true],
    ['"Jordan"', "'jordan'", true],
    ['" . ,', '" . ,', false]
  ])('takes %s and %s for the same person: %s', (a, b, same) => {
    expect(sameOwnName(a, b)).toBe(same)
  })

  it("names who wrote the forwarded mail as the person to answer, never the user's other address", () => {
    const text =
      '---------- Forwarded message ---------\nFrom: Maya Lindqvist <maya@oakline.dev>\nSubject: quick chat\nTo: <jordan.home@gmail.com>\n\nHey Jordan, you will hear from me by Wednesday.\n\nMaya'
    const facts = extractFacts(mail({ name: 'Jordan Ellis', address: 'jordan.home@gmail.com' }, 'Fwd: quick chat', text), {
      userAddresses: [ME]
    })
    expect(facts.replyTo).toMatchObject({ name: 'Maya Lindqvist', email: 'maya@oakline.dev' })
  })
})
