/**
 * The Sent folder the header index remembers is gone (deleted, or the server no longer marks
 * one \Sent). Retroactive filing, which runs first in a pass when an application was added,
 * opened it, failed, and took the whole pass down: every `sync --once` filed nothing, new mail
 * included, and a watcher never got to watching. Now a mailbox that cannot be opened is passed
 * over (the pass's own listing finds the mailboxes as they are), and the rest is filed. Real
 * Dovecot, reconfigured and restarted without Sent.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Account } from '../../src/shared/accounts'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

const DAY = 86_400_000
let w: MailWorld
let account: Account
const now = Date.now()
const thanks = `<thanks-${now}@example.test>`
const reply = `<reply-${now}@acmerobotics.test>`

beforeAll(async () => {
  w = await startMailWorld()
  const me = `candidate@${w.mail.domain}`
  await seedMaildir(
    w.mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: me,
          to: 'dana@acmerobotics.test',
          subject: 'Thank you',
          messageId: thanks,
          date: new Date(now - 4 * DAY),
          body: 'Thanks.'
        }),
        date: new Date(now - 4 * DAY),
        seen: true
      }
    ],
    { mailbox: 'Sent' }
  )
  await seedMaildir(w.mail, 'candidate', [
    {
      raw: makeMessage({
        from: 'dana@acmerobotics.test',
        to: me,
        subject: 'Re: Thank you',
        messageId: reply,
        inReplyTo: thanks,
        date: new Date(now - 3 * DAY),
        body: 'Could you meet the team on Tuesday?'
      }),
      date: new Date(now - 3 * DAY)
    }
  ])
  account = await w.connectAndSync() // no application yet: nothing filed, the header index is written
  // The Sent folder goes away (deleted, or the server no longer marks one \Sent).
  await w.mail.stopDovecot()
  const conf = join(w.mail.dir, 'dovecot.conf')
  await writeFile(conf, (await readFile(conf, 'utf8')).replace(/ {2}mailbox Sent \{[^}]*\}\n/, ''))
  const maildir = w.mail.user('candidate').maildir
  await rm(join(maildir, '.Sent'), { recursive: true, force: true })
  for (const f of await readdir(maildir)) if (f.startsWith('dovecot.list.index')) await rm(join(maildir, f), { force: true })
  await w.mail.startDovecot()
  await w.services.mail.sync.syncOnce([account]) // a pass before any application is added: succeeds
}, 120_000)
afterAll(() => w?.close())

it('files earlier and new mail of an application added now, without a Sent folder any more', async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  const fresh = `<fresh-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: 'jobs@acmerobotics.test',
      to: `candidate@${w.mail.domain}`,
      subject: 'Interview',
      messageId: fresh,
      body: 'Tuesday at 10?'
    })
  )
  await w.services.mail.sync.syncOnce([account])
  expect(
    w
      .filedOn(acme)
      .map((m) => m.messageId)
      .sort()
  ).toEqual([fresh, reply].sort())
}, 120_000)
