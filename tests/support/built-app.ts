/**
 * The built app in out/, for the tests that run it (the CLI, the main bundle, the window's
 * index.html). `npm test` builds it once before any test; no test builds it itself, since a
 * build empties out/ while other test files run out/main/cli.js in parallel. Running one of
 * these files alone: `npm run build` first. A missing or out-of-date build fails the file
 * with that sentence, never silently tests old code.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '..', '..')

/** What electron-vite writes; the files the tests run or read. */
export const BUILT = {
  main: join(root, 'out', 'main', 'index.js'),
  cli: join(root, 'out', 'main', 'cli.js'),
  preload: join(root, 'out', 'preload'),
  windowHtml: join(root, 'out', 'renderer', 'index.html')
}

function newestIn(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** Throws, in plain words, unless out/ holds a build at least as new as every file in src/. */
export function requireBuiltApp(): void {
  const missing = Object.values(BUILT).filter((p) => !existsSync(p))
  if (missing.length)
    throw new Error(
      `The app is not built (${missing.map((p) => p.slice(root.length + 1)).join(', ')} missing). Run \`npm run build\` first; \`npm test\` does it before any test.`
    )
  const built = Math.min(...[BUILT.main, BUILT.cli, BUILT.windowHtml].map((p) => statSync(p).mtimeMs))
  const source = newestIn(join(root, 'src'))
  if (source > built)
    throw new Error('out/ is older than src/: the tests would run old code. Run `npm run build` first; `npm test` does it before any test.')
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** The built `afterview` command (bin/afterview.js), run with `args` in a process of its own, without a desktop keyring. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin', 'afterview.js'), ...args],
      { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    )
  })
}
