/**
 * Killed during a first scan (held before this test was written; kept for the ground it covers): `afterview sync --once` SIGKILLed
 * during a first scan of a big INBOX, while the header index is being rewritten (its temporary file half written): at
 * the header scan's first thousand, and once the headers are read (bodies and filing to come). The next runs file every
 * reply exactly once, leave no temporary index file behind, and the index is whole: an application added afterwards
 * has its earlier mail filed (retroactive filing). Real Dovecot, the built CLI.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { requireBuiltApp, runCli } from '../support/built-app'
import { loopbackAccount, startMailWorld, type MailWorld } from '../support/services'
import { syncKilledWhen } from '../support/killed-sync'

let w: MailWorld
beforeEach(async () => {
  requireBuiltApp()
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

for (const [at, when] of [
  ['during the header scan', /Reading Inbox: 1000 of/],
  ['after the header scan, before the bodies', /Read \d+ messages in Inbox/]
] as const)
  it(`killed ${at} of a first scan: every reply filed once after, and the index whole`, async () => {
    const me = `candidate@${w.mail.domain}`
    const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
    const t = Date.now() - 5 * 86_400_000
    const mails = Array.from({ length: 3000 }, (_, k) => {
      const who = k % 100 === 7 ? 'acme' : k % 100 === 42 ? 'kestrel' : 'shop'
      const from =
        who === 'acme'
          ? { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' }
          : who === 'kestrel'
            ? { name: 'Lee Park', address: 'lee@kestrelharbor.test' }
            : { name: 'Deals', address: `deals${k % 13}@shop.test` }
      const date = new Date(t + k * 60_000)
      return {
        who,
        id: `<${who}-${k}-${t}@${from.address.split('@')[1]}>`,
        raw: makeMessage({
          from,
          to: me,
          subject: `${who} mail ${k}`,
          messageId: `<${who}-${k}-${t}@${from.address.split('@')[1]}>`,
          date,
          body: `Mail ${k}.`
        }),
        date
      }
    })
    await seedMaildir(
      w.mail,
      'candidate',
      mails.map(({ raw, date }) => ({ raw, date }))
    )
    await w.services.addAccount(loopbackAccount(w.mail)) // added, not read yet: the CLI's first scan reads it
    const run = await syncKilledWhen(w, (line) => when.test(line), { stream: 'stderr' })
    expect(run.killed).toBe(true)
    const env = { AFTERVIEW_PASSWORD: w.mail.password }
    expect((await runCli(['sync', '--once', '--data-dir', w.data.dir], env)).code).toBe(0)
    expect((await runCli(['sync', '--once', '--data-dir', w.data.dir], env)).code).toBe(0)
    const store = w.services.mail.ctx.store
    store.applications.load()
    const acmeIds = w.filedOn(acme).map((m) => m.messageId)
    expect(acmeIds.sort()).toEqual(
      mails
        .filter((m) => m.who === 'acme')
        .map((m) => m.id)
        .sort()
    )
    expect(readdirSync(join(w.data.dir, 'mail-index')).filter((f) => f.endsWith('.tmp'))).toEqual([])
    // Kestrel Harbor added afterwards: its mail, already read, is filed from the index.
    const kestrel = await w.track({ company: 'Kestrel Harbor', role: 'Analyst', companyDomain: 'kestrelharbor.test' })
    expect((await runCli(['sync', '--once', '--data-dir', w.data.dir], env)).code).toBe(0)
    store.applications.load()
    const kestrelIds = w.filedOn(kestrel).map((m) => m.messageId)
    expect(kestrelIds.sort()).toEqual(
      mails
        .filter((m) => m.who === 'kestrel')
        .map((m) => m.id)
        .sort()
    )
  }, 600_000)
