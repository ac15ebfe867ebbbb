/**
 * What the Junk tests share (junk-mail*.test.ts): the mail servers, services on a data folder of their own that record
 * the notices they emit, a clock to move, and Acme Robotics with its interviewer Dana Whitfield.
 */
import type { Account } from '../../src/shared/accounts'
import { parseInput } from '../../src/shared/api'
import type { AppServices } from '../../src/main/services'
import { makeMessage } from '../support/maildir'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { loopbackAccount, servicesIn } from '../support/services'
import { tempDataDir } from '../support/temp-dir'

export interface JunkWorld {
  mail: MailServers
  services: AppServices
  /** What the services told the user (notice events), while `listening`. */
  notices: string[]
  /** false: no window listens (the app started hidden at login), and what is told then is heard by no one. */
  listening: boolean
  /** The services' clock (ms since the epoch): moved forward, a day passes. */
  clock: number
  /** Tracks Acme Robotics (acmerobotics.test) with Dana Whitfield as its contact; its id. */
  trackAcme(): Promise<string>
  /** Connects `user`'s mailbox (the candidate's unless said). */
  connect(user?: string): Promise<Account>
  /** Puts a mail in `user`'s Junk folder, as a spam filter does. */
  intoJunk(raw: string | Buffer, user?: string): Promise<void>
  /** The Message-IDs filed on an application, oldest first. */
  filedOn(applicationId: string): string[]
  close(): Promise<void>
}

export async function startJunkWorld(options: { users?: string[] } = {}): Promise<JunkWorld> {
  const mail = await startMailServers(options.users ? { users: options.users } : {})
  const data = tempDataDir()
  const world: JunkWorld = {
    mail,
    notices: [],
    listening: true,
    clock: Date.now(),
    services: undefined as unknown as AppServices,
    trackAcme: () => trackAcme(world.services),
    connect: async (user = 'candidate') => (await world.services.addAccount(loopbackAccount(mail, { user }))).account,
    intoJunk: async (raw, user = 'candidate') => void (await mail.appendTo(user, 'Junk', raw)),
    filedOn: (id) =>
      world.services.mail.ctx.store.applications.get(id)?.events.flatMap((e) => (e.message ? [e.message.messageId] : [])) ?? [],
    close: async () => {
      await world.services.mail.stop()
      world.services.dispose()
      await mail.stop()
      data.cleanup()
    }
  }
  world.services = servicesIn(data.dir, {
    now: () => world.clock,
    emit: ((event: string, payload: { message?: string }) => {
      if (world.listening && event === 'notice' && payload.message) world.notices.push(payload.message)
    }) as never
  })
  return world
}

/** Tracks Acme Robotics (acmerobotics.test) with Dana Whitfield as its contact, as the user would add it; its id. */
export const trackAcme = async (services: AppServices): Promise<string> =>
  (
    await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' },
        contacts: [{ name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }]
      })
    )
  ).application.id

/** Dana Whitfield of Acme Robotics writes to the candidate (`over` changes what is said). */
export const fromDana = (mail: MailServers, over: Partial<Parameters<typeof makeMessage>[0]> = {}) =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${mail.domain}`,
    subject: 'Interview next week',
    messageId: `<reply-${Date.now()}@acmerobotics.test>`,
    date: new Date(Date.now() - 60_000),
    body: 'Could you come in on Tuesday at 10:00 for the on-site interview?',
    ...over
  })
