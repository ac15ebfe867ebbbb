import { describe, expect, it } from 'vitest'
import { application } from '../support/application'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { createMatcher, matchMessage } from '../../src/shared/core/matcher'

const ME = 'candidate@mail.candidate.example'

function mail(fields: Partial<Omit<MailMessage, 'from'>> & { from: string; fromName?: string }): MailMessage {
  const { from, fromName, ...rest } = fields
  return {
    messageId: `<${Math.random().toString(36).slice(2)}@test>`,
    references: [],
    date: '2026-11-20T10:00:00Z',
    from: { name: fromName ?? '', address: from },
    to: [{ name: 'Jordan', address: ME }],
    cc: [],
    subject: '',
    text: '',
    headers: {},
    hasCalendarInvite: false,
    ...rest
  }
}

const acmeSwe = application({
  id: 'acme-swe',
  company: 'Acme Robotics',
  role: 'Senior Software Engineer',
  companyDomain: 'acmerobotics.com',
  stage: 'interviewing',
  appliedAt: '2026-10-02',
  contacts: [
    { id: 'dana', name: 'Dana Whitfield', email: 'dana.whitfield@acmerobotics.com' },
    { id: 'priya', name: 'Priya Raman', email: 'priya.raman@acmerobotics.com' }
  ],
  sentMessageIds: ['<thanks-acme-1@mail.candidate.example>'],
  events: [
    {
      id: 'e1',
      at: '2026-11-19T17:02:00Z',
      type: 'message',
      message: {
        messageId: '<thanks-acme-1@mail.candidate.example>',
        direction: 'out',
        subject: 'Thank you - onsite',
        to: ['dana.whitfield@acmerobotics.com']
      }
    }
  ]
})
const acmeFirmware = application({
  id: 'acme-fw',
  company: 'Acme Robotics',
  role: 'Firmware Engineer',
  companyDomain: 'acmerobotics.com',
  appliedAt: '2026-10-20',
  contacts: [{ id: 'priya2', name: 'Priya Raman', email: 'priya.raman@acmerobotics.com' }]
})
const kestrel = application({ id: 'kestrel', company: 'Kestrel Harbor', role: 'Product Manager', companyDomain: 'kestrelharbor.com' })
const lumen = application({ id: 'lumen', company: 'Lumen Grove', role: 'Product Designer', companyDomain: 'lumengrove.com' })
const bluefin = application({
  id: 'bluefin',
  company: 'Bluefin Logistics',
  role: 'Platform Reliability Engineer',
  companyDomain: 'bluefinlogistics.com'
})
const tidewater = application({ id: 'tidewater', company: 'Tidewater Bank', role: 'Data Analyst', companyDomain: 'tidewaterbank.com' })
const parcelpoint = application({
  id: 'parcelpoint',
  company: 'Parcelpoint',
  role: 'SRE',
  contacts: [{ id: 'sam', name: 'Sam Okafor', email: 'sam.okafor.recruits@gmail.com' }]
})
const all = [acmeSwe, acmeFirmware, kestrel, lumen, bluefin, tidewater, parcelpoint]
const context = { userAddresses: [ME] }

