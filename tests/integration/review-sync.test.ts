/**
 * The review hook on the real sync (Dovecot over IMAP): a filed reply is classified on the
 * timeline, and an acknowledgement from a company the user does not track yet becomes
 * "Track this application" — while unrelated mail proposes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { filed, syncWorld, type SyncWorld } from './sync-support'

let world: SyncWorld

beforeAll(async () => {
  world = await syncWorld()
  await world.mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Lumen Labs Recruiting', address: 'no-reply@greenhouse.io' },
      to: `candidate@${world.mail.domain}`,
      subject: 'Thank you for applying to Platform Engineer at Lumen Labs',
      date: new Date(Date.now() - 3_600_000),
      messageId: '<ack-lumen@greenhouse.io>',
      body: 'Hi,\n\nThank you for applying to Platform Engineer at Lumen Labs. We have received your application and our team will review it shortly.\n\nLumen Labs Talent Team'
    })
  )
  await world.services.mail.sync.syncOnce([world.account])
}, 120_000)
afterAll(async () => world?.close())

describe('review on the real sync', () => {
  it('classifies the interviewer reply it filed: an interview request that waits for an answer', () => {
    const reply = filed(world.services, world.kestrel).find((m) => m.messageId === world.replyId.toLowerCase())
    expect(reply).toMatchObject({ direction: 'in', category: 'interview_request', automatic: false, needsAnswer: true })
  })

  it('an acknowledgement from an untracked company proposes tracking it; the newsletter and the friend propose nothing', async () => {
    const queue = await world.services.listProposals(undefined)
    expect(queue.proposals.map((p) => p.kind)).toEqual(['track_application'])
    expect(queue.proposals[0]).toMatchObject({
      fields: { company: 'Lumen Labs', role: 'Platform Engineer', stage: 'applied' },
      message: { subject: 'Thank you for applying to Platform Engineer at Lumen Labs' }
    })
    // A second pass over the same mailbox proposes nothing new.
    await world.services.mail.sync.syncOnce([world.account])
    expect((await world.services.listProposals(undefined)).open).toBe(1)
  })
})
