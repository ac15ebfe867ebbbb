/**
 * Review of 36a648f1: retroactive filing now reads, as a scan does, every unfiled mail from a hiring system. A scan
 * reads new mail once; retroactive filing runs again and again (every application added or renamed, every contact
 * edited, and after every pass that files the user's own mail from Sent), over the whole look-back window.
 * Real Dovecot.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'
import { SyncPass } from '../../src/main/mail/sync/pass'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => {
  vi.restoreAllMocks()
  return w?.close()
})

const N = 300

it('a thank-you filed from Sent does not make the sync read again the bodies of every other hiring-system mail', async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }, [
    { name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }
  ])
  // An active job seeker's INBOX: receipts and updates from Greenhouse about applications not tracked here.
  const now = Date.now()
  await seedMaildir(
    w.mail,
    'candidate',
    Array.from({ length: N }, (_, k) => {
      const date = new Date(now - (N - k) * 3_600_000)
      return {
        date,
        raw: makeMessage({
          from: { name: `Company ${k}`, address: 'no-reply@us.greenhouse-mail.io' },
          to: `candidate@${w.mail.domain}`,
          subject: `Thank you for applying to Company ${k}`,
          date,
          body: `Hi Jordan,\n\nThank you for your interest in Company ${k}! We have received your application and will review it.\n\nThe Company ${k} Recruiting Team`
        })
      }
    })
  )
  const account = await w.connectAndSync()
  const read: number[] = []
  const proto = SyncPass.prototype as unknown as { readBodies: (...a: unknown[]) => unknown }
  const original = proto.readBodies
  vi.spyOn(proto, 'readBodies').mockImplementation(function (this: unknown, ...args: unknown[]) {
    read.push((args[1] as unknown[]).length) // the candidates whose bodies are fetched
    return original.apply(this, args)
  })
  // The user thanks Dana from the phone: the copy is in Sent.
  await w.mail.appendTo(
    'candidate',
    'Sent',
    makeMessage({
      from: `candidate@${w.mail.domain}`,
      to: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
      subject: 'Thank you',
      body: 'Dear Dana, thank you for your time today. Best, Jordan'
    }),
    { flags: ['\\Seen'] }
  )
  const started = Date.now()
  await w.services.mail.sync.syncOnce([account])
  const ms = Date.now() - started
  expect(w.filedOn(acme)).toHaveLength(1)
  const bodies = read.reduce((a, b) => a + b, 0)
  expect(bodies, `bodies read by the pass that filed the thank-you: ${bodies} (${read.join(' + ')}), in ${ms} ms`).toBeLessThan(10)
}, 180_000)
