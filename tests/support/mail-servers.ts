/**
 * Real mail servers for tests, all on 127.0.0.1 (see shared/RECIPES.md "Mail servers"):
 *
 * - a throwaway Dovecot (`dovecot -F -c DIR/dovecot.conf`): IMAP with STARTTLS, implicit-TLS
 *   IMAPS and LMTP on free high ports, passwd-file users, maildir, special-use folders,
 *   a self-signed certificate, its own base_dir/state_dir/log/instance_name;
 * - an SMTP server (npm `smtp-server`) with AUTH PLAIN/LOGIN against the same users and
 *   STARTTLS with the same certificate, relaying each accepted message to Dovecot over LMTP.
 *
 * Everything lives in one mkdtemp folder that `stop()` removes. Only processes started here
 * are ever signalled, by PID. Usage:
 *
 *   const mail = await startMailServers()
 *   // imapflow: { host: mail.imap.host, port: mail.imap.port, secure: false,
 *   //   auth: { user: 'candidate', pass: mail.password }, tls: { ca: mail.certPem } }
 *   await mail.stop()
 */
import { execFile, spawn } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ImapFlow } from 'imapflow'
import SMTPConnection from 'nodemailer/lib/smtp-connection'
import { SMTPServer, type SMTPServerSession } from 'smtp-server'
import { bearerVerifier, writeDovecotOAuth2, type OAuth2Options } from './mail-oauth2'

/** A user to create in addition to the defaults. */
export interface HarnessUserSpec {
  /** Login name and local part of the address; [a-z0-9._-]. */
  name: string
  /** Defaults to the harness-wide password. Must not contain ':' or newlines. */
  password?: string
}

/**
 * XOAUTH2/OAUTHBEARER (see mail-oauth2.ts): Dovecot's oauth2 passdb validates the JWT
 * locally, smtp-server accepts XOAUTH2; passwords keep working. Pass
 * `startOAuthServer(...).mailServerOptions` (tests/support/oauth-server.ts).
 */
export type { OAuth2Options } from './mail-oauth2'

export interface MailServerOptions {
  /** Extra users besides `candidate` and `interviewer`. */
  users?: Array<string | HarnessUserSpec>
  /** Password for users that do not set their own. Default 'afterview-test-pw'. */
  password?: string
  /** Domain of the users' addresses (`candidate@example.test`). Any domain is accepted on input. */
  domain?: string
  /** Fixed ports; 0 or missing means a free one. A busy fixed port is an error. */
  ports?: { imap?: number; imaps?: number; lmtp?: number; smtp?: number }
  /** Keep the temp folder after stop() (for debugging). */
  keepDir?: boolean
  /** Also accept OAuth2 bearer tokens signed by this issuer (IMAP XOAUTH2/OAUTHBEARER, SMTP XOAUTH2). */
  oauth2?: OAuth2Options
}

export interface HarnessUser {
  name: string
  password: string
  /** `name@domain` */
  email: string
  home: string
  /** `home/Maildir`: INBOX; other folders are `.Name` below it (separator '.'). */
  maildir: string
}

