/**
 * Review of 460028e7: every sender read in Sent is taken for one of the user's addresses. A redirected mail (Apple
 * Mail's and Thunderbird's "Redirect", mutt's "bounce") keeps its sender's From; its copy in Sent is not the user's.
 * Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

it("the interviewer's next mail is filed after the user redirected her invitation to a coach", async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Robotics Engineer', companyDomain: 'acmerobotics.test' }, [
    { name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }
  ])
  const account = await w.connectAndSync()
  const t = Date.now()
  const invitation = `<invite-${t}@acmerobotics.test>`
  const raw = makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${w.mail.domain}`,
    subject: 'Interview next week',
    messageId: invitation,
    date: new Date(t - 3_600_000),
    body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
  })
  await w.mail.deliver('candidate', raw)
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([invitation])
  // Message > Redirect in Apple Mail: the mail goes to the coach as it came, From Dana; its copy is kept in Sent.
  const redirected =
    `Resent-From: candidate@${w.mail.domain}\r\nResent-To: coach@mail.test\r\n` +
    `Resent-Date: ${new Date(t).toUTCString()}\r\nResent-Message-ID: <resent-${t}@${w.mail.domain}>\r\n` +
    raw
  await w.mail.appendTo('candidate', 'Sent', redirected, { flags: ['\\Seen'] })
  const confirmed = `<confirmed-${t}@acmerobotics.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
      to: `candidate@${w.mail.domain}`,
      subject: 'Re: Interview next week',
      messageId: confirmed,
      inReplyTo: invitation,
      body: 'Change of plan: the panel can only do Wednesday at 14:00. Does that work for you?'
    })
  )
  await w.services.mail.sync.syncOnce([account])
  const filed = w.filedOn(acme).map((m) => `${m.messageId} ${m.direction}`)
  expect(filed).toEqual([`${invitation} in`, `${confirmed} in`])
}, 120_000)
