/**
 * The list of the user's own folders, remembered between passes (mailbox-list.ts): kept when the INBOX is quiet (a
 * folder made since is known to the next process, and an hour-old list is listed again once, not at every pass), a
 * folder that will not open neither lists again at every pass nor fails the sync, and with more folders than are
 * read, the shallowest come first. Found by a review of the first version; each failed there. Real Dovecot.
 */
import { chmod } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { syncStateId } from '../../src/main/store/sync-state'
import { requireBuiltApp, runCli } from '../support/built-app'
import { loopbackAccount, startMailWorld, type MailWorld } from '../support/services'
import {
  ACME,
  HOUR,
  MINUTE,
  deleteFolder,
  fileInto,
  invitation,
  makeFolders,
  moveTo,
  passCommands,
  syncProcessAt
} from './own-folders-world'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

/** The folder `name` in the candidate's maildir made unreadable for the server while `run` runs. */
async function lockedWhile<T>(name: string, run: () => Promise<T>): Promise<T> {
  const dir = join(w.mail.user('candidate').maildir, `.${name}`)
  await chmod(dir, 0)
  try {
    return await run()
  } finally {
    await chmod(dir, 0o700)
  }
}

it('no own folders: after a quiet hour the mailboxes are listed once, not at every pass', async () => {
  const account = await w.connectAndSync()
  const later = Date.now() + 2 * HOUR
  expect((await passCommands(w, account, later)).commands[0]).toBe('LIST') // the list is an hour old: listed again, once
  // Five minutes later, nothing new anywhere: each mailbox its STATUS, as before (sync-round-trips.test.ts).
  expect((await passCommands(w, account, later + 5 * MINUTE)).commands).toEqual([
    'STATUS INBOX',
    'STATUS Sent',
    'STATUS Archive',
    'STATUS Junk'
  ])
}, 120_000)

it('after an update (a state without the folders), the list is remembered again after one LIST', async () => {
  const account = await w.connectAndSync()
  const store = w.services.mail.ctx.store
  await store.syncState.update(syncStateId(account.id, 'inbox'), ({ folderPaths: _gone, ...s }) => s) // as versions before wrote it
  const now = Date.now()
  expect((await passCommands(w, account, now + MINUTE)).commands[0]).toBe('LIST')
  expect((await passCommands(w, account, now + 6 * MINUTE)).commands[0]).not.toBe('LIST')
}, 120_000)

it('mail in a folder made later is filed on an application added afterwards, by the next sync processes', async () => {
  const account = await w.connectAndSync()
  const [jobs] = await makeFolders(w, ['Jobs'])
  const id = `<later-folder-${Date.now()}@acmerobotics.test>`
  await fileInto(w, jobs!, invitation(w, id))
  const t = Date.now() + HOUR + MINUTE
  await syncProcessAt(w, account, t) // listed again: Jobs is read (about no application yet), the INBOX quiet
  const acme = await w.track(ACME)
  await syncProcessAt(w, account, t + MINUTE)
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
}, 120_000)

it('a reply filed from a folder made later opens in full', async () => {
  const acme = await w.track(ACME)
  const account = await w.connectAndSync()
  const [jobs] = await makeFolders(w, ['Jobs'])
  const id = `<open-later-${Date.now()}@acmerobotics.test>`
  await fileInto(w, jobs!, invitation(w, id))
  await syncProcessAt(w, account, Date.now() + HOUR + MINUTE) // lists again, files it from Jobs
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
  expect((await w.services.getMessage({ applicationId: acme, messageId: id })).subject).toBe('Interview next week')
}, 120_000)

it('a folder that will not open does not make every pass list the mailboxes again, nor fail the sync', async () => {
  const acme = await w.track(ACME)
  await makeFolders(w, ['Old'])
  const id = `<inbox-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(w, id))
  await lockedWhile('Old', async () => {
    const { account } = await w.services.addAccount(loopbackAccount(w.mail))
    const now = Date.now()
    const first = await passCommands(w, account, now)
    expect(first.commands[0]).toBe('LIST')
    expect(first.error).toBeUndefined() // the INBOX was read: the folder is told, the sync did not fail
    w.services.mail.ctx.store.applications.load()
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
    expect((await passCommands(w, account, now + 5 * MINUTE)).commands[0]).not.toBe('LIST')
    expect((await passCommands(w, account, now + 10 * MINUTE)).commands[0]).not.toBe('LIST')
  })
}, 120_000)

it('a folder that will not open is told in plain words under the account, and by `afterview sync --once`', async () => {
  requireBuiltApp()
  await makeFolders(w, ['Old'])
  const told = /could not read your folder "Old".*Replies in your inbox are still read/
  await lockedWhile('Old', async () => {
    const account = await w.connectAndSync()
    expect(w.services.mail.sync.statusOf(account.id).message).toMatch(told)
    const run = await runCli(['sync', '--once', '--data-dir', w.data.dir], { AFTERVIEW_PASSWORD: w.mail.password })
    expect(run.code).toBe(0) // the rest was read
    expect(run.stderr).toMatch(told)
  })
}, 120_000)

it('a reply in "Jobs" is read when the user has twenty folders before it (Thunderbird yearly archives)', async () => {
  const acme = await w.track(ACME)
  const years = Array.from({ length: 19 }, (_, k) => ['Archives', String(2007 + k)])
  await makeFolders(w, ['Archives'], ...years)
  const [jobs] = await makeFolders(w, ['Jobs'])
  const id = `<jobs-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(w, id))
  await moveTo(w, jobs!, id)
  await w.connectAndSync()
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
}, 120_000)

it('a folder deleted within the hour while another will not open: the INBOX is still read', async () => {
  const acme = await w.track(ACME)
  await makeFolders(w, ['Locked'], ['Old'])
  const account = await w.connectAndSync() // both read: both remembered
  await deleteFolder(w, 'Old')
  const id = `<inbox-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(w, id))
  await lockedWhile('Locked', () => w.services.mail.sync.syncOnce([account]))
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
}, 120_000)
