/**
 * The user's own folders at the edges: what a quiet pass costs with a folder that will not open; Drafts, Trash and
 * folders that hold no mail under a localized name; a folder on which the server drops the connection (the INBOX is
 * read all the same, also while watching); a folder renamed with a message the server cannot send; and two processes
 * listing the mailboxes at once (the newer listing stays). Found by a second review; each failed before. Real Dovecot.
 */
import { chmod, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { tapCommands } from '../support/tapped-sync'
import { makeMessage } from '../support/maildir'
import { loopbackAccount, startMailWorld, type MailWorld } from '../support/services'
import { tapProxy } from '../support/tap-proxy'
import {
  ACME,
  HOUR,
  MINUTE,
  accountThrough,
  dropsOn,
  fileInto,
  invitation,
  makeFolders,
  passCommands,
  syncProcessAt
} from './own-folders-world'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

it('a folder that will not open: a quiet pass does not list every mailbox again (issue 14)', async () => {
  await makeFolders(w, ['Old'])
  const dir = join(w.mail.user('candidate').maildir, '.Old')
  await chmod(dir, 0)
  try {
    const { account } = await w.services.addAccount(loopbackAccount(w.mail))
    const now = Date.now()
    await passCommands(w, account, now) // lists, reads, remembers
    const quiet = await passCommands(w, account, now + 5 * MINUTE)
    expect(quiet.error).toBeUndefined()
    // The EXAMINE that fails, and imapflow's LIST of that one mailbox (it says whether it exists: it does). Not a LIST
    // of every mailbox besides (MailboxList.missing), at every pass.
    expect(quiet.commands).toEqual(['STATUS INBOX', 'STATUS Sent', 'STATUS Archive', 'EXAMINE', 'LIST', 'STATUS Junk'])
  } finally {
    await chmod(dir, 0o700)
  }
}, 120_000)

it('Drafts and Trash under a localized name (Outlook in German on a server whose Drafts and Trash are English) are not read', async () => {
  const acme = await w.track(ACME)
  const inbox = `<inbox-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(w, inbox))
  await makeFolders(
    w,
    ['Entwürfe'],
    ['Gelöschte Elemente'],
    ['Kalender'],
    ['Kontakte'],
    ['Aufgaben'],
    ['Notizen'],
    ['Postausgang'],
    ['Bewerbungen']
  )
  // A reply the user deleted, and a draft of theirs answering the invitation, never sent.
  await fileInto(w, 'Gelöschte Elemente', invitation(w, `<deleted-${Date.now()}@acmerobotics.test>`, 'Old invitation'))
  await fileInto(
    w,
    'Entwürfe',
    makeMessage({
      from: `candidate@${w.mail.domain}`,
      to: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
      subject: 'Re: Interview next week',
      messageId: `<draft-${Date.now()}@${w.mail.domain}>`,
      inReplyTo: inbox,
      references: [inbox],
      body: 'Dear Dana, I would love to but (unfinished draft)'
    })
  )
  const account = await w.connectAndSync()
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([inbox])
  // Only the user's own folder of mail is read: not the calendar, the contacts, the tasks, the notes nor the outbox.
  expect(w.services.mail.ctx.store.syncState.get(`${account.id}.inbox`)?.folderPaths).toEqual(['Bewerbungen'])
}, 120_000)

it('a folder on which the server drops the connection does not keep replies in the INBOX from being filed', async () => {
  const acme = await w.track(ACME)
  await makeFolders(w, ['Old'])
  const id = `<inbox-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(w, id))
  let cuts = 0
  const proxy = await tapProxy(w.mail.imap.port, { up: dropsOn(/Old/, () => ++cuts > 0) })
  try {
    const account = await accountThrough(w, proxy.port)
    await w.services.mail.sync.syncOnce([account]).catch(() => undefined)
    await w.services.mail.sync.syncOnce([account]).catch(() => undefined)
    expect(cuts).toBeGreaterThan(0)
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
  } finally {
    await proxy.close()
  }
}, 120_000)

