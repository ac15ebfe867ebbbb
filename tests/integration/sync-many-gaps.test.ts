/**
 * A first scan of a big mailbox whose owner deletes a lot: every mail deleted or moved out of
 * the look-back window splits a run of UIDs, and the set of messages to read grew past what a
 * server takes on one command line (Dovecot: "Too long argument"). The scan failed at every
 * pass and nothing in that mailbox was ever filed. Now the set is asked for in parts. Real
 * Dovecot, 24,000 mails of which every other one was deleted.
 */
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

const DAY = 86_400_000
let w: MailWorld
const now = Date.now()
const reply = `<reply-${now}@acmerobotics.test>`

beforeAll(async () => {
  w = await startMailWorld()
  const me = `candidate@${w.mail.domain}`
  const N = 24_000
  // 24,000 mails over the last 60 days (inside the 180-day window)…
  await seedMaildir(
    w.mail,
    'candidate',
    Array.from({ length: N }, (_, k) => {
      const date = new Date(now - 60 * DAY + k * Math.floor((59 * DAY) / N))
      return { raw: makeMessage({ from: `news${k % 50}@list.test`, to: me, subject: `Issue ${k}`, date, body: 'News.' }), date }
    })
  )
  const client = await w.mail.imapClient('candidate')
  await client.status('INBOX', { uidNext: true }) // Dovecot gives the files their UIDs
  await client.logout()
  // …then the user deleted every other one.
  const cur = join(w.mail.user('candidate').maildir, 'cur')
  const files = (await readdir(cur)).sort()
  for (let k = 0; k < files.length; k += 2) await rm(join(cur, files[k]!))
  await seedMaildir(w.mail, 'candidate', [
    {
      raw: makeMessage({
        from: 'dana@acmerobotics.test',
        to: me,
        subject: 'Interview',
        messageId: reply,
        date: new Date(now - DAY),
        body: 'Tuesday?'
      }),
      date: new Date(now - DAY)
    }
  ])
}, 300_000)
afterAll(() => w?.close())

it('a first scan of a window with many deleted mails files the reply', async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  await w.connectAndSync()
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([reply])
}, 300_000)
