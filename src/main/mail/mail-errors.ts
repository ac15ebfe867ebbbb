/**
 * Mail errors in plain words (wrong password, unreachable server, TLS problem, port
 * mismatch) and a certificate probe that fetches a server's certificate without sending
 * any credentials (for "trust this self-signed certificate?").
 */
import net from 'node:net'
import tls from 'node:tls'
import type { Account, AccountPreset, MailServer } from '../../shared/accounts'
import { AfterviewError } from '../../shared/api'

interface Context {
  account: Pick<Account, 'email' | 'imap' | 'smtp' | 'allowSelfSigned' | 'pinnedFingerprint256'> & Partial<Pick<Account, 'auth'>>
  which: 'imap' | 'smtp'
  preset: AccountPreset
  /** Removed from anything that is shown. */
  secret?: string
}

export interface ExplainedMailError {
  error: AfterviewError
  untrustedCertificate?: { fingerprint256: string; subject: string }
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_AFTERVIEW_PIN_MISMATCH',
  'CERT_NOT_YET_VALID'
])
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
  'ETIMEOUT',
  'NoConnection',
  'ECONNECTION',
  'ESOCKET',
  'GREETING_TIMEOUT'
])

function collect(error: unknown): { codes: string[]; text: string; authFailed: boolean } {
  const codes: string[] = []
  const texts: string[] = []
  let authFailed = false
  let e: unknown = error
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const o = e as {
      code?: unknown
      message?: unknown
      authenticationFailed?: unknown
      serverResponseCode?: unknown
      responseText?: unknown
      response?: unknown
      cause?: unknown
      reason?: unknown
    }
    if (typeof o.code === 'string') codes.push(o.code)
    if (typeof o.message === 'string') texts.push(o.message)
    if (typeof o.responseText === 'string') texts.push(o.responseText)
    if (typeof o.response === 'string') texts.push(o.response)
    if (o.authenticationFailed === true || o.serverResponseCode === 'AUTHENTICATIONFAILED' || o.code === 'EAUTH') authFailed = true
    e = o.cause ?? (typeof o.reason === 'object' ? o.reason : undefined)
  }
  return { codes, text: texts.join(' | '), authFailed }
}

const SERVER_NAMES = { imap: 'incoming mail server (IMAP)', smtp: 'outgoing mail server (SMTP)' }

/** Turns whatever imapflow / nodemailer threw into an AfterviewError a person can act on. */
export async function describeMailError(error: unknown, ctx: Context): Promise<ExplainedMailError> {
  const { codes, text, authFailed } = collect(error)
  const server: MailServer = ctx.account[ctx.which]
  const where = `${server.host}:${server.port}`
  const name = SERVER_NAMES[ctx.which]
  const has = (...c: string[]) => c.some((x) => codes.includes(x))
  const clean = (s: string) => (ctx.secret ? s.split(ctx.secret).join('•••') : s)

  if (authFailed && ctx.account.auth?.type === 'oauth2') {
    return {
      error: new AfterviewError(
        'mail_auth',
        `The ${name} did not accept the sign-in for ${ctx.account.email}. Please sign in again (Settings → Mail accounts → Sign in again, or "afterview account sign-in ${ctx.account.email}").`
      )
    }
  }
  if (authFailed) {
    const appPassword = ctx.preset.needsAppPassword
      ? ` ${ctx.preset.label} does not accept your normal password here: you need an app password. ${ctx.preset.hint}`
      : ' Check the user name and password.'
    return {
      error: new AfterviewError('mail_auth', `The ${name} refused the user name or password for ${ctx.account.email}.${appPassword}`)
    }
  }
  const selfSigned = has('DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN') || /self[- ]signed certificate/i.test(text)
  if (has('ERR_AFTERVIEW_PIN_MISMATCH') || (selfSigned && ctx.account.pinnedFingerprint256)) {
    const seen = await probeCertificate(server, ctx.which).catch(() => undefined)
    return {
      error: new AfterviewError(
        'mail_tls',
        `The ${name} at ${where} showed a different certificate from the one you trusted (expected ${ctx.account.pinnedFingerprint256 ?? '?'}${seen ? `, got ${seen.fingerprint256}` : ''}). Afterview did not send your password. If the server's certificate was renewed on purpose, trust the new one; otherwise someone may be intercepting the connection.`
      )
    }
  }
  if (selfSigned) {
    const seen = await probeCertificate(server, ctx.which).catch(() => undefined)
    return {
      error: new AfterviewError(
        'mail_tls',
        `The ${name} at ${where} uses a self-signed certificate, which your system does not trust${seen ? ` (SHA-256 fingerprint ${seen.fingerprint256})` : ''}. If this is your own server or Proton Mail Bridge, choose "Trust this certificate" to pin it; Afterview did not send your password.`
      ),
      ...(seen ? { untrustedCertificate: { fingerprint256: seen.fingerprint256, subject: seen.subject } } : {})
    }
  }
  if (has(...TLS_CODES) || /certificate|Hostname\/IP does not match/i.test(text)) {
    return {
      error: new AfterviewError(
        'mail_tls',
        `The ${name} at ${where} showed a certificate that could not be verified (${clean(codes.find((c) => TLS_CODES.has(c)) ?? text).slice(0, 200)}). Afterview did not send your password.`
      )
    }
  }
  const tlsOnPlainPort =
    /wrong version number|packet length too long|unknown protocol|ERR_SSL/i.test(text) || has('ERR_SSL_WRONG_VERSION_NUMBER')
  if (tlsOnPlainPort) {
    return {
      error: new AfterviewError(
        'mail_tls',
        `Port ${server.port} of ${server.host} does not speak TLS from the start. Try STARTTLS on this port (usually ${ctx.which === 'imap' ? 143 : 587}), or TLS on port ${ctx.which === 'imap' ? 993 : 465}.`
      )
    }
  }
  const plainOnTlsPort = has('GREETING_TIMEOUT') || /greeting never received|Failed to receive greeting|Maybe should use TLS/i.test(text)
  if (plainOnTlsPort && server.security !== 'tls') {
    return {
      error: new AfterviewError(
        'mail_tls',
        `Port ${server.port} of ${server.host} answered nothing readable: it probably expects TLS from the start. Choose TLS for this port (usually ${ctx.which === 'imap' ? 993 : 465}), or use the STARTTLS port (${ctx.which === 'imap' ? 143 : 587}).`
      )
    }
  }
  if (/STARTTLS/i.test(text) && server.security === 'starttls') {
    return {
      error: new AfterviewError(
        'mail_tls',
        `The ${name} at ${where} does not offer STARTTLS, so Afterview would have to send your password unencrypted; it did not. Choose TLS on port ${ctx.which === 'imap' ? 993 : 465} instead.`
      )
    }
  }
  if (has('ENOTFOUND', 'EAI_AGAIN')) {
    return {
      error: new AfterviewError(
        'mail_network',
        `The server name ${server.host} could not be found. Check its spelling and your internet connection.`
      )
    }
  }
  if (has('ECONNREFUSED')) {
    return {
      error: new AfterviewError(
        'mail_network',
        `Nothing answered at ${where}: the ${name} is not reachable. Check the server name and port${ctx.preset.id === 'proton-bridge' ? ', and that Proton Mail Bridge is running' : ''}.`
      )
    }
  }
  if (has(...NETWORK_CODES) || plainOnTlsPort || /timeout|timed out|closed|socket/i.test(text)) {
    return {
      error: new AfterviewError(
        'mail_network',
        `The ${name} at ${where} could not be reached or stopped answering. Check your internet connection and try again.`
      )
    }
  }
  return {
    error: new AfterviewError(
      'mail_network',
      `The ${name} at ${where} did not accept the connection: ${clean(text).slice(0, 200) || 'no reason given'}.`
    )
  }
}

