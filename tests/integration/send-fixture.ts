/**
 * Shared set-up for the sending tests: the real Dovecot + SMTP harness, a data folder,
 * the candidate's account added through the accounts API (its certificate pinned), and
 * Acme Robotics with an interview with Dana (the `interviewer` test user) that just ended.
 */
import { afterAll, beforeAll } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { createMemorySecretStore, type SecretStore } from '../../src/main/secrets'
import { startMailServers, type MailServerOptions, type MailServers } from '../support/mail-servers'
import { tempDataDir } from '../support/temp-dir'

export const INTERVIEW_END = Date.parse('2026-11-17T15:00:00Z')

export interface Clock {
  now: number
}

export function openServices(dir: string, clock: Clock, secrets: SecretStore): AppServices {
  return createServices({
    store: openStore(dir),
    mode: 'browser',
    version: 'test',
    now: () => clock.now,
    emit: () => {},
    mail: { secrets }
  })
}

/** The harness's mail servers for one test file: started before its tests, stopped after them. */
export function useMailServers(options?: MailServerOptions): () => MailServers {
  let mail: MailServers | undefined
  beforeAll(async () => {
    mail = await startMailServers(options)
  })
  afterAll(async () => {
    await mail?.stop()
  }, 90_000)
  return () => mail!
}

/** Adds the harness user `user` as an account (Zoë Brandt's, its certificate pinned); its id. */
export async function addMailAccount(services: AppServices, mail: MailServers, user: string): Promise<string> {
  const added = await services.addAccount(
    parseInput('addAccount', {
      fields: {
        email: `${user}@${mail.domain}`,
        user,
        displayName: 'Zoë Brandt',
        allowSelfSigned: true,
        imap: { host: '127.0.0.1', port: mail.imap.port, security: 'starttls' },
        smtp: { host: '127.0.0.1', port: mail.smtp.port, security: 'starttls' }
      },
      password: mail.password,
      trustCertificate: mail.certFingerprint256
    })
  )
  return added.account.id
}

export async function setUp(mail: MailServers): Promise<{
  services: AppServices
  dir: string
  cleanup: () => void
  clock: Clock
  secrets: SecretStore
  applicationId: string
  thankYouKey: string
}> {
  const data = tempDataDir('afterview-send-')
  const clock: Clock = { now: INTERVIEW_END + 3_600_000 }
  const secrets = createMemorySecretStore()
  const services = openServices(data.dir, clock, secrets)
  await services.updateSettings(
    parseInput('updateSettings', { userName: 'Zoë Brandt', signature: 'Zoë Brandt', planner: { timeZone: 'Europe/Berlin' } })
  )
  await addMailAccount(services, mail, 'candidate')
  const created = await services.createApplication(
    parseInput('createApplication', {
      fields: { company: 'Acme Robotics', role: 'Data Engineer', companyDomain: 'acme.test', stage: 'interviewing' },
      contacts: [{ name: 'Dana Søndergaard', email: `interviewer@${mail.domain}` }]
    })
  )
  const app = created.application
  const detail = await services.saveInterview(
    parseInput('saveInterview', {
      applicationId: app.id,
      interview: {
        startsAt: new Date(INTERVIEW_END - 45 * 60_000).toISOString(),
        durationMinutes: 45,
        contactIds: [app.contacts[0].id],
        topics: 'the streaming pipeline',
        timelineGiven: false
      }
    })
  )
  const thankYou = detail.actions.find((a) => a.kind === 'thank_you')
  if (!thankYou) throw new Error('no thank-you planned')
  return { services, dir: data.dir, cleanup: data.cleanup, clock, secrets, applicationId: app.id, thankYouKey: thankYou.key }
}

/** Messages in a user's folder whose Message-ID is `messageId`. */
export async function countInFolder(mail: MailServers, user: string, folder: string, messageId: string): Promise<number> {
  const client = await mail.imapClient(user)
  try {
    await client.mailboxOpen(folder, { readOnly: true })
    const uids = await client.search({ header: { 'message-id': messageId } }, { uid: true })
    return Array.isArray(uids) ? uids.length : 0
  } finally {
    await client.logout()
  }
}

export async function fetchRaw(
  mail: MailServers,
  user: string,
  folder: string,
  messageId: string
): Promise<{ raw: string; flags: string[] }> {
  const client = await mail.imapClient(user)
  try {
    await client.mailboxOpen(folder, { readOnly: true })
    const uids = await client.search({ header: { 'message-id': messageId } }, { uid: true })
    if (!Array.isArray(uids) || !uids.length) throw new Error(`${messageId} not in ${user}/${folder}`)
    const msg = await client.fetchOne(String(uids[0]), { source: true, flags: true }, { uid: true })
    if (!msg) throw new Error('fetch failed')
    return { raw: msg.source!.toString('utf8'), flags: [...(msg.flags ?? [])] }
  } finally {
    await client.logout()
  }
}

export const deliveredWith = (mail: MailServers, messageId: string) =>
  mail.smtp.received.filter((m) => m.raw.toString('utf8').includes(`Message-ID: ${messageId}`))
