/**
 * How to reach an account's servers: imapflow and nodemailer options (TLS verified by
 * default; a self-signed certificate only when the user pinned it), and "Test connection",
 * which logs in to IMAP and SMTP and explains what went wrong in plain words.
 *
 * Pinning: Node only calls `checkServerIdentity` when the chain verified, so a pinned
 * self-signed certificate is given as the only trusted CA (`ca: [pem]`) and
 * `checkServerIdentity` compares the peer's SHA-256 fingerprint with the pin. Any other
 * certificate fails the handshake, before a password is sent.
 */
import { X509Certificate } from 'node:crypto'
import type { PeerCertificate } from 'node:tls'
// imapflow and nodemailer load when a connection is made, not at start-up (issue 14).
import type { ImapFlowOptions } from 'imapflow'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { Account, ConnectionReport, MailServer } from '../../shared/accounts'
import { presetOf } from '../../shared/accounts'
import { AfterviewError } from '../../shared/api'
import { describeMailError } from './mail-errors'

export { describeMailError, probeCertificate } from './mail-errors'

export type ConnectableAccount = Pick<
  Account,
  'email' | 'user' | 'imap' | 'smtp' | 'preset' | 'allowSelfSigned' | 'pinnedFingerprint256' | 'pinnedCertificate'
> &
  Partial<Pick<Account, 'auth'>>

/** OAuth2 accounts: the "secret" is an access token (XOAUTH2/OAUTHBEARER), not a password. */
const usesOAuth = (account: ConnectableAccount) => account.auth?.type === 'oauth2'

/** Fingerprint of a PEM certificate as Node prints it (AB:CD:…). */
export function fingerprintOf(pem: string): string {
  return new X509Certificate(pem).fingerprint256
}

/** TLS options for one server of the account. */
export function tlsOptions(
  account: ConnectableAccount,
  server: MailServer
): {
  rejectUnauthorized: boolean
  ca?: string[]
  checkServerIdentity?: (host: string, cert: PeerCertificate) => Error | undefined
  servername?: string
  minVersion: 'TLSv1.2'
} {
  const base = { rejectUnauthorized: true, minVersion: 'TLSv1.2' as const }
  if (!account.allowSelfSigned || !account.pinnedCertificate || !account.pinnedFingerprint256) return base
  const pin = account.pinnedFingerprint256.toUpperCase()
  return {
    ...base,
    ca: [account.pinnedCertificate],
    checkServerIdentity: (_host, cert) => {
      if (cert.fingerprint256?.toUpperCase() === pin) return undefined
      const error = new Error(
        `The certificate of ${server.host} is not the one you trusted (expected ${pin}, got ${cert.fingerprint256 ?? 'none'}).`
      ) as Error & { code: string }
      error.code = 'ERR_AFTERVIEW_PIN_MISMATCH'
      return error
    }
  }
}

export interface ImapTuning {
  /** Start IDLE this soon after selecting a mailbox (imapflow's default is 15 s). */
  autoIdleDelay?: number
  greetingTimeout?: number
  socketTimeout?: number
  /** IDLE is ended and started again this often (imapflow's maxIdleTime). */
  maxIdleTime?: number
}

/**
 * IDLE is started again this often: its DONE is the write that finds a connection dead after a sleep or a change of
 * network (nothing comes from a server that forgot it). Without it, the watcher heard nothing for up to the 5 minutes
 * of the socket's timeout, while the status said "watching"; on the desktop, waking checks mail at once (wake.ts).
 */
const IDLE_RESTART_MS = 2 * 60_000

export function imapClientOptions(account: ConnectableAccount, secret: string, tuning: ImapTuning = {}): ImapFlowOptions {
  const { host, port, security } = account.imap
  return {
    host,
    port,
    secure: security === 'tls',
    doSTARTTLS: security === 'starttls' ? true : security === 'none' ? false : undefined,
    auth: usesOAuth(account) ? { user: account.user, accessToken: secret } : { user: account.user, pass: secret },
    tls: tlsOptions(account, account.imap),
    logger: false,
    qresync: true,
    autoIdleDelay: tuning.autoIdleDelay ?? 50,
    connectionTimeout: 10_000,
    greetingTimeout: tuning.greetingTimeout ?? 8_000,
    socketTimeout: tuning.socketTimeout ?? 5 * 60_000,
    maxIdleTime: tuning.maxIdleTime ?? IDLE_RESTART_MS,
    clientInfo: { name: 'Afterview' }
  } as ImapFlowOptions
}

export function smtpTransportOptions(account: ConnectableAccount, secret: string): SMTPTransport.Options {
  const { host, port, security } = account.smtp
  return {
    host,
    port,
    secure: security === 'tls',
    requireTLS: security === 'starttls',
    ignoreTLS: security === 'none',
    auth: usesOAuth(account) ? { type: 'OAuth2', user: account.user, accessToken: secret } : { user: account.user, pass: secret },
    tls: tlsOptions(account, account.smtp),
    connectionTimeout: 10_000,
    greetingTimeout: 8_000,
    socketTimeout: 60_000,
    name: 'afterview.local',
    logger: false
  }
}

async function testImap(account: ConnectableAccount, secret: string): Promise<void> {
  const { ImapFlow } = await import('imapflow')
  const client = new ImapFlow(imapClientOptions(account, secret))
  client.on('error', () => undefined)
  try {
    await client.connect()
  } finally {
    await client.logout().catch(() => client.close())
  }
}

async function testSmtp(account: ConnectableAccount, secret: string): Promise<void> {
  const { default: nodemailer } = await import('nodemailer')
  const transport = nodemailer.createTransport(smtpTransportOptions(account, secret))
  try {
    await transport.verify()
  } finally {
    transport.close()
  }
}

/**
 * Logs in to IMAP and SMTP (both, at the same time) and reports each in plain words.
 * Never throws for a failed login: the report says what failed and why.
 */
export async function testConnection(account: ConnectableAccount, secret: string): Promise<ConnectionReport> {
  const preset = presetOf(account.preset)
  const [imap, smtp] = await Promise.allSettled([testImap(account, secret), testSmtp(account, secret)])
  const report: ConnectionReport = {
    ok: imap.status === 'fulfilled' && smtp.status === 'fulfilled',
    imap: { ok: true, message: 'Signed in to the incoming mail server (IMAP).' },
    smtp: { ok: true, message: 'Signed in to the outgoing mail server (SMTP).' }
  }
  for (const [which, result] of [
    ['imap', imap],
    ['smtp', smtp]
  ] as const) {
    if (result.status === 'fulfilled') continue
    const explained = await describeMailError(result.reason, { account, which, preset, secret })
    report[which] = { ok: false, code: explained.error.code, message: explained.error.message }
    if (explained.untrustedCertificate && !report.untrustedCertificate)
      report.untrustedCertificate = { ...explained.untrustedCertificate, server: which }
  }
  return report
}

/** The first failure of a report as an error value (for addAccount / the CLI). */
export function reportError(report: ConnectionReport): AfterviewError | undefined {
  const failed = !report.imap.ok ? report.imap : !report.smtp.ok ? report.smtp : undefined
  if (!failed) return undefined
  const code = (failed.code ?? 'mail_network') as 'mail_auth' | 'mail_network' | 'mail_tls'
  return new AfterviewError(code, failed.message)
}
