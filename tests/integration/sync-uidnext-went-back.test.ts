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

/**
 * Acme Robotics tracked, Dana's first mail filed; then the server goes back: the sync's state remembers 40 UIDs more
 * than the server gave. `unreadable(remembered)`: what the old server could not send, asked again ten minutes ago.
 */
async function wentBack(unreadable?: (remembered: number) => number[]) {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }, [
    { name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }
  ])
  await w.mail.deliver('candidate', reply(1, 'Thanks for applying'))
  const account = await w.connectAndSync()
  expect(w.filedOn(acme).map((m) => m.subject)).toEqual(['Thanks for applying'])
  const store = w.services.mail.ctx.store
  const id = syncStateId(account.id, 'inbox')
  const remembered = store.syncState.get(id)!.uidNext
  await store.syncState.update(id, (s) => ({
    ...s,
    uidNext: remembered + 40,
    ...(unreadable ? { unreadable: unreadable(remembered), unreadableTriedAt: new Date(Date.now() - 10 * 60_000).toISOString() } : {})
  }))
  const subjects = () => w.filedOn(acme).map((m) => m.subject)
  const state = () => store.syncState.get(id)!
  return { account, remembered, subjects, state }
}

it('a reply that comes after the server went back to a lower UIDNEXT is filed, and nothing is filed twice', async () => {
  const { account, remembered, subjects, state } = await wentBack()
  await w.mail.deliver('candidate', reply(2, 'Interview on Tuesday'))
  await w.services.mail.sync.syncOnce([account])
  expect(subjects()).toEqual(['Thanks for applying', 'Interview on Tuesday'])
  // The sync now remembers the server's own UIDNEXT: the next reply is read as new mail, once.
  expect(state().uidNext).toBe(remembered + 1)

  await w.mail.deliver('candidate', reply(3, 'Directions'))
  await w.services.mail.sync.syncOnce([account])
  await w.services.mail.sync.syncOnce([account])
  expect(subjects()).toEqual(['Thanks for applying', 'Interview on Tuesday', 'Directions'])
})

it('a reply the restored server gives a UID the old server could not send is filed at once, not an hour later', async () => {
  // From the review: the lists of mail the server could not send are kept per UIDVALIDITY, which stayed. The old server
  // could not send the mail at `remembered`; restored, it gives that UID to the next mail.
  const { account, subjects, state } = await wentBack((remembered) => [remembered])
  await w.mail.deliver('candidate', reply(2, 'Interview on Tuesday'))
  await w.services.mail.sync.syncOnce([account])
  expect(subjects()).toEqual(['Thanks for applying', 'Interview on Tuesday'])
  expect(state().unreadable ?? []).toEqual([])
})

it('…and when the old server listed more than are asked for again at once (20), some of them above where it went back to', async () => {
  // From the second review: a server restored after its disk went bad had many it could not send.
  const { account, subjects, state } = await wentBack((remembered) => [
    ...Array.from({ length: 24 }, (_, k) => remembered + 1 + k),
    remembered
  ])
  await w.mail.deliver('candidate', reply(2, 'Interview on Tuesday')) // UID `remembered` on the restored server
  await w.services.mail.sync.syncOnce([account])
  expect(subjects()).toEqual(['Thanks for applying', 'Interview on Tuesday'])
  // The UIDs the restored server does not hold are off the list: the next replies, given them, are read as new mail.
  expect(state().unreadable ?? []).toEqual([])
  await w.mail.deliver('candidate', reply(3, 'Directions'))
  await w.services.mail.sync.syncOnce([account])
  expect(subjects()).toEqual(['Thanks for applying', 'Interview on Tuesday', 'Directions'])
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
    lookAroundEveryMs: 1500
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

it('control: a server that says a UIDNEXT below the UIDs it holds is read from the UID kept, not scanned whole at every pass', async () => {
  // Some servers count UIDNEXT from the mail they hold, or answer from a replica that lags: one less than the last UID
  // plus one here. Their mail is still there, so nothing went back, and a reply is read as new mail.
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }, [
    { name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }
  ])
  await w.mail.deliver('candidate', reply(1, 'Thanks for applying'))
  const account = await w.connectAndSync()
  const status = ImapFlow.prototype.status
  vi.spyOn(ImapFlow.prototype, 'status').mockImplementation(async function (this: ImapFlow, ...args: Parameters<ImapFlow['status']>) {
    const said = await status.apply(this, args)
    return said && args[0] === 'INBOX' && said.uidNext ? { ...said, uidNext: said.uidNext - 1 } : said
  })
  const lock = ImapFlow.prototype.getMailboxLock
  vi.spyOn(ImapFlow.prototype, 'getMailboxLock').mockImplementation(async function (
    this: ImapFlow,
    ...args: Parameters<ImapFlow['getMailboxLock']>
  ) {
    const held = await lock.apply(this, args)
    if (this.mailbox && this.mailbox.path === 'INBOX') this.mailbox.uidNext -= 1
    return held
  })
  const search = ImapFlow.prototype.search
  let windowScans = 0
  vi.spyOn(ImapFlow.prototype, 'search').mockImplementation(async function (this: ImapFlow, ...args: Parameters<ImapFlow['search']>) {
    if ('since' in args[0]) windowScans++
    return search.apply(this, args)
  })

  await w.services.mail.sync.syncOnce([account])
  await w.mail.deliver('candidate', reply(2, 'Interview on Tuesday'))
  await w.services.mail.sync.syncOnce([account])
  // Such a server shows its newest mail only when the next comes (its UIDNEXT says it is not there yet), as before.
  await w.mail.deliver('candidate', reply(3, 'Directions'))
  await w.services.mail.sync.syncOnce([account])
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.subject)).toEqual(['Thanks for applying', 'Interview on Tuesday', 'Directions'])
  expect(windowScans).toBe(0)
})
