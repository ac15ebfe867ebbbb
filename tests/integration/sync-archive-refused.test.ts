/**
 * The Archive folder fails to open (the server refuses it: here Dovecot, denied its folder). The INBOX is read all the
 * same, and the account says so in plain words: archived replies are not read while it lasts (it was silent). Once
 * the folder opens again, what was archived meanwhile is filed. Real Dovecot.
 */
import { chmod } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const me = () => `candidate@${w.mail.domain}`

it('files the INBOX while the Archive cannot be opened, tells the failure, and files the Archive once it opens', async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  const account = await w.connectAndSync()
  const now = Date.now()
  const archived = `<archived-${now}@acmerobotics.test>`
  const inbox = `<inbox-${now}@acmerobotics.test>`
  await seedMaildir(
    w.mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: 'dana@acmerobotics.test',
          to: me(),
          subject: 'Interview',
          messageId: archived,
          date: new Date(now - 60_000),
          body: 'Tuesday at 10?'
        }),
        date: new Date(now - 60_000),
        seen: true
      }
    ],
    { mailbox: 'Archive' }
  )
  await w.mail.deliver(
    'candidate',
    makeMessage({ from: 'dana@acmerobotics.test', to: me(), subject: 'Directions', messageId: inbox, body: 'Reception is on floor 2.' })
  )
  const archiveDir = join(w.mail.user('candidate').maildir, '.Archive')
  await chmod(archiveDir, 0)
  try {
    await expect(w.services.mail.sync.syncOnce([account])).rejects.toThrow(
      /could not read your Archive folder \(Archive\).*mail you archived is read once the folder opens again/
    )
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([inbox])
  } finally {
    await chmod(archiveDir, 0o700)
  }
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([archived, inbox])
}, 120_000)
