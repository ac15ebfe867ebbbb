#!/usr/bin/env node
// The `afterview` command: runs the built CLI (npm ci builds it through "prepare").
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const cli = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(cli)) {
  process.stderr.write('Afterview is not built yet. Run: npm run build\n')
  process.exit(1)
}
process.env.AFTERVIEW_CLI_MAIN = '1'
// Regular expressions compiled straight to machine code, not first to bytecode and again later:
// the classifier's first use in a process compiles hundreds of patterns (issue 14).
require('node:v8').setFlagsFromString('--no-regexp-tier-up')
// The heap grows to at most 1.75 times what was live after each full collection, not V8's
// default of up to 4. A first scan keeps about 35 MB live but reads and parses hundreds of
// megabytes of mail. At 100,000 messages (5,000 of them tracked, HTML, as real mail is) it
// peaked at 300-315 MB, against 225-235 MB with this; the wall time moved within this
// machine's noise (issue 14). A short sync never reaches a full collection. Every command gets
// it, so `afterview serve` (browser mode) scans within the same bound; the desktop app's main
// process sets it too, before its mail services start (src/main/electron/services-host.ts).
require('node:v8').setFlagsFromString('--heap-growing-percent=75')
require('./compile-cache').enableCompileCache()
require(cli)
