/**
 * For each test of a file: a new data folder and a new cache folder (the user's cache, where
 * validated-files.ts keeps its lists), both removed after the test.
 */
import { afterEach, beforeEach } from 'vitest'
import { tempDataDir } from './temp-dir'

/** Calls `use` with each test's folders; returns the cleanups, which a test may run early or add to. */
export function foldersForEachTest(use: (dataDir: string, cacheDir: string) => void): Array<() => void> {
  const cleanups: Array<() => void> = []
  beforeEach(() => {
    const data = tempDataDir()
    const caches = tempDataDir('afterview-cache-')
    cleanups.push(data.cleanup, caches.cleanup)
    use(data.dir, caches.dir)
  })
  afterEach(() => {
    for (const c of cleanups.splice(0)) c()
  })
  return cleanups
}
