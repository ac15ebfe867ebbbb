/**
 * The README: a contact writing from another address ("Claire Hebblethwaite <claireh76@outlook.com>") is filed, as an
 * unverified sender, by her name. And mail that came before the user added what identifies it is filed when they add
 * it. Adding the contact by her name only (her address unknown: the interviewer named in the invitation) or correcting
 * the spelling of her name changes nothing the retroactive filing looks at. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }
const fromClaire = (id: string) =>
  makeMessage({
    from: { name: 'Claire Hebblethwaite', address: 'claireh76@outlook.com' },
    to: `candidate@${w.mail.domain}`,
    subject: 'Tuesday',
    messageId: id,
    body: 'Hi Jordan,\n\nMy work mail is down today. Could you come in on Tuesday at 10:00 to meet the team instead of Monday?\n\nClaire'
  })

it('control: with Claire already a contact (by name), her mail from her own address is filed', async () => {
  const acme = await w.track(ACME, [{ name: 'Claire Hebblethwaite' }])
  const id = `<claire-${Date.now()}@outlook.com>`
  await w.mail.deliver('candidate', fromClaire(id))
  await w.connectAndSync()
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
}, 120_000)

it('her mail that came before the user added her as a contact (by name) is filed once she is added', async () => {
  const acme = await w.track(ACME)
  const id = `<claire-${Date.now()}@outlook.com>`
  await w.mail.deliver('candidate', fromClaire(id))
  const account = await w.connectAndSync() // not filed: nothing says who Claire is yet
  expect(w.filedOn(acme)).toEqual([])
  await w.services.saveContact(parseInput('saveContact', { applicationId: acme, contact: { name: 'Claire Hebblethwaite' } }))
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
}, 120_000)

it('her mail is filed once the user corrects the spelling of her name', async () => {
  const acme = await w.track(ACME, [{ name: 'Claire Hebblethwaite', email: 'claire@acmerobotics.test' }])
  const detail = await w.services.getApplication({ id: acme })
  const contactId = detail.application.contacts[0]!.id
  await w.services.saveContact(
    parseInput('saveContact', {
      applicationId: acme,
      contactId,
      contact: { name: 'Claire Heblethwaite', email: 'claire@acmerobotics.test' }
    })
  )
  const id = `<claire-${Date.now()}@outlook.com>`
  await w.mail.deliver('candidate', fromClaire(id))
  const account = await w.connectAndSync() // the name was misspelt: not filed
  await w.services.saveContact(
    parseInput('saveContact', {
      applicationId: acme,
      contactId,
      contact: { name: 'Claire Hebblethwaite', email: 'claire@acmerobotics.test' }
    })
  )
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
}, 120_000)
