/**
 * `afterview sync` and mail in Junk, through the built CLI (out/): told on stderr, with --json too (stdout is for the
 * filed mail; the mail is told once), and never with the terminal escape codes a spam may carry. Found by a review of
 * 8ec43904. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { makeMessage, seedMaildir } from '../support/maildir'
import { requireBuiltApp, runCli } from '../support/built-app'
import { tempDataDir } from '../support/temp-dir'
import { trackAcme } from './junk-world'

let mail: MailServers
let data: ReturnType<typeof tempDataDir>

const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli([...args, '--data-dir', data.dir], { AFTERVIEW_PASSWORD: mail.password, ...env })

async function setUp(subject: string, fromName = 'Dana Whitfield'): Promise<void> {
  requireBuiltApp()
  mail = await startMailServers()
  data = tempDataDir()
  const services = createServices({ store: openStore(data.dir), mode: 'browser', version: 'test', emit: () => {} })
  await trackAcme(services)
  services.dispose()
  const date = new Date(Date.now() - 3_600_000)
  const enc = (s: string) => `=?utf-8?b?${Buffer.from(s).toString('base64')}?=`
  const raw = makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${mail.domain}`,
    subject: 'PLACEHOLDER',
    messageId: `<junk-cli-${Date.now()}@acmerobotics.test>`,
    date,
    body: 'Could you come in on Tuesday at 10:00?'
  })
    .replace('Subject: PLACEHOLDER', `Subject: ${enc(subject)}`)
    .replace(/From: .*/, `From: ${enc(fromName)} <dana@acmerobotics.test>`)
  await seedMaildir(mail, 'candidate', [{ raw, date }], { mailbox: 'Junk' })
  const add = await cli([
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
  ])
  expect(add.code).toBe(0)
}

beforeEach(() => {})
afterEach(async () => {
  await mail?.stop()
  data?.cleanup()
})

it('`afterview sync --once --json` tells of the reply in Junk on stderr, as the plain command does', async () => {
  await setUp('Interview next week')
  const json = await cli(['sync', '--once', '--json'])
  expect(json.code).toBe(0)
  const plain = await cli(['sync', '--once'])
  expect(plain.code).toBe(0)
  expect(json.stdout + json.stderr + plain.stderr).toContain('Junk folder')
}, 180_000)

it('`afterview sync` prints no terminal escape sequences from a spam subject or sender name', async () => {
  await setUp('Interview\x1b[2K\x1b[1A\rDone: 0 new messages filed.\x1b]8;;https://evil.test\x07click\x1b]8;;\x07', 'Dana\x1b[8m hidden')
  const plain = await cli(['sync', '--once'])
  expect(plain.stderr).toContain('Junk folder')
  expect(plain.stderr).not.toContain('\x1b')
}, 180_000)
