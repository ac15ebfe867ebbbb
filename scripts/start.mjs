#!/usr/bin/env node
/**
 * `npm start`: build, then open the desktop app. When this machine has no Electron binary
 * (npm ci does not download it; a server or container cannot run it), say so in one
 * sentence and point at browser mode instead of Electron's own "failed to install correctly".
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

const binary = electronBinary()
if (!binary) {
  process.stderr.write(
    'The desktop app cannot start because this machine has no Electron binary (npm ci does not download it); ' +
      'run `npx afterview serve` to use the same app in your browser instead.\n'
  )
  process.exit(1)
}
const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const app = spawnSync(binary, ['.'], { cwd: root, stdio: 'inherit' })
process.exit(app.status ?? 1)
