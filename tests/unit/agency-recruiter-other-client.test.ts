/**
 * Review of e4926909 (otherClientNamed): a contact not at her application's domain whose mail names exactly one other
 * tracked employer has it filed on that employer. Mail that names another employer in passing is not about it.
 */
import { expect, it } from 'vitest'
import { application } from '../support/application'
import { mailMessage } from '../support/mail-message'
import { createMatcher } from '../../src/shared/core/matcher'

const ME = 'candidate@mail.candidate.example'
const matcher = (apps: Parameters<typeof createMatcher>[0]) => createMatcher(apps, { userAddresses: [ME] })

// Sam, an agency recruiter, put the user forward to Acme; the user also applied to Globex directly.
const acme = application({
  id: 'acme',
  company: 'Acme Robotics',
  role: 'Management Accountant',
  companyDomain: 'acmerobotics.example',
  contacts: [{ id: 'sam', name: 'Sam Okafor', email: 'sam.okafor@brightstaff.example' }]
})
const globex = application({ id: 'globex', company: 'Globex', role: 'Financial Analyst', companyDomain: 'globex.example' })
const sam = { name: 'Sam Okafor', address: 'sam.okafor@brightstaff.example' }

it("the agency recruiter's mail about her own client, asking about another process, stays on her client's application", () => {
  const m = mailMessage({
    messageId: '<sam-1@brightstaff.example>',
    from: sam,
    to: [{ name: 'Jordan', address: ME }],
    subject: 'Interview on Tuesday',
    text:
      'Hi Jordan,\n\nThe client has confirmed your interview for Tuesday at 10:00 with the finance director. ' +
      'Quick question: where are you with Globex? If an offer is close, let me know so I can push the client to move faster.\n\nSam Okafor\nSenior Recruiter, Brightstaff'
  })
  expect(matcher([acme, globex]).match(m)).toMatchObject({ applicationId: 'acme' })
})

it("the user's own mail to the agency recruiter, telling her of a competing offer, stays on the application it is about", () => {
  const m = mailMessage({
    messageId: '<me-1@mail.candidate.example>',
    from: { name: 'Jordan Ellis', address: ME },
    to: [sam],
    subject: 'Re: Offer',
    text:
      'Hi Sam,\n\nThank you for the offer from your client. I have also received an offer from Globex, at a higher salary. ' +
      'Could the client match it? I would prefer to join them.\n\nJordan'
  })
  expect(matcher([acme, globex]).match(m)).toMatchObject({ applicationId: 'acme', direction: 'out' })
})

it('the hiring manager, a contact on her personal address, mentioning where she worked before, stays on her application', () => {
  const withPriya = application({
    id: 'acme',
    company: 'Acme Robotics',
    role: 'Management Accountant',
    companyDomain: 'acmerobotics.example',
    contacts: [{ id: 'priya', name: 'Priya Raman', email: 'priya.raman@gmail.com' }]
  })
  const m = mailMessage({
    messageId: '<priya-1@gmail.com>',
    from: { name: 'Priya Raman', address: 'priya.raman@gmail.com' },
    to: [{ name: 'Jordan', address: ME }],
    subject: 'Coffee before your final round?',
    text:
      'Hi Jordan,\n\nHappy to meet for a coffee before your final round on Friday. I spent six years at Globex before I joined, ' +
      'so I can tell you how the finance team works here.\n\nPriya'
  })
  expect(matcher([withPriya, globex]).match(m)).toMatchObject({ applicationId: 'acme' })
})
