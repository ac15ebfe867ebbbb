/**
 * Found by a review of 3018daa3: a reply in one account's Junk, told, and then filed from the user's other account (the recruiter wrote to both
 * addresses): a later look at Junk keeps it ("kept" is not checked against what is filed), so Settings → Mail accounts
 * goes on saying it is not filed and asks the user to mark it as not junk, and the window's banner says so for a day.
 * Found the other way round (the other account first), it is never listed. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { loopbackAccount } from '../support/services'
import type { MailServers } from '../support/mail-servers'
import type { AppServices } from '../../src/main/services'
import { startJunkWorld, type JunkWorld, trackAcme } from './junk-world'

let w: JunkWorld
let mail: MailServers
let services: AppServices
beforeEach(async () => {
  w = await startJunkWorld({ users: ['jobs'] })
  ;({ mail, services } = w)
}, 120_000)
afterEach(() => w?.close())

const t = Date.now()
const reply = `<reply-${t}@acmerobotics.test>`
const fromDana = () =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${mail.domain}, jobs@${mail.domain}`,
    subject: 'Interview next week',
    messageId: reply,
    date: new Date(t - 60_000),
    body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
  })

it('a reply in Junk filed meanwhile from the other account is no longer listed as not filed', async () => {
  const acme = await trackAcme(services)
  const a = (await services.addAccount(loopbackAccount(mail))).account
  const b = (await services.addAccount(loopbackAccount(mail, { user: 'jobs' }))).account
  await mail.appendTo('candidate', 'Junk', fromDana())
  await services.mail.sync.syncOnce([a]) // told
  await mail.deliver('jobs', fromDana())
  await services.mail.sync.syncOnce([b]) // filed from the other account's INBOX
  await services.mail.sync.syncOnce([a, b])
  const filed = services.mail.ctx.store.applications.get(acme)!.events.flatMap((e) => (e.message ? [e.message.messageId] : []))
  expect(filed).toContain(reply)
  const view = (await services.listAccounts(undefined)).accounts.find((x) => x.id === a.id)!
  const warnings = (await services.getStatus(undefined)).warnings.filter((w) => w.includes('Junk folder'))
  expect({ listed: (view.skipped ?? []).map((s) => s.reason.slice(0, 30)), warnings }).toEqual({ listed: [], warnings: [] })
}, 120_000)
