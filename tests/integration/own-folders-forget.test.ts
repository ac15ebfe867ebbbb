/**
 * Third review of efedc7b4: forgetting the folders no longer listed does not forget one another process read a moment
 * ago under its newer listing; and a folder that will not open on a server that says NO with no response code
 * (imapflow's own LIST says it is there) does not list every mailbox again at every pass. Real Dovecot.
 */
import { chmod } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { tapCommands } from '../support/tapped-sync'
import { folderRole, syncStateId } from '../../src/main/store/sync-state'
import { startMailWorld, type MailWorld } from '../support/services'
import { tapProxy } from '../support/tap-proxy'
import { ACME, HOUR, MINUTE, accountThrough, fileInto, invitation, makeFolders, passCommands } from './own-folders-world'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

/** A pass of its own (another process) at `now` that waits at `stop` (a command; once it is answered: `after`) until `go` resolves. */
function gatedSync(
  accountId: string,
  now: number,
  stop: (command: string, mailbox: string) => boolean,
  go: Promise<void>,
  reached: () => void,
  after = false
) {
  const sync = new AccountSync(w.services.mail.ctx.store.accounts.get(accountId)!, {
    store: w.services.mail.ctx.store,
    filer: w.services.mail.sync.filer,
    secret: async () => w.mail.password,
    now: () => now
  })
  tapCommands(sync, w.mail.password, {
    [after ? 'after' : 'before']: async (command: string, mailbox: string) => {
      if (!stop(command, mailbox)) return
      reached()
      await go
    }
  })
  return sync
}

it('a folder another process read a moment ago, under its newer listing, is not forgotten by a pass that listed before', async () => {
  await w.track(ACME)
  const account = await w.connectAndSync()
  const store = w.services.mail.ctx.store
  const t = Date.now() + 2 * HOUR // both processes list again
  let appGo!: () => void
  let appListed!: () => void
  const appListing = new Promise<void>((r) => (appListed = r))
  // The app lists (no "Jobs" yet) and waits there (a long read elsewhere).
  const app = gatedSync(
    account.id,
    t,
    (c) => c === 'LIST',
    new Promise<void>((r) => (appGo = r)),
    () => appListed(),
    true
  )
  const appPass = app.syncOnce()
  await appListing
  // Meanwhile "Jobs" is made, a rule files a reply there, and new mail comes to the INBOX.
  const [jobs] = await makeFolders(w, ['Jobs'])
  await fileInto(w, jobs!, invitation(w, `<jobs-${Date.now()}@acmerobotics.test>`))
  await w.mail.deliver('candidate', invitation(w, `<inbox-${Date.now()}@acmerobotics.test>`, 'Re: Interview next week'))
  // `sync --once` lists a minute later (with "Jobs"), reads Jobs, and is about to open the INBOX.
  let cliGo!: () => void
  let cliAtInbox!: () => void
  const atInbox = new Promise<void>((r) => (cliAtInbox = r))
  const cli = gatedSync(
    account.id,
    t + MINUTE,
    (c, box) => (c === 'EXAMINE' || c === 'SELECT') && box === 'INBOX',
    new Promise<void>((r) => (cliGo = r)),
    () => cliAtInbox()
  )
  const cliPass = cli.syncOnce()
  await atInbox
  const id = syncStateId(account.id, folderRole(jobs!))
  expect(store.syncState.get(id)?.path).toBe(jobs)
  // The app's pass ends now: its listing, older, has no "Jobs"; then `sync --once` ends.
  appGo()
  await appPass
  cliGo()
  await cliPass
  expect(store.syncState.get(id)?.path).toBe(jobs) // Jobs was read after the app listed: its state stays
  // Nothing new: the next pass asks each mailbox its STATUS (issue 14), and does not read Jobs anew in full.
  expect((await passCommands(w, account, t + 2 * MINUTE)).commands).toEqual([
    'STATUS INBOX',
    'STATUS Sent',
    'STATUS Archive',
    'STATUS Jobs',
    'STATUS Junk'
  ])
}, 120_000)

/** The server's answers as a server whose NO carries no response code gives them ("NO Permission denied", as Courier). */
const withoutResponseCodes = (chunk: Buffer): Buffer =>
  Buffer.from(chunk.toString('latin1').replace(/^([A-Za-z0-9.]+ NO) \[[A-Z-]+\] /gm, '$1 '), 'latin1')

it('a folder that will not open, on a server whose NO has no response code: a quiet pass does not list every mailbox again (issue 14)', async () => {
  await makeFolders(w, ['Old'])
  const dir = join(w.mail.user('candidate').maildir, '.Old')
  await chmod(dir, 0)
  const proxy = await tapProxy(w.mail.imap.port, { down: withoutResponseCodes })
  try {
    const account = await accountThrough(w, proxy.port)
    const now = Date.now()
    await passCommands(w, account, now)
    const quiet = await passCommands(w, account, now + 5 * MINUTE)
    expect(quiet.error).toBeUndefined()
    // imapflow's LIST of "Old" after the failed EXAMINE already said it is there (mailboxMissing is not set).
    expect(quiet.commands).toEqual(['STATUS INBOX', 'STATUS Sent', 'STATUS Archive', 'EXAMINE', 'LIST', 'STATUS Junk'])
  } finally {
    await proxy.close()
    await chmod(dir, 0o700)
  }
}, 120_000)