export interface MailServers {
  /** The temp folder holding config, certificate, logs and mail. */
  dir: string
  domain: string
  /** Default password ('afterview-test-pw' unless overridden). */
  password: string
  /** IMAP: `port` plaintext with STARTTLS available, `tlsPort` implicit TLS. */
  imap: { host: '127.0.0.1'; port: number; tlsPort: number }
  /** SMTP: STARTTLS available, AUTH PLAIN/LOGIN required before MAIL FROM. */
  smtp: SmtpHandle
  lmtpPort: number
  /** Self-signed ECDSA P-256 certificate (CN=localhost, SAN localhost + 127.0.0.1) used by IMAP and SMTP. */
  certPem: string
  /** SHA-256 fingerprint as Node prints it (`AB:CD:...`, like `getPeerCertificate().fingerprint256`). */
  certFingerprint256: string
  users: HarnessUser[]
  /** Owner of the maildirs (writers such as seedMaildir must chown to it when root). */
  mailOwner: { uid: number; gid: number }
  /** Dovecot's log file (all services). */
  logPath: string
  /** Look up a user by name; throws if unknown. */
  user(name: string): HarnessUser
  /** Deliver raw RFC 822 text to a user's INBOX over LMTP. */
  deliver(toUser: string, raw: string | Buffer, opts?: { from?: string }): Promise<void>
  /** APPEND over IMAP (slow on big boxes; use seedMaildir for bulk). Returns the new UID. */
  appendTo(user: string, mailbox: string, raw: string | Buffer,
    opts?: { flags?: string[]; internalDate?: Date }): Promise<number | undefined>
  /** Stop Dovecot only (outage simulation): IMAP and LMTP ports refuse afterwards. */
  stopDovecot(): Promise<void>
  /** Start Dovecot again on the same ports with the same data. */
  startDovecot(): Promise<void>
  /** Make the folder's UIDVALIDITY change while keeping its messages (restarts Dovecot). */
  resetUidValidity(user: string, mailbox?: string): Promise<{ before: bigint; after: bigint }>
  /** Open an imapflow client logged in as `user` over STARTTLS (caller must logout()). */
  imapClient(user: string, opts?: Partial<ConstructorParameters<typeof ImapFlow>[0]>): Promise<ImapFlow>
  /** Stop both servers (only the processes started here) and remove the temp folder. */
  stop(): Promise<void>
}

const DEFAULT_USERS = ['candidate', 'interviewer']
const NAME_RE = /^[a-z0-9][a-z0-9._-]*$/

