/**
 * A reply in a folder of the user's own: a rule moves recruiters' mail into "Jobs", or the user drags the
 * invitation there on the phone before the laptop synced. Afterview read the INBOX, Sent and the Archive only, so
 * that reply was never filed. Now the user's own folders are read as the Archive is. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Account } from '../../src/shared/accounts'
import { makeMessage } from '../support/maildir'
import { servicesIn, startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }
const HOUR = 3_600_000
const invitation = (id: string, subject = 'Interview next week') =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${w.mail.domain}`,
    subject,
    messageId: id,
    body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
  })

/** On the phone (or by a rule on the server): the mail with this Message-ID moved from the INBOX into `folder`. */
async function moveTo(folder: string, messageId: string): Promise<void> {
  const phone = await w.mail.imapClient('candidate')
  try {
    await phone.mailboxOpen('INBOX')
    await phone.messageMove({ header: { 'message-id': messageId } }, folder)
  } finally {
    await phone.logout()
  }
}

/** Makes the folder (its path's levels, joined with the server's separator); its path. */
async function makeFolder(...levels: string[]): Promise<string> {
  const phone = await w.mail.imapClient('candidate')
  try {
    return (await phone.mailboxCreate(levels)).path
  } finally {
    await phone.logout()
  }
}

/** One `sync --once` process at `now`, on the world's data folder; what its progress said. */
async function syncProcessAt(account: Account, now: number): Promise<string[]> {
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
  return said
}

it('a reply in a folder of the user own is filed, on the first sync and on the next', async () => {
  const acme = await w.track(ACME)
  await makeFolder('Jobs')
  const before = `<before-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(before))
  await moveTo('Jobs', before) // there before the account was added
  const account = await w.connectAndSync()
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([before])

  const after = `<after-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(after, 'Re: Interview next week'))
  await moveTo('Jobs', after) // moved on the phone before the laptop synced
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([before, after])
}, 120_000)

it('a folder made after the account was added is read within the hour, nested and with a space in its name', async () => {
  const acme = await w.track(ACME)
  const account = await w.connectAndSync()
  const folder = await makeFolder('Job search', 'Acme')
  const id = `<nested-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(id))
  await moveTo(folder, id)
  const news = `<news-${Date.now()}@list.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({ from: 'news@list.test', to: `candidate@${w.mail.domain}`, subject: 'News', messageId: news })
  )
  await moveTo('Archive', news)
  const said = await syncProcessAt(account, Date.now() + HOUR + 60_000)
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
  // The progress says which folder it reads.
  expect(said).toEqual(expect.arrayContaining([`Read 1 message in ${folder}`, 'Read 1 message in Archive']))
}, 120_000)

it('mail in a folder is filed on the application added afterwards, and opens in full from there', async () => {
  await makeFolder('Jobs')
  const id = `<earlier-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(id))
  await moveTo('Jobs', id)
  const account = await w.connectAndSync() // read, but about no application yet
  const acme = await w.track(ACME)
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
  expect((await w.services.getMessage({ applicationId: acme, messageId: id })).subject).toBe('Interview next week')
}, 120_000)

it('a folder deleted since is not missed: the inbox is still read, with no error', async () => {
  const acme = await w.track(ACME)
  await makeFolder('Jobs')
  const account = await w.connectAndSync()
  const phone = await w.mail.imapClient('candidate')
  await phone.mailboxDelete('Jobs')
  await phone.logout()
  const id = `<inbox-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(id))
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
  expect(w.services.mail.sync.statusOf(account.id).state).not.toBe('error')
}, 120_000)

it('mail in Drafts and Trash is not filed', async () => {
  const acme = await w.track(ACME)
  const account = await w.connectAndSync()
  const phone = await w.mail.imapClient('candidate')
  const trashed = `<trashed-${Date.now()}@acmerobotics.test>`
  await phone.append('Trash', Buffer.from(invitation(trashed)))
  await phone.logout()
  await syncProcessAt(account, Date.now() + HOUR + 60_000) // listed again
  expect(w.filedOn(acme)).toEqual([])
}, 120_000)
