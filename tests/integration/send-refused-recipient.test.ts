/**
 * A mail the SMTP server takes for some recipients and turns away for others (a mistyped
 * address: 550 No such user at RCPT) went out, but not to everyone: the user is told who got
 * it and who did not, with the server's reason, instead of "Sent to Dana" when Dana got nothing.
 * A real SMTP server (smtp-server) that refuses one recipient.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { openStore } from '../../src/main/store'
import { createOutboxServices } from '../../src/main/services/outbox'
import type { MailAccess } from '../../src/main/outbox/mail-access'
import { application } from '../support/application'
import { tempDataDir } from '../support/temp-dir'
import { MessageRef } from '../../src/shared/model'
import { messageEvent } from '../../src/main/store/application-writes'
import type { Store } from '../../src/main/store'
import type { SendResult } from '../../src/shared/api'

const delivered: string[][] = []
let server: SMTPServer
let port = 0
beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, cb) {
      // The recruiter's address has a typo: the server says there is no such mailbox.
      if (address.address.startsWith('dana')) return cb(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }))
      cb()
    },
    onData(stream, session, cb) {
      stream.resume()
      stream.on('end', () => {
        delivered.push(session.envelope.rcptTo.map((r) => r.address))
        cb()
      })
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  port = (server.server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

/** Sends Dana's follow-up (Cc Sam; or To `to`) from a fresh store; `before` may change the store first. */
async function sendFollowUp(
  check: (store: Store, result: SendResult) => void,
  { before, to = ['dana@acme.test'] }: { before?: (store: Store) => Promise<void>; to?: string[] } = {}
): Promise<void> {
  const data = tempDataDir('afterview-rcpt-')
  const store = openStore(data.dir)
  try {
    await store.applications.create(
      application({ id: 'app-1', company: 'Acme', contacts: [{ id: 'c-1', name: 'Dana Whitfield', email: 'dana@acme.test' }] })
    )
    await store.drafts.create({
      id: 'd-1',
      applicationId: 'app-1',
      actionKey: 'follow_up:1',
      actionKind: 'follow_up',
      accountId: 'acct-1',
      to,
      cc: ['sam@acme.test'],
      subject: 'Following up',
      body: 'Hi Dana,\n\nJust following up on my application.\n\nZoë\n',
      messageId: '<m-1@example.test>',
      references: [],
      createdAt: new Date(now).toISOString(),
      updatedAt: new Date(now).toISOString()
    })
    await before?.(store)
    const account = { id: 'acct-1', email: 'zoe@example.test', displayName: 'Zoë', preset: 'other' as const }
    const mail: MailAccess = {
      accounts: () => [account],
      account: () => ({ ...account, user: 'zoe' }) as never,
      smtp: async () => ({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }),
      imap: async () => () => Promise.reject(new Error('no IMAP in this test'))
    }
    const services = createOutboxServices({ store, now: () => now, changed: () => {} }, mail)
    check(store, await services.sendDraft(parseInput('sendDraft', { draftId: 'd-1' })))
  } finally {
    store.close()
    data.cleanup()
  }
}

const now = Date.parse('2026-11-17T16:00:00Z')
const sentEntry = (store: Store) =>
  store.applications.get('app-1')?.events.find((e) => e.message?.messageId === '<m-1@example.test>')?.message

it('says who did not get it, and why, when the server refused one recipient', async () => {
  await sendFollowUp((store, result) => {
    expect(delivered.at(-1)).toEqual(['sam@acme.test']) // only the Cc got it
    expect(result.record?.state).toBe('sent')
    expect(result.message).toMatch(/^Sent the follow-up to sam@acme\.test at /)
    expect(result.message).toMatch(/refused dana@acme\.test \(it said: "550 5\.1\.1 No such user"\), so that address did not get it/)
    // And so it reads later, from the record.
    expect(store.outbox.current('d-1')?.notDelivered).toMatch(/refused dana@acme\.test/)
    // And on the timeline, where the user looks days later: Dana is named, and marked.
    expect(sentEntry(store)?.to).toEqual(['Dana Whitfield <dana@acme.test>', 'sam@acme.test'])
    expect(sentEntry(store)?.notDelivered).toEqual(['dana@acme.test'])
  })
})

it('marks whom the server refused on the Sent copy a sync filed first', async () => {
  await sendFollowUp(
    (store) => {
      expect(store.applications.get('app-1')?.events.filter((e) => e.message?.messageId === '<m-1@example.test>')).toHaveLength(1)
      expect(sentEntry(store)?.notDelivered).toEqual(['dana@acme.test'])
    },
    {
      before: async (store) => {
        // The copy in Sent, read by a sync before the send was noted (another process, or a note that failed and waits).
        await store.applications.update('app-1', (app) => {
          const ref = MessageRef.parse({
            messageId: '<m-1@example.test>',
            direction: 'out',
            to: ['Dana Whitfield <dana@acme.test>', 'sam@acme.test'],
            subject: 'Following up'
          })
          app.events.push(messageEvent(ref, new Date(now).toISOString()))
          return app
        })
      }
    }
  )
})

it('notes as sent, and says short, a mail that many of its recipients did not get', async () => {
  // Twenty long addresses the server refuses (a pasted list gone wrong): the sentences must still fit what is stored.
  const to = Array.from({ length: 20 }, (_, k) => `dana.${'x'.repeat(40)}.${k}@acme-robotics-international.test`)
  await sendFollowUp(
    (store, result) => {
      expect(delivered.at(-1)).toEqual(['sam@acme.test'])
      expect(store.outbox.current('d-1')?.state).toBe('sent')
      expect(result.message).toMatch(/^Sent the follow-up to sam@acme\.test at /)
      expect(result.message).toMatch(/, 17 more, so those addresses did not get it/)
      expect(sentEntry(store)?.notDelivered).toHaveLength(20)
    },
    { to }
  )
})
