/**
 * The header index on disk: a full scan's rewrite replaces the old index only when it
 * completes, a failed scan leaves the old one whole, and new mail appended by another
 * process (which never loaded the entries) is read back once per UID.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { HeaderIndex, type IndexEntry } from '../../src/main/mail/sync/header-index'
import { pidAlive } from '../../src/main/store/file-lock'
import { tempDataDir } from '../support/temp-dir'

const entry = (u: number): IndexEntry => ({ u, i: `<m${u}@acme.test>`, a: 'dana@acme.test', s: `Mail ${u}`, d: '2026-11-20T10:00:00.000Z' })
let data: ReturnType<typeof tempDataDir>

beforeEach(() => {
  data = tempDataDir()
})
afterEach(() => data.cleanup())

describe('header index', () => {
  it('remembers what it was matched for, and that threads are to be matched again, for another process too', () => {
    const index = new HeaderIndex(data.dir, 'acct')
    expect(index.matchedFor()).toBeUndefined()
    index.setMatchedFor('stamp-1', 'files-1')
    expect(new HeaderIndex(data.dir, 'acct').matchedFor()).toEqual({ stamp: 'stamp-1', files: 'files-1' })
    // Mail filed from Sent: threads again. The files are forgotten, so no process takes "same files" for "nothing to do".
    index.matchThreadsAgain()
    index.matchThreadsAgain()
    expect(new HeaderIndex(data.dir, 'acct').matchedFor()).toEqual({ stamp: 'stamp-1', threadsAgain: true })
    index.setMatchedFor('stamp-1', 'files-2') // matched again
    expect(index.matchedFor()).toEqual({ stamp: 'stamp-1', files: 'files-2' })
  })

  it('a full scan replaces the index when it completes; until then the old one stands', () => {
    const first = new HeaderIndex(data.dir, 'acct')
    const one = first.rewrite('inbox', 'INBOX', '7')
    for (const u of [1, 2, 3]) one.add(entry(u))
    one.commit()
    expect(first.get('inbox')?.entries.map((e) => e.u)).toEqual([1, 2, 3])

    const two = first.rewrite('inbox', 'INBOX', '7')
    two.add(entry(4))
    expect(new HeaderIndex(data.dir, 'acct').get('inbox')?.entries.map((e) => e.u)).toEqual([1, 2, 3])
    two.commit()
    expect(first.get('inbox')?.entries.map((e) => e.u)).toEqual([4])
    expect(new HeaderIndex(data.dir, 'acct').get('inbox')).toMatchObject({ path: 'INBOX', uidValidity: '7', entries: [entry(4)] })
  })

  it('a scan of many messages, written to the file as it goes, is read back whole and in order', () => {
    const scan = new HeaderIndex(data.dir, 'acct').rewrite('inbox', 'INBOX', '7')
    const uids = Array.from({ length: 5_000 }, (_, k) => k + 1)
    for (const u of uids) scan.add({ ...entry(u), s: `Mail ${u} ${'é'.repeat(u % 50)}` })
    scan.commit()
    const read = new HeaderIndex(data.dir, 'acct').get('inbox')!.entries
    expect(read.map((e) => e.u)).toEqual(uids)
    expect(read[4_998]).toEqual({ ...entry(4_999), s: `Mail 4999 ${'é'.repeat(49)}` })
  })

  it('a scan that failed leaves the old index and no temporary file', () => {
    const index = new HeaderIndex(data.dir, 'acct')
    const one = index.rewrite('inbox', 'INBOX', '7')
    one.add(entry(1))
    one.commit()
    const broken = index.rewrite('inbox', 'INBOX', '8')
    for (let u = 9; u < 2_009; u++) broken.add(entry(u)) // some of it already written to the temporary file
    broken.abort()
    expect(new HeaderIndex(data.dir, 'acct').get('inbox')).toMatchObject({ uidValidity: '7', entries: [entry(1)] })
    expect(readdirSync(join(data.dir, 'mail-index')).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('two scans at once (the app and `afterview sync`) each write their own index whole; the last to finish stands', () => {
    const app = new HeaderIndex(data.dir, 'acct').rewrite('inbox', 'INBOX', '7')
    const cli = new HeaderIndex(data.dir, 'acct').rewrite('inbox', 'INBOX', '7')
    for (let u = 1; u <= 3000; u++) {
      app.add(entry(u))
      cli.add({ ...entry(u), s: `Other ${u}` })
    }
    app.commit()
    expect(new HeaderIndex(data.dir, 'acct').get('inbox')!.entries).toEqual(Array.from({ length: 3000 }, (_, k) => entry(k + 1)))
    for (let u = 3001; u <= 3100; u++) cli.add({ ...entry(u), s: `Other ${u}` })
    cli.commit()
    const read = new HeaderIndex(data.dir, 'acct').get('inbox')!.entries
    expect(read.map((e) => e.u)).toEqual(Array.from({ length: 3100 }, (_, k) => k + 1))
    expect(read.every((e) => e.s === `Other ${e.u}`)).toBe(true)
    expect(readdirSync(join(data.dir, 'mail-index')).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it("a scan's temporary file left by a process that ended is removed by the next scan; a live one's is not", () => {
    const dir = join(data.dir, 'mail-index')
    mkdirSync(dir, { recursive: true })
    let gone = 4_000_000
    while (pidAlive(gone)) gone++
    writeFileSync(join(dir, `acct.inbox.jsonl.${gone}.0a0b0c0d.tmp`), '{"path":"INBOX"}\n')
    writeFileSync(join(dir, `acct.inbox.jsonl.${process.ppid}.0a0b0c0d.tmp`), '{"path":"INBOX"}\n')
    const scan = new HeaderIndex(data.dir, 'acct').rewrite('inbox', 'INBOX', '7')
    scan.commit()
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([`acct.inbox.jsonl.${process.ppid}.0a0b0c0d.tmp`])
  })

  it('new mail is appended without loading the entries; a UID appended twice is read once; another UIDVALIDITY is not appended', () => {
    const scan = new HeaderIndex(data.dir, 'acct').rewrite('inbox', 'INBOX', '7')
    scan.add(entry(1))
    scan.commit()
    const later = new HeaderIndex(data.dir, 'acct')
    later.append('inbox', 'INBOX', '7', [entry(2)])
    later.append('inbox', 'INBOX', '7', [entry(2), entry(3)])
    later.append('inbox', 'INBOX', '8', [entry(4)])
    later.append('inbox', 'Archive', '7', [entry(5)])
    expect(new HeaderIndex(data.dir, 'acct').get('inbox')?.entries.map((e) => e.u)).toEqual([1, 2, 3])
  })
})
