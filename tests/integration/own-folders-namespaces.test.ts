/**
 * Review: mailboxes that are not the user's own (Dovecot's shared namespace, a colleague's INBOX shared by ACL; a
 * public namespace, a team mailbox) are not read as the user's own folders, and their mail is not filed. Real Dovecot.
 */
import { chownSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { doveadmBinary, dovecotBinary } from '../support/dovecot'
import { run } from '../support/processes'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'
import { ACME } from './own-folders-world'

let w: MailWorld | undefined
afterEach(() => w?.close())

/** A directory the mail processes (uid 5000 when root) may write. */
function writable(dir: string): string {
  mkdirSync(dir, { recursive: true })
  if (process.getuid?.() === 0) chownSync(dir, 5000, 5000)
  return dir
}

const SHARED = (dir: string) => `
mail_plugins = $mail_plugins acl
protocol imap {
  mail_plugins = $mail_plugins imap_acl
}
plugin {
  acl = vfile
  acl_shared_dict = file:${writable(path.join(dir, 'shared-dict'))}/shared-mailboxes.db
}
namespace shared {
  type = shared
  separator = .
  prefix = shared.%%u.
  location = maildir:%%h/Maildir:INDEXPVT=~/shared/%%u
  subscriptions = no
  list = children
}
`

const PUBLIC = (dir: string) => `
namespace public {
  type = public
  separator = .
  prefix = Public.
  location = maildir:${writable(path.join(dir, 'public'))}
  subscriptions = no
  list = yes
}
`

/** Acme's interview invitation to `to` (another person than the candidate). */
const invitationTo = (to: string, id: string) =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to,
    subject: 'Interview next week',
    messageId: id,
    body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
  })

it("a colleague's INBOX shared with the user (Dovecot shared namespace) is not read, its mail not filed", async () => {
  w = await startMailWorld({ dovecotExtra: SHARED })
  const world = w
  const id = `<colleague-${Date.now()}@acmerobotics.test>`
  await world.mail.deliver('interviewer', invitationTo(`interviewer@${world.mail.domain}`, id))
  const doveadm = doveadmBinary(dovecotBinary())
  const conf = path.join(world.mail.dir, 'dovecot.conf')
  await run(doveadm, ['-c', conf, 'acl', 'set', '-u', 'interviewer', 'INBOX', 'user=candidate', 'lookup', 'read'])
  await run(doveadm, ['-c', conf, 'acl', 'recalc', '-u', 'interviewer'])
  // The candidate's server lists the colleague's INBOX as "shared.interviewer", in the other users' namespace.
  const phone = await world.mail.imapClient('candidate')
  expect(((await phone.status('shared.interviewer', { messages: true })) as { messages?: number }).messages).toBe(1)
  await phone.logout()

  const acme = await world.track(ACME)
  const account = await world.connectAndSync()
  expect(world.filedOn(acme).map((m) => m.messageId)).toEqual([])
  expect(world.services.mail.ctx.store.syncState.get(`${account.id}.inbox`)?.folderPaths ?? []).toEqual([])
}, 120_000)

it('a public folder (a team mailbox in a public namespace) is not read, its mail not filed', async () => {
  w = await startMailWorld({ dovecotExtra: PUBLIC })
  const world = w
  const id = `<team-${Date.now()}@acmerobotics.test>`
  const hr = await world.mail.imapClient('interviewer')
  await hr.mailboxCreate('Public.Recruiting')
  await hr.append('Public.Recruiting', Buffer.from(invitationTo(`hr@${world.mail.domain}`, id)))
  await hr.logout()

  const acme = await world.track(ACME)
  const account = await world.connectAndSync()
  expect(world.filedOn(acme).map((m) => m.messageId)).toEqual([])
  expect(world.services.mail.ctx.store.syncState.get(`${account.id}.inbox`)?.folderPaths ?? []).toEqual([])
}, 120_000)
