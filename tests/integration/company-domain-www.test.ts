/**
 * The user types the company's web address into "Company domain" as they know it from the browser: "www.acme.com".
 * The form takes it (the import strips "www." from the same value; the form does not), and the employer's people
 * write from @acme.com. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

it('a reply from @acmerobotics.test is filed on the application whose domain was typed as www.acmerobotics.test', async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'www.acmerobotics.test' })
  const stored = w.services.mail.ctx.store.applications.get(acme)!.companyDomain
  const id = `<www-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
      to: `candidate@${w.mail.domain}`,
      subject: 'Next steps',
      messageId: id,
      body: 'Hi Jordan, could you come in on Tuesday at 10:00 to meet the team?'
    })
  )
  await w.connectAndSync()
  expect(
    w.filedOn(acme).map((m) => m.messageId),
    `companyDomain stored as "${stored}"`
  ).toEqual([id])
}, 120_000)
