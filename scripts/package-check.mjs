#!/usr/bin/env node
/**
 * `npm run package:check`: proves the packaging config without downloading Electron.
 *  1. validates electron-builder.yml (app-builder-lib's getConfig + validateConfiguration);
 *  2. builds the app (`npm run build`) unless --no-build;
 *  3. runs `electron-builder --dir` against a stand-in Electron folder (a dummy
 *     executable: Electron cannot be downloaded here) with fuses skipped (they need the
 *     real binary; the config above is validated instead);
 *  4. lists app.asar and fails if sources, tests, configs, source maps, secrets or
 *     devDependencies ended up inside, or if the bundles the app starts from are missing;
 *  5. extracts app.asar (+ app.asar.unpacked), resolves every module the packed bundles
 *     require from inside it, and starts the packed main bundle with a stand-in `electron`
 *     (tests/support/stub-electron.cjs): it must register its IPC channels and open a window.
 * Works offline. Exit 0 when everything checks.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const started = Date.now()
const failures = []
const step = (s) => console.log(`\n▸ ${s}`)
const jsFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map((f) => join(dir, String(f)))
        .filter((f) => /\.(c|m)?js$/.test(f))
    : []
const pkg = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

// 1. The configuration.
step('Validating electron-builder.yml')
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config')
const { DebugLogger } = require('builder-util')
const config = await getConfig(root, join(root, 'electron-builder.yml'), null)
await validateConfiguration(config, new DebugLogger(false))
const want = {
  appId: 'app.afterview.desktop',
  productName: 'Afterview',
  'electronFuses.runAsNode': false,
  'electronFuses.enableCookieEncryption': true,
  'electronFuses.onlyLoadAppFromAsar': true,
  'electronFuses.enableNodeOptionsEnvironmentVariable': false,
  'electronFuses.enableNodeCliInspectArguments': false
}
for (const [path, value] of Object.entries(want)) {
  const got = path.split('.').reduce((o, k) => o?.[k], config)
  if (got !== value) failures.push(`electron-builder.yml: ${path} is ${JSON.stringify(got)}, expected ${JSON.stringify(value)}`)
}
const targets = (os) => [config[os]?.target].flat().map((t) => (typeof t === 'string' ? t : t?.target))
for (const [os, needed] of [
  ['linux', ['AppImage', 'deb']],
  ['mac', ['dmg']],
  ['win', ['nsis']]
]) {
  for (const t of needed) if (!targets(os).includes(t)) failures.push(`electron-builder.yml: ${os} does not build ${t}`)
}
if (config.deb?.depends)
  failures.push(
    "electron-builder.yml: deb.depends replaces electron-builder's default list (libgtk-3-0, libnotify4, libnss3, xdg-utils…); leave it unset or list them all"
  )
if (config.electronFuses?.resetAdHocDarwinSignature !== true)
  failures.push(
    'electron-builder.yml: electronFuses.resetAdHocDarwinSignature must be true, or an unsigned arm64 macOS build will not launch'
  )
if (!(config.asarUnpack ?? []).some((p) => p.includes('keytar')))
  failures.push('electron-builder.yml: keytar is not unpacked from the asar')
console.log('  configuration is valid')

// 2. The build.
if (!process.argv.includes('--no-build')) {
  step('Building (npm run build)')
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
}

// 3. electron-builder --dir against a stand-in Electron.
step('electron-builder --dir with a stand-in Electron')
const work = mkdtempSync(join(tmpdir(), 'afterview-package-'))
const fakeElectron = join(work, 'electron-dist')
mkdirSync(join(fakeElectron, 'resources'), { recursive: true })
// Carries a fuse wire like the real binary (sentinel, version 1, 8 fuses at Electron's
// defaults) so electron-builder flips the configured fuses and we can read them back.
const { SENTINEL } = require('@electron/fuses/dist/constants')
const DEFAULT_WIRE = '10110001'
writeFileSync(
  join(fakeElectron, 'electron'),
  Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for package:check"\nexit 0\n# '),
    Buffer.from(SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
    Buffer.from('\n')
  ])
)
chmodSync(join(fakeElectron, 'electron'), 0o755)
writeFileSync(join(fakeElectron, 'version'), require('electron/package.json').version)
const output = join(work, 'dist')
const builder = spawnSync(
  process.execPath,
  [
    require.resolve('electron-builder/cli.js'),
    '--linux',
    '--dir',
    '--publish',
    'never',
    `-c.electronDist=${fakeElectron}`,
    `-c.directories.output=${output}`,
    // keytar uses N-API: the build npm made loads in Electron too; rebuilding it here would
    // download Electron's headers. A release build with network may rebuild.
    '-c.npmRebuild=false'
  ],
  { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true', CSC_IDENTITY_AUTO_DISCOVERY: 'false' } }
)
if (builder.status !== 0) {
  console.error(builder.stdout, builder.stderr)
  console.error('electron-builder --dir failed (see above).')
  process.exit(1)
}
const asarPath = join(output, 'linux-unpacked', 'resources', 'app.asar')
if (!existsSync(asarPath)) {
  console.error(`electron-builder did not produce ${asarPath}`)
  process.exit(1)
}

// The fuses electron-builder flipped in the (stand-in) binary.
step('Checking the Electron fuses')
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses')
const wire = await getCurrentFuseWire(join(output, 'linux-unpacked', pkg().name))
const fuseWant = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true
}
for (const [name, on] of Object.entries(fuseWant)) {
  const state = wire[FuseV1Options[name]]
  const isOn = state === 49
  if (isOn !== on) failures.push(`fuse ${name} is ${isOn ? 'on' : 'off'} in the packaged binary, expected ${on ? 'on' : 'off'}`)
  else console.log(`  ${name.padEnd(40)} ${on ? 'on' : 'off'}`)
}

// 4. What went into app.asar.
step('Checking app.asar')
const { listPackage, extractAll } = require('@electron/asar')
const entries = listPackage(asarPath, { isPack: false }).map((e) => e.replace(/\\/g, '/'))
const files = new Set(entries)
for (const needed of [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.js',
  '/out/renderer/index.html',
  '/resources/icon-256.png',
  '/resources/tray/tray-light.png',
  '/resources/tray/trayTemplate.png'
]) {
  if (!files.has(needed)) failures.push(`app.asar lacks ${needed}`)
}
const pkgJson = pkg()
const devOnly = Object.keys(pkgJson.devDependencies ?? {}).filter(
  (d) => !(d in (pkgJson.dependencies ?? {})) && !(d in (pkgJson.optionalDependencies ?? {}))
)
const forbidden = [
  [/^\/(src|tests|scripts|docs|\.ci|dist|coverage)\//, 'sources, tests, scripts or docs'],
  [/\.map$/, 'a source map'],
  [
    /^\/(tsconfig[^/]*\.json|vitest\.config\.[^/]+|playwright\.config\.[^/]+|electron\.vite\.config\.[^/]+|electron-builder\.yml)$/,
    'a build or test config'
  ],
  [/(^|\/)(\.env[^/]*|\.npmrc|[^/]*\.pem|[^/]*\.key|id_rsa[^/]*)$/, 'a secret-looking file'],
  [/^\/(?!node_modules\/).*\.(ts|tsx)$/, 'TypeScript source'],
  [new RegExp(`/node_modules/(${devOnly.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})/`), 'a devDependency']
]
for (const e of entries) {
  if (e.endsWith('.d.ts')) continue
  for (const [re, what] of forbidden)
    if (re.test(e)) {
      failures.push(`app.asar contains ${what}: ${e}`)
      break
    }
}
const top = new Map()
for (const e of entries) {
  const parts = e.split('/').filter(Boolean)
  const key =
    parts[0] === 'node_modules'
      ? `node_modules/${parts[1]?.startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1]}`
      : parts.slice(0, Math.min(parts.length, 2)).join('/')
  top.set(key, (top.get(key) ?? 0) + 1)
}
const modules = [...top.keys()].filter((k) => k.startsWith('node_modules/') && !k.includes('undefined'))
console.log(`  ${entries.length} entries in ${asarPath.replace(work, '<tmp>')}`)
for (const [k, n] of [...top].filter(([k]) => !k.startsWith('node_modules/')).sort()) console.log(`    ${k.padEnd(40)} ${n}`)
console.log(
  `    node_modules: ${modules.length} packages (${modules
    .slice(0, 12)
    .map((m) => m.slice(13))
    .join(', ')}${modules.length > 12 ? ', …' : ''})`
)

if (existsSync(join(root, 'node_modules', 'keytar', 'package.json'))) {
  const unpacked = join(output, 'linux-unpacked', 'resources', 'app.asar.unpacked', 'node_modules', 'keytar')
  if (!existsSync(join(unpacked, 'package.json')))
    failures.push('keytar is installed but was not unpacked next to app.asar (its .node cannot load from inside the archive)')
  else console.log('    keytar unpacked to app.asar.unpacked/node_modules/keytar')
}

// 5. Does the packed app start? Extract app.asar (plus app.asar.unpacked) as Electron would
// see it, resolve every bare require of the bundles from inside the extracted tree, then
// load the packed main bundle with a stand-in `electron` and count the IPC channels it
// registers. A MODULE_NOT_FOUND here is what a user's first launch would hit.
step('Loading the packed app (stand-in Electron)')
const extracted = join(work, 'extracted')
extractAll(asarPath, extracted)
const unpackedDir = `${asarPath}.unpacked`
if (existsSync(unpackedDir)) cpSync(unpackedDir, extracted, { recursive: true })
const bundles = ['out/main', 'out/preload'].flatMap((dir) => jsFiles(join(extracted, dir)))
const optional = new Set(Object.keys(pkgJson.optionalDependencies ?? {}))
let resolved = 0
for (const file of bundles) {
  const text = readFileSync(file, 'utf8')
  const requireFrom = createRequire(file)
  // Bundlers write require("x") / import("x") with double quotes; single-quoted ones are JSDoc type imports.
  const specifiers = new Set([...text.matchAll(/\b(?:require|import)\("([^"]+)"\)/g)].map((m) => m[1]))
  for (const spec of specifiers) {
    if (spec === 'electron' || spec.startsWith('node:') || builtinModules.includes(spec)) continue
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]
    try {
      requireFrom.resolve(spec)
      resolved++
    } catch {
      const where = file.slice(extracted.length + 1)
      if (optional.has(name) && !existsSync(join(root, 'node_modules', name)))
        console.log(`  ${spec} (optional, not installed here) skipped in ${where}`)
      else
        failures.push(
          `the packed app cannot load "${spec}" (required by ${where}): a user's first launch would crash with MODULE_NOT_FOUND`
        )
    }
  }
}
console.log(`  ${resolved} module requires from ${bundles.length} bundle files resolve inside the package`)
const preloadExternal = bundles
  .filter((f) => f.includes('/out/preload/'))
  .flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)]
      .map((m) => m[1])
      .filter((s) => s !== 'electron' && !s.startsWith('.'))
  )
if (preloadExternal.length)
  failures.push(`the sandboxed preload requires ${preloadExternal.join(', ')}: a sandboxed preload may only require electron`)
const startReport = join(work, 'start-report.json')
const start = spawnSync(
  process.execPath,
  ['-r', join(root, 'tests', 'support', 'stub-electron.cjs'), join(extracted, 'out', 'main', 'index.js')],
  {
    cwd: extracted,
    encoding: 'utf8',
    timeout: 30_000,
    // As the installed app (app.isPackaged); its Linux login item writes under XDG_CONFIG_HOME.
    env: {
      ...process.env,
      NODE_PATH: '',
      AFTERVIEW_DATA_DIR: join(work, 'data'),
      STUB_ELECTRON_REPORT: startReport,
      ELECTRON_RENDERER_URL: '',
      STUB_ELECTRON_PACKAGED: '1',
      XDG_CONFIG_HOME: join(work, 'config')
    }
  }
)
if (!existsSync(startReport)) {
  failures.push(`the packed main bundle did not start (exit ${start.status}):\n${(start.stderr || '').split('\n').slice(0, 8).join('\n')}`)
} else {
  const started = JSON.parse(readFileSync(startReport, 'utf8'))
  const apiChannels = started.ipcChannels.length
  if (started.errors.length)
    failures.push(`the packed main bundle threw while starting:\n${started.errors[0].split('\n').slice(0, 6).join('\n')}`)
  if (!started.whenReadyCalled) failures.push('the packed main bundle never reached app.whenReady()')
  if (apiChannels < 10) failures.push(`the packed main bundle registered only ${apiChannels} IPC channels`)
  if (!started.windows.length) failures.push('the packed main bundle opened no window')
  console.log(
    `  started: ${apiChannels} IPC channels registered, ${started.windows.length} window(s), tray ${started.trays.length ? 'yes' : 'no'}`
  )
}

rmSync(work, { recursive: true, force: true })
const seconds = ((Date.now() - started) / 1000).toFixed(1)
if (failures.length) {
  console.error(`\n✗ package:check failed (${seconds} s):\n${failures.map((f) => `  - ${f}`).join('\n')}`)
  process.exit(1)
}
console.log(`\n✓ package:check passed in ${seconds} s`)
