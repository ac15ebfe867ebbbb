// V8's compiled code for the CLI's modules, kept between runs (issue 14): compiling Afterview's
// bundle, imapflow and mailparser is a fifth of a short `afterview sync --once`.
//
// Node >= 22.1 has this built in (module.enableCompileCache); it is used where it exists.
// On Node 20 the same is done here, for the files of this package only (its out/ and
// node_modules/): each is compiled with the code V8 produced last time, checked against a
// SHA-1 of the source, so an updated file is compiled afresh and its cache replaced.
//
// The cache lives in the user's own cache folder (~/.cache/afterview on Linux), which must
// be a folder owned by the user that no one else may write to; otherwise, or with
// NODE_DISABLE_COMPILE_CACHE=1, nothing is cached and everything works as before.
'use strict'
const Module = require('node:module')
const { createHash } = require('node:crypto')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const vm = require('node:vm')

function userCacheDir() {
  const home = os.homedir()
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'Afterview', 'Cache')
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'Afterview')
  const xdg = process.env.XDG_CACHE_HOME
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'afterview')
}

/** The folder, created private; undefined when it cannot be trusted (someone else could plant code there). */
function privateDir(dir) {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
    const st = fs.lstatSync(dir)
    if (!st.isDirectory()) return undefined
    if (process.platform !== 'win32' && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return undefined
    return dir
  } catch {
    return undefined
  }
}

function makeRequire(mod) {
  const require = (id) => mod.require(id)
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options)
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, mod)
  require.main = process.mainModule
  require.extensions = Module._extensions
  require.cache = Module._cache
  return require
}

const WEEK_MS = 7 * 86_400_000

/** Removes caches not written for a week (a file still in use is compiled and cached again once). */
function forgetOld(dir) {
  try {
    const before = Date.now() - WEEK_MS
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name)
      if (fs.statSync(file).mtimeMs < before) fs.unlinkSync(file)
    }
  } catch {
    // kept for now
  }
}

/** Node 20: compiles this package's CommonJS files with V8's cached data; writes new caches as the process ends. */
function hookCompile(dir, root) {
  const original = Module.prototype._compile
  const fresh = []
  Module.prototype._compile = function compileWithCache(content, filename) {
    // import() needs Node's own compile on Node 20 (vm.Script cannot resolve it there): such files are left to it.
    if (!filename.startsWith(root) || !/\.c?js$/.test(filename) || content.includes('import('))
      return original.call(this, content, filename)
    const source = Module.wrap(content.replace(/^#!.*/, ''))
    const sum = createHash('sha1').update(filename).update('\0').update(content).digest()
    const file = path.join(dir, `${createHash('sha1').update(filename).digest('hex')}.bin`)
    let cachedData
    try {
      const saved = fs.readFileSync(file)
      if (saved.length > sum.length && saved.subarray(0, sum.length).equals(sum)) cachedData = saved.subarray(sum.length)
    } catch {
      // not cached yet
    }
    let script
    try {
      script = new vm.Script(source, { filename, cachedData })
    } catch {
      return original.call(this, content, filename) // a syntax error is reported by Node, as without the cache
    }
    if (!cachedData || script.cachedDataRejected) fresh.push({ script, file, sum })
    const wrapper = script.runInThisContext({ displayErrors: true })
    return wrapper.call(this.exports, this.exports, makeRequire(this), this, filename, path.dirname(filename))
  }
  process.once('exit', () => {
    if (fresh.length) forgetOld(dir) // a new build: what earlier builds left behind goes in time
    for (const { script, file, sum } of fresh) {
      const temp = `${file}.${process.pid}.tmp`
      try {
        fs.writeFileSync(temp, Buffer.concat([sum, script.createCachedData()]), { mode: 0o600 })
        fs.renameSync(temp, file)
      } catch {
        try {
          fs.unlinkSync(temp)
        } catch {
          // nothing was written
        }
      }
    }
  })
}

/** Turns the cache on for the modules under `root` (this package). Never throws. */
function enableCompileCache(root) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return
  try {
    const base = privateDir(userCacheDir())
    if (!base) return
    if (typeof Module.enableCompileCache === 'function') {
      Module.enableCompileCache(path.join(base, 'compile-cache'))
      return
    }
    const dir = privateDir(path.join(base, 'compile-cache', `node-${process.version}-${process.arch}`))
    if (dir) hookCompile(dir, path.resolve(root) + path.sep)
  } catch {
    // without a cache, as before
  }
}

module.exports = { enableCompileCache }
