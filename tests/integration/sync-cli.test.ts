/**
 * The built CLI end to end, as a user runs it: `afterview account add` (password from
 * AFTERVIEW_PASSWORD, the self-signed certificate pinned and printed), then
 * `afterview sync --once --json` prints the seeded interviewer reply with its application
 * and reason. Runs the built CLI (out/: `npm test` builds it first).
 */
import { execFile, spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { createServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { makeMessage, seedMaildir } from '../support/maildir'
import { requireBuiltApp } from '../support/built-app'
import { tempDataDir } from '../support/temp-dir'

const root = join(__dirname, '..', '..')
let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let kestrel = ''
const replyId = `<cli-reply-${Date.now()}@kestrelharbor.test>`

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // No D-Bus in the child: keytar is unavailable and the password comes from the environment.
    const childEnv = { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', ...env }
    execFile(
      process.execPath,
      [join(root, 'bin', 'afterview.js'), ...args, '--data-dir', data.dir],
      { env: childEnv, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      }
    )
  })
}

beforeAll(async () => {
  requireBuiltApp()
  mail = await startMailServers()
  data = tempDataDir()
  const services = createServices({ store: openStore(data.dir), mode: 'browser', version: 'test', emit: () => {} })
  kestrel = (
    await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Kestrel Harbor', role: 'Data Engineer', companyDomain: 'kestrelharbor.test' },
        contacts: [{ name: 'Dana Whitfield', email: 'dana@kestrelharbor.test' }]
      })
    )
  ).application.id
  services.dispose()
  const date = new Date(Date.now() - 86_400_000)
  await seedMaildir(mail, 'candidate', [
    {
      raw: makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
        to: `candidate@${mail.domain}`,
        subject: 'Next steps for the Data Engineer role',
        messageId: replyId,
        date,
        body: 'We would love to schedule a final interview.'
      }),
      date
    }
  ])
}, 120_000)
afterAll(async () => {
  await mail?.stop()
  data?.cleanup()
})

describe('afterview account + sync (built CLI)', () => {
  it('adds an account, pinning and printing the self-signed certificate; never prints the password', async () => {
    const add = await cli(
      [
        'account',
        'add',
        '--email',
        `candidate@${mail.domain}`,
        '--user',
        'candidate',
        '--imap',
        `127.0.0.1:${mail.imap.port}`,
        '--smtp',
        `127.0.0.1:${mail.smtp.port}`,
        '--security',
        'starttls',
        '--allow-self-signed'
      ],
      { AFTERVIEW_PASSWORD: mail.password }
    )
    expect(add.stderr + add.stdout).not.toContain(mail.password)
    expect(add.code).toBe(0)
    expect(add.stdout).toContain(mail.certFingerprint256)
    const list = await cli(['account', 'list'])
    expect(list.stdout).toContain(`candidate@${mail.domain}`)
    // The CLI here has no D-Bus (no keychain), so the password of `add` lived only in that process.
    expect(list.stdout).toMatch(/password: not saved on this computer/)
    // The command line's own notice keeps its way to give a password; the window's names none.
    expect(list.stderr).toContain('or set AFTERVIEW_PASSWORD for the command line')
  })

  it('no password saved or given: `account test` says how to give one here, exit 1', async () => {
    const test = await cli(['account', 'test'], { AFTERVIEW_PASSWORD: '' })
    expect(test.code).toBe(1)
    expect(test.stderr).toContain(`No password is saved for candidate@${mail.domain} on this computer.`)
    expect(test.stderr).toContain('or set AFTERVIEW_PASSWORD for the command line')
  })

  it('wrong password: plain words, exit 1', async () => {
    const add = await cli(['account', 'test'], { AFTERVIEW_PASSWORD: 'wrong-password-here' })
    expect(add.code).toBe(1)
    expect(add.stdout).toMatch(/refused the user name or password/)
    expect(add.stdout + add.stderr).not.toContain('wrong-password-here')
  })

  it('`sync --once --json` prints the interviewer reply with its application and reason', async () => {
    const run = await cli(['sync', '--once', '--json'], { AFTERVIEW_PASSWORD: mail.password })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>)
    console.log(run.stdout.trim())
    expect(lines).toEqual([
      expect.objectContaining({
        messageId: replyId,
        applicationId: kestrel,
        direction: 'in',
        subject: 'Next steps for the Data Engineer role',
        from: 'Dana Whitfield <dana@kestrelharbor.test>'
      })
    ])
    expect(lines[0]!.reason).toMatch(/Dana Whitfield|contact/)
    expect(Date.parse(lines[0]!.date)).toBeGreaterThan(0)
    const again = await cli(['sync', '--once', '--json'], { AFTERVIEW_PASSWORD: mail.password })
    expect(again.stdout.trim()).toBe('')
  })

  it('`sync --json` keeps watching: prints a reply delivered later, stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(root, 'bin', 'afterview.js'), 'sync', '--json', '--data-dir', data.dir], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', AFTERVIEW_PASSWORD: mail.password }
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
    })
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    try {
      const dir = join(data.dir, 'sync-state')
      const { existsSync, readdirSync } = await import('node:fs')
      // Wait until the first pass is done (its state is saved), then deliver.
      for (let i = 0; i < 200 && !(existsSync(dir) && readdirSync(dir).length >= 1); i++) await new Promise((r) => setTimeout(r, 50))
      await new Promise((r) => setTimeout(r, 300))
      const id = `<cli-live-${Date.now()}@kestrelharbor.test>`
      const sent = Date.now()
      await mail.deliver(
        'candidate',
        makeMessage({
          from: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
          to: `candidate@${mail.domain}`,
          subject: 'Offer details',
          messageId: id,
          body: 'We are happy to make you an offer.'
        })
      )
      for (let i = 0; i < 200 && !out.includes(id); i++) await new Promise((r) => setTimeout(r, 25))
      console.log(`afterview sync --json printed the new reply ${Date.now() - sent} ms after delivery`)
      const line = JSON.parse(
        out
          .trim()
          .split('\n')
          .find((l) => l.includes(id))!
      ) as Record<string, string>
      expect(line).toMatchObject({ messageId: id, applicationId: kestrel, direction: 'in', subject: 'Offer details' })
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })

  it('`sync --once` says what the mail proposed, not only what it filed', async () => {
    await mail.deliver(
      'candidate',
      makeMessage({
        from: { name: 'Lumen Labs Recruiting', address: 'no-reply@greenhouse.io' },
        to: `candidate@${mail.domain}`,
        subject: 'Thank you for applying to Platform Engineer at Lumen Labs',
        date: new Date(Date.now() - 3_600_000),
        messageId: `<cli-ack-${Date.now()}@greenhouse.io>`,
        body: 'Hi,\n\nThank you for applying to Platform Engineer at Lumen Labs. We have received your application and our team will review it shortly.\n\nLumen Labs Talent Team'
      })
    )
    const run = await cli(['sync', '--once'], { AFTERVIEW_PASSWORD: mail.password })
    expect(run.code).toBe(0)
    expect(run.stderr.trim().split('\n').pop()).toBe(
      'Done: 0 new messages filed; 1 new application to track proposed from your mail, waiting in Review.'
    )
  })
})
