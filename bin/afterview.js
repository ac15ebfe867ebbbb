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
require('./compile-cache').enableCompileCache()
require(cli)
