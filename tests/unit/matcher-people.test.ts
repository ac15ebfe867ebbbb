/**
 * A person Afterview does not know writes about the application, not in its thread: an agency's recruiter for a
 * client, a practice manager from the surgery's other domain, a café owner from Gmail who signs with the café's name.
 * Their mail must not be lost: it is filed as an unverified sender (nothing about the application changes because of
 * it), when the employer is named where people write it and the mail speaks of hiring.
 */
import { describe, expect, it } from 'vitest'
import { application } from '../support/application'
import { mailMessage } from '../support/mail-message'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { createMatcher, matchMessage } from '../../src/shared/core/matcher'

const ME = 'candidate@mail.candidate.example'
const context = { userAddresses: [ME] }

const mail = (from: string, fromName: string, subject: string, text: string, headers: Record<string, string> = {}): MailMessage =>
  mailMessage({
    messageId: `<${Math.random().toString(36).slice(2)}@test>`,
    from: { name: fromName, address: from },
    to: [{ name: 'Jordan', address: ME }],
    subject,
    text,
    headers
  })

const kestrel = application({ id: 'kestrel', company: 'Kestrel Harbor', role: 'Staff Nurse', companyDomain: 'kestrelharbor.example' })
const lumen = application({ id: 'lumen', company: 'Café Lumen', role: 'Barista', companyDomain: 'cafelumen.example' })
const next = application({ id: 'next', company: 'Next', role: 'Store Manager', companyDomain: 'next.example' })
const brisamar = application({ id: 'brisamar', company: 'Hoteles Brisamar', role: 'Recepcionista', companyDomain: 'brisamar.example' })
const northway = application({ id: 'northway', company: 'Northway Freight', role: 'Transport Planner', companyDomain: 'northway.example' })
const thornbury = application({
  id: 'thornbury',
  company: 'Thornbury NHS Trust',
  role: 'Staff Nurse Band 5',
  companyDomain: 'thornbury-nhs.example',
  contacts: [{ id: 'claire', name: 'Claire Hebblethwaite', email: 'claire.hebblethwaite@thornbury-nhs.example' }]
})
const all = [kestrel, lumen, next, brisamar, northway, thornbury]

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
      'its first lines name Kestrel Harbor and it names the role "Staff Nurse", but priya.shah@brightpath-recruitment.example is neither a contact nor an address of Kestrel Harbor: unverified sender'
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

  it('files a contact writing from her own address by her name, as an unverified sender', () => {
    const claire = mail('claireh76@outlook.com', 'Claire Hebblethwaite', 'Ward 12', 'Hi Noor, are you free on Wednesday at 10?\n\nClaire')
    const match = matchMessage(claire, all, context)
    expect(match).toMatchObject({ applicationId: 'thornbury', strength: 'contact', unverifiedSender: true })
    expect(match?.reason).toBe(
      'from Claire Hebblethwaite, your contact at Thornbury NHS Trust, but from claireh76@outlook.com, not the address on record: unverified sender'
    )
    expect(createMatcher(all, context).mayBeAboutAnApplication({ ...claire, text: '' })).toBe(true)
  })

  it('knows an employer by its own word when the mail also names its role ("Brisamar Boutique Nerja" for Hoteles Brisamar)', () => {
    const portal = (subject: string, text: string) => matchMessage(mail('noreply@jobs-portal.example', 'Jobs', subject, text), all, context)
    expect(
      portal('Tu candidatura para Recepcionista en Brisamar Boutique Nerja ha sido enviada', '¡Tu candidatura ha sido enviada!')
    ).toMatchObject({ applicationId: 'brisamar', unverifiedSender: true })
    // The word alone may be a place or another company's name: not enough.
    expect(portal('Your application', 'Thank you for your application to Brisamar Beach Bar.')).toBeNull()
  })

  it('files a manager writing from Gmail for the employer ("our depot"), and not a friend naming the same employer and role', () => {
    const manager = mail(
      'steve.atherley@gmail.com',
      'Steve Atherley',
      'Transport planner job - Doncaster depot',
      'Morning Noor,\n\nSteve here, I run the planning office at our Doncaster depot (Northway). Are you free for a call on Tuesday?\n\nSteve'
    )
    expect(matchMessage(manager, all, context)).toMatchObject({ applicationId: 'northway', unverifiedSender: true })
    const friend = mail(
      'ines.calado@gmail.com',
      'Inês',
      'olha isto',
      'My cousin says Northway gave the Transport Planner job to someone else, what a pity! Dinner on Saturday?\n\nInês'
    )
    expect(matchMessage(friend, all, context)).toBeNull()
  })

  it('files a reply in an old thread on the other application at that employer whose role it names', () => {
    const nights = application({
      id: 'nights',
      company: 'Heatherbank Care Group',
      role: 'Care Assistant (nights)',
      companyDomain: 'heatherbank.example',
      sentMessageIds: ['<apply-nights@mail.candidate.example>']
    })
    const senior = application({
      id: 'senior',
      company: 'Heatherbank Care Group',
      role: 'Senior Care Assistant (days)',
      companyDomain: 'heatherbank.example'
    })
    const reply = (text: string) =>
      matchMessage(
        {
          ...mail('recruitment@heatherbank.example', 'Shelagh', 'RE: Application', text),
          inReplyTo: '<apply-nights@mail.candidate.example>'
        },
        [nights, senior],
        context
      )
    const moved = reply(
      "Hi Noor, I'm replying on this old chain: you've since applied for our Senior Care Assistant (days) vacancy. Could you come on Thursday?"
    )
    expect(moved).toMatchObject({ applicationId: 'senior', strength: 'thread' })
    expect(moved?.reason).toBe('replied to a message you sent about this application, but it names the role "Senior Care Assistant (days)"')
    // Naming its own role too, or no role at all: the thread decides.
    expect(reply('Both the Care Assistant (nights) and the Senior Care Assistant (days) posts are still open.')?.applicationId).toBe(
      'nights'
    )
    expect(reply('Could you come on Thursday?')?.applicationId).toBe('nights')
  })
})

