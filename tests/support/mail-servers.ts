// Over 300 lines: the harness's public entry (start, users, deliver, stop) over dovecot.ts, smtp-relay.ts and processes.ts.
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
 * are ever signalled, by PID. The parts: dovecot.ts (configuration and the master process),
 * smtp-relay.ts (the SMTP server, its fault injection, LMTP delivery), processes.ts (ports,
 * waiting, process groups). This file puts them together. Usage:
 *
 *   const mail = await startMailServers()
 *   // imapflow: { host: mail.imap.host, port: mail.imap.port, secure: false,
 *   //   auth: { user: 'candidate', pass: mail.password }, tls: { ca: mail.certPem } }
 *   await mail.stop()
 */
import { X509Certificate } from 'node:crypto'
import { rmSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ImapFlow } from 'imapflow'
import { dovecotBinary, dovecotConf, dovecotMaster, doveadmBinary, makeCert, sweepOrphanedDovecots } from './dovecot'
import { bearerVerifier, writeDovecotOAuth2, type OAuth2Options } from './mail-oauth2'
import { freePorts, run, waitPortsClosed } from './processes'
import { lmtpSend, startSmtpServer, type SmtpHandle } from './smtp-relay'

export { freePort, portIsFree } from './processes'
export type { ReceivedMessage, SmtpFault, SmtpHandle, SmtpHold } from './smtp-relay'

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
  /**
   * How Dovecot keeps the mail. 'maildir' (default): a file per message in ~/Maildir, which
   * seedMaildir writes directly; after new mail Dovecot reads the folder again (250-400 ms at
   * 100,000 messages). 'sdbox': a file per message too, but Dovecot's index is the truth, so it
   * reads no folder again: a server whose own cost is small, for benchmarks. seedMaildir
   * then writes the maildir files and Dovecot's `doveadm import` takes them in.
   */
  mailFormat?: 'maildir' | 'sdbox'
  /** Also accept OAuth2 bearer tokens signed by this issuer (IMAP XOAUTH2/OAUTHBEARER, SMTP XOAUTH2). */
  oauth2?: OAuth2Options
  /** More Dovecot configuration, appended (given the server's temp folder): a shared or public namespace. */
  dovecotExtra?: (dir: string) => string
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
  /** See MailServerOptions.mailFormat. */
  mailFormat: 'maildir' | 'sdbox'
  /** sdbox: moves what seedMaildir wrote into `user`'s maildir into the mail store, and empties the maildir. */
  importSeeded(user: string): Promise<void>
  /** Dovecot's log file (all services). */
  logPath: string
  /** Look up a user by name; throws if unknown. */
  user(name: string): HarnessUser
  /** Deliver raw RFC 822 text to a user's INBOX over LMTP. */
  deliver(toUser: string, raw: string | Buffer, opts?: { from?: string }): Promise<void>
  /** APPEND over IMAP (slow on big boxes; use seedMaildir for bulk). Returns the new UID. */
  appendTo(
    user: string,
    mailbox: string,
    raw: string | Buffer,
    opts?: { flags?: string[]; internalDate?: Date }
  ): Promise<number | undefined>
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

/** The benches' SYNC_BENCH_MAIL_FORMAT: maildir when unset; a value that is neither refuses, rather than measure the other. */
export function mailFormatFrom(value: string | undefined): 'maildir' | 'sdbox' {
  if (value === undefined || value === '' || value === 'maildir') return 'maildir'
  if (value === 'sdbox') return 'sdbox'
  throw new Error(`SYNC_BENCH_MAIL_FORMAT=${value}: use maildir or sdbox`)
}

const DEFAULT_USERS = ['candidate', 'interviewer']
const NAME_RE = /^[a-z0-9][a-z0-9._-]*$/

let swept = false
/** Once per process: Dovecots left running by a test process that died end before new ones start. */
function sweepOnce(): void {
  if (swept) return
  swept = true
  const ended = sweepOrphanedDovecots()
  if (ended.length) console.warn(`mail harness: ended ${ended.length} Dovecot(s) left by a test process that died: ${ended.join(', ')}`)
}

