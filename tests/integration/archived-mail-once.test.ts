/** Review of b008ab87: controls (expected to pass). Mail moved or copied to the Archive after it was filed stays one. */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }

async function onPhone(f: (c: Awaited<ReturnType<MailWorld['mail']['imapClient']>>) => Promise<unknown>) {
  const phone = await w.mail.imapClient('candidate')
  try {
    await phone.mailboxOpen('INBOX')
    await f(phone)
  } finally {
    await phone.logout()
  }
}

it('filed mail moved, or copied, to the Archive is not filed twice (with and without a Message-ID, and a reused one)', async () => {
  const acme = await w.track(ACME)
  const account = await w.connectAndSync()
  const t = Date.now()
  const plain = makeMessage({
    from: 'Dana <dana@acmerobotics.test>',
    to: `candidate@${w.mail.domain}`,
    subject: 'Interview',
    messageId: `<a-${t}@acmerobotics.test>`,
    body: 'Tuesday?'
  })
  const noId = makeMessage({
    from: 'Dana <dana@acmerobotics.test>',
    to: `candidate@${w.mail.domain}`,
    subject: 'Directions',
    body: 'Take the lift.'
  }).replace(/^Message-ID:.*\r\n/m, '')
  const reused = `<same-${t}@ats.acmerobotics.test>`
  const ack = makeMessage({
    from: 'Acme Careers <careers@acmerobotics.test>',
    to: `candidate@${w.mail.domain}`,
    subject: 'Application received',
    messageId: reused,
    date: new Date(t - 86_400_000),
    body: 'We received your application.'
  })
  const inv = makeMessage({
    from: 'Acme Careers <careers@acmerobotics.test>',
    to: `candidate@${w.mail.domain}`,
    subject: 'Interview invitation',
    messageId: reused,
    body: 'Please book a slot.'
  })
  for (const m of [plain, noId, ack, inv]) await w.mail.deliver('candidate', m)
  await w.services.mail.sync.syncOnce([account])
  const before = w.filedOn(acme).map((m) => m.messageId)
  expect(before).toHaveLength(4)
  await onPhone(async (c) => {
    await c.messageCopy('1:*', 'Archive') // a rule that keeps a copy
  })
  await w.services.mail.sync.syncOnce([account])
  await onPhone(async (c) => {
    await c.messageMove('1:*', 'Archive') // then archived for good
  })
  await w.services.mail.sync.syncOnce([account])
  await w.accountSync(account).syncOnce()
  expect(
    w
      .filedOn(acme)
      .map((m) => m.messageId)
      .sort()
  ).toEqual([...before].sort())
}, 120_000)

it('filed mail without a Message-ID, moved to the Archive in the pass that files other mail from there, is not filed again by its old place', async () => {
  const acme = await w.track(ACME)
  const account = await w.connectAndSync()
  const t = Date.now()
  const noId = makeMessage({
    from: 'Dana <dana@acmerobotics.test>',
    to: `candidate@${w.mail.domain}`,
    subject: 'Directions',
    body: 'Take the lift.'
  }).replace(/^Message-ID:.*\r\n/m, '')
  await w.mail.deliver('candidate', noId)
  await w.services.mail.sync.syncOnce([account])
  const before = w.filedOn(acme).map((m) => m.messageId)
  expect(before).toHaveLength(1)
  // The phone archives it, and a reply of Dana's lands in the Archive too (archived from the phone's notification): the
  // pass files that one from the Archive, and retroactive filing then looks again at the INBOX's index, where the mail
  // without a Message-ID is listed under its old UID, gone from there.
  await onPhone(async (c) => {
    await c.messageMove('1:*', 'Archive')
  })
  const reply = `<reply-${t}@acmerobotics.test>`
  await w.mail.appendTo(
    'candidate',
    'Archive',
    makeMessage({
      from: 'Dana <dana@acmerobotics.test>',
      to: `candidate@${w.mail.domain}`,
      subject: 'Re: Directions',
      messageId: reply,
      body: 'See you.'
    })
  )
  await w.services.mail.sync.syncOnce([account])
  await w.accountSync(account).syncOnce()
  expect(
    w
      .filedOn(acme)
      .map((m) => m.messageId)
      .sort()
  ).toEqual([...before, reply].sort())
}, 120_000)
