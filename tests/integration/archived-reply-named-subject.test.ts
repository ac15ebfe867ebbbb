/**
 * Found by a review of 30ea2420: archiveLeftOut keeps only what the Archive's *unread* mail answers. A reply whose subject names the
 * employer ("Re: Acme Robotics interview next week") is read for its body, matches nothing yet (the invitation it answers
 * is still in the INBOX, filed after), and is not kept: nothing reads it again.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }

async function archive(messageId: string): Promise<void> {
  const phone = await w.mail.imapClient('candidate')
  try {
    await phone.mailboxOpen('INBOX')
    await phone.messageMove({ header: { 'message-id': messageId } }, 'Archive')
  } finally {
    await phone.logout()
  }
}

for (const archived of [false, true])
  it(`a reply naming the employer in its subject, ${archived ? 'archived on the phone' : 'left in the INBOX'}, is filed with the invitation it answers`, async () => {
    const acme = await w.track(ACME, [{ name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }])
    const account = await w.connectAndSync()
    const t = Date.now()
    const invitation = `<invite-${t}@acmerobotics.test>`
    const reply = `<reply-${t}@mail.test>`
    await w.mail.deliver(
      'candidate',
      makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
        to: `candidate@${w.mail.domain}`,
        subject: 'Acme Robotics interview next week',
        messageId: invitation,
        date: new Date(t - 60_000),
        body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
      })
    )
    await w.mail.deliver(
      'candidate',
      makeMessage({
        from: { name: 'Priya Raman', address: 'priya.raman@mail.test' },
        to: `candidate@${w.mail.domain}`,
        cc: 'dana@acmerobotics.test',
        subject: 'Re: Acme Robotics interview next week',
        messageId: reply,
        inReplyTo: invitation,
        date: new Date(t),
        body: 'Small change: we will meet in room 4B on the second floor, not the lobby. See you Tuesday!'
      })
    )
    if (archived) await archive(reply)
    await w.services.mail.sync.syncOnce([account])
    await w.services.mail.sync.syncOnce([account])
    await w.accountSync(account).syncOnce()
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([invitation, reply])
  }, 120_000)
