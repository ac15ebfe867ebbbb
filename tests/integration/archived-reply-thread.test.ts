/**
 * Found by reviews of b008ab87 and 30ea2420: a reply archived on the phone that answers mail still in the INBOX, both
 * new to the sync. The Archive is read before the INBOX; the reply threaded on mail not filed yet (left out, or read
 * for its body when its subject names the employer, matching nothing then), and nothing read it again. Real Dovecot.
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

for (const [what, subject] of [
  ['', 'Interview next week'],
  [', naming the employer in its subject (read for its body)', 'Acme Robotics interview next week']
] as const)
  for (const archived of [false, true])
    it(`the hiring manager's reply from her own address${what}, ${archived ? 'archived on the phone' : 'left in the INBOX'}, is filed with the invitation it answers`, async () => {
      const acme = await w.track(ACME, [{ name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }])
      const account = await w.connectAndSync() // the laptop synced, then was shut for the night
      const t = Date.now()
      const invitation = `<invite-${t}@acmerobotics.test>`
      const reply = `<reply-${t}@mail.test>`
      await w.mail.deliver(
        'candidate',
        makeMessage({
          from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
          to: `candidate@${w.mail.domain}`,
          subject,
          messageId: invitation,
          date: new Date(t - 60_000),
          body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
        })
      )
      // The hiring manager, copied, answers from her own mailbox: the room changed.
      await w.mail.deliver(
        'candidate',
        makeMessage({
          from: { name: 'Priya Raman', address: 'priya.raman@mail.test' },
          to: `candidate@${w.mail.domain}`,
          cc: 'dana@acmerobotics.test',
          subject: `Re: ${subject}`,
          messageId: reply,
          inReplyTo: invitation,
          date: new Date(t),
          body: 'Small change: we will meet in room 4B on the second floor, not the lobby. See you Tuesday!'
        })
      )
      if (archived) await archiveOnPhone(w.mail, 'candidate', reply) // read on the phone and swiped away; the invitation stays as a to-do
      await w.services.mail.sync.syncOnce([account]) // the laptop opens in the morning
      await w.services.mail.sync.syncOnce([account]) // and syncs again later
      await w.accountSync(account).syncOnce() // and again in a new process
      expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([invitation, reply])
    }, 120_000)
