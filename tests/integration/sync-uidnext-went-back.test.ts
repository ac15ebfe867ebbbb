/**
 * A server whose UIDNEXT went back while UIDVALIDITY stayed: a mail server restored from a
 * backup, or a mailbox moved to another server, that kept the UIDVALIDITY. RFC 3501 forbids it
 * (UIDs are never reused under one UIDVALIDITY), but restores do it. The sync remembered a
 * UIDNEXT the server has not reached again: every new reply got a UID below it, each pass took
 * the lower UIDNEXT for "nothing new", and the replies were never filed (those that came before
 * the server passed the remembered number, for good).
 *
 * Real Dovecot. The restore is played from the sync's side: its state remembers a UIDNEXT the
 * server never gave (as if it had seen forty more mails before the server went back).
 */
import { ImapFlow } from 'imapflow'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'
import { syncStateId } from '../../src/main/store/sync-state'
import { fromDana, startJunkWorld } from './junk-world'
import { filed, syncWorld, waitFor } from './sync-support'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => {
  vi.restoreAllMocks()
  return w?.close()
})

const reply = (n: number, subject: string) =>
  makeMessage({
    from: 'Dana Whitfield <dana@acmerobotics.test>',
    to: `candidate@${w.mail.domain}`,
    subject,
    messageId: `<went-back-${n}-${Date.now()}@acmerobotics.test>`,
    body: 'Could you do Tuesday at 10:00?'
  })

it('a reply that comes after the server went back to a lower UIDNEXT is filed, and nothing is filed twice', async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }, [
    { name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }
  ])
  await w.mail.deliver('candidate', reply(1, 'Thanks for applying'))
  const account = await w.connectAndSync()
  expect(w.filedOn(acme).map((m) => m.subject)).toEqual(['Thanks for applying'])

  // The server is restored from a backup: it is back at a UIDNEXT below the one the sync remembers.
  const store = w.services.mail.ctx.store
  const id = syncStateId(account.id, 'inbox')
  const remembered = store.syncState.get(id)!.uidNext
  await store.syncState.update(id, (s) => ({ ...s, uidNext: remembered + 40 }))

  await w.mail.deliver('candidate', reply(2, 'Interview on Tuesday'))
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.subject)).toEqual(['Thanks for applying', 'Interview on Tuesday'])
  // The sync now remembers the server's own UIDNEXT: the next reply is read as new mail, once.
  expect(store.syncState.get(id)!.uidNext).toBe(remembered + 1)

  await w.mail.deliver('candidate', reply(3, 'Directions'))
  await w.services.mail.sync.syncOnce([account])
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.subject)).toEqual(['Thanks for applying', 'Interview on Tuesday', 'Directions'])
})

it('a reply that a spam filter put in Junk after the server went back is told', async () => {
  const j = await startJunkWorld()
  try {
    await j.trackAcme()
    await j.intoJunk(fromDana(j.mail, { subject: 'Cheap watches', messageId: `<spam-${Date.now()}@acmerobotics.test>` }))
    const account = await j.connect()
    await j.services.mail.sync.syncOnce([account])
    expect(j.notices).toHaveLength(1) // the first, told

    const store = j.services.mail.ctx.store
    const id = syncStateId(account.id, 'junk')
    const remembered = store.syncState.get(id)!.uidNext
    await store.syncState.update(id, (s) => ({ ...s, uidNext: remembered + 40 }))
    await j.intoJunk(fromDana(j.mail, { messageId: `<went-back-junk-${Date.now()}@acmerobotics.test>` }))
    await j.services.mail.sync.syncOnce([account])
    expect(j.notices).toHaveLength(2)
    expect(j.notices[1]).toContain('“Interview next week” from Dana Whitfield')
  } finally {
    await j.close()
  }
})

it('control: while watching, the look every few seconds does not take the watched INBOX for a server that went back', async () => {
  // The watched INBOX stays selected, and imapflow does not move its UIDNEXT on new mail (EXISTS): it says less than
  // the sync remembers once new mail was filed. Taken for a server restored from a backup, every look scanned it all.
  const s = await syncWorld()
  const sync = new AccountSync(s.account, {
    store: s.services.mail.ctx.store,
    filer: s.services.mail.sync.filer,
    secret: async () => s.mail.password,
    sentCheckEveryMs: 1500
  })
  try {
    void sync.watch()
    await waitFor(() => sync.status.state === 'watching', 10_000)
    const ids = [1, 2].map((n) => `<watched-${n}-${Date.now()}@kestrelharbor.test>`)
    for (const id of ids)
      await s.mail.deliver(
        'candidate',
        makeMessage({
          from: 'Dana Whitfield <dana@kestrelharbor.test>',
          to: `candidate@${s.mail.domain}`,
          subject: 'Thursday?',
          messageId: id
        })
      )
    await waitFor(() => ids.every((id) => filed(s.services, s.kestrel).some((m) => m.messageId === id)), 10_000)
    const searches = vi.spyOn(ImapFlow.prototype, 'search')
    await new Promise((resolve) => setTimeout(resolve, 3500)) // two looks
    expect(searches).not.toHaveBeenCalled()
    expect(filed(s.services, s.kestrel).filter((m) => ids.includes(m.messageId))).toHaveLength(2)
  } finally {
    await sync.stop()
    await s.close()
  }
}, 30_000)
