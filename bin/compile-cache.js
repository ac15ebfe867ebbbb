// V8's compiled code for the CLI's modules, kept between runs (issue 14), with Node's own
// module.enableCompileCache (Node >= 22.1). On older Node nothing is cached: a hand-made
// cache for Node 20 saved about 13 ms of `afterview --help` (117 against 130 ms) and was not
// worth re-implementing how Node compiles modules.
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

/** Turns Node's compile cache on where Node has one. Never throws. */
function enableCompileCache() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE || typeof Module.enableCompileCache !== 'function') return
  try {
    const base = privateDir(userCacheDir())
    if (base) Module.enableCompileCache(path.join(base, 'compile-cache'))
  } catch {
    // without a cache, as before
  }
}

module.exports = { enableCompileCache }
