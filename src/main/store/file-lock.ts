/**
 * A lock file per document, shared by every process on the data directory (the app,
 * `afterview serve`, the CLI). Created atomically with its content; holds the owner's PID so a lock left
 * by a crashed process is recognised and taken over. Also serialises writers in-process.
 */
import { randomBytes } from 'node:crypto'
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { AfterviewError } from '../../shared/api'

const STALE_AFTER_MS = 10_000
const RETRY_MS = 5
const DEFAULT_WAIT_MS = 3_000

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function tryAcquire(path: string): boolean {
  // Create the lock with its owner already written in: a hard link of a finished temp file
  // appears atomically, so no other process can ever read an empty, ownerless lock.
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`
  writeFileSync(temp, `${process.pid} ${Date.now()}`, { mode: 0o600 })
  try {
    linkSync(temp, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    unlinkSync(temp)
  }
  // Someone holds it: take it over only if its owner is gone or it is very old.
  try {
    const [pid] = readFileSync(path, 'utf8').split(' ').map(Number)
    const age = Date.now() - statSync(path).mtimeMs
    if ((Number.isInteger(pid) && pid !== process.pid && !pidAlive(pid)) || age > STALE_AFTER_MS) {
      unlinkSync(path)
    }
  } catch {
    /* vanished meanwhile: retry */
  }
  return false
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const queues = new Map<string, Promise<unknown>>()

/**
 * Runs `fn` while holding `${target}.lock`. Waits up to `waitMs` for another writer,
 * then refuses with a plain-words error instead of overwriting its work.
 */
export async function withFileLock<T>(target: string, fn: () => T | Promise<T>, waitMs = DEFAULT_WAIT_MS): Promise<T> {
  const lockPath = `${target}.lock`
  const previous = queues.get(lockPath) ?? Promise.resolve()
  const run = previous
    .catch(() => undefined)
    .then(async () => {
      const deadline = Date.now() + waitMs
      while (!tryAcquire(lockPath)) {
        if (Date.now() > deadline) {
          throw new AfterviewError(
            'store_locked',
            'Another Afterview window or command is saving the same data and has not finished. Nothing was changed; please try again in a moment.'
          )
        }
        await sleep(RETRY_MS)
      }
      try {
        return await fn()
      } finally {
        try {
          unlinkSync(lockPath)
        } catch {
          /* already gone */
        }
      }
    })
  queues.set(lockPath, run)
  try {
    return await run
  } finally {
    if (queues.get(lockPath) === run) queues.delete(lockPath)
  }
}