export async function startMailServers(options: MailServerOptions = {}): Promise<MailServers> {
  const bin = dovecotBinary()
  const domain = options.domain ?? 'example.test'
  const password = options.password ?? 'afterview-test-pw'
  const specs = new Map<string, string>()
  for (const u of [...DEFAULT_USERS, ...(options.users ?? [])]) {
    const spec = typeof u === 'string' ? { name: u } : u
    if (!NAME_RE.test(spec.name)) throw new Error(`startMailServers: bad user name ${JSON.stringify(spec.name)}`)
    const pw = spec.password ?? password
    if (/[:\r\n]/.test(pw) || pw === '') throw new Error(`startMailServers: password of ${spec.name} must be non-empty without ':' or newlines`)
    specs.set(spec.name, pw)
  }

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'afterview-mail-'))
  await fs.chmod(dir, 0o755) // Dovecot's unprivileged auth process must reach DIR/users
  const isRoot = process.getuid?.() === 0
  // Dovecot refuses mail access as uid 0, so as root the maildirs belong to an unused uid.
  const mailOwner = isRoot ? { uid: 5000, gid: 5000 } : { uid: process.getuid!(), gid: process.getgid!() }
  const users: HarnessUser[] = [...specs].map(([name, pw]) => {
    const home = path.join(dir, 'mail', name)
    return { name, password: pw, email: `${name}@${domain}`, home, maildir: path.join(home, 'Maildir') }
  })
  const byName = new Map(users.map((u) => [u.name, u]))
  const user = (name: string): HarnessUser => {
    const u = byName.get(name.toLowerCase().split('@')[0] ?? '')
    if (!u) throw new Error(`mail harness: no user ${JSON.stringify(name)} (have: ${[...byName.keys()].join(', ')})`)
    return u
  }

  const conf = path.join(dir, 'dovecot.conf')
  const logPath = path.join(dir, 'dovecot.log')
  const runDir = path.join(dir, 'run')
  let masterPid: number | undefined
  let masterExited = true // the master is our child: its 'exit' event is authoritative
  const masterRunning = (): boolean => !masterExited
  let smtp: (SmtpHandle & { close(): Promise<void> }) | undefined
  let imapPort = 0
  let imapsPort = 0
  let lmtpPort = 0

  const startDovecot = async (): Promise<void> => {
    if (masterRunning()) throw new Error('mail harness: Dovecot is already running')
    await fs.rm(path.join(runDir, 'anvil-auth-penalty'), { force: true }) // RECIPES: stale socket
    await fs.rm(path.join(runDir, 'master.pid'), { force: true })
    let exited: string | undefined
    let output = ''
    const proc = spawn(bin, ['-F', '-c', conf], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    proc.stdout?.on('data', (d: Buffer) => { output += d.toString() })
    proc.stderr?.on('data', (d: Buffer) => { output += d.toString() })
    masterExited = false
    proc.once('exit', (code, sig) => { exited = `exited (${sig ?? code})`; masterExited = true })
    proc.once('error', (e) => { exited = `failed to spawn: ${e.message}`; masterExited = true })
    proc.unref()
    ;(proc.stdout as { unref?: () => void } | null)?.unref?.()
    ;(proc.stderr as { unref?: () => void } | null)?.unref?.()
    masterPid = proc.pid
    try {
      await waitForPorts([imapPort, imapsPort, lmtpPort], 15_000, () => exited)
    } catch (e) {
      if (!exited && proc.pid) try { process.kill(-proc.pid, 'SIGKILL') } catch { /* gone */ }
      throw new Error(`mail harness: Dovecot did not start: ${(e as Error).message}\n` +
        `${output.trim() ? `output:\n${output.trim()}\n` : ''}log tail (${logPath}):\n${await logTail(logPath)}`)
    }
  }

  /**
   * Ends the Dovecot started here: SIGTERM to its master (it reaps its children; ~1.1 s), then
   * SIGKILL to whatever is left of its process group (the master calls setsid, so the group
   * id is the master's PID and holds only its children; e.g. a login process stuck for 5 s
   * on the gone stats-writer would otherwise keep the IMAP port open).
   */
  const killDovecot = async (): Promise<void> => {
    const pid = masterPid
    masterPid = undefined
    if (!pid || !masterRunning()) return
    const pidFile = path.join(runDir, 'master.pid')
    const filePid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : pid
    if (filePid !== pid) throw new Error(`mail harness: master.pid says ${filePid}, started ${pid}; not killing`)
    process.kill(pid, 'SIGTERM')
    await waitFor(() => !masterRunning(), 10_000)
    if (masterRunning() || groupAlive(pid)) try { process.kill(-pid, 'SIGKILL') } catch { /* gone */ }
    await waitFor(() => !masterRunning() && !groupAlive(pid), 3_000)
  }

  const stopDovecot = async (): Promise<void> => {
    await killDovecot()
    await waitPortsClosed([imapPort, imapsPort, lmtpPort], 5_000)
  }

  const onExit = (): void => {
    if (masterPid && masterRunning()) try { process.kill(masterPid, 'SIGTERM') } catch { /* gone */ }
    if (!options.keepDir) try { rmSync(dir, { recursive: true, force: true }) } catch { /* busy */ }
  }

  const stop = async (): Promise<void> => {
    process.off('exit', onExit)
    // Graceful on purpose: a SIGKILLed group leaves zombies where PID 1 does not reap (as here).
    const results = await Promise.allSettled([smtp?.close(), killDovecot()])
    if (!options.keepDir) await fs.rm(dir, { recursive: true, force: true })
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  }

  try {
    const { certPem } = await makeCert(dir)
    const certFingerprint256 = new X509Certificate(certPem).fingerprint256
    for (const u of users) {
      for (const d of [u.home, u.maildir, ...['cur', 'new', 'tmp'].map((sub) => path.join(u.maildir, sub))]) {
        await fs.mkdir(d, { recursive: true })
        if (isRoot) await fs.chown(d, mailOwner.uid, mailOwner.gid)
      }
    }
    const passwd = users.map((u) => `${u.name}:{PLAIN}${u.password}:${mailOwner.uid}:${mailOwner.gid}::${u.home}::\n`)
    await fs.writeFile(path.join(dir, 'users'), passwd.join(''), { mode: 0o644 })
    const oauth2Passdb = options.oauth2 ? await writeDovecotOAuth2(dir, options.oauth2) : undefined
    process.on('exit', onExit)
    const p = options.ports ?? {}
    for (let attempt = 1; ; attempt++) {
      // A free port found by binding 0 can be taken before Dovecot binds it: retry then.
      imapPort = p.imap || (await freePort())
      imapsPort = p.imaps || (await freePort())
      lmtpPort = p.lmtp || (await freePort())
      await fs.writeFile(conf, dovecotConf({
        dir, logPath, runDir, imapPort, imapsPort, lmtpPort, mailOwner, isRoot, oauth2Passdb,
        instance: `afterview-${path.basename(dir)}`
      }))
      try {
        await startDovecot()
        break
      } catch (e) {
        if (attempt >= 3 || p.imap || p.imaps || p.lmtp || !/Address already in use/i.test((e as Error).message)) throw e
      }
    }
    smtp = await startSmtpServer({
      port: p.smtp ?? 0, dir, domain, lmtpPort,
      checkPassword: (name, pw) => byName.get(name)?.password === pw,
      isLocalUser: (name) => byName.has(name),
      ...(options.oauth2 ? { checkBearer: bearerVerifier(options.oauth2) } : {})
    })

    const imapClient = async (name: string, opts: Partial<ConstructorParameters<typeof ImapFlow>[0]> = {}): Promise<ImapFlow> => {
      const u = user(name)
      const client = new ImapFlow({
        host: '127.0.0.1', port: imapPort, secure: false, logger: false,
        auth: { user: u.name, pass: u.password }, tls: { ca: [certPem], servername: 'localhost' },
        ...opts
      })
      await client.connect()
      return client
    }

    const handle: MailServers = {
      dir, domain, password, certPem, certFingerprint256, users, mailOwner, logPath, lmtpPort,
      imap: { host: '127.0.0.1', port: imapPort, tlsPort: imapsPort },
      smtp: { host: smtp.host, port: smtp.port, received: smtp.received, failNext: smtp.failNext },
      user,
      deliver: async (toUser, raw, opts = {}) => {
        const u = user(toUser)
        await lmtpSend(lmtpPort, { from: opts.from ?? `harness@${domain}`, to: [u.email] }, raw)
      },
      appendTo: async (name, mailbox, raw, opts = {}) => {
        const client = await imapClient(name)
        try {
          const res = await client.append(mailbox, typeof raw === 'string' ? Buffer.from(raw) : raw, opts.flags ?? [], opts.internalDate)
          return res ? res.uid : undefined
        } finally {
          await client.logout()
        }
      },
      stopDovecot,
      startDovecot,
      resetUidValidity: async (name, mailbox = 'INBOX') => {
        const u = user(name)
        const uidValidity = async (): Promise<bigint> => {
          const client = await imapClient(u.name)
          try {
            const st = await client.status(mailbox, { uidValidity: true })
            if (!st || st.uidValidity === undefined) throw new Error(`no UIDVALIDITY for ${mailbox}`)
            return st.uidValidity
          } finally {
            await client.logout()
          }
        }
        const before = await uidValidity()
        await stopDovecot()
        const box = mailbox.toUpperCase() === 'INBOX' ? u.maildir : path.join(u.maildir, `.${mailbox}`)
        for (const f of await fs.readdir(box)) {
          if (f === 'dovecot-uidlist' || f.startsWith('dovecot.index')) await fs.rm(path.join(box, f), { force: true })
        }
        for (const f of await fs.readdir(u.maildir)) {
          if (f.startsWith('dovecot.list.index')) await fs.rm(path.join(u.maildir, f), { force: true })
        }
        await startDovecot()
        const after = await uidValidity()
        if (after === before) throw new Error(`resetUidValidity: UIDVALIDITY of ${name}/${mailbox} stayed ${before}`)
        return { before, after }
      },
      imapClient,
      stop
    }
    return handle
  } catch (e) {
    await stop().catch(() => undefined)
    throw e
  }
}

