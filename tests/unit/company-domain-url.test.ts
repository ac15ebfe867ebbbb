/**
 * Review of b42b46fb: the form now takes a web address for the company's domain. Until then a pasted job posting's
 * address ("https://careers.acme.test/jobs/123") was refused ("is not a domain like acme.com") and the user typed the
 * domain; now it is saved, as the careers site's host, and mail from the company's own domain is not the company's.
 */
import { expect, it } from 'vitest'
import { createMatcher } from '../../src/shared/core/matcher'
import { Application } from '../../src/shared/model'
import { mailMessage } from '../support/mail-message'

const ME = 'jordan@mail.example'
for (const pasted of ['https://careers.acme.test/jobs/4711-robotics-engineer', 'https://jobs.acme.test/vacancies/123'])
  it(`with the job posting's address ${pasted} pasted as the company domain, "Next steps" from acme.test is filed`, () => {
    const app = Application.parse({
      id: 'acme',
      company: 'Acme Robotics',
      role: 'Engineer',
      companyDomain: pasted,
      stage: 'applied',
      createdAt: '2026-10-01T00:00:00Z',
      updatedAt: '2026-10-01T00:00:00Z'
    })
    const reply = mailMessage({
      from: { name: 'Dana Whitfield', address: 'dana@acme.test' },
      subject: 'Next steps',
      text: 'Could you come in on Tuesday at 10:00?',
      to: [{ name: 'Jordan', address: ME }]
    })
    const match = createMatcher([app], { userAddresses: [ME], knownMessageIds: new Map() }).match(reply)
    expect({ saved: app.companyDomain, filedOn: match?.applicationId ?? 'not filed' }).toMatchObject({ filedOn: 'acme' })
  })
