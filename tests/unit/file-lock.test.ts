/**
 * The lock every process takes before it writes a document (the app, `afterview serve`, the
 * CLI): a lock left by a process that died is taken over; one held by a live process is waited
 * for, then refused in plain words; and a process lets go of its own lock only, never of one
 * another process took meanwhile (after judging this one's stale), so two never write at once.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeIfStill, withFileLock } from '../../src/main/store/file-lock'
import { tempDataDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDataDir()))
afterEach(() => cleanup())

/** The PID of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!

describe('the lock on a document', () => {
  it('is taken over from a process that died holding it', async () => {
    const target = join(dir, 'acme.json')
    writeFileSync(`${target}.lock`, `${deadPid()} ${Date.now()}`)
    expect(await withFileLock(target, () => 'written', 1_000)).toBe('written')
    expect(readdirSync(dir)).toEqual([]) // no lock and no temp file left
  })

  it('is waited for while a live process holds it, then refused without touching it', async () => {
    const target = join(dir, 'acme.json')
    const theirs = `${process.ppid} ${Date.now()} live`
    writeFileSync(`${target}.lock`, theirs)
    await expect(withFileLock(target, () => 'written', 100)).rejects.toMatchObject({ code: 'store_locked' })
    expect(readFileSync(`${target}.lock`, 'utf8')).toBe(theirs)
  })

  it("is let go of by its holder only: another process's lock taken meanwhile stays", async () => {
    const target = join(dir, 'acme.json')
    const theirs = `${process.ppid} ${Date.now()} took-over`
    await withFileLock(target, () => {
      // Another process judged this lock stale (held over 10 s) and took it over.
      writeFileSync(`${target}.lock`, theirs)
    })
    expect(readFileSync(`${target}.lock`, 'utf8')).toBe(theirs)
  })

  it('removes a stale lock only while it is still the one judged stale', () => {
    const lock = join(dir, 'acme.json.lock')
    writeFileSync(lock, 'new owner')
    removeIfStill(lock, 'old owner')
    expect(readFileSync(lock, 'utf8')).toBe('new owner')
    removeIfStill(lock, 'new owner')
    expect(existsSync(lock)).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })
})
