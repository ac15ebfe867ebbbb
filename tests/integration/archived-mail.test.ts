/**
 * A reply that is no longer in the INBOX when Afterview looks: archived on the phone (iOS Mail, Outlook and Yahoo
 * "Archive" move it to the Archive folder, found by its SPECIAL-USE) before the laptop synced. It was never read.
 * Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { archiveOnPhone, makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }
const invitation = (id: string) =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${w.mail.domain}`,
    subject: 'Interview next week',
    messageId: id,
    body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
  })

it('a reply the user archived on the phone before the laptop synced is filed', async () => {
  const acme = await w.track(ACME)
  const account = await w.connectAndSync() // the laptop synced, then was shut
  const id = `<archived-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(id))
  // On the phone: read, then swiped to Archive (a MOVE, as iOS Mail and the Outlook app do).
  await archiveOnPhone(w.mail, 'candidate', id)
  // Meanwhile another reply came and stays in the INBOX: the pass ran, and reads the INBOX.
  const stayed = `<stayed-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(stayed))
  await w.services.mail.sync.syncOnce([account]) // the laptop opens again
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id, stayed])
}, 120_000)

it('an interview invitation archived after it was filed still opens in full', async () => {
  const acme = await w.track(ACME)
  const account = await w.connectAndSync()
  const id = `<opened-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(id))
  await w.services.mail.sync.syncOnce([account])
  await archiveOnPhone(w.mail, 'candidate', id)
  expect((await w.services.getMessage({ applicationId: acme, messageId: id })).subject).toBe('Interview next week')
}, 120_000)

it('a reply archived on the phone is filed after an update, whose remembered list of mailboxes knew no Archive', async () => {
  const acme = await w.track(ACME)
  const account = await w.connectAndSync()
  // As the version before wrote its states: a list of mailboxes remembered for a day, without an Archive in it.
  const store = w.services.mail.ctx.store
  for (const state of store.syncState.all()) {
    const { archivePath: _archive, ...before } = state
    await store.syncState.upsert(state.id, () => before)
  }
  const id = `<after-update-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(id))
  await archiveOnPhone(w.mail, 'candidate', id)
  await w.accountSync(account).syncOnce() // the new version starts: no list of its own, the states' remembered one
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
}, 120_000)
