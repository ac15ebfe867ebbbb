// Over 300 lines: one throwaway server's configuration, certificate and master process, which change together.
/**
 * A throwaway Dovecot for tests (`dovecot -F -c DIR/dovecot.conf`): its configuration
 * (IMAP with STARTTLS, implicit-TLS IMAPS and LMTP on 127.0.0.1, passwd-file users, maildir
 * or sdbox, special-use folders, its own base_dir/state_dir/log/instance_name), its self-signed
 * certificate, and starting and stopping its master process. Only the master started here
 * and its own process group are ever signalled.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { groupAlive, logTail, run, waitFor, waitForPorts } from './processes'

export interface DovecotMaster {
  /** Starts the master and waits until every port accepts; the error carries Dovecot's output and log tail. */
  start(ports: number[]): Promise<void>
  /**
   * Ends the Dovecot started here: SIGTERM to its master (it reaps its children; ~1.1 s), then
   * SIGKILL to whatever is left of its process group (the master calls setsid, so the group
   * id is the master's PID and holds only its children; e.g. a login process stuck for 5 s
   * on the gone stats-writer would otherwise keep the IMAP port open).
   */
  stop(): Promise<void>
  running(): boolean
  /** For process.on('exit'): SIGTERM to the master, synchronously. */
  signalExit(): void
}

