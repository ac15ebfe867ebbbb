/**
 * Watching the INBOX on real Dovecot (issue 14). The watched mailbox is selected read-write,
 * because Dovecot tells a read-only session of new mail far later in a big mailbox: this
 * checks that watching that way still changes nothing in the user's mailbox, and that the
 * periodic look at Sent does not leave the watch on Sent (new replies then waited for the
 * next look, minutes later).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { makeMessage } from '../support/maildir'
import { filed, syncWorld, waitFor, type SyncWorld } from './sync-support'

let w: SyncWorld
let watcher: AccountSync | undefined
beforeAll(async () => {
  w = await syncWorld()
})
afterAll(async () => {
  await watcher?.stop()
  await w?.close()
})

/** The account watched the way the app does, with its own look at Sent every `lookAroundEveryMs`. */
async function watch(lookAroundEveryMs: number): Promise<AccountSync> {
  const sync = new AccountSync(w.account, {
    store: w.services.mail.ctx.store,
    filer: w.services.mail.sync.filer,
    secret: async () => w.mail.password,
    lookAroundEveryMs
  })
  void sync.watch()
  await waitFor(() => sync.status.state === 'watching', 10_000)
  return sync
}

const reply = (id: string, subject: string) =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
    to: `candidate@${w.mail.domain}`,
    subject,
    messageId: id,
    body: 'Could you do Thursday at 11:00 instead?'
  })

/** The INBOX as another mail app sees it: each message's Message-ID and flags. */
async function inbox(): Promise<Map<string, Set<string>>> {
  const client = await w.mail.imapClient('candidate')
  const out = new Map<string, Set<string>>()
  try {
    await client.mailboxOpen('INBOX', { readOnly: true })
    for await (const m of client.fetch('1:*', { envelope: true, flags: true })) out.set(m.envelope?.messageId ?? '', m.flags ?? new Set())
  } finally {
    await client.logout()
  }
  return out
}

describe('watching the inbox', () => {
  it('changes nothing in the mailbox: a new reply stays unread, mail another app marked deleted stays', async () => {
    const deletedId = `<marked-deleted-${Date.now()}@example.test>`
    await w.mail.appendTo(
      'candidate',
      'INBOX',
      makeMessage({ from: 'friend@example.org', to: 'me', subject: 'Old', messageId: deletedId }),
      {
        flags: ['\\Deleted']
      }
    )
    watcher = await watch(5 * 60_000)
    const id = `<watched-unread-${Date.now()}@kestrelharbor.test>`
    await w.mail.deliver('candidate', reply(id, 'Moving our call'))
    await waitFor(() => filed(w.services, w.kestrel).find((m) => m.messageId === id), 10_000)
    await watcher.stop()
    watcher = undefined

    const flags = await inbox()
    expect(flags.get(id)?.has('\\Seen')).toBe(false)
    expect(flags.get(deletedId)?.has('\\Deleted')).toBe(true) // not expunged
  })

  it('after a look at Sent that found the user’s own new mail, a reply is noticed at once, not at the next look', async () => {
    const everyMs = 4000
    watcher = await watch(everyMs)
    // The user answered from another mail app: the next look at Sent opens Sent.
    await w.mail.appendTo(
      'candidate',
      'Sent',
      makeMessage({ from: `candidate@${w.mail.domain}`, to: 'dana@kestrelharbor.test', subject: 'Re: Next round', body: 'Tuesday works.' }),
      { flags: ['\\Seen'] }
    )
    await new Promise((r) => setTimeout(r, everyMs + 800)) // that look has run; the next is 4 s away
    const id = `<after-sent-look-${Date.now()}@kestrelharbor.test>`
    const started = Date.now()
    await w.mail.deliver('candidate', reply(id, 'Thursday instead?'))
    await waitFor(() => filed(w.services, w.kestrel).find((m) => m.messageId === id), 10_000)
    // Before, the watch stayed in Sent and the reply waited for the next look (about 3 s from here).
    expect(Date.now() - started).toBeLessThan(2500)
  }, 20_000)
})
