/**
 * README: "An invitation you forward to yourself from another address of yours (one listed in your accounts, …) is
 * filed by the mail it forwards". The user has two accounts in Afterview; their work one (Exchange style display name
 * "Ellis, Jordan") forwards Dana's invitation to the personal one. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { loopbackAccount, startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

function forward(fromName: string) {
  const stamp = Date.now()
  const other = `interviewer@${w.mail.domain}` // the user's other account, listed in Afterview
  const id = `<fwd-${stamp}@${w.mail.domain}>`
  const raw = makeMessage({
    from: { name: fromName, address: other },
    to: { name: 'Jordan Ellis', address: `candidate@${w.mail.domain}` },
    subject: 'FW: Next steps',
    messageId: id,
    body:
      '________________________________\n' +
      'From: Dana Whitfield <dana@acmerobotics.test>\n' +
      'Sent: Monday, November 30, 2026 9:12 AM\n' +
      `To: ${fromName} <${other}>\n` +
      'Subject: Next steps\n\n' +
      'Hi Jordan, could you come in on Tuesday at 10:00 for the on-site interview?\n'
  })
  return { id, raw }
}

for (const fromName of ['Jordan Ellis', 'Ellis, Jordan'])
  it(`a forward from the user's other listed account, shown as "${fromName}", is filed by the mail it forwards`, async () => {
    const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
    await w.services.addAccount(loopbackAccount(w.mail, { user: 'interviewer' })) // listed, not synced here
    const { id, raw } = forward(fromName)
    await w.mail.deliver('candidate', raw)
    await w.connectAndSync()
    const filed = w.filedOn(acme).find((m) => m.messageId === id)
    expect(filed && { reason: filed.reason, direction: filed.direction }).toMatchObject({
      direction: 'in',
      reason: expect.stringMatching(/^you forwarded it to yourself/)
    })
  }, 120_000)
