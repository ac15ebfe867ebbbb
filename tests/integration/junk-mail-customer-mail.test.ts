/**
 * Found by a review of 3018daa3: Junk is matched by headers alone, so the employer's own service mail (a shop's "your order has shipped", which
 * the INBOX reads and does not file: isCustomerMail) is told as "a reply may be in your Junk folder". An employer that
 * is also a shop (or a bank, a council) sends such mail often, and much of it, or its phishing look-alikes, lands in
 * Junk. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage } from '../support/maildir'
import { loopbackAccount } from '../support/services'
import type { MailServers } from '../support/mail-servers'
import type { AppServices } from '../../src/main/services'
import { startJunkWorld, type JunkWorld } from './junk-world'

let w: JunkWorld
let mail: MailServers
let services: AppServices
let notices: string[]
beforeEach(async () => {
  w = await startJunkWorld()
  ;({ mail, services, notices } = w)
}, 120_000)
afterEach(() => w?.close())

const t = Date.now()
const shipped = (id: string) =>
  makeMessage({
    from: { name: 'Nordwind Shop', address: 'orders@nordwind.test' },
    to: `candidate@${mail.domain}`,
    subject: 'Your order #4471 has shipped',
    messageId: id,
    date: new Date(t - 60_000),
    body: 'Good news: your parcel is on its way and should arrive on Thursday. Track it in your customer account.'
  })

const track = async () =>
  (
    await services.createApplication(
      parseInput('createApplication', { fields: { company: 'Nordwind', role: 'Warehouse Lead', companyDomain: 'nordwind.test' } })
    )
  ).application.id

it("the employer's shop mail in Junk, which the INBOX would not file, is not told as a reply in Junk", async () => {
  await track()
  await mail.appendTo('candidate', 'Junk', shipped(`<ship-junk-${t}@nordwind.test>`))
  const { account } = await services.addAccount(loopbackAccount(mail))
  await services.mail.sync.syncOnce([account])
  const view = (await services.listAccounts(undefined)).accounts.find((a) => a.id === account.id)!
  expect({ notices, listed: (view.skipped ?? []).map((s) => s.subject) }).toEqual({ notices: [], listed: [] })
}, 120_000)

it('control: the same mail in the INBOX is not filed', async () => {
  const app = await track()
  const id = `<ship-inbox-${t}@nordwind.test>`
  await mail.deliver('candidate', shipped(id))
  const { account } = await services.addAccount(loopbackAccount(mail))
  await services.mail.sync.syncOnce([account])
  const filed = services.mail.ctx.store.applications.get(app)!.events.flatMap((e) => (e.message ? [e.message.messageId] : []))
  expect(filed).not.toContain(id)
}, 120_000)
