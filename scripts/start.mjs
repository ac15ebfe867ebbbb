#!/usr/bin/env node
/**
 * `npm start`: build, then open the desktop app. `npm ci` does not run Electron's download
 * (package.json allowScripts: electron false, so CI and offline machines install cleanly),
 * so the first `npm start` fetches the Electron binary with Electron's own installer. Where
 * that cannot work (no internet, a server or container), say so in one sentence and point
 * at browser mode instead of Electron's own "failed to install correctly".
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const require = createRequire(join(root, 'package.json'))

/** The Electron executable's path, or undefined when it was never downloaded. */
function electronBinary() {
  try {
    const path = require('electron') // the electron package exports its binary's path
    return typeof path === 'string' && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

let binary = electronBinary()
if (!binary) {
  process.stderr.write('Downloading Electron for the desktop app (once)…\n')
  const install = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 15 * 60_000
  })
  if (install.status === 0) binary = electronBinary()
}
if (!binary) {
  process.stderr.write(
    'The desktop app cannot start because Electron could not be downloaded to this machine; ' +
      'run `npx afterview serve` to use the same app in your browser instead.\n'
  )
  process.exit(1)
}
const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const app = spawnSync(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' }) // e.g. npm start -- --no-sandbox
process.exit(app.status ?? 1)
