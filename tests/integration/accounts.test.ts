/**
 * Mail accounts against the real test Dovecot + SMTP: adding tests the connection first,
 * wrong passwords and port mix-ups are explained in plain words, a self-signed server is
 * refused unless its certificate is pinned, and no password ever reaches the data folder.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { type AppServices } from '../../src/main/services'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { tempDataDir } from '../support/temp-dir'
import { servicesIn } from '../support/services'

let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices

beforeAll(async () => {
  mail = await startMailServers()
  data = tempDataDir()
  services = servicesIn(data.dir)
})
afterAll(async () => {
  services?.dispose()
  await mail?.stop()
  data?.cleanup()
})

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))

const fields = (over: Record<string, unknown> = {}) => ({
  email: `candidate@${mail.domain}`,
  user: 'candidate',
  imap: { host: '127.0.0.1', port: mail.imap.port, security: 'starttls' },
  smtp: { host: '127.0.0.1', port: mail.smtp.port, security: 'starttls' },
  ...over
})
const add = (input: Record<string, unknown>) => services.addAccount(parseInput('addAccount', input))
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure')
    },
    (e: { code: string; message: string }) => e
  )

describe('adding a mail account', () => {
  it('refuses a self-signed server unless the user trusts it', async () => {
    const error = await failure(add({ fields: fields(), password: mail.password }))
    expect(error.code).toBe('mail_tls')
    expect(error.message).toContain('self-signed certificate')
    expect(error.message).toContain(mail.certFingerprint256)
    expect(error.message).not.toContain(mail.password)
    expect((await services.listAccounts(undefined)).accounts).toHaveLength(0)
  })

  it('explains a wrong password in plain words (mail_auth) and saves nothing', async () => {
    const error = await failure(add({ fields: fields({ allowSelfSigned: true }), password: 'not-the-password' }))
    expect(error.code).toBe('mail_auth')
    expect(error.message).toMatch(/refused the user name or password/)
    expect(error.message).not.toContain('not-the-password')
    const gmail = await failure(add({ fields: fields({ allowSelfSigned: true, preset: 'gmail' }), password: 'nope-nope' }))
    expect(gmail.message).toMatch(/app password/)
  })

  it('explains TLS on a STARTTLS port, and an unreachable server', async () => {
    const tlsOnPlain = await failure(
      add({
        fields: fields({ allowSelfSigned: true, imap: { host: '127.0.0.1', port: mail.imap.port, security: 'tls' } }),
        password: mail.password,
        skipTest: false
      })
    )
    expect(tlsOnPlain.code).toBe('mail_tls')
    expect(tlsOnPlain.message).toMatch(/does not speak TLS from the start/)
    const plainOnTls = await services.testAccount(
      parseInput('testAccount', {
        fields: fields({ allowSelfSigned: false, imap: { host: '127.0.0.1', port: mail.imap.tlsPort, security: 'starttls' } }),
        password: mail.password
      })
    )
    expect(plainOnTls.imap.code).toBe('mail_tls')
    expect(plainOnTls.imap.message).toMatch(/expects TLS from the start/)
    const report = await services.testAccount(
      parseInput('testAccount', { fields: fields({ imap: { host: '127.0.0.1', port: 1, security: 'tls' } }), password: mail.password })
    )
    expect(report.ok).toBe(false)
    expect(report.imap.code).toBe('mail_network')
    expect(report.imap.message).toMatch(/Nothing answered at 127\.0\.0\.1:1/)
  })

  it('refuses a pin that does not match what the server shows', async () => {
    const wrong = mail.certFingerprint256.replace(/^../, mail.certFingerprint256.startsWith('00') ? '11' : '00')
    const error = await failure(add({ fields: fields({ allowSelfSigned: true }), password: mail.password, trustCertificate: wrong }))
    expect(error.code).toBe('mail_tls')
    expect(error.message).toContain(mail.certFingerprint256)
  })

  it('adds the account once its certificate is pinned, and keeps the password out of the data folder', async () => {
    const { account, report } = await add({
      fields: fields({ allowSelfSigned: true }),
      password: mail.password,
      trustCertificate: mail.certFingerprint256
    })
    expect(report?.ok).toBe(true)
    expect(account.pinnedFingerprint256).toBe(mail.certFingerprint256)
    expect(account.secretKind).toBe('memory')
    const list = await services.listAccounts(undefined)
    expect(list.accounts.map((a) => a.email)).toEqual([`candidate@${mail.domain}`])
    expect(list.secretStore.notice).toMatch(/keeps your mail password only until Afterview closes/)
    expect(list.secretStore.notice).not.toMatch(/AFTERVIEW_PASSWORD/) // the window's words; the CLI says its own
    const tested = await services.testAccount({ id: account.id })
    expect(tested.ok).toBe(true)
    // Every file in the data folder, the saved account among them, and none holds the password.
    const files = filesUnder(data.dir)
    expect(files.some((f) => f.includes('accounts') && readFileSync(f, 'utf8').includes(`candidate@${mail.domain}`))).toBe(true)
    expect(files.filter((f) => readFileSync(f).includes(mail.password))).toEqual([])
    const exported = await services.exportData(parseInput('exportData', { format: 'json' }))
    expect(JSON.stringify(exported)).not.toContain(mail.password)
  })

  it('an edit changes only what it names (the trusted certificate and look-back stay)', async () => {
    const [account] = (await services.listAccounts(undefined)).accounts
    const edited = await services.updateAccount(parseInput('updateAccount', { id: account!.id, fields: { displayName: 'Job search' } }))
    expect(edited.displayName).toBe('Job search')
    expect(edited.allowSelfSigned).toBe(true)
    expect(edited.pinnedFingerprint256).toBe(mail.certFingerprint256)
    expect(edited.lookbackDays).toBe(account!.lookbackDays)
    expect((await services.testAccount({ id: account!.id })).ok).toBe(true)
  })

  it('a pinned account is refused when the server shows another certificate', async () => {
    const [account] = (await services.listAccounts(undefined)).accounts
    const other = execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', '/dev/null', '-subj', '/CN=other', '-days', '1'],
      { stdio: ['ignore', 'pipe', 'ignore'] }
    ).toString()
    const { X509Certificate } = await import('node:crypto')
    const store = services.mail.ctx.store
    await store.accounts.put({
      ...store.accounts.get(account!.id)!,
      pinnedCertificate: other,
      pinnedFingerprint256: new X509Certificate(other).fingerprint256
    })
    const report = await services.testAccount({ id: account!.id })
    expect(report.imap.ok).toBe(false)
    expect(report.imap.code).toBe('mail_tls')
    expect(report.imap.message).toMatch(/different certificate from the one you trusted/)
  })

  it('removes the account and its password', async () => {
    const [account] = (await services.listAccounts(undefined)).accounts
    await services.removeAccount({ id: account!.id })
    expect((await services.listAccounts(undefined)).accounts).toHaveLength(0)
    expect(await (await services.mail.secrets()).get(account!.id)).toBeUndefined()
  })
})
