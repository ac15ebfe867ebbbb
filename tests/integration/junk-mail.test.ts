/**
 * A reply the provider's spam filter put in Junk: the user reads the inbox and never sees it. Afterview files nothing
 * from Junk (forged senders gather there) but tells the user, once, which mail may be a reply and for which
 * application; marked as not junk (moved to the inbox), it is filed as any reply. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { fromDana, startJunkWorld, type JunkWorld } from './junk-world'

let w: JunkWorld
beforeEach(async () => {
  w = await startJunkWorld()
}, 120_000)
afterEach(() => w?.close())

const t = Date.now()
const reply = `<reply-${t}@acmerobotics.test>`

async function markNotJunk(messageId: string): Promise<void> {
  const c = await w.mail.imapClient('candidate')
  try {
    await c.mailboxOpen('Junk')
    await c.messageMove({ header: { 'message-id': messageId } }, 'INBOX')
  } finally {
    await c.logout()
  }
}

it('tells once of a reply in Junk, files nothing from there, and files it once it is marked as not junk', async () => {
  const acme = await w.trackAcme()
  await w.intoJunk(fromDana(w.mail, { messageId: reply }))
  const account = await w.connect()
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme)).toEqual([])
  expect(w.notices).toHaveLength(1)
  expect(w.notices[0]).toContain('Acme Robotics')
  expect(w.notices[0]).toContain('Junk')
  expect(w.notices[0]).toContain('“Interview next week” from Dana Whitfield <dana@acmerobotics.test>')
  await w.services.mail.sync.syncOnce([account])
  expect(w.notices).toHaveLength(1) // told once

  await markNotJunk(reply)
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme)).toEqual([reply])
  expect(w.notices).toHaveLength(1)
}, 120_000)

it('tells of it when the application is added after the mail landed in Junk', async () => {
  await w.intoJunk(fromDana(w.mail, { messageId: reply }))
  const account = await w.connect()
  await w.services.mail.sync.syncOnce([account])
  expect(w.notices).toEqual([]) // nothing tracked yet
  await w.trackAcme()
  await w.services.mail.sync.syncOnce([account])
  expect(w.notices).toHaveLength(1)
  expect(w.notices[0]).toContain('Acme Robotics')
}, 120_000)

it('says nothing of spam that is about no application', async () => {
  await w.trackAcme()
  await w.intoJunk(
    makeMessage({
      from: { name: 'Prize Desk', address: 'winner@lottery.example' },
      to: `candidate@${w.mail.domain}`,
      subject: 'You have won an interview with destiny',
      messageId: `<spam-${t}@lottery.example>`,
      body: 'Claim your prize now.'
    })
  )
  const account = await w.connect()
  await w.services.mail.sync.syncOnce([account])
  expect(w.notices).toEqual([])
}, 120_000)
