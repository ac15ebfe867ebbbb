/**
 * `npm test` (tests/run.mjs) says exactly what ran: a stage name it does not know is an
 * error before anything is built or provisioned, not a green "0 passed, 0 failed".
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const runner = join(__dirname, '..', 'run.mjs')

describe('tests/run.mjs', () => {
  it('refuses an unknown stage name, listing the stages, with exit code 2', () => {
    const r = spawnSync(process.execPath, [runner, 'unti'], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, AFTERVIEW_TEST_INNER: '' }
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(
      'No test stage called "unti". The stages are: typecheck, lint, unit, integration, e2e, package, security (name none to run them all).\n'
    )
    expect(r.stdout).not.toMatch(/passed/)
  })

  it('names every unknown stage, even beside known ones', () => {
    const r = spawnSync(process.execPath, [runner, 'unit', 'e2ee', 'lnit'], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, AFTERVIEW_TEST_INNER: '' }
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^No test stage called "e2ee" or "lnit"\./)
  })
})
