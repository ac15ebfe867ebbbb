/**
 * Killed, the other direction: a reply in the INBOX, from the hiring manager's own address, read by an
 * earlier pass and left unmatched (the invitation it answers was not there yet); then the invitation turns up in the
 * Archive (archived on the phone: the pass reads the Archive at its next look). The pass files it, and only after that
 * marks the header index to be matched again for threads (SyncPass.scan, matchThreadsAgain). `afterview sync --once`
 * killed between the two: the Archive's next scan finds the invitation filed and files nothing, so nothing marks it
 * again, and the INBOX's state is past the reply: lost for good.
 *
 * Timing-based (SIGKILL as the filed line is printed): red in every run tried before the mark was made before filing
 * too; with it, green whatever the timing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { requireBuiltApp, runCli } from '../support/built-app'
import { startMailWorld, type MailWorld } from '../support/services'
import { syncKilledWhen } from '../support/killed-sync'

let w: MailWorld

beforeAll(async () => {
  requireBuiltApp()
  w = await startMailWorld()
}, 120_000)
afterAll(() => w?.close())

it('killed just after filing an invitation from the Archive: the INBOX reply read earlier that answers it is filed', async () => {
  const me = `candidate@${w.mail.domain}`
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }, [
    { name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }
  ])
  const t = Date.now() - 3_600_000
  const invitation = `<invite-${t}@acmerobotics.test>`
  const reply = `<reply-${t}@mail.test>`
  // The reply came first to the INBOX, and the laptop read it (the invitation it answers was not there to be read).
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Priya Raman', address: 'priya.raman@mail.test' },
      to: me,
      cc: 'dana@acmerobotics.test',
      subject: 'Re: Interview next week',
      messageId: reply,
      inReplyTo: invitation,
      date: new Date(t + 500),
      body: 'Small change: we will meet in room 4B on the second floor, not the lobby.'
    })
  )
  await w.connectAndSync()
  expect(w.filedOn(acme)).toEqual([])
  // The invitation, archived on the phone (it had been read there).
  await seedMaildir(
    w.mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
          to: me,
          subject: 'Interview next week',
          messageId: invitation,
          date: new Date(t),
          body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
        }),
        date: new Date(t),
        seen: true
      }
    ],
    { mailbox: 'Archive' }
  )
  const run = await syncKilledWhen(w, (line) => line.includes(invitation))
  expect(run.killed).toBe(true)
  for (let k = 0; k < 2; k++)
    expect((await runCli(['sync', '--once', '--data-dir', w.data.dir], { AFTERVIEW_PASSWORD: w.mail.password })).code).toBe(0)
  w.services.mail.ctx.store.applications.load()
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([invitation, reply])
}, 300_000)
