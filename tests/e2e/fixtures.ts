/**
 * Starts `afterview serve` (the built CLI, as a user would) on a throwaway data directory
 * for each test, and opens its tokenised URL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type Page, type TestInfo } from '@playwright/test'
import { requireBuiltApp } from '../support/built-app'
import { startMailServers, type MailServers } from '../support/mail-servers'

const ROOT = join(__dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'afterview.js')

export interface AfterviewServer {
  url: string
  dataDir: string
  /** Runs another CLI command against the same data directory. */
  cli: (args: string[], env?: Record<string, string>) => { status: number | null; stdout: string; stderr: string }
  process: ChildProcess
}

export async function startServe(
  dataDir: string,
  env: Record<string, string> = {}
): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  requireBuiltApp()
  const child = spawn(process.execPath, [BIN, 'serve', '--data-dir', dataDir], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`afterview serve did not start:\n${output}`)), 20_000)
    const onData = (d: Buffer) => {
      output += d
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (d: Buffer) => (output += d))
    child.on('exit', (code) => reject(new Error(`afterview serve exited with ${code}:\n${output}`)))
  })
  return { url, child, log: () => output }
}

/**
 * `afterview serve` on a new throwaway data folder named from `prefix`; stop() ends it and removes the folder. A serve
 * that does not start (a stale build, a port taken) leaves no folder behind.
 */
export async function serveInTempDir(
  prefix: string,
  env: Record<string, string> = {}
): Promise<{ url: string; child: ChildProcess; log: () => string; dataDir: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix))
  const remove = () => rmSync(dataDir, { recursive: true, force: true })
  try {
    const started = await startServe(dataDir, env)
    return { ...started, dataDir, stop: async () => (await stopProcess(started.child), remove()) }
  } catch (error) {
    remove()
    throw error
  }
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
  })
}

/**
 * The mail domain of this test's own mailbox (`candidate@<it>`). Every test shares the one keychain, where an account's
 * password is kept under its id, made from its address (`acct-candidate-example-test`): two tests adding the same
 * address at once, each in its own data folder, would overwrite each other's password. `p<parallelIndex>` keeps apart
 * the tests that run at the same time, the hash of the test's id one test from the next in the same worker. Short like
 * example.test, so headers such as Message-ID (`<uuid@domain>`) stay on one line; the same names each run, so a keyring
 * that is kept holds at most tests × workers of them. (first-five-minutes.spec.ts, the README's demo, keeps
 * candidate@example.test: the only test with that address.)
 */
export function mailDomainFor(testInfo: TestInfo): string {
  const test = createHash('sha256').update(testInfo.testId).digest('hex').slice(0, 6)
  return `p${testInfo.parallelIndex}-${test}.test`
}

export interface MailApp {
  mail: MailServers
  dataDir: string
}

export const test = base.extend<{ afterview: AfterviewServer; app: Page; mailApp: MailApp }>({
  afterview: async ({}, use, testInfo) => {
    const { url, child, log, dataDir, stop } = await serveInTempDir('afterview-e2e-')
    const cli = (args: string[], env: Record<string, string> = {}) => {
      const r = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], { encoding: 'utf8', env: { ...process.env, ...env } })
      return { status: r.status, stdout: r.stdout, stderr: r.stderr }
    }
    await use({ url, dataDir, cli, process: child })
    await stop()
    // What `afterview serve` printed (its log of unexpected errors) helps explain a failure.
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('afterview-serve.log', { body: log(), contentType: 'text/plain' })
      process.stderr.write(`\n--- afterview serve output ---\n${log()}\n`)
    }
  },
  /** The real test Dovecot + SMTP server, and `afterview serve` open in the page (the mailbox password in its environment). */
  mailApp: async ({ page }, use, testInfo) => {
    const mail = await startMailServers({ domain: mailDomainFor(testInfo) })
    const dataDir = mkdtempSync(join(tmpdir(), 'afterview-e2e-mail-'))
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    try {
      const { url, child, log } = await startServe(dataDir, { AFTERVIEW_PASSWORD: mail.password })
      try {
        await page.goto(url)
        await use({ mail, dataDir })
      } finally {
        await stopProcess(child)
        if (testInfo.status !== testInfo.expectedStatus) process.stderr.write(`\n--- afterview serve output ---\n${log()}\n`)
      }
    } finally {
      await mail.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
    if (errors.length) throw new Error(`The page reported errors:\n${errors.join('\n')}`)
  },
  app: async ({ page, afterview }, use) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await page.goto(afterview.url)
    await use(page)
    if (errors.length) throw new Error(`The page reported errors:\n${errors.join('\n')}`)
  }
})

export { expect } from '@playwright/test'
