/**
 * Killed: `afterview sync --once` killed (SIGKILL: the laptop's lid, a crash) in the middle of a pass over a
 * big INBOX, after it filed the first slice's mail and before it filed the rest. The next runs must file every reply
 * exactly once, including a reply the hiring manager sent from her own address that the phone archived: read in the
 * Archive before the INBOX, it threads on an invitation in the INBOX that was not filed yet, and is matched again only
 * once the pass has ended (SyncPass.leftOutAnswers, kept in memory). Real Dovecot, the built CLI.
 *
 * Failed before SyncPass.fileMarked (the archived reply was lost).
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { requireBuiltApp, runCli } from '../support/built-app'
import { startMailWorld, type MailWorld } from '../support/services'

const root = join(__dirname, '..', '..')
const FILLER = 1100 // more than one slice of bodies (FETCH_SLICE = 1000)
let w: MailWorld

beforeAll(async () => {
  requireBuiltApp()
  w = await startMailWorld()
}, 120_000)
afterAll(() => w?.close())

/** Runs `afterview sync --once --json`, and SIGKILLs it as soon as it prints a filed line that `killWhen` picks. */
function syncKilledWhen(killWhen: (line: string) => boolean): Promise<{ killed: boolean; lines: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'afterview.js'), 'sync', '--once', '--json', '--data-dir', w.data.dir], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', AFTERVIEW_PASSWORD: w.mail.password },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let killed = false
    let buffered = ''
    const lines: string[] = []
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      let cut: number
      while ((cut = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, cut)
        buffered = buffered.slice(cut + 1)
        lines.push(line)
        if (!killed && killWhen(line)) {
          killed = true
          child.kill('SIGKILL') // this child's own pid
        }
      }
    })
    child.stderr.resume()
    child.on('exit', () => resolve({ killed, lines }))
  })
}

it('killed after filing part of a big INBOX: the next runs file every reply exactly once, the archived reply too', async () => {
  const me = `candidate@${w.mail.domain}`
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }, [
    { name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }
  ])
  const filler = await w.track({ company: 'Filler Corp', role: 'Analyst', companyDomain: 'fillercorp.test' })
  await w.connectAndSync() // the mailbox read once, empty

  const t = Date.now() - 3_600_000
  const invitation = `<invite-${t}@acmerobotics.test>`
  const reply = `<reply-${t}@mail.test>`
  await seedMaildir(w.mail, 'candidate', [
    {
      raw: makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
        to: me,
        subject: 'Interview next week',
        messageId: invitation,
        date: new Date(t),
        body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
      }),
      date: new Date(t)
    },
    ...Array.from({ length: FILLER }, (_, k) => ({
      raw: makeMessage({
        from: { name: 'Filler Recruiting', address: 'jobs@fillercorp.test' },
        to: me,
        subject: `Your application, update ${k}`,
        messageId: `<filler-${k}-${t}@fillercorp.test>`,
        date: new Date(t + 1000 + k * 1000),
        body: `Update number ${k} on your application.`
      }),
      date: new Date(t + 1000 + k * 1000)
    }))
  ])
  // The hiring manager answers from her own mailbox; read on the phone and archived there.
  await seedMaildir(
    w.mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: { name: 'Priya Raman', address: 'priya.raman@mail.test' },
          to: me,
          cc: 'dana@acmerobotics.test',
          subject: 'Re: Interview next week',
          messageId: reply,
          inReplyTo: invitation,
          date: new Date(t + 500),
          body: 'Small change: we will meet in room 4B on the second floor, not the lobby.'
        }),
        date: new Date(t + 500),
        seen: true
      }
    ],
    { mailbox: 'Archive' }
  )

  // Killed once the invitation is filed (the first slice), the rest of the INBOX not yet.
  const run = await syncKilledWhen((line) => line.includes(invitation))
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
