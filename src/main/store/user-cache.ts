/**
 * The user's own cache folder for Afterview (~/.cache/afterview on Linux): what can be
 * thrown away at any time and holds none of the user's data. Used only when it is a folder
 * the user owns and no one else may write to. bin/compile-cache.js finds the same folder.
 */
import { lstatSync, mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'

function cacheRoot(): string {
  const home = homedir()
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'Afterview', 'Cache')
  if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'Afterview')
  const xdg = process.env.XDG_CACHE_HOME
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'afterview')
}

/** `name` inside the cache folder, created private; undefined when it cannot be trusted or made. */
export function userCacheDir(name: string): string | undefined {
  const dirs = [cacheRoot(), join(cacheRoot(), name)]
  try {
    for (const dir of dirs) {
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      const st = lstatSync(dir)
      if (!st.isDirectory()) return undefined
      if (process.platform !== 'win32' && (st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0)) return undefined
    }
    return dirs[1]
  } catch {
    return undefined
  }
}
