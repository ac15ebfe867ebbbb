#!/usr/bin/env node
/**
 * `npm run bench`: runs every tests/bench/*.bench.{ts,mjs} in turn (TypeScript through tsx)
 * and lets each print its figures and ratios against its targets. Builds first when needed.
 * `npm run bench -- store` runs only the benchmarks whose file name contains "store".
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const here = import.meta.dirname
const root = join(here, '..', '..')
const filter = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .filter((f) => filter.length === 0 || filter.some((w) => f.includes(w)))
  .sort()
spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'ignore' })
let failed = 0
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`)
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, file)], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
