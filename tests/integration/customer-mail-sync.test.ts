/**
 * Through the real Dovecot and the sync: applying to a council does not file its council-tax bill on the application,
 * while its no-reply receipt whose subject says nothing ("Message from Leeds City Council") but whose body speaks of the
 * application is still read and filed, and so is a person at the council's domain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let world: MailWorld
let council = ''

beforeAll(async () => {
  world = await startMailWorld()
  const { mail } = world
  council = await world.track({ company: 'Leeds City Council', role: 'Payroll Officer', companyDomain: 'leeds.test', stage: 'applied' })
  const at = new Date(Date.now() - 2 * 86_400_000)
  const to = `candidate@${mail.domain}`
  await seedMaildir(mail, 'candidate', [
    {
      raw: makeMessage({
        from: { name: 'Leeds City Council', address: 'council.tax@leeds.test' },
        to,
        subject: 'Your council tax bill 2026/27',
        date: at,
        messageId: '<bill-1@leeds.test>',
        body: 'Dear resident,\n\nYour bill for 2026/27 is attached. Instalments are due on the 1st of each month.\n'
      }),
      date: at
    },
    {
      raw: makeMessage({
        from: { name: 'Leeds City Council', address: 'noreply@leeds.test' },
        to,
        subject: 'Message from Leeds City Council',
        date: at,
        messageId: '<receipt-1@leeds.test>',
        body: 'Dear Jordan,\n\nWe have received your application for the post of Payroll Officer and will be in touch.\n'
      }),
      date: at
    },
    {
      raw: makeMessage({
        from: { name: 'Sarah Khan', address: 'sarah.khan@leeds.test' },
        to,
        subject: 'Quick call?',
        date: at,
        messageId: '<sarah-1@leeds.test>',
        body: 'Hi Jordan, are you free for a quick call tomorrow at 10?\n\nSarah\n'
      }),
      date: at
    }
  ])
  await world.connectAndSync()
}, 180_000)
afterAll(() => world?.close())

describe("a council's customer mail (real Dovecot)", () => {
  it('files the receipt and the person, not the council-tax bill', () => {
    const filed = world
      .filedOn(council)
      .map((m) => m.subject)
      .sort()
    expect(filed).toEqual(['Message from Leeds City Council', 'Quick call?'])
  })
})