export interface ProbedCertificate {
  fingerprint256: string
  subject: string
  pem: string
  /** Would the system trust it as is? */
  authorized: boolean
}

/**
 * Opens a TLS session (directly or through STARTTLS) only to read the server's
 * certificate; no user name or password is ever sent.
 */
export function probeCertificate(server: MailServer, protocol: 'imap' | 'smtp', timeoutMs = 8000): Promise<ProbedCertificate> {
  return new Promise((resolve, reject) => {
    let settled = false
    const sockets: net.Socket[] = []
    const done = (error: Error | undefined, value?: ProbedCertificate) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      const top = sockets[sockets.length - 1]
      setImmediate(() => top?.destroy()) // the TLS socket ends the plain one under it
      if (error) reject(error)
      else resolve(value!)
    }
    const timer = setTimeout(() => done(new Error(`no TLS answer from ${server.host}:${server.port}`)), timeoutMs)
    const upgrade = (socket?: net.Socket) => {
      const where = socket ? { socket } : { host: server.host, port: server.port }
      const secure = tls.connect(
        { ...where, rejectUnauthorized: false, ...(net.isIP(server.host) ? {} : { servername: server.host }) },
        () => {
          const cert = secure.getPeerCertificate(false)
          if (!cert || !cert.raw) return done(new Error('the server showed no certificate'))
          const pem = `-----BEGIN CERTIFICATE-----\n${cert.raw
            .toString('base64')
            .replace(/(.{64})/g, '$1\n')
            .replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`
          const subject = typeof cert.subject?.CN === 'string' ? cert.subject.CN : JSON.stringify(cert.subject ?? {})
          done(undefined, { fingerprint256: cert.fingerprint256, subject, pem, authorized: secure.authorized })
        }
      )
      sockets.push(secure)
      secure.on('error', (e) => done(e))
    }
    if (server.security === 'tls') return upgrade()
    const plain = net.connect({ host: server.host, port: server.port })
    sockets.push(plain)
    plain.on('error', (e) => done(e))
    let buffer = ''
    let step = 0
    plain.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1')
      if (!buffer.includes('\n')) return
      const lines = buffer.split(/\r?\n/)
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (protocol === 'imap') {
          if (step === 0 && line.startsWith('* ')) {
            step = 1
            plain.write('A1 STARTTLS\r\n')
          } else if (step === 1 && line.startsWith('A1 ')) {
            if (!/^A1 OK/i.test(line)) return done(new Error('the server does not offer STARTTLS'))
            step = 2
            plain.removeAllListeners('data')
            plain.pause()
            upgrade(plain)
          }
        } else {
          if (/^\d{3}-/.test(line)) continue
          if (step === 0 && line.startsWith('220')) {
            step = 1
            plain.write('EHLO afterview.local\r\n')
          } else if (step === 1 && line.startsWith('250')) {
            step = 2
            plain.write('STARTTLS\r\n')
          } else if (step === 2) {
            if (!line.startsWith('220')) return done(new Error('the server does not offer STARTTLS'))
            step = 3
            plain.removeAllListeners('data')
            plain.pause()
            upgrade(plain)
          }
        }
      }
    })
  })
}
