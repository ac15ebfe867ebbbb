/**
 * Applying to a council, a hospital trust or a shop does not make their customer mail part of the application: a
 * council-tax bill, a bin-collection notice, an outpatient appointment or an order shipped from the employer's own
 * domain is not filed there (it would show as a reply and move the plan). Mail from a person at that domain, and the
 * domain's service mailboxes when they speak of hiring, are filed as before.
 */
import { describe, expect, it } from 'vitest'
import { createMatcher } from '../../src/shared/core/matcher'
import { Application } from '../../src/shared/model'
import { mailMessage } from '../support/mail-message'

const employer = (id: string, company: string, domain: string) =>
  Application.parse({
    id,
    company,
    role: 'Payroll Officer',
    companyDomain: domain,
    stage: 'applied',
    createdAt: '2026-10-01T00:00:00Z',
    updatedAt: '2026-10-01T00:00:00Z'
  })
const matcher = createMatcher(
  [
    employer('council', 'Leeds City Council', 'leeds.gov.uk'),
    employer('trust', 'Airedale NHS Trust', 'airedale-trust.nhs.uk'),
    employer('shop', 'Hollins Home', 'hollinshome.example')
  ],
  { userAddresses: ['jordan@mail.example'], knownMessageIds: new Map() }
)
const filedOn = (from: string, subject: string, text: string) =>
  matcher.match(mailMessage({ from: { name: '', address: from }, subject, text, to: [{ name: 'Jordan', address: 'jordan@mail.example' }] }))
    ?.applicationId ?? null

describe("an employer's customer mail", () => {
  it.each([
    [
      'council.tax@leeds.gov.uk',
      'Your council tax bill 2026/27',
      'Your bill for 2026/27 is attached. Instalments are due on the 1st of each month.'
    ],
    ['bins@leeds.gov.uk', 'Changes to your bin collection', 'From next week your green bin is collected on Tuesdays.'],
    [
      'outpatients@airedale-trust.nhs.uk',
      'Your appointment on 12 November',
      'Your outpatient appointment is on 12 November at 9:40 in clinic 4.'
    ],
    ['no-reply@airedale-trust.nhs.uk', 'Appointment reminder', 'Please arrive ten minutes early and bring a list of your medicines.'],
    [
      'orders@hollinshome.example',
      'Your order has shipped',
      'Good news: your sofa cushions are on their way and should arrive on Thursday.'
    ],
    // A link to the shop's help pages ("hollinshome.example/help") is no exam; an invoice or a booking in other languages.
    ['orders@hollinshome.example', 'Your order is confirmed', 'Need help? Visit hollinshome.example/help. Please do not reply.'],
    ['facturation@hollinshome.example', 'Facture de novembre 2026', 'Veuillez trouver ci-joint votre facture du mois de novembre.'],
    ['reservas@hollinshome.example', 'Reserva confirmada', 'Le confirmamos su reserva: llegada el viernes 4 de diciembre.'],
    // "e-tjänsten" is the council's web service, not a post.
    ['noreply@leeds.gov.uk', 'Erbjudande om förskoleplats', 'Du måste tacka ja eller nej till platsen i e-tjänsten senast den 2 december.']
  ])('from %s is not filed on the application', (from, subject, text) => {
    expect(filedOn(from, subject, text)).toBeNull()
  })

  it('is filed when a service mailbox speaks of hiring, and a person at the domain is always filed', () => {
    expect(filedOn('noreply@leeds.gov.uk', 'Your application for Payroll Officer', 'Thank you for applying. We will be in touch.')).toBe(
      'council'
    )
    expect(filedOn('no-reply@airedale-trust.nhs.uk', 'Interview arrangements', 'Your interview is on Monday at 10am.')).toBe('trust')
    expect(filedOn('sarah.khan@leeds.gov.uk', 'Quick call?', 'Hi Jordan, are you free for a quick call tomorrow at 10?')).toBe('council')
    expect(filedOn('orders@hollinshome.example', 'Re: the store supervisor role', 'Forwarding to our HR team now.')).toBe('shop')
    // A public competition's portal says "bando" and "graduatoria", not "application".
    expect(
      filedOn('noreply-concorsi@leeds.gov.uk', 'Ricevuta domanda - bando n. 12/2026', 'La graduatoria sarà pubblicata sul sito.')
    ).toBe('council')
    expect(filedOn('noreply@airedale-trust.nhs.uk', 'Your online test', 'Please complete the numerical test by Friday.')).toBe('trust')
  })
})
