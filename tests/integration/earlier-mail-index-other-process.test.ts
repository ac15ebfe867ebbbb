/**
 * Two processes: the desktop app keeps each mailbox's header index in memory once it has read it
 * (HeaderIndex.get caches the entries for good). Mail the command line (`afterview sync --once`) read meanwhile is
 * appended to the file, not to the app's copy. When the user then adds the application that mail is about, in the
 * app, its retroactive filing matches the stale copy, files nothing, and marks the index matched for the new
 * applications: no process ever matches that mail again, and the INBOX's state is past it. The reply is never filed.
 *
 * Failed before HeaderIndex dropped what it holds of a file another process wrote since.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Account } from '../../src/shared/accounts'
import { makeMessage } from '../support/maildir'
import { requireBuiltApp, runCli } from '../support/built-app'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
let account: Account

beforeAll(async () => {
  requireBuiltApp()
  w = await startMailWorld()
}, 120_000)
afterAll(() => w?.close())

const cliSync = () => runCli(['sync', '--once', '--data-dir', w.data.dir], { AFTERVIEW_PASSWORD: w.mail.password })

it('a reply the CLI read before its application existed is filed when the app (already running) adds that application', async () => {
  const me = `candidate@${w.mail.domain}`
  await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  await w.mail.deliver(
    'candidate',
    makeMessage({ from: 'Deals <deals@shop.test>', to: me, subject: 'Sale', messageId: `<sale-${Date.now()}@shop.test>`, body: 'Buy.' })
  )
  // The app (this process) reads the mailbox, and later files earlier mail for an application added in it: from then on
  // it holds the INBOX's header index in memory.
  account = await w.connectAndSync()
  await w.track({ company: 'Bluefin Labs', role: 'Engineer', companyDomain: 'bluefin.test' })
  await w.services.mail.sync.fileEarlier([account])

  // A reply from an employer not tracked yet; `afterview sync --once` (a cron job, a terminal) reads it first.
  const replyId = `<kestrel-${Date.now()}@kestrelharbor.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Lee Park', address: 'lee@kestrelharbor.test' },
      to: me,
      subject: 'Your application at Kestrel Harbor',
      messageId: replyId,
      body: 'Can we talk on Friday?'
    })
  )
  const first = await cliSync()
  expect(first.stderr).toContain('Read 1 message in Inbox')
  expect(first.code).toBe(0)

  // The user adds Kestrel Harbor in the app: what the app's manager does (fileEarlierSoon), then its next pass.
  const kestrel = await w.track({ company: 'Kestrel Harbor', role: 'Analyst', companyDomain: 'kestrelharbor.test' })
  await w.services.mail.sync.fileEarlier([account])
  await w.services.mail.sync.syncOnce([account])
  // And the command line's next run, and the app's once more.
  const again = await cliSync()
  expect(again.code).toBe(0)
  w.services.mail.ctx.store.applications.load()
  await w.services.mail.sync.syncOnce([account])

  w.services.mail.ctx.store.applications.load()
  expect(w.filedOn(kestrel).map((m) => m.messageId)).toContain(replyId)
}, 180_000)
