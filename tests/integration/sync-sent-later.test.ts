/**
 * A Sent folder that appears after the account was added (Dovecot's stock setup creates it when a
 * mail client first saves a sent mail there; a new job-hunting address has none yet) is read.
 * The list of mailboxes is remembered across processes for a day, but that day was counted from
 * the last sync, which every daily pass renewed: LIST never ran again, the thank-you in Sent was
 * never filed, and the interviewer's answer from a personal address, tied to the application by
 * its thread alone, was lost. Now it is counted from the last LIST. Real Dovecot; one
 * `sync --once` process a day over six days.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Account } from '../../src/shared/accounts'
import { makeMessage } from '../support/maildir'
import { servicesIn, startMailWorld, type MailWorld } from '../support/services'
import { thankYouAndThreadOnlyAnswer } from './sync-support'

let w: MailWorld
let account: Account
let acme: string

beforeAll(async () => {
  w = await startMailWorld()
  // Dovecot's stock configuration: Sent is \Sent, but only made when a mail client first saves a sent mail there.
  await w.mail.stopDovecot()
  const conf = join(w.mail.dir, 'dovecot.conf')
  await writeFile(conf, (await readFile(conf, 'utf8')).replace(/(mailbox Sent \{\n\s*special_use = \\Sent\n)\s*auto = subscribe\n/, '$1'))
  const maildir = w.mail.user('candidate').maildir
  await rm(join(maildir, '.Sent'), { recursive: true, force: true })
  for (const f of await readdir(maildir)) if (f.startsWith('dovecot.list.index')) await rm(join(maildir, f), { force: true })
  await w.mail.startDovecot()
  acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  account = await w.connectAndSync() // a brand-new job-hunting address: no Sent folder yet
}, 120_000)
afterAll(() => w?.close())

it('a Sent folder made after the account was added is read within a day, with the reply threaded on it', async () => {
  const me = `candidate@${w.mail.domain}`
  const client = await w.mail.imapClient('candidate')
  await client.mailboxCreate('Sent') // the user's mail client sends its first mail
  const { thanks, reply, thankYou, answer } = thankYouAndThreadOnlyAnswer(me)
  await client.append('Sent', Buffer.from(thankYou), ['\\Seen'])
  await client.logout()
  // Dana answers from her own address: only the thread ties it to Acme.
  await w.mail.deliver('candidate', answer)
  // Every day a mail comes in and `afterview sync --once` runs, a new process each time.
  let clock = Date.now()
  for (let day = 0; day < 6; day++) {
    clock += 20 * 3_600_000
    await w.mail.deliver('candidate', makeMessage({ from: 'news@list.test', to: me, subject: `News ${day}`, body: 'News.' }))
    const cli = servicesIn(w.data.dir, { now: () => clock })
    await (await cli.mail.secrets()).set(account.id, w.mail.password)
    await cli.mail.sync.syncOnce([cli.mail.ctx.store.accounts.get(account.id)!])
    cli.dispose()
  }
  w.services.mail.ctx.store.applications.load()
  expect(
    w
      .filedOn(acme)
      .map((m) => m.messageId)
      .sort()
  ).toEqual([thanks, reply].sort())
}, 120_000)
