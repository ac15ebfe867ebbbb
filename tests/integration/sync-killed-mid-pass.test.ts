/**
 * Killed: `afterview sync --once` killed (SIGKILL: the laptop's lid, a crash) in the middle of a pass over a
 * big INBOX, after it filed the first slice's mail and before it filed the rest. The next runs must file every reply
 * exactly once, including a reply the hiring manager sent from her own address that the phone archived: read in the
 * Archive before the INBOX, it threads on an invitation in the INBOX that was not filed yet, and is matched again only
 * once the pass has ended (SyncPass.leftOutAnswers, kept in memory). Real Dovecot, the built CLI.
 *
 * Failed before SyncPass.fileMarked (the archived reply was lost).
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { requireBuiltApp, runCli } from '../support/built-app'
import { startMailWorld, type MailWorld } from '../support/services'
import { archivedReplyTo, invitationAmongMany, syncKilledWhen } from '../support/killed-sync'

const FILLER = 1100 // more than one slice of bodies (FETCH_SLICE = 1000)
let w: MailWorld

beforeAll(async () => {
  requireBuiltApp()
  w = await startMailWorld()
}, 120_000)
afterAll(() => w?.close())

it('killed after filing part of a big INBOX: the next runs file every reply exactly once, the archived reply too', async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }, [
    { name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }
  ])
  const filler = await w.track({ company: 'Filler Corp', role: 'Analyst', companyDomain: 'fillercorp.test' })
  await w.connectAndSync() // the mailbox read once, empty

  const t = Date.now() - 3_600_000
  const invitation = await invitationAmongMany(w, t, FILLER)
  // The hiring manager answers from her own mailbox; read on the phone and archived there.
  const reply = await archivedReplyTo(w, invitation, t)

  // Killed once the invitation is filed (the first slice), the rest of the INBOX not yet.
  const run = await syncKilledWhen(w, (line) => line.includes(invitation))
  expect(run.killed).toBe(true)
  const filedBeforeKill = run.lines.length
  console.log(`killed after ${filedBeforeKill} filed lines`)
  expect(filedBeforeKill).toBeLessThan(FILLER + 1)

  // The next runs.
  for (let k = 0; k < 2; k++)
    expect((await runCli(['sync', '--once', '--data-dir', w.data.dir], { AFTERVIEW_PASSWORD: w.mail.password })).code).toBe(0)

  const store = w.services.mail.ctx.store
  store.applications.load()
  const fillerIds = w.filedOn(filler).map((m) => m.messageId)
  expect(fillerIds).toHaveLength(FILLER)
  expect(new Set(fillerIds).size).toBe(FILLER)
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([invitation, reply])
}, 600_000)
