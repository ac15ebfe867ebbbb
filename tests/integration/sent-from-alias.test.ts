/**
 * The user's mail client sends from a second address of theirs: plus-addressing (candidate+jobs@…), or an alias of
 * the same mailbox (Fastmail/iCloud/Outlook aliases, Gmail "Send mail as" for a domain of their own). Its copy sits
 * in the account's Sent folder: the user's own mail. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

for (const alias of ['plus', 'own domain'] as const)
  it(`a thank-you in Sent, sent from the user's ${alias} address, is the user's own mail, not a reply from a stranger`, async () => {
    const acme = await w.track({ company: 'Acme Robotics', role: 'Robotics Engineer', companyDomain: 'acmerobotics.test' }, [
      { name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }
    ])
    const account = await w.connectAndSync()
    const from = alias === 'plus' ? `candidate+jobs@${w.mail.domain}` : 'jordan@jordanellis.test'
    const id = `<alias-thanks-${Date.now()}@${w.mail.domain}>`
    await w.mail.appendTo(
      'candidate',
      'Sent',
      makeMessage({
        from: { name: 'Jordan Ellis', address: from },
        to: { name: 'Sam Okafor', address: 'sam.okafor@mail.test' }, // the second interviewer, from his own address
        subject: 'Thank you - Robotics Engineer interview',
        messageId: id,
        body:
          'Dear Sam,\n\nThank you for taking the time to meet me today about the Robotics Engineer role at Acme Robotics. ' +
          'I enjoyed hearing about our plans for the lab and would love to join the team.\n\nBest regards,\nJordan Ellis'
      }),
      { flags: ['\\Seen'] }
    )
    await w.services.mail.sync.syncOnce([account])
    const filed = w.filedOn(acme).find((m) => m.messageId === id)
    const seen = filed && {
      direction: filed.direction,
      category: filed.category,
      needsAnswer: filed.needsAnswer,
      unverifiedSender: filed.unverifiedSender,
      replyTo: filed.facts?.replyTo?.email
    }
    const nextUp = (await w.services.getOverview({})).actions.filter((a) => a.applicationId === acme).map((a) => a.title)
    expect(seen?.direction ?? 'not filed', JSON.stringify({ ...seen, nextUp })).not.toBe('in')
  }, 120_000)
