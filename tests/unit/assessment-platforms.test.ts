import { describe, expect, it } from 'vitest'
import { application } from '../support/application'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { createMatcher } from '../../src/shared/core/matcher'
import { mailMessage } from '../support/mail-message'

const ME = 'candidate@mail.candidate.example'

const mail = (from: string, name: string, subject: string, text = ''): MailMessage =>
  mailMessage({
    messageId: `<${subject.length}-${from}>`,
    from: { name, address: from },
    to: [{ name: 'Sam', address: ME }],
    subject,
    text
  })

const acme = application({ id: 'acme', company: 'Acme Robotics GmbH', role: 'Firmware Engineer', companyDomain: 'acmerobotics.com' })
const kestrel = application({ id: 'kestrel', company: 'Kestrel Harbor', role: 'Product Manager', companyDomain: 'kestrelharbor.com' })
const matcher = createMatcher([acme, kestrel], { userAddresses: [ME] })

describe('assessment platforms writing for a tracked company', () => {
  it.each([
    ['HackerRank', mail('support@hackerrankforwork.com', 'HackerRank', 'Acme Robotics has invited you to a HackerRank test')],
    [
      'Codility',
      mail(
        'no-reply@codility.com',
        'Codility',
        'Your coding test',
        'Hello Sam,\n\nYou have been invited by Acme to complete a coding test within 5 days.'
      )
    ],
    ['CodeSignal', mail('noreply@codesignal.com', 'CodeSignal', 'Acme invited you to complete an assessment')],
    ['TestGorilla', mail('noreply@testgorilla.com', 'Acme Robotics via TestGorilla', 'Assessment invitation')],
    [
      'Coderbyte',
      mail('no-reply@coderbyte.com', 'Coderbyte', 'Coding challenge', 'Today Acme Robotics would like you to take a short challenge.')
    ]
  ])('files a %s invitation on the company it names, full name or short', (platform, message) => {
    expect(matcher.match(message)).toMatchObject({
      applicationId: 'acme',
      strength: 'ats',
      reason: `sent by ${platform} on behalf of Acme Robotics GmbH`
    })
  })

  it('files nothing when the platform names no tracked company', () => {
    expect(
      matcher.match(mail('no-reply@codility.com', 'Codility', 'Your coding test', 'You have been invited by Northwind to complete a test.'))
    ).toBeNull()
    expect(
      matcher.match(
        mail('no-reply@codility.com', 'Codility', 'Your coding test', 'You have been invited by the hiring team to complete a test.')
      )
    ).toBeNull()
  })

  it('does not guess between two companies that share the short name', () => {
    const acmeFoods = application({ id: 'acme-foods', company: 'Acme Foods', role: 'Analyst', companyDomain: 'acmefoods.example' })
    const both = createMatcher([acme, acmeFoods], { userAddresses: [ME] })
    expect(both.match(mail('noreply@codesignal.com', 'CodeSignal', 'Acme invited you to complete an assessment'))).toBeNull()
    expect(both.match(mail('noreply@codesignal.com', 'CodeSignal', 'Acme Foods invited you to complete an assessment'))).toMatchObject({
      applicationId: 'acme-foods'
    })
  })

  it('reads a short name only from a hiring system, not from any sender', () => {
    expect(matcher.match(mail('news@robotics-weekly.example', 'Robotics Weekly', 'Acme invited you to their open day'))).toBeNull()
  })
})