describe("a contact's own mailbox at a provider Afterview does not know", () => {
  // An electrician who answers from his provider's mailbox, the employer's domain known: his provider is not the employer.
  const ohanlon = application({
    id: 'ohanlon',
    company: "O'Hanlon Electrical",
    role: 'Apprentice Electrician',
    companyDomain: 'ohanlonelectrical.example',
    contacts: [{ id: 'declan', name: "Declan O'Hanlon", email: 'declan.sparks@localnet.example' }]
  })
  // No employer domain known: the contact's domain is the best sign of the employer there is.
  const harrow = application({
    id: 'harrow',
    company: 'Harrow Dental',
    role: 'Dental Nurse',
    contacts: [{ id: 'mia', name: 'Mia Stone', email: 'mia@harrowdental.example' }]
  })

  it('files his own mail, and the employer’s, but not a stranger at the same provider', () => {
    expect(
      matchMessage(mail('declan.sparks@localnet.example', "Declan O'Hanlon", 'Saturday', 'See you at 8.'), [ohanlon], context)
    ).toMatchObject({
      applicationId: 'ohanlon'
    })
    expect(
      matchMessage(mail('office@ohanlonelectrical.example', 'Office', 'Your start', 'Bring your boots.'), [ohanlon], context)
    ).toMatchObject({
      applicationId: 'ohanlon'
    })
    expect(
      matchMessage(mail('kasia.p@localnet.example', 'Kasia', 'Jak poszło?', 'How did it go on Saturday?'), [ohanlon], context)
    ).toBeNull()
  })

  it('without an employer domain, still files a colleague writing from the contact’s domain', () => {
    expect(
      matchMessage(mail('reception@harrowdental.example', 'Reception', 'Your visit', 'See you on Monday.'), [harrow], context)
    ).toMatchObject({
      applicationId: 'harrow'
    })
  })
})
