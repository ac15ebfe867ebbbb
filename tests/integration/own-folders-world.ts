/**
 * What the tests of the user's own folders share (own-folders*.test.ts): a mail world on real Dovecot, the phone that
 * makes folders and moves mail into them, and `sync --once` processes at a given time.
 */
import type { ImapFlow } from 'imapflow'
import { parseInput } from '../../src/shared/api'
import type { Account } from '../../src/shared/accounts'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { makeMessage } from '../support/maildir'
import { recordCommands, tapCommands } from '../support/tapped-sync'
import { loopbackAccount, servicesIn, type MailWorld } from '../support/services'

export const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }
export const MINUTE = 60_000
export const HOUR = 3_600_000

/** Dana's interview invitation from Acme, under Message-ID `id`. */
export const invitation = (w: MailWorld, id: string, subject = 'Interview next week'): string =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${w.mail.domain}`,
    subject,
    messageId: id,
    body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
  })

/** The candidate's phone, for `act`. */
async function onPhone<T>(w: MailWorld, act: (phone: ImapFlow) => Promise<T>): Promise<T> {
  const phone = await w.mail.imapClient('candidate')
  try {
    return await act(phone)
  } finally {
    await phone.logout()
  }
}

/** On the phone (or by a rule on the server): the mail with this Message-ID moved from the INBOX into `folder`. */
export const moveTo = (w: MailWorld, folder: string, messageId: string): Promise<void> =>
  onPhone(w, async (phone) => {
    await phone.mailboxOpen('INBOX')
    await phone.messageMove({ header: { 'message-id': messageId } }, folder)
  })

/** Delivered straight into `folder` (a Sieve rule's fileinto on the server): the INBOX never holds it. */
export const fileInto = (w: MailWorld, folder: string, raw: string): Promise<void> =>
  onPhone(w, async (phone) => void (await phone.append(folder, Buffer.from(raw))))

/** Makes each folder (its path's levels, joined with the server's separator); their paths. */
export const makeFolders = (w: MailWorld, ...folders: string[][]): Promise<string[]> =>
  onPhone(w, async (phone) => {
    const made: string[] = []
    for (const levels of folders) made.push((await phone.mailboxCreate(levels)).path)
    return made
  })

export const deleteFolder = (w: MailWorld, path: string): Promise<void> =>
  onPhone(w, async (phone) => void (await phone.mailboxDelete(path)))

/** One `sync --once` process at `now`, on the world's data folder; what its progress said. */
export async function syncProcessAt(w: MailWorld, account: Account, now: number): Promise<string[]> {
  const said: string[] = []
  const cli = servicesIn(w.data.dir, {
    now: () => now,
    emit: (event, payload) => {
      const message = (payload as { message?: string }).message
      if (event === 'syncProgress' && message) said.push(message)
    }
  })
  try {
    await (await cli.mail.secrets()).set(account.id, w.mail.password)
    await cli.mail.sync.syncOnce([cli.mail.ctx.store.accounts.get(account.id)!])
  } finally {
    cli.dispose()
  }
  w.services.mail.ctx.store.applications.load()
  w.services.mail.ctx.store.syncState.load()
  return said
}

/** One pass of a new AccountSync (a new `sync --once` process) at `now`: the IMAP commands after login, and its error. */
export async function passCommands(w: MailWorld, account: Account, now: number): Promise<{ commands: string[]; error?: unknown }> {
  const commands: string[] = []
  const store = w.services.mail.ctx.store
  const sync = new AccountSync(store.accounts.get(account.id)!, {
    store,
    filer: w.services.mail.sync.filer,
    secret: async () => w.mail.password,
    now: () => now
  })
  tapCommands(sync, w.mail.password, recordCommands(commands))
  try {
    await sync.syncOnce()
    return { commands }
  } catch (error) {
    return { commands, error }
  }
}

/** The candidate's account, added on the loopback through `port` (a proxy of the test's). */
export async function accountThrough(w: MailWorld, port: number): Promise<Account> {
  const input = loopbackAccount(w.mail)
  const { account } = await w.services.addAccount(
    parseInput('addAccount', { ...input, fields: { ...input.fields, imap: { host: '127.0.0.1', port, security: 'none' } } })
  )
  return account
}

/** For tapProxy's `up`: false (the connection dropped) when the client opens a folder `name` matches; `cut` counts each. */
export const dropsOn =
  (name: RegExp, cut: () => boolean = () => true) =>
  (chunk: Buffer): boolean =>
    !(new RegExp(`(EXAMINE|SELECT) "?${name.source}"?`, 'i').test(chunk.toString('latin1')) && cut())