const OWNER_FILE = 'owner.pid'
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Ends the Dovecots an earlier test process started and could not stop (a test worker killed mid-run leaves its
 * harness's Dovecot listening and using CPU). Only a master this harness started is touched: its folder is an
 * `afterview-mail-*` folder of the temp dir, the process that started it is gone (owner.pid holds both PIDs), and the
 * master's PID still has that folder's dovecot.conf on its command line. Returns the PIDs it ended.
 */
export function sweepOrphanedDovecots(tmp = os.tmpdir()): number[] {
  const ended: number[] = []
  let names: string[]
  try {
    names = readdirSync(tmp).filter((n) => n.startsWith('afterview-mail-'))
  } catch {
    return ended
  }
  for (const name of names) {
    const dir = path.join(tmp, name)
    try {
      const [owner, master] = readFileSync(path.join(dir, OWNER_FILE), 'utf8').trim().split(' ').map(Number)
      if (!owner || !master || alive(owner) || !alive(master)) continue
      const cmdline = readFileSync(`/proc/${master}/cmdline`, 'utf8').split('\0')
      if (!cmdline.includes(path.join(dir, 'dovecot.conf'))) continue
      process.kill(master, 'SIGTERM')
      ended.push(master)
    } catch {
      /* not ours, or already gone */
    }
  }
  return ended
}

export function dovecotMaster(files: { bin: string; conf: string; logPath: string; runDir: string }): DovecotMaster {
  const { bin, conf, logPath, runDir } = files
  let masterPid: number | undefined
  let masterExited = true // the master is our child: its 'exit' event is authoritative
  const masterRunning = (): boolean => !masterExited
  return {
    running: masterRunning,
    async start(ports) {
      if (masterRunning()) throw new Error('mail harness: Dovecot is already running')
      await fs.rm(path.join(runDir, 'anvil-auth-penalty'), { force: true }) // RECIPES: stale socket
      await fs.rm(path.join(runDir, 'master.pid'), { force: true })
      let exited: string | undefined
      let output = ''
      const proc = spawn(bin, ['-F', '-c', conf], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
      proc.stdout?.on('data', (d: Buffer) => {
        output += d.toString()
      })
      proc.stderr?.on('data', (d: Buffer) => {
        output += d.toString()
      })
      masterExited = false
      proc.once('exit', (code, sig) => {
        exited = `exited (${sig ?? code})`
        masterExited = true
      })
      proc.once('error', (e) => {
        exited = `failed to spawn: ${e.message}`
        masterExited = true
      })
      proc.unref()
      ;(proc.stdout as { unref?: () => void } | null)?.unref?.()
      ;(proc.stderr as { unref?: () => void } | null)?.unref?.()
      masterPid = proc.pid
      // Who started which master, for sweepOrphanedDovecots (with -F Dovecot writes no master.pid of its own).
      await fs.writeFile(path.join(path.dirname(conf), OWNER_FILE), `${process.pid} ${proc.pid}\n`)
      try {
        await waitForPorts(ports, 15_000, () => exited)
      } catch (e) {
        if (!exited && proc.pid)
          try {
            process.kill(-proc.pid, 'SIGKILL')
          } catch {
            /* gone */
          }
        throw new Error(
          `mail harness: Dovecot did not start: ${(e as Error).message}\n` +
            `${output.trim() ? `output:\n${output.trim()}\n` : ''}log tail (${logPath}):\n${await logTail(logPath)}`
        )
      }
    },
    async stop() {
      const pid = masterPid
      masterPid = undefined
      if (!pid || !masterRunning()) return
      const pidFile = path.join(runDir, 'master.pid')
      const filePid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : pid
      if (filePid !== pid) throw new Error(`mail harness: master.pid says ${filePid}, started ${pid}; not killing`)
      process.kill(pid, 'SIGTERM')
      await waitFor(() => !masterRunning(), 10_000)
      if (masterRunning() || groupAlive(pid))
        try {
          process.kill(-pid, 'SIGKILL')
        } catch {
          /* gone */
        }
      await waitFor(() => !masterRunning() && !groupAlive(pid), 3_000)
    },
    signalExit() {
      if (masterPid && masterRunning())
        try {
          process.kill(masterPid, 'SIGTERM')
        } catch {
          /* gone */
        }
    }
  }
}

export interface ConfArgs {
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
  /** Where Dovecot keeps the mail: see MailServerOptions.mailFormat. */
  mailFormat: 'maildir' | 'sdbox'
  /** More configuration, appended (a shared or public namespace). */
  extra?: string
}

export function dovecotConf(a: ConfArgs): string {
  const me = os.userInfo().username
  // Not root: every service runs as us, without chroot (Dovecot's documented non-root setup).
  const nonRoot = a.isRoot
    ? ''
    : `default_login_user = ${me}
default_internal_user = ${me}
default_internal_group = ${groupName(a.mailOwner.gid)}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`
  const folders = ['Sent', 'Drafts', 'Trash', 'Junk', 'Archive']
    .map(
      (f) => `  mailbox ${f} {
    special_use = \\${f}
    auto = subscribe
  }
`
    )
    .join('')
  return `# Generated by tests/support/dovecot.ts
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
mail_location = ${a.mailFormat === 'sdbox' ? 'sdbox:~/sdbox' : 'maildir:~/Maildir'}
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
${a.extra ?? ''}`
}

/** Dovecot wants group names; read /etc/group (no getgrgid in Node). */
function groupName(gid: number): string {
  try {
    const line = readFileSync('/etc/group', 'utf8')
      .split('\n')
      .find((l) => l.split(':')[2] === String(gid))
    if (line) return line.split(':')[0]!
  } catch {
    /* fall through */
  }
  return String(gid)
}

const INSTALL_HINT = 'install it with `node tests/support/provision.mjs dovecot` (apt: dovecot-imapd dovecot-lmtpd)'

export function dovecotBinary(): string {
  return installed('dovecot', [process.env.DOVECOT_BIN, '/usr/sbin/dovecot', '/usr/local/sbin/dovecot'])
}

/** Dovecot's admin tool: beside `dovecot` (/usr/sbin) or on the PATH (Debian: /usr/bin/doveadm). */
export function doveadmBinary(dovecot: string): string {
  return installed('doveadm', [path.join(path.dirname(dovecot), 'doveadm')])
}

/** The first of `first`, then of the PATH's folders, that holds `name`. */
function installed(name: string, first: (string | undefined)[]): string {
  const candidates = [
    ...first,
    ...(process.env.PATH ?? '')
      .split(':')
      .filter(Boolean)
      .map((d) => path.join(d, name))
  ]
  const found = candidates.find((c): c is string => !!c && existsSync(c))
  if (!found) throw new Error(`mail harness: ${name} is not installed; ${INSTALL_HINT}`)
  return found
}

export async function makeCert(dir: string): Promise<{ certPem: string }> {
  // ECDSA P-256: 10 ms to generate against about 250 ms for RSA-2048, on every harness start.
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-sha256',
    '-days',
    '3650',
    '-keyout',
    path.join(dir, 'key.pem'),
    '-out',
    path.join(dir, 'cert.pem'),
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1'
  ])
  return { certPem: await fs.readFile(path.join(dir, 'cert.pem'), 'utf8') }
}
