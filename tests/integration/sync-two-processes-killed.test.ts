/**
 * Two processes (held before this test was written; kept for the ground it covers): the app watching (IDLE) and
 * `afterview sync --once` runs at the same moment, both reading the same burst of new replies, the CLI killed (SIGKILL)
 * once mid-way. Every reply is filed exactly once. Real Dovecot, the built CLI.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { requireBuiltApp, runCli } from '../support/built-app'
import { startMailWorld, type MailWorld } from '../support/services'
import { waitFor } from './sync-support'

const root = join(__dirname, '..', '..')
let w: MailWorld
beforeAll(async () => {
  requireBuiltApp()
  w = await startMailWorld()
}, 120_000)
afterAll(() => w?.close())

it('the app watching and `sync --once` (one of them killed) file a burst of replies exactly once', async () => {
  const me = `candidate@${w.mail.domain}`
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  const account = await w.connectAndSync()
  w.services.mail.start()
  await waitFor(() => w.services.mail.sync.statusOf(account.id).state === 'watching', 15_000)
  const t = Date.now()
  const ids = Array.from({ length: 60 }, (_, k) => `<burst-${k}-${t}@acmerobotics.test>`)
  const env = { AFTERVIEW_PASSWORD: w.mail.password }
  const cli = (kill: boolean) =>
    new Promise<void>((resolve) => {
      const child = spawn(process.execPath, [join(root, 'bin', 'afterview.js'), 'sync', '--once', '--json', '--data-dir', w.data.dir], {
        env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', ...env },
        stdio: ['ignore', 'pipe', 'ignore']
      })
      child.stdout.on('data', () => kill && child.kill('SIGKILL'))
      child.on('exit', () => resolve())
    })
  const delivering = (async () => {
    for (const [k, id] of ids.entries())
      await w.mail.deliver(
        'candidate',
        makeMessage({
          from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
          to: me,
          subject: `Step ${k}`,
          messageId: id,
          body: `Step ${k}.`
        })
      )
  })()
  await Promise.all([delivering, cli(false), cli(true), cli(false)])
  await cli(false)
  await waitFor(() => {
    w.services.mail.ctx.store.applications.load()
    return w.filedOn(acme).length >= ids.length
  }, 30_000)
  await new Promise((r) => setTimeout(r, 2000))
  expect((await runCli(['sync', '--once', '--data-dir', w.data.dir], env)).code).toBe(0)
  await w.services.mail.stop()
  w.services.mail.ctx.store.applications.load()
  const filed = w.filedOn(acme).map((m) => m.messageId)
  expect(filed.sort()).toEqual([...ids].sort())
}, 300_000)
