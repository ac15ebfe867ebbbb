/**
 * The CLI keeps V8's compiled code between runs (bin/compile-cache.js, issue 14). What must
 * hold: a cached run behaves like an uncached one, an updated file runs its new code (never
 * the cached old one, even at the same length), and a cache folder others may write to is
 * not used. Each case runs real `node` processes on a throwaway package folder.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDataDir } from '../support/temp-dir'

const enabler = join(__dirname, '..', '..', 'bin', 'compile-cache.js')
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

function setup(): { root: string; cache: string; run: () => string; write: (source: string) => void } {
  const tmp = tempDataDir('afterview-compile-cache-')
  cleanups.push(tmp.cleanup)
  const root = join(tmp.dir, 'package')
  const cache = join(tmp.dir, 'cache')
  mkdirSync(join(root, 'out'), { recursive: true })
  writeFileSync(
    join(root, 'main.js'),
    `require(${JSON.stringify(enabler)}).enableCompileCache(__dirname)\nprocess.stdout.write(require('./out/answer.js')())\n`
  )
  return {
    root,
    cache,
    write: (source) => writeFileSync(join(root, 'out', 'answer.js'), source),
    run: () =>
      execFileSync(process.execPath, [join(root, 'main.js')], {
        env: { ...process.env, XDG_CACHE_HOME: cache, NODE_DISABLE_COMPILE_CACHE: '' },
        encoding: 'utf8'
      })
  }
}

const cachedFiles = (cache: string): string[] => {
  const dir = join(cache, 'afterview', 'compile-cache')
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
}

describe('the CLI compile cache', () => {
  it('runs the same with a cold and a warm cache, and keeps the cache in a private folder', () => {
    const { cache, run, write } = setup()
    write(`module.exports = () => 'apples ' + __filename.endsWith('answer.js')`)
    expect(run()).toBe('apples true')
    expect(cachedFiles(cache).length).toBeGreaterThan(0)
    expect(run()).toBe('apples true')
  })

  it('runs the new code of an updated file, even one of the same length', () => {
    const { run, write } = setup()
    write(`module.exports = () => 'apples'`)
    expect(run()).toBe('apples')
    expect(run()).toBe('apples') // now from the cache
    write(`module.exports = () => 'pears!'`)
    expect(run()).toBe('pears!')
  })

  it('a module that imports another with import() still works', () => {
    const { root, run, write } = setup()
    writeFileSync(join(root, 'out', 'later.mjs'), `export const word = 'figs'`)
    write(`module.exports = () => 'sync'\nmodule.exports.later = () => import('./later.mjs').then((m) => m.word)`)
    writeFileSync(
      join(root, 'main.js'),
      `require(${JSON.stringify(enabler)}).enableCompileCache(__dirname)\nrequire('./out/answer.js').later().then((w) => process.stdout.write(w), (e) => process.stdout.write(String(e)))\n`
    )
    expect(run()).toBe('figs')
    expect(run()).toBe('figs')
  })

  it('caches nothing in a folder others may write to', () => {
    const { cache, run, write } = setup()
    mkdirSync(join(cache, 'afterview'), { recursive: true })
    chmodSync(join(cache, 'afterview'), 0o777)
    write(`module.exports = () => 'plums'`)
    expect(run()).toBe('plums')
    expect(cachedFiles(cache)).toEqual([])
  })
})