it('a folder renamed: the mail the server cannot send in it is listed once, where it is now', async () => {
  await makeFolders(w, ['Jobs'])
  await fileInto(w, 'Jobs', invitation(w, `<broken-${Date.now()}@acmerobotics.test>`, 'Broken'))
  const folder = join(w.mail.user('candidate').maildir, '.Jobs')
  const files = [
    ...(await readdir(join(folder, 'new'))).map((f) => join(folder, 'new', f)),
    ...(await readdir(join(folder, 'cur'))).map((f) => join(folder, 'cur', f))
  ]
  expect(files).toHaveLength(1)
  await chmod(files[0]!, 0)
  const account = await w.connectAndSync()
  const notices = async () =>
    ((await w.services.listAccounts(undefined)).accounts.find((a) => a.id === account.id)?.skipped ?? [])
      .filter((i) => i.subject === '(could not be read)')
      .map((i) => i.reason)
  expect(await notices()).toEqual([expect.stringContaining('in Jobs')])

  const phone = await w.mail.imapClient('candidate')
  await phone.mailboxRename('Jobs', 'Applications')
  await phone.logout()
  await syncProcessAt(w, account, Date.now() + HOUR + MINUTE) // lists again: "Applications" is read
  w.services.mail.ctx.store.skippedMail.load?.()
  expect(await notices()).toEqual([expect.stringContaining('in Applications')])
}, 120_000)

it('watching: a folder on which the server drops the connection does not make the watcher reconnect for good', async () => {
  const acme = await w.track(ACME)
  await makeFolders(w, ['Old'])
  const id = `<inbox-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(w, id))
  let cuts = 0
  const proxy = await tapProxy(w.mail.imap.port, { up: dropsOn(/Old/, () => ++cuts > 0) })
  try {
    const account = await accountThrough(w, proxy.port)
    w.services.mail.watching = true
    w.services.mail.sync.watch([account])
    await new Promise((r) => setTimeout(r, 8_000))
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
    expect(w.services.mail.sync.statusOf(account.id).state).toBe('watching')
    expect(cuts).toBe(2) // read again once on a new connection (a drop may be the network's), then left out
  } finally {
    await w.services.mail.stop()
    await proxy.close()
  }
}, 120_000)

it('a listing made earlier, saved after a newer one of another process, does not hide a folder that one found', async () => {
  const acme = await w.track(ACME)
  const account = await w.connectAndSync()
  const t = Date.now() + 2 * HOUR // the list is old: the next pass of each process lists again
  // The app's pass lists (no "Jobs" yet), then waits (a long read elsewhere) before it ends.
  let release!: () => void
  const gate = new Promise<void>((resolve) => (release = resolve))
  let listed!: () => void
  const hasListed = new Promise<void>((resolve) => (listed = resolve))
  const app = new AccountSync(w.services.mail.ctx.store.accounts.get(account.id)!, {
    store: w.services.mail.ctx.store,
    filer: w.services.mail.sync.filer,
    secret: async () => w.mail.password,
    now: () => t
  })
  tapCommands(app, w.mail.password, {
    after: async (command) => {
      if (command !== 'LIST') return
      listed()
      await gate
    }
  })
  const appPass = app.syncOnce()
  await hasListed
  // Meanwhile a rule files a reply into the new folder "Jobs", and `sync --once` lists (it has "Jobs") and files it.
  const [jobs] = await makeFolders(w, ['Jobs'])
  const first = `<first-${Date.now()}@acmerobotics.test>`
  await fileInto(w, jobs!, invitation(w, first))
  await syncProcessAt(w, account, t + MINUTE)
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([first])
  release()
  await appPass
  // The app's listing, made before, is not saved over the newer one: the next `sync --once` still reads "Jobs".
  const second = `<second-${Date.now()}@acmerobotics.test>`
  await fileInto(w, jobs!, invitation(w, second, 'Re: Interview next week'))
  await syncProcessAt(w, account, t + 2 * MINUTE)
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([first, second])
}, 120_000)
