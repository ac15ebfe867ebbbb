#!/usr/bin/env node
/**
 * `npm test`: everything a fresh clone needs to prove itself, in order.
 *   1. system packages (Chromium, Dovecot, libsecret, gnome-keyring, D-Bus, openssl):
 *      installed with apt-get when we are root, otherwise we stop with the exact command;
 *   2. a private D-Bus session with an unlocked gnome-keyring, so keychain tests use a
 *      real Secret Service (and never the user's own keyring);
 *   3. build (electron-vite), 4. typecheck (shared core, main/preload, renderer),
 *   5. unit + integration tests (vitest, real Dovecot and SMTP), 6. end-to-end (Playwright
 *      in Chromium against browser mode), 7. package:check (the packed app starts) and
 *      security:scan (electronegativity).
 * Ends with one line "N passed, N failed".
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureSystemPackages, ProvisionError } from './support/provision.mjs'

const root = join(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const only = process.argv.slice(2) // e.g. `npm test -- unit` or `npm test -- e2e`
const wants = (step) => only.length === 0 || only.includes(step)

function run(label, cmd, args, env = {}) {
  const started = Date.now()
  process.stderr.write(`\n▶ ${label}\n`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  process.stderr.write(`${r.status === 0 ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
  return r.status === 0
}

if (process.env.AFTERVIEW_TEST_INNER !== '1') {
  try {
    await ensureSystemPackages({ log: (l) => process.stderr.write(`${l}\n`) })
  } catch (error) {
    if (error instanceof ProvisionError) {
      process.stderr.write(`\nThe tests need some system packages: ${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
  ensureKeytar()
  // Re-run inside a throwaway D-Bus session with its own unlocked keyring.
  const home = mkdtempSync(join(tmpdir(), 'afterview-keyring-'))
  const script = 'eval "$(printf afterview-test | gnome-keyring-daemon --unlock --components=secrets)"; export GNOME_KEYRING_CONTROL; exec "$@"'
  const r = spawnSync('dbus-run-session', ['--', 'sh', '-c', script, 'sh', process.execPath, ...process.argv.slice(1)], {
    cwd: root, stdio: 'inherit', env: { ...process.env, AFTERVIEW_TEST_INNER: '1', XDG_DATA_HOME: home, XDG_RUNTIME_DIR: home }
  })
  rmSync(home, { recursive: true, force: true })
  process.exit(r.status ?? 1)
}

/**
 * keytar is an optional dependency that builds against libsecret. On a fresh machine `npm ci`
 * runs before the packages above exist, so npm drops keytar and the typecheck and keychain
 * tests would fail. Now that libsecret is here, install the locked version once (no change to
 * package.json or the lock file).
 */
function ensureKeytar() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  if (!pkg.optionalDependencies?.keytar || existsSync(join(root, 'node_modules', 'keytar', 'build', 'Release', 'keytar.node'))) return
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
  const version = lock.packages?.['node_modules/keytar']?.version ?? pkg.optionalDependencies.keytar
  process.stderr.write(`keytar (the keychain module) was skipped by npm ci because libsecret was not installed yet; installing keytar@${version} now\n`)
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `keytar@${version}`], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0 || !existsSync(join(root, 'node_modules', 'keytar', 'build', 'Release', 'keytar.node'))) {
    process.stderr.write('\nkeytar could not be built. Run `npm ci` again now that libsecret is installed.\n')
    process.exit(1)
  }
}

const results = { passed: 0, failed: 0 }
const reports = mkdtempSync(join(tmpdir(), 'afterview-reports-'))
let ok = true

ok = run('build', bin('electron-vite'), ['build']) && ok
if (ok && wants('typecheck')) {
  for (const project of ['tsconfig.shared.json', 'tsconfig.node.json', 'tsconfig.web.json']) {
    const passed = run(`typecheck ${project}`, bin('tsc'), ['--noEmit', '-p', project])
    results[passed ? 'passed' : 'failed']++
    ok = passed && ok
  }
}
if (ok && (wants('unit') || wants('integration'))) {
  const file = join(reports, 'vitest.json')
  const filter = only.filter((s) => s === 'unit' || s === 'integration').map((s) => `tests/${s}`)
  ok = run('unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...filter]) && ok
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, 'utf8'))
    results.passed += r.numPassedTests
    // Failed tests, plus files that failed before any test ran (an import error, a hook).
    results.failed += r.numFailedTests + (r.testResults ?? []).filter((s) => s.status === 'failed' && !s.assertionResults?.some((a) => a.status === 'failed')).length
  } else results.failed++
}
if (ok && wants('e2e')) {
  const file = join(reports, 'playwright.json')
  ok = run('end-to-end tests (Playwright, Chromium, browser mode)', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file }) && ok
  if (existsSync(file)) {
    const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {}
    results.passed += (s.expected ?? 0) + (s.flaky ?? 0)
    results.failed += s.unexpected ?? 0
  } else results.failed++
}
// The packaged app starts (packed app.asar loaded with a stand-in Electron) and the
// security scan has no unexplained finding; both reuse the build above.
for (const [step, script] of [['package', 'scripts/package-check.mjs'], ['security', 'scripts/security-scan.mjs']]) {
  if (!ok || !wants(step)) continue
  const passed = run(`${step === 'package' ? 'package:check' : 'security:scan'}`, process.execPath, [script, '--no-build'])
  results[passed ? 'passed' : 'failed']++
  ok = passed && ok
}
rmSync(reports, { recursive: true, force: true })
if (!ok && results.failed === 0) results.failed = 1
process.stdout.write(`\n${results.passed} passed, ${results.failed} failed\n`)
process.exit(ok ? 0 : 1)
