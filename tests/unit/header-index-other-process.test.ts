/**
 * Two processes: a process that loaded a mailbox's header index (the app, at a retroactive filing) sees what
 * another process (`afterview sync --once`) appended or rewrote since. Held for good, the app matched an application
 * added later against its stale copy, and the mail the CLI read meanwhile was never filed. Failed before HeaderIndex
 * compared the file with what it had read.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { HeaderIndex, type IndexEntry } from '../../src/main/mail/sync/header-index'
import { tempDataDir } from '../support/temp-dir'

const entry = (u: number): IndexEntry => ({ u, i: `<m${u}@acme.test>`, a: 'dana@acme.test', s: `Mail ${u}`, d: '2026-11-20T10:00:00.000Z' })
let data: ReturnType<typeof tempDataDir>
beforeEach(() => {
  data = tempDataDir()
})
afterEach(() => data.cleanup())

it('entries another process appended after this one loaded the index are seen', () => {
  const app = new HeaderIndex(data.dir, 'acct')
  const scan = app.rewrite('inbox', 'INBOX', '7')
  for (const u of [1, 2]) scan.add(entry(u))
  scan.commit()
  expect(app.get('inbox')?.entries.map((e) => e.u)).toEqual([1, 2])
  new HeaderIndex(data.dir, 'acct').append('inbox', 'INBOX', '7', [entry(3)]) // the CLI
  expect(app.get('inbox')?.entries.map((e) => e.u)).toEqual([1, 2, 3])
  app.append('inbox', 'INBOX', '7', [entry(4)]) // and this process's own, after it
  expect(app.get('inbox')?.entries.map((e) => e.u)).toEqual([1, 2, 3, 4])
})

it('an index another process rewrote (UIDVALIDITY changed) is not appended to under the old one', () => {
  const app = new HeaderIndex(data.dir, 'acct')
  const scan = app.rewrite('inbox', 'INBOX', '7')
  scan.add(entry(1))
  scan.commit()
  expect(app.get('inbox')?.uidValidity).toBe('7')
  const cli = new HeaderIndex(data.dir, 'acct').rewrite('inbox', 'INBOX', '8')
  cli.add(entry(1))
  cli.commit()
  app.append('inbox', 'INBOX', '8', [entry(2)]) // new mail read by the app under the new UIDVALIDITY
  expect(new HeaderIndex(data.dir, 'acct').get('inbox')?.entries.map((e) => e.u)).toEqual([1, 2])
})
