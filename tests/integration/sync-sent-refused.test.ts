/**
 * The Sent folder fails to open (the server refuses it: here Dovecot, denied its folder).
 * Sent is read first, and its failure ended the pass: no reply in the INBOX was filed while
 * it lasted. Now the INBOX is read anyway and the failure is still told; once Sent opens
 * again, its mail is filed and a reply that threads on it alone is matched then.
 */
import { chmod } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Account } from '../../src/shared/accounts'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'
import { waitFor } from './sync-support'

const DAY = 86_400_000
let w: MailWorld
let account: Account
let acme: string
const now = Date.now()
const me = () => `candidate@${w.mail.domain}`
const hello = `<hello-${now}@example.test>`

beforeAll(async () => {
  w = await startMailWorld()
  await seedMaildir(
    w.mail,
    'candidate',
    [
      {
        raw: makeMessage({ from: me(), to: 'dana@acmerobotics.test', subject: 'Hello', messageId: hello, date: new Date(now - 9 * DAY) }),
        date: new Date(now - 9 * DAY),
        seen: true
      }
    ],
    { mailbox: 'Sent' }
  )
  acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  account = await w.connectAndSync()
}, 120_000)
afterAll(() => w?.close())

it('files the INBOX while Sent cannot be opened, tells the failure, and files Sent once it opens', async () => {
  const sentDir = join(w.mail.user('candidate').maildir, '.Sent')
  // The thank-you goes to Sent and the answer to it, from a personal address (its thread alone ties it), arrives.
  const thanks = `<thanks-${now}@example.test>`
  await seedMaildir(
    w.mail,
    'candidate',
    [
      {
        raw: makeMessage({ from: me(), to: 'dana@acmerobotics.test', subject: 'Thank you', messageId: thanks, date: new Date(now - DAY) }),
        date: new Date(now - DAY),
        seen: true
      }
    ],
    { mailbox: 'Sent' }
  )
  await chmod(sentDir, 0)
  const reply = `<reply-${now}@acmerobotics.test>`
  const personal = `<personal-${now}@mail.example>`
  await w.mail.deliver(
    'candidate',
    makeMessage({ from: 'dana@acmerobotics.test', to: me(), subject: 'Interview', messageId: reply, body: 'Tuesday at 10?' })
  )
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: 'dana.w@mail.example',
      to: me(),
      subject: 'Re: Thank you',
      messageId: personal,
      inReplyTo: thanks,
      body: 'Glad to hear it.'
    })
  )
  try {
    await expect(w.services.mail.sync.syncOnce([account])).rejects.toThrow(/could not read your Sent folder \(Sent\)/)
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([hello, reply])
  } finally {
    await chmod(sentDir, 0o700)
  }
  await w.services.mail.sync.syncOnce([account])
  expect(
    w
      .filedOn(acme)
      .map((m) => m.messageId)
      .sort()
  ).toEqual([hello, thanks, reply, personal].sort())
}, 120_000)

it('watches the INBOX while Sent cannot be opened, saying so, and files a reply that arrives meanwhile', async () => {
  const sentDir = join(w.mail.user('candidate').maildir, '.Sent')
  await seedMaildir(
    w.mail,
    'candidate',
    [
      {
        raw: makeMessage({ from: me(), to: 'dana@acmerobotics.test', subject: 'Follow-up', date: new Date(now - DAY / 2) }),
        date: new Date(now - DAY / 2),
        seen: true
      }
    ],
    { mailbox: 'Sent' }
  )
  await chmod(sentDir, 0)
  const watcher = w.accountSync(account)
  try {
    void watcher.watch()
    await waitFor(() => watcher.status.state === 'watching', 10_000)
    expect(watcher.status.message).toMatch(
      /^Afterview could not read your Sent folder \(Sent\) on the mail server, which said: ".+"\. Replies in your inbox are still read/
    )
    const late = `<late-${now}@acmerobotics.test>`
    await w.mail.deliver(
      'candidate',
      makeMessage({
        from: 'dana@acmerobotics.test',
        to: me(),
        subject: 'Offer',
        messageId: late,
        body: 'We would like to offer you the role.'
      })
    )
    await waitFor(() => w.filedOn(acme).some((m) => m.messageId === late), 10_000)
    expect(watcher.status.state).toBe('watching')
  } finally {
    await watcher.stop()
    await chmod(sentDir, 0o700)
  }
}, 120_000)
