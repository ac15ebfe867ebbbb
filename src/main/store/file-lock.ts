/**
 * A lock file per document, shared by every process on the data directory (the app,
 * `afterview serve`, the CLI). Created atomically with its content; holds the owner's PID so a lock left
 * by a crashed process is recognised and taken over, and a token, so that only the lock judged stale is
 * taken over and a process lets go of its own lock only. Also serialises writers in-process.
 */
import { randomBytes } from 'node:crypto'
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { AfterviewError } from '../../shared/api'

const STALE_AFTER_MS = 10_000
const RETRY_MS = 5
const DEFAULT_WAIT_MS = 3_000

/** Whether a process with this PID is running (one we may not signal counts). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the lock: its content (owner's PID, time, a token of this acquisition) when taken, else undefined. */
function tryAcquire(path: string): string | undefined {
  // Create the lock with its owner already written in: a hard link of a finished temp file
  // appears atomically, so no other process can ever read an empty, ownerless lock.
  const token = randomBytes(4).toString('hex')
  const mine = `${process.pid} ${Date.now()} ${token}`
  const temp = `${path}.${process.pid}.${token}`
  writeFileSync(temp, mine, { mode: 0o600 })
  try {
    linkSync(temp, path)
    return mine
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    unlinkSync(temp)
  }
  // Someone holds it: take it over only if its owner is gone or it is very old.
  try {
    const seen = readFileSync(path, 'utf8')
    const [pid] = seen.split(' ').map(Number)
    const age = Date.now() - statSync(path).mtimeMs
    if ((Number.isInteger(pid) && pid !== process.pid && !pidAlive(pid)) || age > STALE_AFTER_MS) removeIfStill(path, seen)
  } catch {
    /* vanished meanwhile: retry */
  }
  return undefined
}

/**
 * Removes the lock at `path` only if it still says `content` (the stale lock judged, or this process's own when it
 * lets go): it is moved aside, read, and put back when it was another. Removing it by name removed whatever lock was
 * there by then: a process that took over a stale lock a moment earlier lost its lock, and two processes wrote the
 * same file at once. Exported for its test.
 */
export function removeIfStill(path: string, content: string): void {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.old`
  renameSync(path, aside)
  try {
    if (readFileSync(aside, 'utf8') !== content) {
      try {
        linkSync(aside, path)
      } catch {
        /* taken by yet another process meanwhile: that one holds it */
      }
    }
  } finally {
    unlinkSync(aside)
  }
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
      let mine = tryAcquire(lockPath)
      while (!mine) {
        if (Date.now() > deadline) {
          throw new AfterviewError(
            'store_locked',
            'Another Afterview window or command is saving the same data and has not finished. Nothing was changed; please try again in a moment.'
          )
        }
        await sleep(RETRY_MS)
        mine = tryAcquire(lockPath)
      }
      try {
        return await fn()
      } finally {
        try {
          removeIfStill(lockPath, mine)
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
