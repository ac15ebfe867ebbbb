/**
 * Process and port helpers for the test servers (mail harness, OAuth server): free ports,
 * waiting for a port to accept or to close, whether a process group still lives (read from
 * /proc, never by signalling anything but what we started), a command's output, a log's tail.
 */
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import net from 'node:net'

/** Runs a command; the error names it and, when it is missing, how to install it. */
export function run(cmd: string, args: string[], timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs }, (err, stdout, stderr) => {
      const hint =
        (err as NodeJS.ErrnoException | null)?.code === 'ENOENT'
          ? ` (${cmd} is not installed: run \`node tests/support/provision.mjs\`)`
          : ''
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed${hint}: ${err.message}\n${stderr}`))
      else resolve(stdout)
    })
  })
}

/** A port that is free on 127.0.0.1 right now (bind to 0, read it, release it). */
export async function freePort(): Promise<number> {
  return (await freePorts(1))[0]!
}

/**
 * `count` different ports free on 127.0.0.1 right now: all held at once, then released. Taken
 * one after another, a port released could come back at once: Dovecot then refused its
 * configuration ("duplicate listener") when IMAP and LMTP got the same one.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => net.createServer())
  try {
    return await Promise.all(
      servers.map(
        (srv) =>
          new Promise<number>((resolve, reject) => {
            srv.once('error', reject)
            srv.listen(0, '127.0.0.1', () => resolve((srv.address() as net.AddressInfo).port))
          })
      )
    )
  } finally {
    await Promise.all(servers.map((srv) => new Promise((resolve) => (srv.listening ? srv.close(resolve) : resolve(undefined)))))
  }
}

/** Whether `port` can be bound on 127.0.0.1 now. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer()
    srv.once('error', () => resolve(false))
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)))
  })
}

export function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port })
    s.once('connect', () => {
      s.destroy()
      resolve(true)
    })
    s.once('error', () => resolve(false))
  })
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return true
    if (Date.now() > end) return false
    await sleep(20)
  }
}

export async function waitForPorts(ports: number[], timeoutMs: number, exited: () => string | undefined, what = 'dovecot'): Promise<void> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const why = exited()
    if (why) throw new Error(`${what} ${why}`)
    const ok = await Promise.all(ports.map(canConnect))
    if (ok.every(Boolean)) return
    if (Date.now() > end) {
      throw new Error(`ports ${ports.filter((_, i) => !ok[i]).join(', ')} not accepting after ${timeoutMs} ms`)
    }
    await sleep(25)
  }
}

export async function waitPortsClosed(ports: number[], timeoutMs: number, what = 'Dovecot'): Promise<void> {
  const closed = await waitFor(async () => !(await Promise.all(ports.map(canConnect))).some(Boolean), timeoutMs)
  if (!closed) throw new Error(`mail harness: ${what} stopped but ports ${ports.join(', ')} still accept`)
}

/** Whether any live (non-zombie) process is left in process group `pgid`. */
export function groupAlive(pgid: number): boolean {
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

export function procStat(pid: number): { state: string; pgrp: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { state: rest[0] ?? '', pgrp: Number(rest[2]) }
  } catch {
    return undefined
  }
}

export async function logTail(file: string, lines = 40): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log written)'
  }
}
