/**
 * The interviewer answers a thank-you within minutes, from an address that is neither a contact
 * nor on the company's domain: only the thread ties the answer to the application. A watcher
 * reads new INBOX mail at once but looks at Sent every few minutes, so it read the answer
 * before the thank-you it threads on: matched to nothing, passed, and never read again once
 * the thank-you was filed. Now filing mail from Sent matches earlier mail again. Real Dovecot.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Account } from '../../src/shared/accounts'
import { startMailWorld, type MailWorld } from '../support/services'
import { thankYouAndThreadOnlyAnswer, waitFor } from './sync-support'

let w: MailWorld
let account: Account
let acme: string

beforeAll(async () => {
  w = await startMailWorld()
  acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  account = await w.connectAndSync()
}, 120_000)
afterAll(() => w?.close())

it('a quick answer to a thank-you sent from the phone is filed once the thank-you is seen', async () => {
  const me = `candidate@${w.mail.domain}`
  w.services.mail.start()
  await waitFor(() => w.services.mail.sync.statusOf(account.id).state === 'watching', 10_000)
  const { thanks, reply, thankYou, answer } = thankYouAndThreadOnlyAnswer(me)
  await w.mail.appendTo('candidate', 'Sent', thankYou, { flags: ['\\Seen'] })
  await w.mail.deliver('candidate', answer)
  // The watcher reads the answer at once (IDLE); it looks at Sent only every few minutes (here: a pass now).
  await waitFor(
    () => w.services.mail.ctx.store.syncState.get(`${account.id}.inbox`)!.lastSyncAt > new Date(Date.now() - 2000).toISOString(),
    10_000
  )
  await new Promise((resolve) => setTimeout(resolve, 500))
  await w.services.mail.sync.syncOnce([account])
  expect(
    w
      .filedOn(acme)
      .map((m) => m.messageId)
      .sort()
  ).toEqual([thanks, reply].sort())
}, 60_000)
