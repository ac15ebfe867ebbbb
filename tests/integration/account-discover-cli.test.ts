/**
 * `afterview account add --email E` without --imap and --smtp: the built CLI looks the servers up
 * from the address (the same lookup as the app's form), says how it found them, and adds an account
 * that signs in to the real Dovecot. When nothing is found it says which steps it tried and how to
 * give the servers by hand. DNS and autoconfig are served on loopback; nothing leaves the machine.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { autoconfigXml, startAutoconfigServer } from '../support/autoconfig-server'
import { startDnsServer, type DnsServer } from '../support/dns-server'
import { requireBuiltApp } from '../support/built-app'
import { freePort, startMailServers, type MailServers } from '../support/mail-servers'
import { tempDataDir } from '../support/temp-dir'

const root = join(__dirname, '..', '..')
let mail: MailServers
let dns: DnsServer
let autoconfig: Awaited<ReturnType<typeof startAutoconfigServer>>
let env: Record<string, string>
const dirs: Array<ReturnType<typeof tempDataDir>> = []

function cli(args: string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // No D-Bus in the child: keytar is unavailable and the password comes from the environment.
    const childEnv = { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', AFTERVIEW_PASSWORD: mail.password, ...env }
    execFile(
      process.execPath,
      [join(root, 'bin', 'afterview.js'), ...args, '--data-dir', dataDir],
      { env: childEnv, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    )
  })
}

beforeAll(async () => {
  requireBuiltApp()
  mail = await startMailServers()
  dns = await startDnsServer({})
  autoconfig = await startAutoconfigServer()
  autoconfig.files['/mail/config-v1.1.xml'] = autoconfigXml({
    domain: mail.domain,
    imap: { host: '127.0.0.1', port: mail.imap.port, socketType: 'STARTTLS' },
    smtp: { host: '127.0.0.1', port: mail.smtp.port, socketType: 'STARTTLS' },
    username: '%EMAILLOCALPART%'
  })
  const closed = String(await freePort())
  env = {
    AFTERVIEW_AUTOCONFIG_BASE: autoconfig.base,
    AFTERVIEW_DNS_SERVER: dns.address,
    AFTERVIEW_DISCOVER_IMAP_PORTS: closed,
    AFTERVIEW_DISCOVER_SMTP_PORTS: closed
  }
}, 120_000)
afterAll(async () => {
  await Promise.all([mail?.stop(), dns?.close(), autoconfig?.close()])
  for (const dir of dirs) dir.cleanup()
})

describe('afterview account add from the address alone (built CLI)', () => {
  it('finds the servers through autoconfig, says so, and adds an account that signs in', async () => {
    const data = tempDataDir()
    dirs.push(data)
    const add = await cli(['account', 'add', '--email', `candidate@${mail.domain}`, '--allow-self-signed'], data.dir)
    expect(add.stderr).toContain(`Looking up the mail servers of ${mail.domain}`)
    expect(add.code).toBe(0)
    expect(add.stdout).toContain("Found through your provider's autoconfig")
    expect(add.stdout).toContain(`IMAP 127.0.0.1:${mail.imap.port} (starttls), SMTP 127.0.0.1:${mail.smtp.port} (starttls).`)
    expect(add.stdout).toContain(`Added candidate@${mail.domain}`)
    // No keychain in this child: the command line's notice names its own way, AFTERVIEW_PASSWORD.
    expect(add.stderr).toContain('keeps mail passwords in memory only')
    expect(add.stderr).toContain('or set AFTERVIEW_PASSWORD for the command line')
    expect(add.stdout + add.stderr).not.toContain(mail.password)
    const list = await cli(['account', 'list', '--json'], data.dir)
    expect(JSON.parse(list.stdout.trim())).toMatchObject({
      email: `candidate@${mail.domain}`,
      user: 'candidate',
      imap: { host: '127.0.0.1', port: mail.imap.port, security: 'starttls' },
      smtp: { host: '127.0.0.1', port: mail.smtp.port, security: 'starttls' }
    })
  })

  it('names the flag that trusts a self-signed certificate (the app names its button)', async () => {
    const data = tempDataDir()
    dirs.push(data)
    const add = await cli(['account', 'add', '--email', `candidate@${mail.domain}`], data.dir)
    expect(add.code).toBe(1)
    expect(add.stderr).toContain(
      `self-signed certificate, which your system does not trust (SHA-256 fingerprint ${mail.certFingerprint256})`
    )
    expect(add.stderr).toContain('add --allow-self-signed to pin it')
    expect(add.stderr).not.toContain('Trust this certificate')
  })

  it('says which steps found nothing and how to give the servers by hand; adds nothing', async () => {
    const data = tempDataDir()
    dirs.push(data)
    delete autoconfig.files['/mail/config-v1.1.xml'] // the loopback autoconfig server answers for every domain
    const add = await cli(['account', 'add', '--email', 'someone@nowhere.test'], data.dir)
    expect(add.code).not.toBe(0)
    expect(add.stderr).toContain('Could not find the mail servers for someone@nowhere.test:')
    expect(add.stderr).toContain("The domain's autoconfig file:")
    expect(add.stderr).toContain('Give them with --imap HOST:PORT --smtp HOST:PORT')
    const list = await cli(['account', 'list', '--json'], data.dir)
    expect(list.stdout.trim()).toBe('')
  })

  it('asks for both servers when only one is given', async () => {
    const data = tempDataDir()
    dirs.push(data)
    const add = await cli(['account', 'add', '--email', `candidate@${mail.domain}`, '--imap', `127.0.0.1:${mail.imap.port}`], data.dir)
    expect(add.code).not.toBe(0)
    expect(add.stderr).toContain('Give both --imap and --smtp, or neither')
  })
})
