/**
 * A command that is done ends its process once its output is written, instead of waiting
 * until nothing is left in Node's event loop (issue 14: 20-25 ms of every `sync --once`, for
 * a LOGOUT answer, closing sockets and a last collection). Here a preloaded script leaves a
 * 60-second timer behind, as a library's forgotten timer or a slow server would: the command
 * must still end at once, with its exit code, its whole output, and what it saved on disk.
 * Runs the built CLI (out/).
 */
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/main/store'
import { requireBuiltApp } from '../support/built-app'
import { tempDataDir } from '../support/temp-dir'

const root = join(__dirname, '..', '..')
const scratch = tempDataDir('afterview-cli-exit-')
const lingering = join(scratch.dir, 'lingering-timer.js')

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = performance.now()
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin', 'afterview.js'), ...args],
      { cwd: root, timeout: 30_000, env: { ...process.env, NODE_OPTIONS: `--require ${lingering}` } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr, ms: performance.now() - started })
      }
    )
  })
}

beforeAll(() => {
  requireBuiltApp()
  writeFileSync(lingering, 'setTimeout(() => {}, 60_000)\n')
})
afterAll(() => scratch.cleanup())

describe('a finished command ends its process', () => {
  it('with its whole output, though a timer is still pending', async () => {
    const { code, stdout, ms } = await cli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Afterview')
    expect(stdout.trimEnd().endsWith('Run "afterview <command> --help" for its options.')).toBe(true)
    expect(ms).toBeLessThan(20_000)
  })

  it('with its exit code', async () => {
    const { code, stderr } = await cli(['due', '--no-such-option'])
    expect(code).toBe(2)
    expect(stderr).toContain('afterview due')
  })

  it('with what it saved on disk', async () => {
    const data = tempDataDir()
    try {
      const file = join(data.dir, 'applications.csv')
      writeFileSync(file, 'company,role\nKestrel Harbor,Data Engineer\nLumen Clinic,Staff Nurse\n')
      const { code, ms } = await cli(['import', file, '--data-dir', data.dir])
      expect(code).toBe(0)
      expect(ms).toBeLessThan(20_000)
      const companies = openStore(data.dir)
        .applications.all()
        .map((a) => a.company)
        .sort()
      expect(companies).toEqual(['Kestrel Harbor', 'Lumen Clinic'])
    } finally {
      data.cleanup()
    }
  })
})
