/**
 * A folder on which the server drops the connection (third review of efedc7b4): a drop once (the network, a server
 * restart) does not leave "Jobs" out for an hour; six such folders do not keep `sync --once` from the INBOX for good;
 * and retroactive filing that meets such a folder does not fail every pass before the INBOX is read. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { startMailWorld, type MailWorld } from '../support/services'
import { tapProxy } from '../support/tap-proxy'
import { ACME, accountThrough, dropsOn, fileInto, invitation, makeFolders, syncProcessAt } from './own-folders-world'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

it('a connection dropped once while "Jobs" opens: the reply in Jobs is filed on the next connection, not an hour later', async () => {
  const acme = await w.track(ACME)
  const [jobs] = await makeFolders(w, ['Jobs'])
  const id = `<jobs-${Date.now()}@acmerobotics.test>`
  await fileInto(w, jobs!, invitation(w, id))
  let cuts = 0
  // The connection drops once (Wi-Fi, a server restart) as "Jobs" is opened; after that, Jobs opens as ever.
  const proxy = await tapProxy(w.mail.imap.port, { up: dropsOn(/Jobs/, () => cuts++ === 0) })
  try {
    const account = await accountThrough(w, proxy.port)
    await w.services.mail.sync.syncOnce([account])
    await w.services.mail.sync.syncOnce([account]) // "Sync now", a minute later
    expect(cuts).toBeGreaterThan(1) // Jobs was asked again after the drop
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
    expect(w.services.mail.sync.statusOf(account.id).message).toBeUndefined()
  } finally {
    await proxy.close()
  }
}, 120_000)

it('six folders on which the server drops the connection: `sync --once` still reads the INBOX', async () => {
  const acme = await w.track(ACME)
  await makeFolders(w, ['Old1'], ['Old2'], ['Old3'], ['Old4'], ['Old5'], ['Old6'])
  const id = `<inbox-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(w, id))
  const proxy = await tapProxy(w.mail.imap.port, { up: dropsOn(/Old\d/) })
  try {
    const account = await accountThrough(w, proxy.port)
    // Each `sync --once` is a process of its own: what the last one learned of the folders is gone.
    const errors: unknown[] = []
    for (const at of [Date.now(), Date.now() + 5 * 60_000]) await syncProcessAt(w, account, at).catch((e: unknown) => errors.push(e))
    expect(errors).toEqual([])
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
  } finally {
    await proxy.close()
  }
}, 120_000)

it('retroactive filing that meets a folder the server drops the connection on does not keep the INBOX from being read', async () => {
  await makeFolders(w, ['Old'])
  // Acme's invitation, moved into "Old" before Acme was tracked: read and indexed, not filed.
  const old = `<old-${Date.now()}@acmerobotics.test>`
  await fileInto(w, 'Old', invitation(w, old, 'Interview in March'))
  let cutting = false
  const proxy = await tapProxy(w.mail.imap.port, { up: dropsOn(/Old/, () => cutting) })
  try {
    const account = await accountThrough(w, proxy.port)
    await w.services.mail.sync.syncOnce([account])
    // From now on the server drops the connection when "Old" is opened; the user tracks Acme, and Dana writes again.
    cutting = true
    const acme = await w.track(ACME)
    const id = `<inbox-${Date.now()}@acmerobotics.test>`
    await w.mail.deliver('candidate', invitation(w, id))
    await w.services.mail.sync.syncOnce([account]).catch(() => undefined)
    await w.services.mail.sync.syncOnce([account]).catch(() => undefined)
    expect(w.filedOn(acme).map((m) => m.messageId)).toContain(id)
  } finally {
    await proxy.close()
  }
}, 120_000)
