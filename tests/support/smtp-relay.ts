/**
 * The test SMTP server (npm `smtp-server`): AUTH PLAIN/LOGIN (and XOAUTH2 when asked)
 * against the harness users, STARTTLS with the harness certificate, relaying each accepted
 * message to Dovecot over LMTP. Faults can be queued per message (drop the connection
 * after DATA, reject, or hold without replying) to test what the app does when sending fails;
 * a recipient at nowhere.invalid is refused at RCPT (550 5.1.1), the others taken.
 */
import fs from 'node:fs/promises'
import type net from 'node:net'
import path from 'node:path'
import SMTPConnection from 'nodemailer/lib/smtp-connection'
import { SMTPServer, type SMTPServerSession } from 'smtp-server'

export interface ReceivedMessage {
  envelope: { mailFrom: string; rcptTo: string[] }
  /** The message exactly as received in DATA. */
  raw: Buffer
  /** Who authenticated the session (harness user name). */
  authUser: string | undefined
  /** Harness users it was delivered to over LMTP (recipients of other local parts are only recorded). */
  deliveredTo: string[]
  /** 'drop' when the connection was closed after DATA instead of replying (message still delivered). */
  fault?: 'drop'
  at: Date
}

/**
 * A fault for the next message's DATA:
 * - `drop`: receive and deliver the message, then close the socket without replying
 *   ("accepted but the connection dropped before the reply"; the client sees an error);
 * - `reject`: reply `code` (default 554; use 4xx for a temporary failure), deliver nothing;
 * - `hold`: see SmtpHold.
 */
export type SmtpFault = { afterData: 'drop' } | { afterData: 'reject'; code?: number; message?: string } | SmtpHold

/**
 * `hold`: receive and deliver the message, then never reply; `onHold` is called at that
 * moment, so a test can kill the sending process "after the server accepted, before it
 * heard so".
 */
export interface SmtpHold {
  afterData: 'hold'
  onHold: () => void
}

export interface SmtpHandle {
  host: '127.0.0.1'
  port: number
  /** Every accepted message, in order. Tests may clear it with `received.length = 0`. */
  received: ReceivedMessage[]
  /** Queue a fault for the next message (faults queue up, one per message). */
  failNext(fault: SmtpFault | 'drop' | 'reject'): void
}

export interface SmtpServerArgs {
  port: number
  dir: string
  domain: string
  lmtpPort: number
  checkPassword(name: string, password: string): boolean
  isLocalUser(name: string): boolean
  /** XOAUTH2: is this bearer token good for this user? */
  checkBearer?(name: string, token: string): Promise<boolean>
}

/** Harness user name of an address or login: local part, lower-cased, without +detail. */
export function localName(address: string): string {
  const at = address.lastIndexOf('@')
  const local = (at >= 0 ? address.slice(0, at) : address).toLowerCase()
  return local.split('+')[0] ?? local
}

function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code })
}

export async function startSmtpServer(args: SmtpServerArgs): Promise<SmtpHandle & { close(): Promise<void> }> {
  const received: ReceivedMessage[] = []
  const faults: SmtpFault[] = []
  const [key, cert] = await Promise.all([fs.readFile(path.join(args.dir, 'key.pem')), fs.readFile(path.join(args.dir, 'cert.pem'))])
  const server: SMTPServer = new SMTPServer({
    key,
    cert,
    name: 'localhost',
    banner: 'Afterview test SMTP',
    authMethods: args.checkBearer ? ['XOAUTH2', 'PLAIN', 'LOGIN'] : ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    disableReverseLookup: true,
    logger: false,
    size: 50 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      const name = localName(auth.username ?? '')
      if (auth.method === 'XOAUTH2') {
        const token = auth.accessToken ?? ''
        void (args.checkBearer?.(name, token) ?? Promise.resolve(false)).then((good) =>
          good && args.isLocalUser(name)
            ? callback(null, { user: name })
            : callback(null, { data: { status: '401', schemes: 'bearer', scope: 'mail' } })
        )
        return
      }
      if (auth.password != null && args.checkPassword(name, auth.password)) return callback(null, { user: name })
      callback(smtpError(535, 'Authentication credentials invalid'))
    },
    onRcptTo(address, _session, callback) {
      // A mailbox that does not exist, as a real server refuses one at RCPT while it takes the others.
      if (address.address.toLowerCase().endsWith('@nowhere.invalid')) return callback(smtpError(550, '5.1.1 No such user'))
      callback()
    },
    onData(stream, session, callback) {
      const fault = faults.shift()
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.once('end', () => {
        void (async () => {
          if (stream.sizeExceeded) return callback(smtpError(552, 'Message too big'))
          if (fault?.afterData === 'reject') {
            return callback(smtpError(fault.code ?? 554, fault.message ?? 'Rejected by test fault'))
          }
          const raw = Buffer.concat(chunks)
          const env = session.envelope
          const rcptTo = env.rcptTo.map((r) => r.address)
          const local = [...new Set(rcptTo.map(localName).filter((n) => args.isLocalUser(n)))]
          const mailFrom = env.mailFrom ? env.mailFrom.address : ''
          try {
            if (local.length) await lmtpSend(args.lmtpPort, { from: mailFrom, to: local.map((n) => `${n}@${args.domain}`) }, raw)
          } catch (e) {
            return callback(smtpError(451, `Local delivery failed: ${(e as Error).message}`))
          }
          received.push({
            envelope: { mailFrom, rcptTo },
            raw,
            authUser: session.user as string | undefined,
            deliveredTo: local,
            at: new Date(),
            ...(fault?.afterData === 'drop' ? { fault: 'drop' as const } : {})
          })
          if (fault?.afterData === 'drop') return destroySession(server, session)
          if (fault?.afterData === 'hold') return fault.onHold()
          callback(null, `Message queued for ${local.length} local recipient(s)`)
        })()
      })
    }
  })
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(args.port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve((server.server.address() as net.AddressInfo).port)
    })
  })
  server.on('error', () => undefined) // client errors must not crash the test process
  return {
    host: '127.0.0.1',
    port,
    received,
    failNext: (f) => {
      faults.push(f === 'drop' ? { afterData: 'drop' } : f === 'reject' ? { afterData: 'reject' } : f)
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of server.connections) c._socket.destroy()
        server.close(() => resolve())
      })
  }
}

function destroySession(server: SMTPServer, session: SMTPServerSession): void {
  for (const c of server.connections) if (c.session === session || c.id === session.id) c._socket.destroy()
}

/** Send one message over LMTP (no STARTTLS); rejects unless every recipient accepted it. */
export function lmtpSend(port: number, envelope: { from: string; to: string[] }, raw: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const conn = new SMTPConnection({
      host: '127.0.0.1',
      port,
      lmtp: true,
      ignoreTLS: true,
      name: 'localhost',
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 30_000
    })
    let done = false
    const finish = (err?: Error): void => {
      if (done) return
      done = true
      if (err) {
        conn.close()
        reject(new Error(`LMTP delivery to ${envelope.to.join(', ')} failed: ${err.message}`))
      } else {
        conn.quit()
        resolve()
      }
    }
    conn.once('error', finish)
    conn.connect((err) => {
      if (err) return finish(err)
      conn.send(envelope, raw, (sendErr, info) => {
        if (sendErr) return finish(sendErr)
        if (info.rejected.length) return finish(new Error(`rejected ${info.rejected.join(', ')}`))
        finish()
      })
    })
  })
}
