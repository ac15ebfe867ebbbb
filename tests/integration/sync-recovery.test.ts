/**
 * The sync when the server misbehaves (real Dovecot): stopped mid-watch and restarted with
 * mail delivered meanwhile, nothing is missed and nothing is filed twice; a UIDVALIDITY
 * change re-seeds the window without duplicates; the state survives a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { allFiledIds, filed, syncWorld, waitFor, type SyncWorld } from './sync-support'
import { servicesIn } from '../support/services'

let w: SyncWorld
beforeAll(async () => {
  w = await syncWorld()
})
afterAll(async () => {
  await w?.close()
})

const fromDana = (subject: string, id: string) =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
    to: `candidate@${w.mail.domain}`,
    subject,
    messageId: id,
    body: `About: ${subject}`
  })

describe('recovering from outages', () => {
  it('Dovecot stopped while watching and restarted with new mail: nothing missed, nothing doubled', async () => {
    w.services.mail.start()
    await waitFor(() => w.services.mail.sync.statusOf(w.account.id).state === 'watching', 10_000)
    expect(allFiledIds(w.services)).toHaveLength(3)
    await w.mail.stopDovecot()
    await waitFor(() => w.services.mail.sync.statusOf(w.account.id).state !== 'watching', 10_000)
    // Mail that arrives while the server is down (written straight into the maildir).
    const ids = [1, 2].map((n) => `<outage-${n}-${Date.now()}@kestrelharbor.test>`)
    await seedMaildir(
      w.mail,
      'candidate',
      ids.map((id, n) => ({ raw: fromDana(`Outage mail ${n}`, id), date: new Date() }))
    )
    const restarted = Date.now()
    await w.mail.startDovecot()
    await waitFor(() => ids.every((id) => filed(w.services, w.kestrel).some((m) => m.messageId === id)), 20_000)
    console.log(`after Dovecot came back, the mail delivered meanwhile was filed in ${Date.now() - restarted} ms`)
    // And the reconnected watcher still sees new mail.
    const later = `<after-outage-${Date.now()}@kestrelharbor.test>`
    await waitFor(() => w.services.mail.sync.statusOf(w.account.id).state === 'watching', 10_000)
    await w.mail.deliver('candidate', fromDana('After the outage', later))
    await waitFor(() => filed(w.services, w.kestrel).some((m) => m.messageId === later), 10_000)
    const all = allFiledIds(w.services)
    expect(all).toHaveLength(6)
    expect(new Set(all).size).toBe(all.length)
    await w.services.mail.stop()
  })

  it('a UIDVALIDITY change re-seeds the window without duplicates', async () => {
    const before = allFiledIds(w.services)
    const { before: oldValidity, after } = await w.mail.resetUidValidity('candidate')
    expect(after).not.toBe(oldValidity)
    const newer = `<post-reset-${Date.now()}@kestrelharbor.test>`
    await w.mail.deliver('candidate', fromDana('After the reset', newer))
    const count = await w.services.mail.sync.syncOnce([w.account])
    expect(count).toBe(1)
    const all = allFiledIds(w.services)
    expect(all).toEqual(expect.arrayContaining([...before, newer]))
    expect(all).toHaveLength(before.length + 1)
    const state = w.services.mail.ctx.store.syncState.get(`${w.account.id}.inbox`)!
    expect(state.uidValidity).toBe(String(after))
  })

  it('a restart resumes from the saved state: only new mail is fetched', async () => {
    // A second process on the same data folder (what a restart of the app sees).
    const again = servicesIn(w.data.dir)
    await (await again.mail.secrets()).set(w.account.id, w.mail.password)
    const saved = again.mail.ctx.store.syncState.get(`${w.account.id}.inbox`)!
    const id = `<resume-${Date.now()}@kestrelharbor.test>`
    await w.mail.deliver('candidate', fromDana('While the app was closed', id))
    const filedNow: Array<{ messageId: string; applicationId: string }> = []
    again.mail.sync.onFiled((f) => filedNow.push({ messageId: f.message.messageId, applicationId: f.applicationId }))
    expect(await again.mail.sync.syncOnce([again.mail.ctx.store.accounts.get(w.account.id)!])).toBe(1)
    // Exactly the mail that came while it was closed was filed again, none of the older ones.
    expect(filedNow).toEqual([{ messageId: id, applicationId: w.kestrel }])
    const resumed = again.mail.ctx.store.syncState.get(`${w.account.id}.inbox`)!
    expect(resumed.uidNext).toBe(saved.uidNext + 1)
    expect(resumed.uidValidity).toBe(saved.uidValidity)
    again.dispose()
  })
})