export async function startMailServers(options: MailServerOptions = {}): Promise<MailServers> {
  const bin = dovecotBinary()
  const domain = options.domain ?? 'example.test'
  const password = options.password ?? 'afterview-test-pw'
  const specs = new Map<string, string>()
  for (const u of [...DEFAULT_USERS, ...(options.users ?? [])]) {
    const spec = typeof u === 'string' ? { name: u } : u
    if (!NAME_RE.test(spec.name)) throw new Error(`startMailServers: bad user name ${JSON.stringify(spec.name)}`)
    const pw = spec.password ?? password
    if (/[:\r\n]/.test(pw) || pw === '')
      throw new Error(`startMailServers: password of ${spec.name} must be non-empty without ':' or newlines`)
    specs.set(spec.name, pw)
  }

  sweepOnce()
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'afterview-mail-'))
  await fs.chmod(dir, 0o755) // Dovecot's unprivileged auth process must reach DIR/users
  const isRoot = process.getuid?.() === 0
  const mailFormat = options.mailFormat ?? 'maildir'
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
  const dovecot = dovecotMaster({ bin, conf, logPath, runDir })
  let smtp: (SmtpHandle & { close(): Promise<void> }) | undefined
  let imapPort = 0
  let imapsPort = 0
  let lmtpPort = 0

  const startDovecot = (): Promise<void> => dovecot.start([imapPort, imapsPort, lmtpPort])
  const killDovecot = (): Promise<void> => dovecot.stop()

  const stopDovecot = async (): Promise<void> => {
    await killDovecot()
    await waitPortsClosed([imapPort, imapsPort, lmtpPort], 5_000)
  }

  const onExit = (): void => {
    dovecot.signalExit()
    if (!options.keepDir)
      try {
        rmSync(dir, { recursive: true, force: true })
      } catch {
        /* busy */
      }
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
      // A free port found by binding 0 can be taken before Dovecot binds it: retry then. The three are found together,
      // so that they differ (one after another, the same port came back twice and Dovecot refused a duplicate listener).
      const [freeImap, freeImaps, freeLmtp] = await freePorts(3)
      imapPort = p.imap || freeImap!
      imapsPort = p.imaps || freeImaps!
      lmtpPort = p.lmtp || freeLmtp!
      await fs.writeFile(
        conf,
        dovecotConf({
          dir,
          logPath,
          runDir,
          imapPort,
          imapsPort,
          lmtpPort,
          mailOwner,
          isRoot,
          oauth2Passdb,
          mailFormat,
          extra: options.dovecotExtra?.(dir),
          instance: `afterview-${path.basename(dir)}`
        })
      )
      try {
        await startDovecot()
        break
      } catch (e) {
        if (attempt >= 3 || p.imap || p.imaps || p.lmtp || !/Address already in use/i.test((e as Error).message)) throw e
      }
    }
    smtp = await startSmtpServer({
      port: p.smtp ?? 0,
      dir,
      domain,
      lmtpPort,
      checkPassword: (name, pw) => byName.get(name)?.password === pw,
      isLocalUser: (name) => byName.has(name),
      ...(options.oauth2 ? { checkBearer: bearerVerifier(options.oauth2) } : {})
    })

    const imapClient = async (name: string, opts: Partial<ConstructorParameters<typeof ImapFlow>[0]> = {}): Promise<ImapFlow> => {
      const u = user(name)
      const client = new ImapFlow({
        host: '127.0.0.1',
        port: imapPort,
        secure: false,
        logger: false,
        auth: { user: u.name, pass: u.password },
        tls: { ca: [certPem], servername: 'localhost' },
        ...opts
      })
      await client.connect()
      return client
    }

    const handle: MailServers = {
      dir,
      domain,
      password,
      certPem,
      certFingerprint256,
      users,
      mailOwner,
      mailFormat,
      importSeeded: async (name) => {
        if (mailFormat !== 'sdbox') return
        const u = user(name)
        // Each folder of the maildir (INBOX and .Name) into the folder of the same name, UIDs in the files' order.
        const doveadm = doveadmBinary(bin)
        await run(doveadm, ['-c', conf, 'import', '-u', u.name, `maildir:${u.maildir}`, '', 'all'], 600_000) // 100,000 in about 20 s
        await fs.rm(u.maildir, { recursive: true, force: true })
        for (const d of [u.maildir, ...['cur', 'new', 'tmp'].map((sub) => path.join(u.maildir, sub))]) {
          await fs.mkdir(d, { recursive: true })
          if (isRoot) await fs.chown(d, mailOwner.uid, mailOwner.gid)
        }
      },
      logPath,
      lmtpPort,
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
        if (mailFormat !== 'maildir') throw new Error('resetUidValidity: maildir only')
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
