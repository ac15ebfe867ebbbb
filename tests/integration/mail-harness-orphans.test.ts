/**
 * A test process that dies mid-run (a worker killed on a timeout, a crash) cannot stop the Dovecot its harness
 * started; that Dovecot kept listening and using CPU until someone killed it by hand. The next harness ends such
 * orphans before it starts its own, and touches nothing else: not a Dovecot whose owner still runs.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sweepOrphanedDovecots } from '../support/dovecot'
import { startMailServers } from '../support/mail-servers'
import { waitFor } from '../support/processes'

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A child process that starts a harness, says where, then waits to be killed. */
function harnessInAChild(): Promise<{ child: ReturnType<typeof spawn>; dir: string }> {
  const script = `
    const harness = await import(${JSON.stringify(path.join(__dirname, '../support/mail-servers.ts'))})
    const mail = await (harness.startMailServers ?? harness.default.startMailServers)({ keepDir: true })
    console.log('DIR ' + mail.dir)
    setInterval(() => {}, 1000)
  `
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /DIR (\S+)/.exec(out)
      if (m) resolve({ child, dir: m[1] })
    })
    child.once('exit', (code) => reject(new Error(`harness child exited (${code}) before starting: ${out}`)))
  })
}

describe('the mail harness after a test process died', () => {
  it('ends the Dovecot the dead process left running, and only that one', async () => {
    const living = await startMailServers()
    const { child, dir } = await harnessInAChild()
    const master = Number(readFileSync(path.join(dir, 'owner.pid'), 'utf8').trim().split(' ')[1])
    try {
      // Alive owner: nothing is touched.
      expect(sweepOrphanedDovecots()).not.toContain(master)
      child.kill('SIGKILL') // no exit handler runs: the Dovecot is orphaned, as after a killed worker
      await waitFor(() => child.exitCode !== null || child.signalCode !== null, 5_000)
      expect(alive(master)).toBe(true)

      expect(sweepOrphanedDovecots()).toEqual([master])
      await waitFor(() => !alive(master), 10_000)
      expect(alive(master)).toBe(false)
      // The harness of a living process still serves.
      expect(living.imap.port).toBeGreaterThan(0)
      expect(sweepOrphanedDovecots()).toEqual([])
    } finally {
      if (alive(master)) process.kill(master, 'SIGKILL')
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true })
      await living.stop()
    }
  }, 60_000)
})
