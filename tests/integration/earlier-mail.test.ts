/**
 * Account first, applications afterwards (the order real users work in): mail already
 * seen is filed when an application is added, without downloading the mailbox again —
 * by `afterview sync --once --json` in a new process (the built CLI in out/: `npm test`
 * builds it first), and by a running watcher within 5 s.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import type { Account } from '../../src/shared/accounts'
import { type AppServices } from '../../src/main/services'
import type { MailServers } from '../support/mail-servers'
import { makeMessage, seedMaildir } from '../support/maildir'
import { filed, waitFor } from './sync-support'
import { loopbackAccount, servicesIn, startMailWorld, type MailWorld } from '../support/services'

const root = join(__dirname, '..', '..')
const DAY = 86_400_000
let mail: MailServers
let world: MailWorld
let data: MailWorld['data']
let services: AppServices
let account: Account
const now = Date.now()
const acmeReply = `<Acme-Reply-${now}@AcmeRobotics.test>`
const acmeThanks = `<Thanks-${now}@example.test>`
const acmeLongId = `<${'x'.repeat(1200)}-${now}@acmerobotics.test>`
const kestrelReply = `<kestrel-${now}@kestrelharbor.test>`
const northwindReply = `<northwind-${now}@northwind.test>`

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', AFTERVIEW_PASSWORD: mail.password }
    execFile(
      process.execPath,
      [join(root, 'bin', 'afterview.js'), ...args, '--data-dir', data.dir],
      { env, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      }
    )
  })
}

beforeAll(async () => {
  world = await startMailWorld()
  mail = world.mail
  data = world.data
  services = world.services
  const me = `candidate@${mail.domain}`
  await seedMaildir(
    mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: me,
          to: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
          subject: 'Thank you for today',
          messageId: acmeThanks,
          date: new Date(now - 4 * DAY),
          body: 'Thank you, Dana.'
        }),
        date: new Date(now - 4 * DAY),
        seen: true
      }
    ],
    { mailbox: 'Sent' }
  )
  await seedMaildir(mail, 'candidate', [
    {
      raw: makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
        to: me,
        subject: 'Re: Thank you for today',
        messageId: acmeReply,
        inReplyTo: acmeThanks,
        date: new Date(now - 3 * DAY),
        body: 'We would like you to meet the team on Tuesday.'
      }),
      date: new Date(now - 3 * DAY)
    },
    {
      raw: makeMessage({
        from: 'dana@acmerobotics.test',
        to: me,
        subject: 'Schedule',
        messageId: acmeLongId,
        date: new Date(now - 3 * DAY + 1000),
        body: 'Times.'
      }),
      date: new Date(now - 3 * DAY + 1000)
    },
    {
      raw: makeMessage({
        from: { name: 'Lee Park', address: 'lee@kestrelharbor.test' },
        to: me,
        subject: 'Your application at Kestrel Harbor',
        messageId: kestrelReply,
        date: new Date(now - 2 * DAY),
        body: 'Can we talk on Friday?'
      }),
      date: new Date(now - 2 * DAY)
    },
    {
      raw: makeMessage({
        from: { name: 'Ola Berg', address: 'ola@northwind.test' },
        to: me,
        subject: 'Analyst role: next round',
        messageId: northwindReply,
        date: new Date(now - 2 * DAY + 1000),
        body: 'Would Monday suit you?'
      }),
      date: new Date(now - 2 * DAY + 1000)
    },
    {
      raw: makeMessage({ from: 'Deals <deals@shop.test>', to: me, subject: 'Sale', date: new Date(now - DAY), body: 'Buy.' }),
      date: new Date(now - DAY)
    }
  ])
  account = (await services.addAccount(loopbackAccount(mail, { email: me }))).account
  // The mailbox is read once, before any application exists: nothing to file.
  expect(await services.mail.sync.syncOnce([account])).toBe(0)
}, 180_000)

afterAll(() => world?.close())

describe('mail that arrived before the application existed', () => {
  it('`afterview sync --once --json` in a new process files it on the application added afterwards', async () => {
    const acme = (
      await services.createApplication(
        parseInput('createApplication', { fields: { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' } })
      )
    ).application.id
    const run = await cli(['sync', '--once', '--json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>)
    console.log(run.stdout.trim().replace(/x{50,}/g, 'x…'))
    const filedLines = lines.filter((l) => !l.skipped)
    expect(filedLines.map((l) => l.messageId).sort()).toEqual([acmeThanks, acmeReply].sort())
    // The Message-ID exactly as received (mixed case), and the same reason a live sync gives.
    expect(filedLines.find((l) => l.messageId === acmeReply)).toMatchObject({ applicationId: acme, direction: 'in' })
    expect(filedLines.find((l) => l.messageId === acmeThanks)!.reason).toMatch(/acmerobotics\.test/)
    const skipped = lines.filter((l) => l.skipped)
    expect(skipped).toHaveLength(1)
    expect(skipped[0]!.skipped).toMatch(/Message-ID is 1\d\d\d characters long/)
    const again = await cli(['sync', '--once', '--json'])
    expect(again.stdout.trim()).toBe('')
  }, 120_000)

  it('a running watcher files it within 5 seconds of adding the application', async () => {
    services.mail.ctx.store.applications.load() // what the CLI filed
    services.mail.sync.filer.reindex()
    services.mail.start()
    await waitFor(() => services.mail.sync.statusOf(account.id).state === 'watching', 15_000)
    const started = Date.now()
    const kestrel = (
      await services.createApplication(
        parseInput('createApplication', {
          fields: { company: 'Kestrel Harbor', role: 'Analyst' },
          contacts: [{ name: 'Lee Park', email: 'lee@kestrelharbor.test' }]
        })
      )
    ).application.id
    const found = await waitFor(() => filed(services, kestrel).find((m) => m.messageId === kestrelReply), 10_000)
    const elapsed = Date.now() - started
    console.log(`application added -> earlier mail filed: ${elapsed} ms`)
    expect(elapsed).toBeLessThan(5000)
    expect(found.reason).toMatch(/Lee Park/)
    expect(found.snippet).toContain('Friday')
  }, 60_000)

  it('…and within 5 seconds when another process (the CLI, another window) adds the application', async () => {
    const other = servicesIn(data.dir)
    const started = Date.now()
    const northwind = (
      await other.createApplication(
        parseInput('createApplication', { fields: { company: 'Northwind Traders', role: 'Analyst', companyDomain: 'northwind.test' } })
      )
    ).application.id
    other.dispose()
    await waitFor(
      () => services.mail.ctx.store.applications.get(northwind) && filed(services, northwind).find((m) => m.messageId === northwindReply),
      10_000
    )
    const elapsed = Date.now() - started
    console.log(`application added by another process -> earlier mail filed: ${elapsed} ms`)
    expect(elapsed).toBeLessThan(5000)
  }, 60_000)
})
