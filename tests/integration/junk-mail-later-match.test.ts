/**
 * A reply in Junk that did not match when first seen, but matches once the mail it answers is filed later (retroactive
 * threads-only filing), with nothing that identifies an application changed: Junk is matched whole again once a day,
 * and the reply is told then (a review of 3018daa3 found it never was). Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { archiveOnPhone, makeMessage } from '../support/maildir'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { loopbackAccount, servicesIn } from '../support/services'
import { tempDataDir } from '../support/temp-dir'
import type { AppServices } from '../../src/main/services'

let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices
let notices: string[]
let clock: number
const DAY = 86_400_000

beforeEach(async () => {
  mail = await startMailServers()
  data = tempDataDir()
  notices = []
  clock = Date.now()
  services = servicesIn(data.dir, {
    now: () => clock,
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

it('a reply in Junk answering an archived reply that is filed by retroactive thread filing is told (it would be filed from the INBOX)', async () => {
  const acme = (
    await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' },
        contacts: [{ name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }]
      })
    )
  ).application.id
  const invite = `<invite-${t}@acmerobotics.test>`
  await mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
      to: `candidate@${mail.domain}`,
      subject: 'Interview next week',
      messageId: invite,
      date: new Date(t - 120_000),
      body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
    })
  )
  const p1 = `<priya1-${t}@mail.test>`
  await mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Priya Person', address: 'priya@mail.test' },
      to: `candidate@${mail.domain}`,
      cc: 'dana@acmerobotics.test',
      subject: 'Re: Interview next week',
      messageId: p1,
      inReplyTo: invite,
      date: new Date(t - 60_000),
      body: 'Small change: we will meet in room 4B on the second floor.'
    })
  )
  await archiveOnPhone(mail, 'candidate', p1)
  const p2 = `<priya2-${t}@mail.test>`
  const c = await mail.imapClient('candidate')
  try {
    await c.append(
      'Junk',
      makeMessage({
        from: { name: 'Priya Person', address: 'priya@mail.test' },
        to: `candidate@${mail.domain}`,
        subject: 'Re: Interview next week',
        messageId: p2,
        inReplyTo: p1,
        date: new Date(t),
        body: 'Please bring your passport for the visitor badge: http://badge.example/xyz'
      })
    )
  } finally {
    await c.logout()
  }
  const { account } = await services.addAccount(loopbackAccount(mail))
  for (let i = 0; i < 3; i++) await services.mail.sync.syncOnce([account])
  const filed = services.mail.ctx.store.applications.get(acme)!.events.flatMap((e) => (e.message ? [e.message.messageId] : []))
  expect(filed).toContain(p1) // the archived reply was filed (the thread works)
  clock += DAY // the next day
  await services.mail.sync.syncOnce([account])
  expect(notices.filter((m) => m.includes('Junk folder'))).toEqual([expect.stringContaining('Acme Robotics')])
}, 120_000)

it('control: the same reply in the INBOX (not Junk) is filed', async () => {
  const acme = (
    await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' },
        contacts: [{ name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }]
      })
    )
  ).application.id
  const invite = `<invite-${t}@acmerobotics.test>`
  await mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
      to: `candidate@${mail.domain}`,
      subject: 'Interview next week',
      messageId: invite,
      date: new Date(t - 120_000),
      body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
    })
  )
  const p1 = `<priya1-${t}@mail.test>`
  await mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Priya Person', address: 'priya@mail.test' },
      to: `candidate@${mail.domain}`,
      cc: 'dana@acmerobotics.test',
      subject: 'Re: Interview next week',
      messageId: p1,
      inReplyTo: invite,
      date: new Date(t - 60_000),
      body: 'Small change: we will meet in room 4B on the second floor.'
    })
  )
  await archiveOnPhone(mail, 'candidate', p1)
  const p2 = `<priya2-${t}@mail.test>`
  await mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Priya Person', address: 'priya@mail.test' },
      to: `candidate@${mail.domain}`,
      subject: 'Re: Interview next week',
      messageId: p2,
      inReplyTo: p1,
      date: new Date(t),
      body: 'Please bring your passport for the visitor badge: http://badge.example/xyz'
    })
  )
  const { account } = await services.addAccount(loopbackAccount(mail))
  for (let i = 0; i < 3; i++) await services.mail.sync.syncOnce([account])
  const filed = services.mail.ctx.store.applications.get(acme)!.events.flatMap((e) => (e.message ? [e.message.messageId] : []))
  expect(filed).toEqual(expect.arrayContaining([p1, p2]))
}, 120_000)