describe('matching a mail to its application', () => {
  it('files a reply to the thank-you on its application and says it answers the thank-you', () => {
    const reply = mail({ from: 'someone.new@acmerobotics.com', inReplyTo: '<thanks-acme-1@mail.candidate.example>' })
    expect(matchMessage(reply, all, context)).toEqual({
      applicationId: 'acme-swe',
      direction: 'in',
      reason: 'replied to your thank-you of Nov 19',
      strength: 'thread'
    })
  })

  it('files a thread reply from a stranger at a foreign domain as an unverified sender, and says why', () => {
    const forged = mail({
      from: 'dana@attacker.test',
      fromName: 'Dana Whitfield @ACMErobotics.com',
      references: ['<THANKS-ACME-1@mail.candidate.example>']
    })
    const match = matchMessage(forged, all, context)!
    expect(match).toMatchObject({ applicationId: 'acme-swe', strength: 'thread', unverifiedSender: true })
    expect(match.reason).toMatch(/dana@attacker\.test, which is neither a contact nor an address of Acme Robotics: unverified sender/)
    // The people the user wrote to, the company's domain and hiring systems are trusted.
    for (const from of ['dana.whitfield@acmerobotics.com', 'recruiting@jobs.acmerobotics.com', 'no-reply@greenhouse.io']) {
      expect(
        matchMessage(mail({ from, inReplyTo: '<thanks-acme-1@mail.candidate.example>' }), all, context)?.unverifiedSender
      ).toBeUndefined()
    }
  })

  it('follows a thread through References and through messages filed after the matcher was built', () => {
    const known = new Map<string, string>()
    const matcher = createMatcher(all, { userAddresses: [ME], knownMessageIds: known })
    const reply = mail({ from: 'no-reply@hire.lever.co', references: ['<a@x>', '<invite-1@hire.lever.co>'] })
    expect(matcher.match(reply)).toBeNull()
    known.set('<invite-1@hire.lever.co>', 'kestrel')
    expect(matcher.match(reply)).toMatchObject({ applicationId: 'kestrel', strength: 'thread' })
  })

  it('files mail from a known contact, naming them', () => {
    const m = matchMessage(mail({ from: 'dana.whitfield@acmerobotics.com', subject: 'Onsite' }), all, context)
    expect(m).toMatchObject({
      applicationId: 'acme-swe',
      strength: 'contact',
      reason: 'from Dana Whitfield, your contact at Acme Robotics'
    })
  })

  it('counts a known contact in Reply-To when an ATS relays the mail', () => {
    const m = matchMessage(
      mail({ from: 'no-reply@hire.lever.co', replyTo: { name: 'Dana', address: 'dana.whitfield@acmerobotics.com' } }),
      all,
      context
    )
    expect(m).toMatchObject({ applicationId: 'acme-swe', strength: 'contact' })
  })

  it('files mail from the company domain and its subdomains', () => {
    expect(matchMessage(mail({ from: 'people@kestrelharbor.com' }), all, context)).toMatchObject({
      applicationId: 'kestrel',
      strength: 'domain',
      reason: 'from kestrelharbor.com, the domain of Kestrel Harbor'
    })
    expect(matchMessage(mail({ from: 'talent@hire.lumengrove.com' }), all, context)).toMatchObject({
      applicationId: 'lumen',
      strength: 'domain'
    })
    // A council's or a hospital's own recruitment mailbox: "jobs-noreply" is the employer's receipt, not a job board's alert.
    expect(
      matchMessage(
        mail({ from: 'jobs-noreply@kestrelharbor.com', subject: 'Application received', text: 'Thank you for applying.' }),
        all,
        context
      )
    ).toMatchObject({ applicationId: 'kestrel', strength: 'domain' })
  })

  it('recognises Workday tenants and custom careers domains as the company', () => {
    expect(matchMessage(mail({ from: 'bluefin@myworkday.com' }), all, context)?.reason).toBe(
      'from the Workday tenant "bluefin" of Bluefin Logistics'
    )
    expect(matchMessage(mail({ from: 'notifications@bluefinlogistics.wd5.myworkday.com' }), all, context)?.applicationId).toBe('bluefin')
    expect(matchMessage(mail({ from: 'recruiting@talent.tidewaterbank.net' }), all, context)).toMatchObject({
      applicationId: 'tidewater',
      strength: 'domain'
    })
  })

  it('files ATS mail on the company it names, in the sender name, subject or body', () => {
    expect(matchMessage(mail({ from: 'no-reply@hire.lever.co', fromName: 'Kestrel Harbor' }), all, context)).toMatchObject({
      applicationId: 'kestrel',
      strength: 'ats',
      reason: 'sent by Lever on behalf of Kestrel Harbor'
    })
    expect(
      matchMessage(
        mail({
          from: 'no-reply@hire.lever.co',
          fromName: 'Lever',
          subject: 'Your application',
          text: 'Thanks for applying to Lumen Grove.'
        }),
        all,
        context
      )?.applicationId
    ).toBe('lumen')
    expect(
      matchMessage(mail({ from: 'no-reply@us.greenhouse-mail.io', subject: 'Thank you for applying to Kestrel Harbor' }), all, context)
        ?.applicationId
    ).toBe('kestrel')
  })

  it('knows the hiring systems of hospitals, schools, councils and employers outside the US', () => {
    const ward = application({ id: 'ward', company: 'St Brigid’s Hospital', role: 'Staff Nurse', companyDomain: 'stbrigids.example' })
    const school = application({ id: 'school', company: 'Maple Grove School District', role: 'Teacher', companyDomain: 'mgsd.example' })
    const hospital = application({ id: 'hospital', company: 'Hospital Santa Luzia', role: 'Enfermeira', companyDomain: 'hsl.example' })
    const apps = [...all, ward, school, hospital]
    const cases: Array<[string, string, string]> = [
      ['noreply@jobs.nhs.uk', 'St Brigid’s Hospital', 'ward'],
      ['noreply@governmentjobs.com', 'Maple Grove School District', 'school'],
      ['noreply@applitrack.com', 'Maple Grove School District', 'school'],
      ['naoresponda@gupy.io', 'Hospital Santa Luzia', 'hospital'],
      ['noreply@inrecruiting.com', 'Lumen Grove', 'lumen'],
      ['noreply@flatchr.io', 'Kestrel Harbor', 'kestrel']
    ]
    for (const [from, fromName, id] of cases)
      expect(matchMessage(mail({ from, fromName, subject: 'Application received' }), apps, context), from).toMatchObject({
        applicationId: id,
        strength: 'ats'
      })
  })

  it('knows a company however the mail spells it: legal form, accents, umlauts, apostrophes, "&", "St."', () => {
    const cases: Array<[string, string]> = [
      ["St Mary's Hospital", 'St Mary’s Hospital'],
      ['St. Mary’s Hospital', "St Mary's Hospital"],
      ['Cabinet Lefèvre Audit', 'Cabinet Lefevre Audit'],
      ['Müller & Söhne GmbH', 'Mueller & Soehne'],
      ['NHS Greater Glasgow and Clyde', 'NHS Greater Glasgow & Clyde'],
      ['Vela Tech S.r.l.', 'Vela Tech'],
      ['Boulangerie Dupont SARL', 'Boulangerie Dupont'],
      ['Construtora Horizonte Ltda.', 'Construtora Horizonte'],
      ['Harbour Care Pty Ltd', 'Harbour Care'],
      ['Kanzlei Weber & Partner mbB', 'Kanzlei Weber und Partner'],
      ['Schmidt Logistik GmbH & Co. KG', 'Schmidt Logistik'],
      // The user noted the department; the mail names the employer.
      ['Kinnaird and Tay Council (Education Services)', 'Kinnaird and Tay Council'],
      ['Hôpital Saint-Luc – Service RH', 'Hôpital Saint-Luc'],
      // A hyphen or a comma where the user typed a space, and the other way round.
      ['Cabinet Roussillat Daumas', 'Cabinet Roussillat-Daumas'],
      ['Vandermolen Ickes & Pike', 'Vandermolen, Ickes & Pike LLP'],
      ['The Lamplight Hotel Ballarat', 'The Lamplight Hotel, Ballarat'],
      ['Saint-Gildas Co-op', 'Saint Gildas Co op']
    ]
    for (const [company, written] of cases) {
      const tracked = application({ id: 'tracked', company, role: 'Nurse', companyDomain: 'tracked.example' })
      const filed = matchMessage(
        mail({
          from: 'noreply@myworkday.com',
          fromName: 'Workday',
          subject: 'Application received',
          text: `Thank you for applying to ${written}.`
        }),
        [tracked],
        context
      )
      expect(filed?.applicationId, `${company} written as ${written}`).toBe('tracked')
    }
    const other = application({ id: 'other', company: 'Harbour Freight Pty Ltd', companyDomain: 'hf.example' })
    expect(
      matchMessage(mail({ from: 'noreply@myworkday.com', text: 'Thank you for applying to Harbour Care.' }), [other], context)
    ).toBeNull()
  })

  it('files mail from a hiring system it does not know that names the company, as an unverified sender', () => {
    const byName = matchMessage(
      mail({ from: 'noreply@ats-mail.example', fromName: 'Kestrel Harbor Careers', subject: 'Thanks for applying' }),
      all,
      context
    )
    expect(byName).toMatchObject({ applicationId: 'kestrel', strength: 'ats', unverifiedSender: true })
    expect(byName?.reason).toBe(
      'its sender name names Kestrel Harbor, but ats-mail.example is not a hiring system Afterview knows: unverified sender'
    )
    expect(
      matchMessage(
        mail({ from: 'notifications@jobs-portal.example', fromName: 'Portal', subject: 'Your application to Lumen Grove' }),
        all,
        context
      )
    ).toMatchObject({ applicationId: 'lumen', unverifiedSender: true })
    // A person's mail that mentions the company, and a free-mail sender calling itself the company, are not filed.
    expect(
      matchMessage(mail({ from: 'sam@bakery.example', fromName: 'Sam Lee', subject: 'How did Kestrel Harbor go?' }), all, context)
    ).toBeNull()
    expect(matchMessage(mail({ from: 'kestrel.harbor.hr@gmail.com', fromName: 'Kestrel Harbor' }), all, context)).toBeNull()
  })

  it('with hundreds of applications, still reads the longest company name a mail gives, and only that one', () => {
    // The names are searched in several patterns (one alternation of 800 names fell off V8's fast path): a name in one
    // pattern that overlaps a longer one in another must not count as a second company.
    const many = Array.from({ length: 450 }, (_, i) => application({ id: `filler-${i}`, company: `Filler ${i}` }))
    const group = application({ id: 'group', company: 'Harbour Care Group', companyDomain: 'hcg.example' })
    const short = application({ id: 'short', company: 'Harbour', companyDomain: 'harbour.example' })
    const filed = matchMessage(
      mail({ from: 'noreply@ats-mail.example', fromName: 'Harbour Care Group Careers', subject: 'Thanks for applying' }),
      [...many, group, short],
      context
    )
    expect(filed).toMatchObject({ applicationId: 'group', unverifiedSender: true })
    expect(
      matchMessage(mail({ from: 'noreply@ats-mail.example', fromName: 'Filler 417 Careers', subject: 'Hi' }), many, context)
    ).toMatchObject({ applicationId: 'filler-417' })
  })

  it('a no-reply system it does not know that names the company only in its first lines, about an application, is filed as unverified', () => {
    const receipt = mail({
      from: 'noreply@jobs.council-portal.example',
      fromName: 'Jobs Portal',
      subject: 'Application received: Staff Nurse (REF 5512)',
      text: 'Dear Jordan,\n\nThank you for applying for the post of Staff Nurse with Kestrel Harbor. We will be in touch after the closing date.'
    })
    expect(matchMessage(receipt, all, context)).toMatchObject({ applicationId: 'kestrel', unverifiedSender: true })
    expect(matchMessage(receipt, all, context)?.reason).toMatch(/its first lines name Kestrel Harbor/)
    // Not: a mailing list, mail with no application words, two tracked companies, or the company named far down.
    const list = { ...receipt, headers: { 'list-unsubscribe': '<mailto:u@council-portal.example>' } }
    expect(matchMessage(list, all, context)).toBeNull()
    expect(
      matchMessage(
        mail({ from: 'noreply@shop.example', subject: 'Your order', text: 'Your Kestrel Harbor mug has shipped.' }),
        all,
        context
      )
    ).toBeNull()
    expect(
      matchMessage(
        { ...receipt, text: 'Thank you for applying. Candidates at Kestrel Harbor and Lumen Grove use this portal.' },
        all,
        context
      )
    ).toBeNull()
    expect(
      matchMessage({ ...receipt, text: `Thank you for applying.${' More text here.'.repeat(80)} Kestrel Harbor` }, all, context)
    ).toBeNull()
  })

  it('files a job board writing about your application to one tracked company, and never its job alerts', () => {
    const board = (subject: string, text = '') =>
      matchMessage(mail({ from: 'no-reply@welcometothejungle.com', fromName: 'Welcome to the Jungle', subject, text }), all, context)
    expect(board('Votre candidature chez Kestrel Harbor a bien été envoyée')).toMatchObject({ applicationId: 'kestrel', strength: 'ats' })
    expect(board('Novedades en tu inscripción', 'Estado actual de tu candidatura en Lumen Grove: Descartado/a')).toMatchObject({
      applicationId: 'lumen'
    })
    // The board relaying a company's own message, named in the sender: "Lunecrest via Welcome to the Jungle".
    expect(
      matchMessage(
        mail({ from: 'no-reply@welcometothejungle.com', fromName: 'Kestrel Harbor via Welcome to the Jungle', subject: 'Data Analyst' }),
        all,
        context
      )
    ).toMatchObject({ applicationId: 'kestrel' })
    // An alert naming a tracked company speaks of jobs, not of your application.
    expect(board('5 nouvelles offres pour vous', 'Kestrel Harbor recrute : Data Analyst. Postulez maintenant.')).toBeNull()
  })

  it('files a third party that says in its subject whom it writes for, as an unverified sender', () => {
    const bureau = (subject: string) =>
      matchMessage(mail({ from: 'planning@assessment-bureau.example', fromName: 'Bureau Meijer Assessments', subject }), all, context)
    expect(bureau('Online testen in opdracht van Kestrel Harbor')).toMatchObject({ applicationId: 'kestrel', unverifiedSender: true })
    expect(bureau('Reference check on behalf of Lumen Grove')).toMatchObject({ applicationId: 'lumen', unverifiedSender: true })
    // Naming the company without saying it writes for it is not enough from a sender that is no machine.
    expect(bureau('Our webinar: what Kestrel Harbor looks for')).toBeNull()
  })

  it('leaves ATS mail that names no tracked company unfiled', () => {
    expect(
      matchMessage(mail({ from: 'hello@greenhouse.io', subject: 'Create your profile', text: 'Track every application.' }), all, context)
    ).toBeNull()
  })

  it('tells two applications at one company apart by the role title', () => {
    const m = matchMessage(mail({ from: 'priya.raman@acmerobotics.com', subject: 'Phone screen - Firmware Engineer' }), all, context)
    expect(m).toMatchObject({
      applicationId: 'acme-fw',
      reason: 'from Priya Raman, your contact at Acme Robotics; the subject names the role "Firmware Engineer"'
    })
    expect(
      matchMessage(mail({ from: 'careers@acmerobotics.com', text: 'About the firmware opening: ...' }), all, context)?.applicationId
    ).toBe('acme-fw')
  })

  it('picks the most recent active application when nothing tells them apart, and says so', () => {
    const m = matchMessage(
      mail({
        from: 'priya.raman@acmerobotics.com',
        text: 'Both the Senior Software Engineer and Firmware Engineer teams are still reviewing.'
      }),
      all,
      context
    )
    expect(m?.applicationId).toBe('acme-swe')
    expect(m?.reason).toContain(
      '2 applications fit and the mail does not say which, so it went to the most recent active one (Senior Software Engineer)'
    )
    const closed = { ...acmeSwe, stage: 'rejected' as const }
    expect(matchMessage(mail({ from: 'priya.raman@acmerobotics.com' }), [closed, acmeFirmware], context)?.applicationId).toBe('acme-fw')
  })

  it('files the user’s own mail by its recipients, as outgoing', () => {
    const sent = mail({ from: ME, to: [{ name: 'Owen', address: 'owen@kestrelharbor.com' }] })
    expect(matchMessage(sent, all, context)).toMatchObject({
      applicationId: 'kestrel',
      direction: 'out',
      reason: 'to kestrelharbor.com, the domain of Kestrel Harbor'
    })
    expect(matchMessage(mail({ from: ME, to: [{ name: '', address: 'dana.whitfield@acmerobotics.com' }] }), all, context)?.reason).toBe(
      'to Dana Whitfield, your contact at Acme Robotics'
    )
  })

  it('never files mail the user sent to themselves', () => {
    expect(
      matchMessage(mail({ from: ME, to: [{ name: '', address: ME }], subject: 'Acme Robotics prep', text: 'Kestrel Harbor' }), all, context)
    ).toBeNull()
  })

  it('does not file job alerts or newsletters that name a tracked company', () => {
    expect(
      matchMessage(mail({ from: 'jobalerts-noreply@linkedin.com', subject: 'Senior Software Engineer at Acme Robotics' }), all, context)
    ).toBeNull()
    expect(matchMessage(mail({ from: 'alert@indeed.com', text: 'Product Manager - Kestrel Harbor' }), all, context)).toBeNull()
    expect(
      matchMessage(mail({ from: 'news@acmerobotics.com', headers: { 'list-id': '<news.acmerobotics.com>' } }), all, context)
    ).toBeNull()
    expect(matchMessage(mail({ from: 'alerts@tidewaterbank.com', subject: 'Your statement is ready' }), all, context)).toBeNull()
  })

  it('uses a contact’s free-mail address but never a free-mail domain as a company', () => {
    expect(matchMessage(mail({ from: 'sam.okafor.recruits@gmail.com' }), all, context)?.applicationId).toBe('parcelpoint')
    expect(matchMessage(mail({ from: 'a.friend@gmail.com', text: 'Good luck at Parcelpoint!' }), all, context)).toBeNull()
  })

  it('never takes a domain many public employers share (nhs.net, a state’s teachers) for one company', () => {
    const trust = application({
      id: 'trust',
      company: 'Northgate Hospitals NHS Trust',
      companyDomain: 'northgate.nhs.uk',
      contacts: [{ id: 'ward', name: 'Ward Manager', email: 'j.okafor@nhs.net' }]
    })
    const school = application({
      id: 'school',
      company: 'Parramatta High',
      contacts: [{ id: 'p', name: 'Principal', email: 'a.lee@det.nsw.edu.au' }]
    })
    expect(matchMessage(mail({ from: 'j.okafor@nhs.net' }), [trust, school], context)?.applicationId).toBe('trust')
    expect(matchMessage(mail({ from: 'someone.else@nhs.net', subject: 'Rota for next week' }), [trust, school], context)).toBeNull()
    expect(matchMessage(mail({ from: 'rota@northgate.nhs.uk' }), [trust, school], context)?.applicationId).toBe('trust')
    expect(matchMessage(mail({ from: 'a.lee@det.nsw.edu.au' }), [trust, school], context)?.applicationId).toBe('school')
    expect(matchMessage(mail({ from: 'other.teacher@det.nsw.edu.au', subject: 'Staff meeting' }), [trust, school], context)).toBeNull()
  })

  it('knows the consumer mail providers of other countries: a founder on libero.it does not claim every libero.it sender', () => {
    const founders: Array<[string, string]> = [
      ['marco.rossi@libero.it', 'giulia.b@libero.it'],
      ['claire.martin@orange.fr', 'voisin@orange.fr'],
      ['j.smith@btinternet.com', 'mum@btinternet.com'],
      ['ana.souza@uol.com.br', 'amigo@uol.com.br'],
      ['pieter@ziggo.nl', 'buurman@ziggo.nl'],
      ['dave@bigpond.com', 'mate@bigpond.com'],
      ['sanjay@rediffmail.com', 'cousin@rediffmail.com'],
      ['lea@hotmail.fr', 'ami@hotmail.fr']
    ]
    for (const [founder, friend] of founders) {
      const small = application({ id: 'small', company: 'Small Studio', contacts: [{ id: 'f', name: 'Founder', email: founder }] })
      expect(matchMessage(mail({ from: founder }), [small], context)?.applicationId, founder).toBe('small')
      expect(matchMessage(mail({ from: friend, text: 'How did it go?' }), [small], context), friend).toBeNull()
    }
  })

  it('matches 100,000 messages in well under a few seconds', () => {
    const apps = Array.from({ length: 300 }, (_, i) =>
      application({
        id: `a${i}`,
        company: `Company ${i} Labs`,
        companyDomain: `company${i}.example.com`,
        contacts: [{ id: `c${i}`, name: 'X', email: `x${i}@company${i}.example.com` }]
      })
    )
    const matcher = createMatcher(apps, { userAddresses: [ME], knownMessageIds: new Map() })
    const messages = Array.from({ length: 1000 }, (_, i) =>
      mail({
        from:
          i % 3 === 0 ? `x${i % 300}@company${i % 300}.example.com` : i % 3 === 1 ? 'no-reply@hire.lever.co' : `someone@else${i}.example`,
        fromName: `Company ${i % 300} Labs`,
        subject: 'Update'
      })
    )
    const start = performance.now()
    for (let round = 0; round < 100; round++) for (const m of messages) matcher.match(m)
    expect(performance.now() - start).toBeLessThan(5000)
  })
})
