/**
 * A reply the provider's spam filter put in Junk: the user reads the inbox and never sees it. Afterview files nothing
 * from Junk (forged senders gather there) but tells the user, once, which mail may be a reply and for which
 * application; marked as not junk (moved to the inbox), it is filed as any reply. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage } from '../support/maildir'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { loopbackAccount, servicesIn } from '../support/services'
import { tempDataDir } from '../support/temp-dir'
import type { AppServices } from '../../src/main/services'

let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices
let notices: string[]

beforeEach(async () => {
  mail = await startMailServers()
  data = tempDataDir()
  notices = []
  services = servicesIn(data.dir, {
    emit: ((event: string, payload: { message?: string }) => {
      if (event === 'notice' && payload.message) notices.push(payload.message)
    }) as never
  })
}, 120_000)
afterEach(async () => {
  await services?.mail.stop()
  services?.dispose()
  await mail?.stop()
  data?.cleanup()
})

const t = Date.now()
const reply = `<reply-${t}@acmerobotics.test>`
const fromDana = () =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${mail.domain}`,
    subject: 'Interview next week',
    messageId: reply,
    date: new Date(t - 60_000),
    body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
  })

async function intoJunk(raw: string | Buffer): Promise<void> {
  const c = await mail.imapClient('candidate')
  try {
    await c.append('Junk', raw)
  } finally {
    await c.logout()
  }
}

async function markNotJunk(messageId: string): Promise<void> {
  const c = await mail.imapClient('candidate')
  try {
    await c.mailboxOpen('Junk')
    await c.messageMove({ header: { 'message-id': messageId } }, 'INBOX')
  } finally {
    await c.logout()
  }
}

const track = async () =>
  (
    await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' },
        contacts: [{ name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }]
      })
    )
  ).application.id
const filedOn = (id: string) =>
  services.mail.ctx.store.applications.get(id)?.events.flatMap((e) => (e.message ? [e.message.messageId] : [])) ?? []
const connect = async () => (await services.addAccount(loopbackAccount(mail))).account

it('tells once of a reply in Junk, files nothing from there, and files it once it is marked as not junk', async () => {
  const acme = await track()
  await intoJunk(fromDana())
  const account = await connect()
  await services.mail.sync.syncOnce([account])
  expect(filedOn(acme)).toEqual([])
  expect(notices).toHaveLength(1)
  expect(notices[0]).toContain('Acme Robotics')
  expect(notices[0]).toContain('Junk')
  expect(notices[0]).toContain('“Interview next week” from Dana Whitfield <dana@acmerobotics.test>')
  await services.mail.sync.syncOnce([account])
  expect(notices).toHaveLength(1) // told once

  await markNotJunk(reply)
  await services.mail.sync.syncOnce([account])
  expect(filedOn(acme)).toEqual([reply])
  expect(notices).toHaveLength(1)
}, 120_000)

it('tells of it when the application is added after the mail landed in Junk', async () => {
  await intoJunk(fromDana())
  const account = await connect()
  await services.mail.sync.syncOnce([account])
  expect(notices).toEqual([]) // nothing tracked yet
  await track()
  await services.mail.sync.syncOnce([account])
  expect(notices).toHaveLength(1)
  expect(notices[0]).toContain('Acme Robotics')
}, 120_000)

it('says nothing of spam that is about no application', async () => {
  await track()
  await intoJunk(
    makeMessage({
      from: { name: 'Prize Desk', address: 'winner@lottery.example' },
      to: `candidate@${mail.domain}`,
      subject: 'You have won an interview with destiny',
      messageId: `<spam-${t}@lottery.example>`,
      body: 'Claim your prize now.'
    })
  )
  const account = await connect()
  await services.mail.sync.syncOnce([account])
  expect(notices).toEqual([])
}, 120_000)
