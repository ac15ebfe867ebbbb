/**
 * What a mailbox's state keeps of the mail the server could not send (at most 500 UIDs): the
 * newest, in the order kept, which is the order they are asked for again in (askAgain). A cut
 * by position dropped the front of that order: the very messages to be asked next, never
 * asked again nor taken off the list once the server could send them.
 */
import { expect, it } from 'vitest'
import { UnreadableLists, mergeInto, remembered } from '../../src/main/mail/sync/unreadable-lists'
import { openStore } from '../../src/main/store'
import { tempDataDir } from '../support/temp-dir'

it('keeps the 500 newest in the order of asking, whatever their place in it', () => {
  // 520 unreadable; the 20 oldest were just asked and went to the end of the turn.
  const order = [...Array.from({ length: 500 }, (_, k) => k + 21), ...Array.from({ length: 20 }, (_, k) => k + 1)]
  const kept = remembered(new Set(order))!
  expect(kept).toHaveLength(500)
  expect(kept.slice(0, 3)).toEqual([21, 22, 23]) // the next to ask are still first
  expect(kept).not.toContain(1) // the oldest are the ones given up
})

it('keeps all, in order, up to 500, and nothing for none', () => {
  expect(remembered(new Set([9, 3, 7]))).toEqual([9, 3, 7])
  expect(remembered(new Set())).toBeUndefined()
})

it("merges another process's changes to a list: its additions and what it read, not what its cap cut", () => {
  const mine = new Set([10, 20, 30])
  mergeInto(mine, [10, 20, 30], [10, 30, 40]) // it read 20, and found 40
  expect([...mine].sort((a, b) => a - b)).toEqual([10, 30, 40])

  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k)
  const full = new Set(range(1, 500))
  mergeInto(full, range(1, 500), range(2, 501)) // it found 501, and kept the newest 500: 1 was cut, not read
  expect(full.has(1)).toBe(true)
  expect(full.has(501)).toBe(true)
})

it("saving a mailbox's state keeps another process's newer listing of the mailboxes (a folder it found since)", async () => {
  const data = tempDataDir()
  try {
    const store = openStore(data.dir)
    const base = {
      id: 'acct.inbox',
      accountId: 'acct',
      role: 'inbox' as const,
      path: 'INBOX',
      uidValidity: '7',
      since: '2026-06-01T00:00:00.000Z'
    }
    const lists = new UnreadableLists({ account: { id: 'acct' }, deps: { store }, now: () => Date.parse('2026-12-07T12:00:00Z') })
    // The other process listed at 12:01 and found "Jobs"; this pass listed at 12:00, before the folder was made.
    await store.syncState.upsert('acct.inbox', () => ({
      ...base,
      uidNext: 5,
      lastSyncAt: '2026-12-07T12:01:00.000Z',
      listedAt: '2026-12-07T12:01:00.000Z',
      archivePath: 'Archive',
      folderPaths: ['Jobs'],
      junkPath: 'Junk'
    }))
    const mine = {
      ...base,
      uidNext: 6,
      lastSyncAt: '2026-12-07T12:02:00.000Z',
      listedAt: '2026-12-07T12:00:00.000Z',
      archivePath: 'Archive',
      folderPaths: [],
      junkPath: 'Junk'
    }
    await lists.saveState(mine, lists.of('inbox', 'INBOX', '7'))
    expect(store.syncState.get('acct.inbox')).toMatchObject({ uidNext: 6, listedAt: '2026-12-07T12:01:00.000Z', folderPaths: ['Jobs'] })
    // Its own listing, newer, is saved.
    await lists.saveState({ ...mine, uidNext: 7, listedAt: '2026-12-07T12:03:00.000Z' }, lists.of('inbox', 'INBOX', '7'))
    expect(store.syncState.get('acct.inbox')).toMatchObject({ uidNext: 7, listedAt: '2026-12-07T12:03:00.000Z', folderPaths: [] })
  } finally {
    data.cleanup()
  }
})
