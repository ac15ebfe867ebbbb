/**
 * A reply in a folder of the user's own: a rule moves recruiters' mail into "Jobs", or the user drags the
 * invitation there on the phone before the laptop synced. Afterview read the INBOX, Sent and the Archive only, so
 * that reply was never filed. Now the user's own folders are read as the Archive is. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'
import {
  ACME,
  HOUR,
  deleteFolder,
  fileInto,
  invitation as invitationIn,
  makeFolders,
  moveTo as moveIn,
  syncProcessAt
} from './own-folders-world'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const invitation = (id: string, subject?: string) => invitationIn(w, id, subject)
const moveTo = (folder: string, messageId: string) => moveIn(w, folder, messageId)
const makeFolder = async (...levels: string[]) => (await makeFolders(w, levels))[0]!

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
  const said = await syncProcessAt(w, account, Date.now() + HOUR + 60_000)
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
  await deleteFolder(w, 'Jobs')
  const id = `<inbox-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver('candidate', invitation(id))
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
  expect(w.services.mail.sync.statusOf(account.id).state).not.toBe('error')
}, 120_000)

it('mail in Drafts and Trash is not filed', async () => {
  const acme = await w.track(ACME)
  const account = await w.connectAndSync()
  await fileInto(w, 'Trash', invitation(`<trashed-${Date.now()}@acmerobotics.test>`))
  await fileInto(w, 'Drafts', invitation(`<draft-${Date.now()}@acmerobotics.test>`))
  await syncProcessAt(w, account, Date.now() + HOUR + 60_000) // listed again
  expect(w.filedOn(acme)).toEqual([])
}, 120_000)
