/**
 * A reply in Junk that did not match when first seen, but matches once the mail it answers is filed later (retroactive
 * threads-only filing), with nothing that identifies an application changed: Junk is matched whole again once a day,
 * and the reply is told then (a review of 3018daa3 found it never was). Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { archiveOnPhone, makeMessage } from '../support/maildir'
import type { MailServers } from '../support/mail-servers'
import type { AppServices } from '../../src/main/services'
import { fromDana, startJunkWorld, type JunkWorld } from './junk-world'
import type { Account } from '../../src/shared/accounts'

let w: JunkWorld
let mail: MailServers
let services: AppServices
let notices: string[]
beforeEach(async () => {
  w = await startJunkWorld()
  ;({ mail, services, notices } = w)
}, 120_000)
afterEach(() => w?.close())

const DAY = 86_400_000

const t = Date.now()
const p1 = `<priya1-${t}@mail.test>`
const p2 = `<priya2-${t}@mail.test>`

/**
 * Dana's invitation in the INBOX; Priya's reply to it archived on the phone (filed by retroactive threads-only filing);
 * Priya's second reply, to the first, put in `box`. Acme tracked, the account synced three times; Acme's id.
 */
async function thread(box: 'Junk' | 'INBOX'): Promise<{ acme: string; account: Account }> {
  const acme = await w.trackAcme()
  const invite = `<invite-${t}@acmerobotics.test>`
  await mail.deliver('candidate', fromDana(mail, { messageId: invite, date: new Date(t - 120_000) }))
  const priya = { name: 'Priya Person', address: 'priya@mail.test' }
  await mail.deliver(
    'candidate',
    makeMessage({
      from: priya,
      to: `candidate@${mail.domain}`,
      cc: 'dana@acmerobotics.test',
      subject: 'Re: Interview next week',
      messageId: p1,
      inReplyTo: invite,
      date: new Date(t - 60_000),
      body: 'Small change: we will meet in room 4B on the second floor.'
    })
  )
  await archiveOnPhone(mail, 'candidate', p1)
  const second = makeMessage({
    from: priya,
    to: `candidate@${mail.domain}`,
    subject: 'Re: Interview next week',
    messageId: p2,
    inReplyTo: p1,
    date: new Date(t),
    body: 'Please bring your passport for the visitor badge: http://badge.example/xyz'
  })
  if (box === 'Junk') await w.intoJunk(second)
  else await mail.deliver('candidate', second)
  const account = await w.connect()
  for (let i = 0; i < 3; i++) await services.mail.sync.syncOnce([account])
  return { acme, account }
}

it('a reply in Junk answering an archived reply that is filed by retroactive thread filing is told (it would be filed from the INBOX)', async () => {
  const { acme, account } = await thread('Junk')
  expect(w.filedOn(acme)).toContain(p1) // the archived reply was filed (the thread works)
  w.clock += DAY // the next day
  await services.mail.sync.syncOnce([account])
  expect(notices.filter((m) => m.includes('Junk folder'))).toEqual([expect.stringContaining('Acme Robotics')])
}, 120_000)

it('control: the same reply in the INBOX (not Junk) is filed', async () => {
  const { acme } = await thread('INBOX')
  expect(w.filedOn(acme)).toEqual(expect.arrayContaining([p1, p2]))
}, 120_000)
