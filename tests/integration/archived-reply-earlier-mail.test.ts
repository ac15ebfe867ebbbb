/**
 * Mail that came before the user added the application: the invitation in the INBOX, and a reply in its thread from a
 * personal address that was archived on the phone. Retroactive filing reads the Archive before the INBOX, each with its
 * own thread followers: the reply answered mail not filed yet, was left out, and nothing read it again (nothing that
 * identifies the application changed after). Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { archiveOnPhone, makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }

for (const archived of [false, true])
  it(`a reply in the thread of an invitation that came before the application was added, ${archived ? 'archived on the phone' : 'left in the INBOX (control)'}, is filed with it once it is added`, async () => {
    const t = Date.now()
    const invitation = `<invite-${t}@acmerobotics.test>`
    const reply = `<reply-${t}@mail.test>`
    await w.mail.deliver(
      'candidate',
      makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
        to: `candidate@${w.mail.domain}`,
        subject: 'Interview next week',
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
        subject: 'Re: Interview next week',
        messageId: reply,
        inReplyTo: invitation,
        date: new Date(t),
        body: 'Small change: we will meet in room 4B on the second floor, not the lobby. See you Tuesday!'
      })
    )
    if (archived) await archiveOnPhone(w.mail, 'candidate', reply)
    const account = await w.connectAndSync() // the mailbox connected first, as most users do: nothing tracked yet
    const acme = await w.track(ACME, [{ name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }])
    await w.services.mail.sync.syncOnce([account]) // retroactive filing of the mail that came before
    await w.services.mail.sync.syncOnce([account])
    await w.accountSync(account).syncOnce() // and in a new process
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([invitation, reply])
  }, 120_000)