// ---------------------------------------------------------------------------------------
// SMTP: smtp-server relaying to Dovecot's LMTP

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
export interface SmtpHold { afterData: 'hold'; onHold: () => void }

export interface SmtpHandle {
  host: '127.0.0.1'
  port: number
  /** Every accepted message, in order. Tests may clear it with `received.length = 0`. */
  received: ReceivedMessage[]
  /** Queue a fault for the next message (faults queue up, one per message). */
  failNext(fault: SmtpFault | 'drop' | 'reject'): void
}

interface SmtpServerArgs {
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
function localName(address: string): string {
  const at = address.lastIndexOf('@')
  const local = (at >= 0 ? address.slice(0, at) : address).toLowerCase()
  return local.split('+')[0] ?? local
}

function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code })
}

async function startSmtpServer(args: SmtpServerArgs): Promise<SmtpHandle & { close(): Promise<void> }> {
  const received: ReceivedMessage[] = []
  const faults: SmtpFault[] = []
  const [key, cert] = await Promise.all([
    fs.readFile(path.join(args.dir, 'key.pem')), fs.readFile(path.join(args.dir, 'cert.pem'))
  ])
  const server: SMTPServer = new SMTPServer({
    key, cert, name: 'localhost', banner: 'Afterview test SMTP',
    authMethods: args.checkBearer ? ['XOAUTH2', 'PLAIN', 'LOGIN'] : ['PLAIN', 'LOGIN'], allowInsecureAuth: true, disableReverseLookup: true,
    logger: false, size: 50 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      const name = localName(auth.username ?? '')
      if (auth.method === 'XOAUTH2') {
        const token = auth.accessToken ?? ''
        void (args.checkBearer?.(name, token) ?? Promise.resolve(false)).then((good) => good && args.isLocalUser(name)
          ? callback(null, { user: name })
          : callback(null, { data: { status: '401', schemes: 'bearer', scope: 'mail' } }))
        return
      }
      if (auth.password != null && args.checkPassword(name, auth.password)) return callback(null, { user: name })
      callback(smtpError(535, 'Authentication credentials invalid'))
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
            envelope: { mailFrom, rcptTo }, raw, authUser: session.user as string | undefined,
            deliveredTo: local, at: new Date(), ...(fault?.afterData === 'drop' ? { fault: 'drop' as const } : {})
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
    host: '127.0.0.1', port, received,
    failNext: (f) => { faults.push(f === 'drop' ? { afterData: 'drop' } : f === 'reject' ? { afterData: 'reject' } : f) },
    close: () => new Promise<void>((resolve) => {
      for (const c of server.connections) c._socket.destroy()
      server.close(() => resolve())
    })
  }
}

function destroySession(server: SMTPServer, session: SMTPServerSession): void {
  for (const c of server.connections) if (c.session === session || c.id === session.id) c._socket.destroy()
}

/** Send one message over LMTP (no STARTTLS); rejects unless every recipient accepted it. */
function lmtpSend(port: number, envelope: { from: string; to: string[] }, raw: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const conn = new SMTPConnection({
      host: '127.0.0.1', port, lmtp: true, ignoreTLS: true, name: 'localhost',
      connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 30_000
    })
    let done = false
    const finish = (err?: Error): void => {
      if (done) return
      done = true
      if (err) { conn.close(); reject(new Error(`LMTP delivery to ${envelope.to.join(', ')} failed: ${err.message}`)) } else { conn.quit(); resolve() }
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

// ---------------------------------------------------------------------------------------
// Dovecot plumbing

interface ConfArgs {
  dir: string
  logPath: string
  runDir: string
  instance: string
  imapPort: number
  imapsPort: number
  lmtpPort: number
  mailOwner: { uid: number; gid: number }
  isRoot: boolean
  /** The oauth2 passdb block (mail-oauth2.ts), when bearer tokens are accepted. */
  oauth2Passdb?: string
}

function dovecotConf(a: ConfArgs): string {
  const me = os.userInfo().username
  // Not root: every service runs as us, without chroot (Dovecot's documented non-root setup).
  const nonRoot = a.isRoot ? '' : `default_login_user = ${me}
default_internal_user = ${me}
default_internal_group = ${groupName(a.mailOwner.gid)}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`
  const folders = ['Sent', 'Drafts', 'Trash', 'Junk', 'Archive'].map((f) => `  mailbox ${f} {
    special_use = \\${f}
    auto = subscribe
  }
`).join('')
  return `# Generated by tests/support/mail-servers.ts
instance_name = ${a.instance}
base_dir = ${a.runDir}
state_dir = ${a.dir}/state
log_path = ${a.logPath}
protocols = imap lmtp
listen = 127.0.0.1
ssl = yes
ssl_cert = <${a.dir}/cert.pem
ssl_key = <${a.dir}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login${a.oauth2Passdb ? ' xoauth2 oauthbearer' : ''}
auth_failure_delay = 0
auth_username_format = %Ln
auth_verbose = yes
first_valid_uid = ${a.mailOwner.uid}
mail_location = maildir:~/Maildir
mail_fsync = never
mail_max_userip_connections = 1000
${nonRoot}passdb {
  driver = passwd-file
  args = scheme=PLAIN ${a.dir}/users
${a.oauth2Passdb ? '  mechanisms = plain login\n' : ''}}
${a.oauth2Passdb ?? ''}userdb {
  driver = passwd-file
  args = ${a.dir}/users
}
namespace inbox {
  inbox = yes
${folders}}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${a.imapPort}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${a.imapsPort}
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${a.lmtpPort}
  }
}
# Repeated wrong passwords would otherwise be slowed down by anvil's auth penalty (RECIPES).
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`
}

/** Dovecot wants group names; read /etc/group (no getgrgid in Node). */
function groupName(gid: number): string {
  try {
    const line = readFileSync('/etc/group', 'utf8').split('\n').find((l) => l.split(':')[2] === String(gid))
    if (line) return line.split(':')[0]!
  } catch { /* fall through */ }
  return String(gid)
}

const INSTALL_HINT = 'install it with `node tests/support/provision.mjs dovecot` (apt: dovecot-imapd dovecot-lmtpd)'

function dovecotBinary(): string {
  const candidates = [process.env.DOVECOT_BIN, '/usr/sbin/dovecot', '/usr/local/sbin/dovecot',
    ...(process.env.PATH ?? '').split(':').filter(Boolean).map((d) => path.join(d, 'dovecot'))]
  const found = candidates.find((c): c is string => !!c && existsSync(c))
  if (!found) throw new Error(`mail harness: Dovecot is not installed; ${INSTALL_HINT}`)
  return found
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 60_000 }, (err, stdout, stderr) => {
      const hint = (err as NodeJS.ErrnoException | null)?.code === 'ENOENT' ? ` (${cmd} is not installed: run \`node tests/support/provision.mjs\`)` : ''
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed${hint}: ${err.message}\n${stderr}`))
      else resolve(stdout)
    })
  })
}

async function makeCert(dir: string): Promise<{ certPem: string }> {
  // ECDSA P-256: 10 ms to generate against about 250 ms for RSA-2048, on every harness start.
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-sha256', '-days', '3650',
    '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'])
  return { certPem: await fs.readFile(path.join(dir, 'cert.pem'), 'utf8') }
}

/** A port that is free on 127.0.0.1 right now (bind to 0, read it, release it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

/** Whether `port` can be bound on 127.0.0.1 now. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer()
    srv.once('error', () => resolve(false))
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)))
  })
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port })
    s.once('connect', () => { s.destroy(); resolve(true) })
    s.once('error', () => resolve(false))
  })
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return true
    if (Date.now() > end) return false
    await sleep(20)
  }
}

async function waitForPorts(ports: number[], timeoutMs: number, exited: () => string | undefined): Promise<void> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const why = exited()
    if (why) throw new Error(`dovecot ${why}`)
    const ok = await Promise.all(ports.map(canConnect))
    if (ok.every(Boolean)) return
    if (Date.now() > end) {
      throw new Error(`ports ${ports.filter((_, i) => !ok[i]).join(', ')} not accepting after ${timeoutMs} ms`)
    }
    await sleep(25)
  }
}

async function waitPortsClosed(ports: number[], timeoutMs: number): Promise<void> {
  const closed = await waitFor(async () => !(await Promise.all(ports.map(canConnect))).some(Boolean), timeoutMs)
  if (!closed) throw new Error(`mail harness: Dovecot stopped but ports ${ports.join(', ')} still accept`)
}

/** Whether any live (non-zombie) process is left in process group `pgid`. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
  } catch {
    return false
  }
  try {
    for (const p of readdirSync('/proc')) {
      if (!/^\d+$/.test(p)) continue
      const f = procStat(Number(p))
      if (f && f.pgrp === pgid && f.state !== 'Z') return true
    }
    return false
  } catch {
    return true
  }
}

function procStat(pid: number): { state: string; pgrp: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { state: rest[0] ?? '', pgrp: Number(rest[2]) }
  } catch {
    return undefined
  }
}

async function logTail(file: string, lines = 40): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log written)'
  }
}
