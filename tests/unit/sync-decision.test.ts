import { describe, expect, it } from 'vitest'
import {
  backoffDelay,
  decideSync,
  hasNewUids,
  nothingChanged,
  uidSet,
  uidSets,
  withoutUids,
  MAX_UID,
  uidNextWentBack,
  uidValidityChanged,
  windowWidened,
  type ServerMailbox,
  type StoredMailbox
} from '../../src/main/mail/sync/decision'

const since = Date.parse('2026-06-01T00:00:00Z')
const stored: StoredMailbox = { uidValidity: 7n, uidNext: 101, highestModseq: 500n, since }
const server = (over: Partial<ServerMailbox> = {}): ServerMailbox => ({
  uidValidity: 7n,
  uidNext: 101,
  highestModseq: 500n,
  exists: 100,
  ...over
})

describe('what a mailbox sync has to do', () => {
  it('scans the whole window the first time', () => {
    expect(decideSync(undefined, server(), since).kind).toBe('full')
  })
  it('re-seeds the window when UIDVALIDITY changed, whatever else changed', () => {
    expect(uidValidityChanged(stored, server({ uidValidity: 8n }))).toBe(true)
    expect(decideSync(stored, server({ uidValidity: 8n, uidNext: 5 }), since)).toMatchObject({ kind: 'reseed' })
  })
  it('re-seeds the window when UIDNEXT went back under the same UIDVALIDITY (a server restored from a backup)', () => {
    expect(uidNextWentBack(stored, server({ uidNext: 90 }))).toBe(true)
    expect(decideSync(stored, server({ uidNext: 90, highestModseq: 400n }), since)).toMatchObject({ kind: 'reseed' })
    expect(decideSync(stored, server({ uidNext: 100, highestModseq: undefined }), since)).toMatchObject({ kind: 'reseed' })
    expect(uidNextWentBack(stored, server())).toBe(false)
  })
  it('does nothing when UIDNEXT and HIGHESTMODSEQ are unchanged', () => {
    expect(nothingChanged(stored, server())).toBe(true)
    expect(decideSync(stored, server(), since).kind).toBe('nothing')
  })
  it('does nothing when only flags changed (MODSEQ moved, no new UIDs)', () => {
    expect(nothingChanged(stored, server({ highestModseq: 510n }))).toBe(false)
    expect(hasNewUids(stored, server({ highestModseq: 510n }))).toBe(false)
    expect(decideSync(stored, server({ highestModseq: 510n }), since).kind).toBe('nothing')
  })
  it('fetches only from the stored UIDNEXT when new mail arrived', () => {
    expect(decideSync(stored, server({ uidNext: 111, highestModseq: 520n }), since)).toMatchObject({ kind: 'new-messages', fromUid: 101 })
  })
  it('works without CONDSTORE (no HIGHESTMODSEQ)', () => {
    const plain = { ...stored, highestModseq: undefined }
    expect(decideSync(plain, server({ highestModseq: undefined }), since).kind).toBe('nothing')
    expect(decideSync(plain, server({ highestModseq: undefined, uidNext: 102 }), since).kind).toBe('new-messages')
  })
  it('scans again when the user widened the look-back window', () => {
    expect(windowWidened(stored, since - 86_400_000)).toBe(true)
    expect(decideSync(stored, server(), since - 86_400_000).kind).toBe('full')
    expect(decideSync(stored, server(), since + 86_400_000).kind).toBe('nothing')
  })
})

describe('helpers', () => {
  it('compresses UIDs into an IMAP set', () => {
    expect(uidSet([5, 1, 2, 3, 9, 12, 13, 14, 3])).toBe('1:3,5,9,12:14')
    expect(uidSet([])).toBe('')
  })

  it('cuts a long set of UIDs into commands a server takes, losing and doubling none', () => {
    const every = Array.from({ length: 20_000 }, (_, k) => 1 + 2 * k) // every other mail deleted: no runs at all
    const sets = uidSets(every, 8000)
    expect(sets.length).toBeGreaterThan(10)
    for (const set of sets) expect(set.length).toBeLessThanOrEqual(8000)
    expect(sets.join(',')).toBe(uidSet(every))
    expect(uidSets([1, 2, 3])).toEqual(['1:3'])
    expect(uidSets([])).toEqual([])
    expect(uidSet([4])).toBe('4')
  })
  it('leaves messages the server cannot send out of the UID sets, and nothing else', () => {
    expect(withoutUids(['5:*'], new Set([7]))).toEqual([`5:6,8:${MAX_UID}`])
    expect(withoutUids(['1:3,5,9,12:14'], new Set([1, 5, 13]))).toEqual(['2:3,9,12,14'])
    expect(withoutUids(['1:3,5'], new Set([30]))).toEqual(['1:3,5']) // nothing to skip in range: as it was
    expect(withoutUids(['5:*'], new Set())).toEqual(['5:*'])
    // `101:*` sends the highest message when none is newer: the skipped 100 would come, stale top or not.
    expect(withoutUids(['101:*'], new Set([100]))).toEqual([`101:${MAX_UID}`])
    expect(withoutUids([`9:*`], new Set([MAX_UID]))).toEqual([`9:${MAX_UID - 1}`])
    const every = Array.from({ length: 20_000 }, (_, k) => 1 + 2 * k)
    const sets = withoutUids(uidSets(every), new Set([3, 39_999]))
    for (const set of sets) expect(set.length).toBeLessThanOrEqual(8000)
    expect(sets.join(',')).toBe(uidSet(every.filter((u) => u !== 3 && u !== 39_999)))
  })
  it('backs off exponentially, capped at a minute, with jitter', () => {
    expect(backoffDelay(0, () => 0.5)).toBe(1000)
    expect(backoffDelay(3, () => 0.5)).toBe(8000)
    expect(backoffDelay(20, () => 0.5)).toBe(60_000)
    expect(backoffDelay(20, () => 1)).toBe(78_000)
    expect(backoffDelay(2, () => 0)).toBe(2800)
  })
})
