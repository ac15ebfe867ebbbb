/**
 * Found by a review of 30ea2420 (sentBy/someoneTracked): a sender read in Sent is never learned as the user's when at a tracked
 * employer's domain. A user applying internally (a postdoc applying for a lectureship at her own university, sending
 * from her university address through Gmail's "Send mail as") writes from that domain: her own thank-you is then read
 * as the employer's mail. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

it("a thank-you in Sent from the user's own address at the employer she applies to internally is her own mail", async () => {
  const uni = await w.track({ company: 'Northfield University', role: 'Lecturer in Robotics', companyDomain: 'northfield.test' }, [
    { name: 'Dana Whitfield', email: 'd.whitfield@northfield.test' }
  ])
  const account = await w.connectAndSync()
  const id = `<internal-thanks-${Date.now()}@northfield.test>`
  await w.mail.appendTo(
    'candidate',
    'Sent',
    makeMessage({
      from: { name: 'Jordan Ellis', address: 'j.ellis@northfield.test' }, // her own university address
      to: { name: 'Dana Whitfield', address: 'd.whitfield@northfield.test' }, // the contact, the panel's chair
      subject: 'Thank you - Lecturer in Robotics interview',
      messageId: id,
      body:
        'Dear Dana,\n\nThank you for taking the time to meet me today about the Lecturer in Robotics post at Northfield ' +
        'University. I enjoyed hearing about the plans for the lab.\n\nBest regards,\nJordan Ellis'
    }),
    { flags: ['\\Seen'] }
  )
  await w.services.mail.sync.syncOnce([account])
  const filed = w.filedOn(uni).find((m) => m.messageId === id)
  const seen = filed && { direction: filed.direction, category: filed.category, needsAnswer: filed.needsAnswer, from: filed.from }
  const nextUp = (await w.services.getOverview({})).actions.filter((a) => a.applicationId === uni).map((a) => a.title)
  expect(seen?.direction ?? 'not filed', JSON.stringify({ ...seen, nextUp })).toBe('out')
}, 120_000)
