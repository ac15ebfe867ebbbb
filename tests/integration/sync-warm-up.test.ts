/**
 * The classifier's warm-up runs only while the sync waits for the server (issue 14): once
 * the new mail has come, reading it comes first. A warm-up step still running then (a whole
 * sample mail, 40-70 ms each) delayed the 10 new messages of an incremental sync by up to
 * 120 ms. Real Dovecot; the warm-up here never runs out of sample mail, so only the sync
 * decides when it stops. And a server further away than the loopback answers every STATUS a
 * round trip late: that is no sign of new mail, and the sync does not get ready for any.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { MessageFiler } from '../../src/main/mail/sync/filing'
import { delayingProxy } from '../support/delaying-proxy'
import { makeMessage } from '../support/maildir'
import { syncWorld, type SyncWorld } from './sync-support'

let w: SyncWorld
beforeAll(async () => {
  w = await syncWorld()
  await w.services.mail.sync.syncOnce([w.account]) // the first scan: what follows is an incremental sync
})
afterAll(async () => {
  await w?.close()
})

describe('warming the classifier up during a sync', () => {
  it('stops once the new mail has been read from the server, before the mail is understood and filed', async () => {
    const seen: string[] = []
    const filer = new MessageFiler(w.services.mail.ctx.store, {
      warmUp: () => {
        seen.push('warm-up')
        const until = performance.now() + 5
        while (performance.now() < until); // a step of real work
        return true
      },
      describeIncoming: () => {
        seen.push('understood')
        return {}
      }
    })
    const sync = new AccountSync(w.account, {
      store: w.services.mail.ctx.store,
      filer,
      secret: async () => w.mail.password,
      progress: (p) => {
        if (p.message?.startsWith('Read ')) seen.push('read')
      }
    })
    for (let i = 0; i < 3; i++)
      await w.mail.deliver(
        'candidate',
        makeMessage({
          from: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
          to: `candidate@${w.mail.domain}`,
          subject: `Scheduling ${i}`,
          messageId: `<warm-up-stop-${i}-${Date.now()}@kestrelharbor.test>`,
          body: 'Could you do Tuesday at 10:00?'
        })
      )
    expect(await sync.syncOnce()).toBe(3)

    const read = seen.lastIndexOf('read')
    expect(seen.indexOf('understood')).toBeGreaterThan(read)
    expect(seen.slice(read)).not.toContain('warm-up')
  })

  it('does not take a server answering a round trip later for one taking in new mail', async () => {
    const rttMs = 150
    const proxy = await delayingProxy(w.mail.imap.port, rttMs)
    try {
      const warmUps: number[] = []
      const filer = new MessageFiler(w.services.mail.ctx.store, { warmUp: () => warmUps.push(performance.now()) < 1000 })
      const account = { ...w.account, imap: { ...w.account.imap, port: proxy.port } }
      const sync = new AccountSync(account, { store: w.services.mail.ctx.store, filer, secret: async () => w.mail.password })
      const started = performance.now()
      expect(await sync.syncOnce()).toBe(0) // nothing new: a STATUS of each mailbox, each answered after 150 ms
      expect(performance.now() - started).toBeGreaterThan(10 * rttMs) // it did talk to the server through the proxy
      expect(warmUps.length, 'warm-up steps of a sync with nothing new').toBe(0)
    } finally {
      await proxy.close()
    }
  })
})
