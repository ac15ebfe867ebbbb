/**
 * The CLI keeps V8's compiled code of its own files in the user's cache folder (issue 14:
 * Node's compile cache on Node >= 22.1, bin/compile-cache.js's code cache before). What the
 * user sees must not change: the same answers with the cache cold, warm or damaged, and no
 * cache at all in a folder someone else may write to. Runs the built CLI (out/).
 */
import { execFile } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import Module from 'node:module'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBuiltApp } from '../support/built-app'
import { tempDataDir } from '../support/temp-dir'

const root = join(__dirname, '..', '..')
const corpus = join(root, 'tests', 'fixtures', 'mail')
const MAIL = ['rej-acme-firmware-priya.eml', 'int-fernwood-calendar-invite.eml', 'upd-northwind-delay.eml'].map((f) => join(corpus, f))
const nodeOwnCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function'

let data: ReturnType<typeof tempDataDir>
let cache: ReturnType<typeof tempDataDir>

function cli(args: string[], cacheHome: string, more: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome, ...more }
    delete env.NODE_DISABLE_COMPILE_CACHE
    execFile(
      process.execPath,
      [join(root, 'bin', 'afterview.js'), ...args, '--data-dir', data.dir],
      { cwd: root, timeout: 60_000, env },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    )
  })
}

/** The files of the code cache (Node 20's own format here; Node >= 22.1 keeps its own layout). */
function cacheFiles(cacheHome: string): string[] {
  const base = join(cacheHome, 'afterview')
  if (!existsSync(base)) return []
  return readdirSync(base)
    .filter((d) => d.startsWith('code-cache-') || d === 'compile-cache')
    .flatMap((d) =>
      readdirSync(join(base, d), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    )
}

/** The environment of a CLI run that makes full collections (`gc()`) as `how` says, through a --require hook named `name`. */
function collecting(name: string, how: string): NodeJS.ProcessEnv {
  const hook = join(cache.dir, `${name}.cjs`)
  writeFileSync(hook, `require('node:v8').setFlagsFromString('--expose-gc'); const gc = require('node:vm').runInNewContext('gc'); ${how}`)
  return { NODE_OPTIONS: `--require ${hook}` }
}

beforeAll(() => {
  requireBuiltApp()
  data = tempDataDir()
  cache = tempDataDir('afterview-cache-')
})
afterAll(() => {
  data?.cleanup()
  cache?.cleanup()
})

describe('compiled code kept between runs', () => {
  it('gives the same answers with the cache cold, warm, and damaged', async () => {
    const home = join(cache.dir, 'home')
    mkdirSync(home)
    const cold = await cli(['classify', '--json', ...MAIL], home)
    expect(cold.code).toBe(0)
    expect(cold.stdout.trim().split('\n')).toHaveLength(MAIL.length)
    const files = cacheFiles(home)
    expect(files.length).toBeGreaterThan(0)

    const warm = await cli(['classify', '--json', ...MAIL], home)
    expect(warm).toEqual(cold)

    if (!nodeOwnCache) {
      // Damaged or from another version: V8 refuses it, the file is compiled as without a cache, and the cache is written anew.
      for (const f of files) writeFileSync(f, 'not compiled code')
      const damaged = await cli(['classify', '--json', ...MAIL], home)
      expect(damaged).toEqual(cold)
      expect(files.some((f) => readFileSync(f, 'utf8') !== 'not compiled code')).toBe(true)
    }
  })

  it.runIf(!nodeOwnCache)('leaves the cache to a short process when V8 has thrown away the code a long one ran first', async () => {
    // A long process (a first scan of 100,000 messages: 13 full collections) has lost the compiled code of its start
    // (V8 flushes what did not run through five full collections); a cache it wrote would lack that code for good.
    const home = join(cache.dir, 'long')
    mkdirSync(home)
    const long = await cli(['classify', '--json', ...MAIL], home, collecting('collect', 'setInterval(gc, 1).unref()'))
    expect(long.code).toBe(0)
    expect(cacheFiles(home)).toEqual([])
    const short = await cli(['classify', '--json', ...MAIL], home)
    expect(short).toEqual(long)
    expect(cacheFiles(home).length).toBeGreaterThan(0)
  })

  it.runIf(!nodeOwnCache)('counts the full collections that come just before the process ends', async () => {
    const home = join(cache.dir, 'late')
    mkdirSync(home)
    const late = await cli(
      ['classify', '--json', ...MAIL],
      home,
      collecting(
        'late-collect',
        'const exit = process.exit; process.exit = (code) => { for (let i = 0; i < 6; i++) gc(); exit.call(process, code) }'
      )
    )
    expect(late.code).toBe(0)
    expect(cacheFiles(home)).toEqual([])
  })

  it.runIf(!nodeOwnCache)('writes the cache again, whole, when a run meets a file it did not have', async () => {
    // A sync with nothing new never loads the mail parser; the first with new mail does, and the cache of the files
    // both load gains the code that reads mail (else each sync with new mail compiled it afresh).
    const home = join(cache.dir, 'grows')
    mkdirSync(home)
    expect((await cli(['classify', join(corpus, 'upd-northwind-delay.eml')], home)).code).toBe(0)
    const before = new Map(cacheFiles(home).map((f) => [f, readFileSync(f)]))
    expect(before.size).toBeGreaterThan(0)
    expect((await cli(['classify', join(corpus, 'int-tidewater-icims-html.eml')], home)).code).toBe(0) // loads html-to-text
    const after = cacheFiles(home)
    expect(after.length).toBeGreaterThan(before.size)
    expect([...before].filter(([f, code]) => !readFileSync(f).equals(code)).length).toBeGreaterThan(0)
  })

  it('reads HTML-only mail with a converter built into the app, whose compiled code is kept too', async () => {
    // html-to-text and its parsers from node_modules were some twenty files compiled afresh by every sync that met an
    // HTML-only mail (25-27 ms; the bundled chunk, cached: 5-9 ms). The files the process loaded are listed as it ends.
    const home = join(cache.dir, 'html')
    mkdirSync(home)
    const listing = join(cache.dir, 'loaded.json')
    const hook = join(cache.dir, 'list-loaded.cjs')
    writeFileSync(
      hook,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listing)}, JSON.stringify(Object.keys(require.cache))))`
    )
    const run = await cli(['classify', join(corpus, 'int-tidewater-icims-html.eml')], home, { NODE_OPTIONS: `--require ${hook}` })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('interview_request')
    const loaded = JSON.parse(readFileSync(listing, 'utf8')) as string[]
    expect(loaded.some((f) => /[\\/]out[\\/]main[\\/]chunks[\\/]html-to-text-[\w-]+\.js$/.test(f))).toBe(true)
    expect(loaded.filter((f) => /[\\/]node_modules[\\/](html-to-text|htmlparser2|domutils|selderee)[\\/]/.test(f))).toEqual([])
  })

  it('keeps no code where someone else could write', async () => {
    const home = join(cache.dir, 'shared')
    mkdirSync(join(home, 'afterview'), { recursive: true })
    chmodSync(join(home, 'afterview'), 0o777)
    const run = await cli(['--help'], home)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: afterview')
    expect(cacheFiles(home)).toEqual([])
  })
})
