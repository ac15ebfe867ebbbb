/**
 * Through the real Dovecot and the sync: people Afterview does not know write about tracked applications, outside their
 * threads. An agency's recruiter names the client in her first lines; a café owner writes from Gmail and signs with the
 * café's name. Both are filed, as unverified senders. A friend's mail naming the café, and a job alert naming the
 * employer, are not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let world: MailWorld
let kestrel = ''
let lumen = ''

beforeAll(async () => {
  world = await startMailWorld()
  kestrel = await world.track({ company: 'Kestrel Harbor', role: 'Staff Nurse', companyDomain: 'kestrelharbor.test', stage: 'applied' })
  lumen = await world.track({ company: 'Café Lumen', role: 'Barista', companyDomain: 'cafelumen.test', stage: 'applied' })
  const to = `candidate@${world.mail.domain}`
  const at = new Date(Date.now() - 86_400_000)
  const message = (from: string, subject: string, body: string, headers?: Record<string, string>) => ({
    raw: makeMessage({ from, to, subject, date: at, messageId: `<${subject.replace(/\W+/g, '-')}@people.test>`, body, headers }),
    date: at
  })
  await seedMaildir(world.mail, 'candidate', [
    message(
      'Priya Shah <priya.shah@brightpath-recruitment.test>',
      'Staff Nurse - interview next week',
      "Hi Jordan,\n\nI'm recruiting for my client Kestrel Harbor and they would like to interview you for the Staff Nurse post on Tuesday at 10am. Does that work?\n\nPriya Shah\nBrightpath Recruitment\n"
    ),
    message(
      'Maria Lopes <maria.lopes1984@gmail.com>',
      'Barista job',
      'Hi Jordan,\n\nThanks for your application! Could you come in for a chat on Tuesday at 3?\n\nMaria Lopes\nOwner, Café Lumen\n'
    ),
    message(
      'Sam Lee <sam.lee@gmail.com>',
      'Café Lumen!',
      'Hey, heard you have an interview at Café Lumen on Tuesday - good luck, let me know how it goes!\n\nSam\n'
    ),
    message('Jobs Weekly <alerts@jobs-weekly.test>', '12 new Staff Nurse jobs', 'Kestrel Harbor is hiring: Staff Nurse. Apply now.\n', {
      'List-Unsubscribe': '<mailto:unsubscribe@jobs-weekly.test>'
    })
  ])
  await world.connectAndSync()
}, 180_000)
afterAll(() => world?.close())

describe('people Afterview does not know, writing about an application (real Dovecot, sync)', () => {
  it("files the agency recruiter's mail on the client's application, as an unverified sender, and says why", () => {
    const filed = world.filedOn(kestrel)
    expect(filed.map((m) => m.subject)).toEqual(['Staff Nurse - interview next week'])
    expect(filed[0]).toMatchObject({ unverifiedSender: true, category: 'interview_request' })
    expect(filed[0].reason).toMatch(
      /its first lines name Kestrel Harbor, but priya\.shah@brightpath-recruitment\.test is neither a contact/
    )
  })

  it("files the café owner's mail from Gmail by her signature, and not the friend's", () => {
    const filed = world.filedOn(lumen)
    expect(filed.map((m) => m.subject)).toEqual(['Barista job'])
    expect(filed[0]).toMatchObject({ unverifiedSender: true })
    expect(filed[0].reason).toMatch(/its signature names Café Lumen/)
  })
})
