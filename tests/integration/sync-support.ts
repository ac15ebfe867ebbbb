/**
 * Shared set-up for the sync tests: real mail servers, a data folder with two
 * applications, an account added through the services (its certificate pinned), and a
 * seeded mailbox with an interviewer's reply to the user's thank-you.
 */
import { parseInput } from '../../src/shared/api'
import type { Account } from '../../src/shared/accounts'
import { type AppServices } from '../../src/main/services'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { makeMessage, seedMaildir } from '../support/maildir'
import { tempDataDir } from '../support/temp-dir'
import { loopbackAccount, servicesIn } from '../support/services'

export interface SyncWorld {
  mail: MailServers
  data: { dir: string; cleanup: () => void }
  services: AppServices
  account: Account
  kestrel: string
  northwind: string
  thankYouId: string
  replyId: string
  close(): Promise<void>
}

const DAY = 86_400_000

export async function syncWorld(users: string[] = []): Promise<SyncWorld> {
  const mail = await startMailServers({ users })
  const data = tempDataDir()
  const services = servicesIn(data.dir)
  const me = `candidate@${mail.domain}`
  const kestrel = (
    await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Kestrel Harbor', role: 'Data Engineer', companyDomain: 'kestrelharbor.test', appliedAt: '2026-10-01' },
        contacts: [{ name: 'Dana Whitfield', email: 'dana@kestrelharbor.test', title: 'Engineering Manager' }]
      })
    )
  ).application.id
  const northwind = (
    await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Northwind Traders', role: 'Analyst', companyDomain: 'northwind.test', appliedAt: '2026-10-05' }
      })
    )
  ).application.id
  const now = Date.now()
  const thankYouId = `<thanks-${now}@example.test>`
  const replyId = `<reply-${now}@kestrelharbor.test>`
  await seedMaildir(
    mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: { name: 'Candidate', address: me },
          to: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
          subject: 'Thank you for the interview',
          messageId: thankYouId,
          date: new Date(now - 3 * DAY),
          body: 'Thank you for your time today, Dana.'
        }),
        date: new Date(now - 3 * DAY),
        seen: true
      }
    ],
    { mailbox: 'Sent' }
  )
  await seedMaildir(mail, 'candidate', [
    {
      raw: makeMessage({
        from: 'Weekly Deals <deals@shop.test>',
        to: me,
        subject: 'Big savings this week',
        date: new Date(now - 5 * DAY),
        body: 'Buy things.',
        headers: { 'List-Id': '<deals.shop.test>' }
      }),
      date: new Date(now - 5 * DAY)
    },
    {
      raw: makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
        to: me,
        subject: 'Re: Thank you for the interview',
        messageId: replyId,
        inReplyTo: thankYouId,
        date: new Date(now - 2 * DAY),
        body: 'Great talking to you! We would like to invite you to a final round next week.'
      }),
      date: new Date(now - 2 * DAY)
    },
    {
      raw: makeMessage({
        from: 'Recruiting <recruiting@northwind.test>',
        to: me,
        subject: 'Your application to Northwind Traders',
        date: new Date(now - 1 * DAY),
        body: 'We received your application for Analyst.'
      }),
      date: new Date(now - 1 * DAY)
    },
    {
      raw: makeMessage({
        from: 'Old Friend <friend@example.org>',
        to: me,
        subject: 'Lunch?',
        date: new Date(now - DAY),
        body: 'Lunch on Friday?'
      }),
      date: new Date(now - DAY)
    }
  ])
  const { account } = await services.addAccount(loopbackAccount(mail, { email: me }))
  return {
    mail,
    data,
    services,
    account,
    kestrel,
    northwind,
    thankYouId,
    replyId,
    async close() {
      await services.mail.stop()
      services.dispose()
      await mail.stop()
      data.cleanup()
    }
  }
}

/** The message events filed on an application. */
export function filed(services: AppServices, applicationId: string) {
  return services.mail.ctx.store.applications
    .get(applicationId)!
    .events.filter((e) => e.type === 'message')
    .map((e) => e.message!)
}

/** Every filed Message-ID across applications (duplicates kept, to catch them). */
export function allFiledIds(services: AppServices): string[] {
  return services.mail.ctx.store.applications
    .all()
    .flatMap((a) => a.events.filter((e) => e.type === 'message').map((e) => e.message!.messageId))
}

export async function waitFor<T>(check: () => T | undefined | false, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = check()
    if (value) return value
    if (Date.now() > end) throw new Error(`not seen within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/**
 * The user's thank-you to Dana at Acme, and Dana's answer from her own address: only the thread
 * (In-Reply-To) ties the answer to the application. The raw mails and their Message-IDs.
 */
export function thankYouAndThreadOnlyAnswer(me: string): { thanks: string; reply: string; thankYou: string; answer: string } {
  const thanks = `<thanks-${Date.now()}@example.test>`
  const reply = `<reply-${Date.now()}@mail.test>`
  return {
    thanks,
    reply,
    thankYou: makeMessage({ from: me, to: 'dana@acmerobotics.test', subject: 'Thank you', messageId: thanks, body: 'Thanks.' }),
    answer: makeMessage({
      from: 'Dana Whitfield <dana.whitfield@mail.test>',
      to: me,
      subject: 'Re: Thank you',
      messageId: reply,
      inReplyTo: thanks,
      body: 'Could you meet the team on Tuesday?'
    })
  }
}
