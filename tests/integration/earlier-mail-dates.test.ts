/**
 * Retroactive filing takes the mail of the look-back window by when it came, as a scan's SEARCH SINCE does: a reply
 * delivered today whose sender's clock is a year off (its Date header) is not "a year old" when the user adds the
 * application afterwards. Mail that really came long ago stays out.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

const DAY = 86_400_000
let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const reply = (messageId: string, date: Date) =>
  makeMessage({
    from: 'Dana Whitfield <dana@acmerobotics.test>',
    to: `candidate@${w.mail.domain}`,
    subject: 'Interview on Tuesday',
    messageId,
    date,
    body: 'Could you come in on Tuesday at 10:00?'
  })

it('files, once the application is added, a reply that came today with a Date header a year off', async () => {
  const stamp = Date.now()
  const wrongClock = `<clock-${stamp}@acmerobotics.test>`
  const longAgo = `<old-${stamp}@acmerobotics.test>`
  // Came 300 days ago, and says so: outside the 180 days looked back on.
  await seedMaildir(w.mail, 'candidate', [{ raw: reply(longAgo, new Date(stamp - 300 * DAY)), date: new Date(stamp - 300 * DAY) }])
  const account = await w.connectAndSync()
  await w.mail.deliver('candidate', reply(wrongClock, new Date(stamp - 365 * DAY))) // came now; its Date a year back
  await w.services.mail.sync.syncOnce([account]) // nothing tracked yet: read, not filed
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  await w.services.mail.sync.fileEarlier([account]) // as the app does when it saves one
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([wrongClock])
}, 120_000)
