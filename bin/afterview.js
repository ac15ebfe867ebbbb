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
// Regular expressions straight to machine code (issue 14). By default V8 first compiles each
// to bytecode and compiles it again to machine code on its second run; the classifier's phrase
// patterns (Unicode, case-insensitive, with letter classes) cost about 0.6 ms per compile, so a
// sync's first classifications paid twice (about 50 ms of 10 new mails). Matching is the same.
require('node:v8').setFlagsFromString('--no-regexp-tier-up')
require('./compile-cache').enableCompileCache()
require(cli)
