/**
 * Found by a review of 3018daa3: the incremental look at Junk (only UIDs from the saved UIDNEXT on) misses older mail that the look-back window
 * takes in only now: the user widens it (Settings → Mail accounts). The INBOX reads that mail then. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage } from '../support/maildir'
import { loopbackAccount } from '../support/services'
import type { MailServers } from '../support/mail-servers'
import type { AppServices } from '../../src/main/services'
import { startJunkWorld, type JunkWorld, trackAcme } from './junk-world'

let w: JunkWorld
let mail: MailServers
let services: AppServices
let notices: string[]
beforeEach(async () => {
  w = await startJunkWorld()
  ;({ mail, services, notices } = w)
}, 120_000)
afterEach(() => w?.close())

const DAY = 86_400_000
const t = Date.now()
const old = new Date(t - 45 * DAY)
const dana = (id: string) =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${mail.domain}`,
    subject: 'Interview next week',
    messageId: id,
    date: old,
    body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
  })

async function setUp(box: 'Junk' | 'INBOX', id: string) {
  const acme = await trackAcme(services)
  await mail.appendTo('candidate', box, dana(id), { internalDate: old })
  const { account } = await services.addAccount(loopbackAccount(mail))
  await services.updateAccount(parseInput('updateAccount', { id: account.id, fields: { lookbackDays: 30 } }))
  const narrow = services.mail.ctx.store.accounts.get(account.id)!
  await services.mail.sync.syncOnce([narrow]) // 45 days old: outside the window
  await services.updateAccount(parseInput('updateAccount', { id: account.id, fields: { lookbackDays: 90 } }))
  const wide = services.mail.ctx.store.accounts.get(account.id)!
  await services.mail.sync.syncOnce([wide])
  await services.mail.sync.syncOnce([wide])
  return acme
}

it('a reply in Junk that the widened look-back window takes in is told', async () => {
  await setUp('Junk', `<old-junk-${t}@acmerobotics.test>`)
  expect(notices.filter((m) => m.includes('Junk folder'))).toEqual([expect.stringContaining('Acme Robotics')])
}, 120_000)

it('control: the same mail in the INBOX is filed once the window is widened', async () => {
  const id = `<old-inbox-${t}@acmerobotics.test>`
  const acme = await setUp('INBOX', id)
  const filed = services.mail.ctx.store.applications.get(acme)!.events.flatMap((e) => (e.message ? [e.message.messageId] : []))
  expect(filed).toContain(id)
}, 120_000)
