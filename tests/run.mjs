#!/usr/bin/env node
/**
 * `npm test`: everything a fresh clone needs to prove itself, in order.
 *   1. system packages (Chromium, Dovecot, libsecret, gnome-keyring, D-Bus, openssl):
 *      installed with apt-get when we are root, otherwise we stop with the exact command;
 *   2. a private D-Bus session with an unlocked gnome-keyring, so keychain tests use a
 *      real Secret Service (and never the user's own keyring);
 *   3. build (electron-vite), 4. typecheck (shared core, main/preload, renderer),
 *   5. lint (ESLint's architecture rules, import circles, Prettier's format), 6. unit + integration tests
 *      (vitest, real Dovecot and SMTP), 7. end-to-end (Playwright in Chromium against
 *      browser mode), 8. package:check (the packed app starts) and security:scan (electronegativity).
 * `npm test -- unit e2e` runs only those stages; an unknown name is an error. A failed step
 * stops the later ones, and the summary names each step that failed or was not run.
 * Ends with one line "N passed, N failed, N skipped"; the exit code is 0 only when every
 * step asked for ran and passed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureSystemPackages, ProvisionError } from './support/provision.mjs'

const root = join(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const STAGES = ['typecheck', 'lint', 'unit', 'integration', 'e2e', 'package', 'security']
const only = process.argv.slice(2) // e.g. `npm test -- unit` or `npm test -- e2e`
const wants = (step) => only.length === 0 || only.includes(step)
const unknown = only.filter((s) => !STAGES.includes(s))
if (unknown.length) {
  process.stderr.write(
    `No test stage called ${unknown.map((s) => `"${s}"`).join(' or ')}. The stages are: ${STAGES.join(', ')} (name none to run them all).\n`
  )
  process.exit(2)
}

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
  const script =
    'eval "$(printf afterview-test | gnome-keyring-daemon --unlock --components=secrets)"; export GNOME_KEYRING_CONTROL; exec "$@"'
  const r = spawnSync('dbus-run-session', ['--', 'sh', '-c', script, 'sh', process.execPath, ...process.argv.slice(1)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, AFTERVIEW_TEST_INNER: '1', XDG_DATA_HOME: home, XDG_RUNTIME_DIR: home }
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
  process.stderr.write(
    `keytar (the keychain module) was skipped by npm ci because libsecret was not installed yet; installing keytar@${version} now\n`
  )
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `keytar@${version}`], {
    cwd: root,
    stdio: 'inherit'
  })
  if (r.status !== 0 || !existsSync(join(root, 'node_modules', 'keytar', 'build', 'Release', 'keytar.node'))) {
    process.stderr.write('\nkeytar could not be built. Run `npm ci` again now that libsecret is installed.\n')
    process.exit(1)
  }
}

const results = { passed: 0, failed: 0, skipped: 0 }
const reports = mkdtempSync(join(tmpdir(), 'afterview-reports-'))
/** One line per step for the summary: what passed, what failed, what was not run and why. */
const summary = []
/** The first step that failed: every later step is not run, and the summary says so. */
let stoppedBy

/** A step that is one check (build, a typecheck project, lint): counted as one passed or failed. */
function check(label, cmd, args) {
  if (stoppedBy) return notRun(label)
  const passed = run(label, cmd, args)
  results[passed ? 'passed' : 'failed']++
  summary.push(`${passed ? '✔' : '✘'} ${label}`)
  if (!passed) stoppedBy = label
}

function notRun(label) {
  summary.push(`– ${label}: not run, because "${stoppedBy}" failed`)
}

/**
 * A step that runs tests and writes a JSON report: its tests are counted from the report.
 * No report (the runner crashed) or a failed exit without a failed test (an error outside
 * any test) is a failure of its own, named in the summary.
 */
function tests(label, cmd, args, env, file, count) {
  if (stoppedBy) return notRun(label)
  const exited = run(label, cmd, args, env)
  if (!existsSync(file)) {
    results.failed++
    summary.push(`✘ ${label}: it wrote no report, so none of its tests are counted`)
    stoppedBy = label
    return
  }
  const n = count(JSON.parse(readFileSync(file, 'utf8')))
  results.passed += n.passed
  results.failed += n.failed
  results.skipped += n.skipped
  const silent = !exited && n.failed === 0
  if (silent) results.failed++
  summary.push(
    `${exited ? '✔' : '✘'} ${label}: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped${silent ? ' (and it exited with an error outside any test: see its output above)' : ''}`
  )
  if (!exited) stoppedBy = label
}

// Built once, before any test; no test builds out/ itself (tests/support/built-app.ts).
check('build', bin('electron-vite'), ['build'])
if (wants('typecheck')) {
  for (const project of ['tsconfig.shared.json', 'tsconfig.node.json', 'tsconfig.web.json'])
    check(`typecheck ${project}`, bin('tsc'), ['--noEmit', '-p', project])
}
if (wants('lint')) {
  // The architecture's rules (eslint.config.mjs) and no import circles, even through types.
  check('lint (ESLint)', bin('eslint'), ['.'])
  check('lint: import circles (madge)', bin('madge'), ['--circular', '--no-spinner', '--extensions', 'ts,tsx', 'src'])
  check('format (Prettier)', bin('prettier'), ['--check', '--log-level', 'warn', '**/*.{ts,tsx,mts,cts,js,mjs,cjs,json,css,html}'])
}
if (wants('unit') || wants('integration')) {
  const file = join(reports, 'vitest.json')
  const filter = only.filter((s) => s === 'unit' || s === 'integration').map((s) => `tests/${s}`)
  tests(
    'unit and integration tests (vitest)',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...filter],
    {},
    file,
    (r) => ({
      passed: r.numPassedTests,
      // Failed tests, plus files that failed before any test ran (an import error, a hook).
      failed:
        r.numFailedTests +
        (r.testResults ?? []).filter((s) => s.status === 'failed' && !s.assertionResults?.some((a) => a.status === 'failed')).length,
      skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
    })
  )
}
if (wants('e2e')) {
  const file = join(reports, 'playwright.json')
  tests(
    'end-to-end tests (Playwright, Chromium, browser mode)',
    bin('playwright'),
    ['test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: file },
    file,
    ({ stats: s = {} }) => ({
      passed: (s.expected ?? 0) + (s.flaky ?? 0),
      failed: s.unexpected ?? 0,
      skipped: s.skipped ?? 0
    })
  )
}
// The packaged app starts (packed app.asar loaded with a stand-in Electron) and the
// security scan has no unexplained finding; both reuse the build above.
if (wants('package')) check('package:check', process.execPath, ['scripts/package-check.mjs', '--no-build'])
if (wants('security')) check('security:scan', process.execPath, ['scripts/security-scan.mjs', '--no-build'])
rmSync(reports, { recursive: true, force: true })

if (stoppedBy && results.failed === 0) results.failed = 1
process.stdout.write(`\n${summary.join('\n')}\n\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped\n`)
process.exit(stoppedBy ? 1 : 0)
