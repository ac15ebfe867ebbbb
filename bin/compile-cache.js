// V8's compiled code for the CLI's modules, kept between runs (issue 14), with Node's own
// module.enableCompileCache (Node >= 22.1), or on older Node a code cache of Afterview's own
// built files (codeCache below). That saves little for `afterview --help` (about 13 ms), but
// a sync runs far more code: the cache keeps the functions a run compiled, not only the files.
//
// The cache lives in the user's own cache folder (~/.cache/afterview on Linux), which must
// be a folder owned by the user that no one else may write to; otherwise, or with
// NODE_DISABLE_COMPILE_CACHE=1, nothing is cached and everything works as before.
'use strict'
const Module = require('node:module')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

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

/** Turns Node's compile cache on: Node's own where Node has one (>= 22.1), else codeCache below. Never throws. */
function enableCompileCache() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return
  try {
    const base = privateDir(userCacheDir())
    if (!base) return
    if (typeof Module.enableCompileCache === 'function') Module.enableCompileCache(path.join(base, 'compile-cache'))
    else codeCache(privateDir(path.join(base, `code-cache-${process.version}-${process.arch}`)))
  } catch {
    // without a cache, as before
  }
}

/** V8's --bytecode-old-age (Node 20): full collections a function's code survives without running. */
const BYTECODE_OLD_AGE = 5

/**
 * Node 20: V8's compiled code of Afterview's own built files (out/, about 2.8 MB), kept in
 * `dir`. A file is compiled as Node compiles it (Module.wrap, then run in this context) but
 * with the code V8 made for it last time; the first short process of a build writes that code
 * as it ends, with every function it ran (V8 compiles functions on first call), one cache per
 * command, in a folder per build; a later one that meets a file not yet cached writes it all
 * again. A file that changed has another key (path, size, mtime); V8 itself refuses code
 * made by another V8 or with other flags, and a damaged file (its magic number). Measured on
 * `sync --once` at 20,000 messages (7 runs each, with and without): 10 new 564 against 664 ms
 * (CPU 470 against 560), nothing new 213 against 258 (CPU 180 against 220).
 */
function codeCache(parent) {
  if (!parent) return
  const vm = require('node:vm')
  const crypto = require('node:crypto')
  const outDir = path.join(__dirname, '..', 'out') + path.sep
  // One folder per build (every build writes out/main/cli.js anew); a new build's first run removes the older builds' folders.
  const built = fs.statSync(path.join(outDir, 'main', 'cli.js'))
  const build = crypto.createHash('sha1').update(`${built.size}\0${built.mtimeMs}`).digest('hex').slice(0, 16)
  const dir = privateDir(path.join(parent, build))
  if (!dir) return
  const loaded = []
  /** A file was compiled without a cache: none kept yet, or V8 refused it (another V8, other flags, damaged). */
  let fresh = false
  // V8 throws away the compiled code of functions that did not run through its last five full collections
  // (bytecode flushing, --bytecode-old-age=5): a long process has lost the code of its start by the time it
  // ends, and a cache it wrote would lack that code for good. A first scan of 100,000 messages makes 13; after
  // it, a sync with nothing new took 268 ms with the cache the scan wrote, 218 with one a short run wrote, and
  // 260 with none (issue 14). Such a process leaves the writing to the next short one. The collections are
  // counted by V8's own GCProfiler, read synchronously (a PerformanceObserver hears of the last ones only after
  // the process has ended), and emptied every two seconds, so that a long process does not keep a record of each.
  const v8 = require('node:v8')
  const profiler = new v8.GCProfiler()
  let fullCollections = 0
  const count = () => {
    for (const gc of profiler.stop()?.statistics ?? []) if (gc.gcType === 'MarkSweepCompact') fullCollections++
  }
  profiler.start()
  const emptying = setInterval(() => {
    count()
    if (fullCollections < BYTECODE_OLD_AGE) profiler.start()
    else clearInterval(emptying)
  }, 2000).unref()
  // Each command keeps its own: the code a sync runs is not the code of --help.
  const command = process.argv.slice(2).find((a) => /^[a-z]+$/.test(a)) ?? ''
  const compile = Module.prototype._compile
  Module.prototype._compile = function (content, filename) {
    if (typeof filename !== 'string' || !filename.startsWith(outDir)) return compile.call(this, content, filename)
    return compileCached(this, content, filename)
  }
  function compileCached(mod, content, filename) {
    const st = fs.statSync(filename)
    const key = crypto.createHash('sha1').update(`${command}\0${filename}\0${st.size}\0${st.mtimeMs}`).digest('hex')
    const file = path.join(dir, key)
    let cachedData
    try {
      cachedData = fs.readFileSync(file)
    } catch {
      // not cached yet
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData })
    loaded.push({ script, file })
    if (!cachedData || script.cachedDataRejected) fresh = true
    const run = script.runInThisContext({ displayErrors: true })
    const require = (id) => mod.require(id)
    require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options)
    require.main = process.mainModule
    require.cache = Module._cache
    return run.call(mod.exports, mod.exports, require, mod, filename, path.dirname(filename))
  }
  process.once('exit', () => {
    try {
      if (fresh)
        for (const other of fs.readdirSync(parent))
          if (other !== build) fs.rmSync(path.join(parent, other), { recursive: true, force: true })
    } catch {
      // removed another time
    }
    // A process that met a file the cache did not have writes the cache again, whole: each file's code then has what
    // this run compiled beside what the cache gave it. A sync with nothing new reads no mail; the first sync with new
    // mail loads the mail parser, and its cache of the rest gains the code that reads and understands mail (at 100,000
    // messages, 10 new took 540 ms with the cache of a run with nothing new, 501 with the cache of a run with new mail).
    if (fullCollections < BYTECODE_OLD_AGE) count()
    if (!fresh || fullCollections >= BYTECODE_OLD_AGE) return
    for (const { script, file } of loaded) {
      try {
        const temp = `${file}.${process.pid}`
        fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 })
        fs.renameSync(temp, file)
      } catch {
        // cached another time
      }
    }
  })
}

module.exports = { enableCompileCache }
