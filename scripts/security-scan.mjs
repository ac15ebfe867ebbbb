#!/usr/bin/env node
/**
 * `npm run security:scan`: runs electronegativity on the project root (sources and the
 * built out/, which it builds first unless --no-build) and fails on any HIGH or MEDIUM
 * finding not explained in .electronegativity/electronegativity-exceptions.md.
 * Electronegativity warns that it cannot fetch Electron's release list offline; that
 * is expected and harmless.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const started = Date.now()
const configDir = join(root, '.electronegativity')
const config = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'))

/** Minimal RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text) {
  const rows = []
  let row = [],
    field = '',
    quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => r.some((f) => f.trim()))
}

/** Rows of the markdown table: | Check | File | Code contains | Why |. */
export function parseExceptions(markdown) {
  const out = []
  for (const line of markdown.split('\n')) {
    if (!/^\|/.test(line) || /^\|\s*-/.test(line) || /^\|\s*Check\s*\|/i.test(line)) continue
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim().replace(/^`|`$/g, ''))
    if (cells.length < 4) continue
    const [check, file, contains, reason] = cells
    out.push({ check, file, contains, reason, used: 0 })
  }
  return out
}

if (!process.argv.includes('--no-build') && !process.env.AFTERVIEW_SKIP_BUILD) {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
}
if (!existsSync(join(root, 'out', 'main', 'index.js'))) console.warn('Note: out/ is not built; only the sources are scanned.')

const work = mkdtempSync(join(tmpdir(), 'afterview-scan-'))
const csvPath = join(work, 'findings.csv')
const bin = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js')
const run = spawnSync(process.execPath, [bin, '-i', join(root, config.input ?? '.'), '-o', csvPath, '-r', '-v', 'false'], {
  cwd: root,
  encoding: 'utf8'
})
if (!existsSync(csvPath)) {
  console.error(run.stdout, run.stderr)
  console.error('electronegativity did not produce its report (see above).')
  process.exit(1)
}
const [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8'))
rmSync(work, { recursive: true, force: true })
const col = (name) => header.findIndex((h) => h.trim().toLowerCase() === name)
const findings = rows.map((r) => ({
  check: r[col('issue')],
  severity: r[col('severity')],
  confidence: r[col('confidence')],
  file: r[col('filename')].replace(/\\/g, '/').replace(/^\.\//, ''),
  location: r[col('location')],
  sample: r[col('sample')] ?? ''
}))
const exceptions = parseExceptions(readFileSync(join(configDir, config.exceptions), 'utf8'))
const failOn = new Set(config.failOn ?? ['HIGH', 'MEDIUM'])

/** A row's file, where `*` stands for a built chunk's hash ("out/main/chunks/mailsplit-*.js"). */
const sameFile = (pattern, file) =>
  pattern.includes('*')
    ? new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(file)
    : pattern === file

const unexplained = []
const explained = []
for (const f of findings.filter((x) => failOn.has(x.severity))) {
  const e = exceptions.find(
    (x) => x.check === f.check && sameFile(x.file, f.file) && (!x.contains || f.sample.includes(x.contains)) && x.reason
  )
  if (e) {
    e.used++
    explained.push(f)
  } else unexplained.push(f)
}
const low = findings.length - explained.length - unexplained.length
console.log(
  `electronegativity: ${findings.length} findings — ${explained.length} high/medium explained in the exceptions file, ${low} low/informational, ${unexplained.length} unexplained`
)
for (const f of explained) console.log(`  ok   ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}`)
for (const e of exceptions.filter((x) => !x.used)) console.log(`  note: exception no longer needed? ${e.check} ${e.file} "${e.contains}"`)
const seconds = ((Date.now() - started) / 1000).toFixed(1)
if (unexplained.length) {
  console.error(`\n✗ security:scan failed (${seconds} s): fix these or explain them in .electronegativity/${config.exceptions}:`)
  for (const f of unexplained)
    console.error(
      `  ${f.severity} ${f.check} ${f.file}:${f.location}\n      ${f.sample.slice(0, 200)}\n      https://github.com/doyensec/electronegativity/wiki/${f.check}`
    )
  process.exit(1)
}
console.log(`\n✓ security:scan passed in ${seconds} s`)
