/**
 * A person Afterview does not know writes about the application, not in its thread: an agency's recruiter for a
 * client, a practice manager from the surgery's other domain, a café owner from Gmail who signs with the café's name.
 * Their mail must not be lost: it is filed as an unverified sender (nothing about the application changes because of
 * it), when the employer is named where people write it and the mail speaks of hiring.
 */
import { describe, expect, it } from 'vitest'
import { Application } from '../../src/shared/model'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { createMatcher, matchMessage } from '../../src/shared/core/matcher'

const ME = 'candidate@mail.candidate.example'
const context = { userAddresses: [ME] }

function application(fields: Record<string, unknown> & { id: string; company: string }): Application {
  return Application.parse({ role: '', stage: 'applied', createdAt: '2026-10-01T00:00:00Z', updatedAt: '2026-10-01T00:00:00Z', ...fields })
}

function mail(from: string, fromName: string, subject: string, text: string, headers: Record<string, string> = {}): MailMessage {
  return {
    messageId: `<${Math.random().toString(36).slice(2)}@test>`,
    references: [],
    date: '2026-11-20T10:00:00Z',
    from: { name: fromName, address: from },
    to: [{ name: 'Jordan', address: ME }],
    cc: [],
    subject,
    text,
    headers,
    hasCalendarInvite: false
  }
}

const kestrel = application({ id: 'kestrel', company: 'Kestrel Harbor', role: 'Staff Nurse', companyDomain: 'kestrelharbor.example' })
const lumen = application({ id: 'lumen', company: 'Café Lumen', role: 'Barista', companyDomain: 'cafelumen.example' })
const next = application({ id: 'next', company: 'Next', role: 'Store Manager', companyDomain: 'next.example' })
const all = [kestrel, lumen, next]

describe('a person Afterview does not know, writing about an application', () => {
  it('files an agency recruiter writing for a tracked client, as an unverified sender, and says why', () => {
    const agency = mail(
      'priya.shah@brightpath-recruitment.example',
      'Priya Shah',
      'Staff Nurse - next steps',
      "Hi Jordan,\n\nI'm recruiting for my client Kestrel Harbor and they would like to interview you for the Staff Nurse post next week.\n\nPriya"
    )
    const match = matchMessage(agency, all, context)
    expect(match).toMatchObject({ applicationId: 'kestrel', unverifiedSender: true })
    expect(match?.reason).toBe(
      'its first lines name Kestrel Harbor, but priya.shah@brightpath-recruitment.example is neither a contact nor an address of Kestrel Harbor: unverified sender'
    )
  })

  it('files an owner writing from Gmail who signs with the employer, and not a friend who only mentions it', () => {
    const owner = mail(
      'maria.lopes1984@gmail.com',
      'Maria Lopes',
      'Barista job',
      'Hi Jordan,\n\nThanks for your application! Could you come in for a chat on Tuesday at 3?\n\nMaria Lopes\nOwner, Café Lumen\n'
    )
    expect(matchMessage(owner, all, context)).toMatchObject({ applicationId: 'lumen', unverifiedSender: true })
    const friend = mail(
      'sam.lee@gmail.com',
      'Sam Lee',
      'good luck!',
      'Hey, heard you have an interview at Café Lumen on Tuesday - good luck, let me know how it goes!\n\nSam\n'
    )
    expect(matchMessage(friend, all, context)).toBeNull()
  })

  it('needs words about hiring, one tracked employer, and no mailing list', () => {
    const shop = mail(
      'hello@deli-market.example',
      'Deli Market',
      'Your order',
      'Your Kestrel Harbor gift card is on its way.\n\nDeli Market'
    )
    expect(matchMessage(shop, all, context)).toBeNull()
    const two = mail(
      'priya.shah@brightpath-recruitment.example',
      'Priya Shah',
      'Interview',
      'Hi Jordan, Kestrel Harbor and Café Lumen both asked me to arrange an interview with you.'
    )
    expect(matchMessage(two, all, context)).toBeNull()
    const newsletter = mail(
      'news@nursing-weekly.example',
      'Nursing Weekly',
      'How Kestrel Harbor interviews nurses',
      'This week: how Kestrel Harbor runs its interviews, and what applicants should prepare.',
      { 'list-unsubscribe': '<mailto:unsubscribe@nursing-weekly.example>' }
    )
    expect(matchMessage(newsletter, all, context)).toBeNull()
  })

  it('does not take a one-word employer from an ordinary word ("next steps" is not Next)', () => {
    const agency = (text: string) => matchMessage(mail('tom@staffing-partners.example', 'Tom Reid', 'Your application', text), all, context)
    expect(agency('Hi Jordan, thanks for your application. The next steps are a short call and an interview.')).toBeNull()
    expect(agency('Hi Jordan, thanks for your application. Next would like to interview you on Friday.')).toMatchObject({
      applicationId: 'next',
      unverifiedSender: true
    })
  })

  it('reads the employer in the sender’s own lines, not in the quoted mail under them', () => {
    const reply = mail(
      'tom@staffing-partners.example',
      'Tom Reid',
      'Re: your application',
      'Hi Jordan, thanks, I will pass your application on.\n\nTom\n\nOn Mon, 16 Nov 2026 at 09:12, Jordan <candidate@mail.candidate.example> wrote:\n> I applied to Kestrel Harbor last week.\n'
    )
    expect(matchMessage(reply, all, context)).toBeNull()
  })

  it('from the headers alone, picks out the mail worth reading in full: an employer or role named, no list, no machine', () => {
    const matcher = createMatcher(all, context)
    const header = (from: string, fromName: string, subject: string, headers: Record<string, string> = {}) =>
      matcher.mayBeAboutAnApplication(mail(from, fromName, subject, '', headers))
    expect(header('priya.shah@brightpath-recruitment.example', 'Priya Shah', 'Staff Nurse - next steps')).toBe(true)
    expect(header('maria.lopes1984@gmail.com', 'Maria Lopes (Café Lumen)', 'Tuesday?')).toBe(true)
    expect(header('tom@staffing-partners.example', 'Tom Reid', 'Interview with Kestrel Harbor')).toBe(true)
    // Not: a subject naming nothing tracked, a job alert's list, a no-reply machine (the acknowledgement gate reads those).
    expect(header('tom@staffing-partners.example', 'Tom Reid', 'Quick question')).toBe(false)
    expect(
      header('alerts@jobs-weekly.example', 'Jobs Weekly', '12 new Staff Nurse jobs', {
        'list-unsubscribe': '<mailto:u@jobs-weekly.example>'
      })
    ).toBe(false)
    expect(header('noreply@portal.example', 'Portal', 'Staff Nurse vacancies')).toBe(false)
  })
})
