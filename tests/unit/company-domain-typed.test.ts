/**
 * The company's domain as the user knows it from the browser ("www.acme.com", "https://www.acme.com/careers"): mail
 * comes from acme.com. The form took it as typed and the matcher looked for mail from www.acme.com, so every mail that
 * named nothing else ("Next steps") was never filed. Applications saved that way before keep working.
 */
import { describe, expect, it } from 'vitest'
import { createMatcher } from '../../src/shared/core/matcher'
import { Application, bareDomain } from '../../src/shared/model'
import { mailMessage } from '../support/mail-message'

const application = (companyDomain: string) => ({
  id: 'acme',
  company: 'Acme Robotics',
  role: 'Engineer',
  companyDomain,
  stage: 'applied',
  createdAt: '2026-10-01T00:00:00Z',
  updatedAt: '2026-10-01T00:00:00Z'
})

describe('a company domain typed as a web address', () => {
  it.each([
    ['www.acme.test', 'acme.test'],
    ['https://www.acme.test/careers', 'acme.test'],
    ['HTTP://Acme.test/', 'acme.test'],
    ['www2.acme.test', 'acme.test'],
    ['acme.test:443', 'acme.test'],
    ['careers.acme.test', 'careers.acme.test'], // a host typed alone: kept
    ['https://careers.acme.test/jobs/123', 'acme.test'], // a job posting's address: its careers host is not the mail's
    ['jobs.acme.test/vacancies/9', 'acme.test'],
    ['https://jobs.ac.uk/job/ABC123', 'jobs.ac.uk'], // a job board under a public suffix, not ac.uk
    ['wwwacme.test', 'wwwacme.test']
  ])('%s is saved as %s', (typed, saved) => {
    expect(Application.parse(application(typed)).companyDomain).toBe(saved)
    expect(bareDomain(typed.toLowerCase())).toBe(saved)
  })

  it('files mail from the domain on an application saved with "www." before the form took it off', () => {
    // As the store's digests hold it: not through the schema.
    const saved = { ...Application.parse(application('acme.test')), companyDomain: 'www.acme.test' }
    const matcher = createMatcher([saved], { userAddresses: ['jordan@mail.example'], knownMessageIds: new Map() })
    const reply = mailMessage({
      from: { name: 'Dana Whitfield', address: 'dana@acme.test' },
      subject: 'Next steps',
      text: 'Could you come in on Tuesday at 10:00?',
      to: [{ name: 'Jordan', address: 'jordan@mail.example' }]
    })
    expect(matcher.match(reply)?.applicationId).toBe('acme')
  })
})
