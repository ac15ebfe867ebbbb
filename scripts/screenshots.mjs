#!/usr/bin/env node
/**
 * `npm run screenshots`: retakes the README's picture (docs/screenshot-next-up.png) on
 * purpose. Ordinary test runs write their screenshots under test-results/ only.
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1
const built = run(bin('electron-vite'), ['build'])
if (built !== 0) process.exit(built)
process.exit(
  run(bin('playwright'), ['test', 'tests/e2e/track-interview.spec.ts', '-g', 'README screenshot'], { AFTERVIEW_README_SCREENSHOTS: '1' })
)
