/**
 * The person to answer when a hiring system or a department's mailbox wrote: the person its text names with
 * an address ("contact Maria Lopez … at maria.lopez@…"), in several languages; never a title, a team or a
 * mailbox that spells no name.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import { mailMessage } from '../support/mail-message'

const answer = (from: { name: string; address: string }, text: string) =>
  extractFacts(mailMessage({ from, text, subject: 'Your application' }), { userAddresses: ['candidate@mail.example'] }).replyTo

describe('the person to answer, named in the text of a machine’s mail', () => {
  it.each([
    [
      { name: 'Workday', address: 'stmarys@myworkday.com' },
      'Dear Jordan,\n\nThank you for applying. If you have any questions, please contact Maria Lopez, Recruitment Coordinator, at maria.lopez@stmarys.example.\n\nRecruitment Team',
      { name: 'Maria Lopez', email: 'maria.lopez@stmarys.example' }
    ],
    [
      { name: 'HR', address: 'hr@schule.example' },
      'Sehr geehrte Frau Ellis,\n\nbei Fragen wenden Sie sich bitte an Frau Petra Koch (petra.koch@schule.example).\n\nMit freundlichen Grüßen\nIhre Personalabteilung',
      { name: 'Petra Koch', email: 'petra.koch@schule.example' }
    ],
    [
      { name: 'Gupy', address: 'naoresponda@gupy.io' },
      'Olá Jordan,\n\nQualquer dúvida, fale com a Ana Souza pelo e-mail ana.souza@hospital.example.\n\nAbraços,\nEquipe de RH',
      { name: 'Ana Souza', email: 'ana.souza@hospital.example' }
    ],
    [
      { name: 'Service RH', address: 'recrutement@mairie.example' },
      'Bonjour,\n\nPour toute question, vous pouvez joindre M. Paul Girard, chargé de recrutement : paul.girard@mairie.example.\n\nCordialement,\nService RH',
      { name: 'Paul Girard', email: 'paul.girard@mairie.example' }
    ],
    [
      { name: 'Ufficio Personale', address: 'personale@comune.example' },
      'Gentile candidata,\n\nper informazioni può rivolgersi alla dott.ssa Giulia Bianchi (g.bianchi@comune.example).\n\nUfficio Personale',
      { name: 'Giulia Bianchi', email: 'g.bianchi@comune.example' }
    ]
  ])('%o', (from, text, person) => {
    expect(answer(from, text)).toMatchObject(person)
  })

  it('takes the name signed above the line that gives its address, also spelt without umlauts', () => {
    const text =
      'Guten Tag,\n\nnach reiflicher Überlegung fällt unsere Wahl auf eine andere Person.\n\nJana Riedmüller\nBereichsleitung Soziale Hilfen\nDiakoniewerk Hohenlinden e.V.\n\nBitte antworten Sie nicht auf diese E-Mail. Bei Fragen erreichen Sie uns unter j.riedmueller@diakonie.example.'
    expect(answer({ name: 'Diakoniewerk', address: 'noreply@softgarden.io' }, text)).toMatchObject({
      name: 'Jana Riedmüller',
      email: 'j.riedmueller@diakonie.example'
    })
    // An address no signed name spells stays unnamed: no person is made up for it.
    expect(answer({ name: 'Diakoniewerk', address: 'noreply@softgarden.io' }, text.replace('j.riedmueller@', 'bewerbung@'))).toBeNull()
  })

  it('keeps a department’s mailbox when its text names nobody, and takes no mailbox that spells no name', () => {
    expect(
      answer(
        { name: 'Recruitment', address: 'recruitment@stbrigids.example' },
        'Dear Jordan,\n\nPlease bring your passport.\n\nRecruitment Team'
      )
    ).toMatchObject({
      email: 'recruitment@stbrigids.example'
    })
    expect(
      answer(
        { name: 'NHS Jobs', address: 'noreply@jobs.nhs.uk' },
        'Dear Jordan,\n\nPlease send your certificates to Certificates Team at certificates@stbrigids.example.\n\nNHS Jobs'
      )
    ).toBeNull()
    expect(
      answer(
        { name: 'Greenhouse', address: 'no-reply@greenhouse.io' },
        'Hi Jordan,\n\nPlease write to Jane Doe at jane.doe@gmail.com with your bank details.\n\nAcme'
      )
    ).toBeNull()
  })
})
