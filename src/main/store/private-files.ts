/**
 * The data folder holds the user's job search and mail: only its owner may read it.
 * Folders are created 0700 and files 0600; on every start, anything an earlier version (or
 * a copy, or an unzip) left readable by others is tightened. On Windows these modes mean
 * little: the folder sits in the user's own profile.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const PRIVATE_DIR_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

/** Creates the folder (and missing parents) private; an existing one is tightened. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  tighten(dir, PRIVATE_DIR_MODE)
}

function tighten(path: string, mode: number): void {
  try {
    const stat = lstatSync(path)
    if (!stat.isSymbolicLink() && (stat.mode & 0o777) !== mode) chmodSync(path, mode)
  } catch {
    /* gone meanwhile, or not ours to change: leave it */
  }
}

/**
 * Makes the data folder and everything in it private. Symbolic links are not followed.
 * A folder already 0700 is not walked again (others cannot reach inside it anyway, and
 * walking ten thousand files costs a CLI command ~0.2 s): only the first start after an
 * upgrade, or after a copy, pays for it.
 */
export function tightenDataDir(dir: string): void {
  let wasPrivate = false
  try {
    wasPrivate = (statSync(dir).mode & 0o077) === 0
  } catch {
    /* new folder */
  }
  makePrivateDir(dir)
  if (wasPrivate) return
  const walk = (folder: string) => {
    let entries
    try {
      entries = readdirSync(folder, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        tighten(path, PRIVATE_DIR_MODE)
        walk(path)
      } else if (entry.isFile()) {
        tighten(path, PRIVATE_FILE_MODE)
      }
    }
  }
  walk(dir)
}
