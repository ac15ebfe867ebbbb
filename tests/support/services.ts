/**
 * The app's services as tests and benches run them: on a data folder, in browser mode, with
 * passwords in memory; and the one way they add an account on the test mail servers
 * (loopback, STARTTLS, the servers' self-signed certificate pinned).
 */
import { parseInput } from '../../src/shared/api'
import { createServices, type AppServices, type ServiceOptions } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { createMemorySecretStore } from '../../src/main/secrets'
import type { Account } from '../../src/shared/accounts'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import type { MessageRef } from '../../src/shared/model'
import { startMailServers, type MailServers } from './mail-servers'
import { tempDataDir } from './temp-dir'

/** Services on `dir` with an in-memory password store; `options` adds or overrides (a clock, emit). */
export function servicesIn(dir: string, options: Partial<ServiceOptions> = {}): AppServices {
  return createServices({
    store: openStore(dir),
    mode: 'browser',
    version: 'test',
    emit: () => {},
    mail: { secrets: createMemorySecretStore() },
    ...options
  })
}

/** addAccount's input for `user` on these servers; `skipTest` leaves out the sign-in check (benches). */
export function loopbackAccount(
  mail: MailServers,
  { user = 'candidate', email = `${user}@${mail.domain}`, skipTest = false }: { user?: string; email?: string; skipTest?: boolean } = {}
): ReturnType<typeof parseInput<'addAccount'>> {
  return parseInput('addAccount', {
    fields: {
      email,
      user,
      imap: { host: '127.0.0.1', port: mail.imap.port, security: 'starttls' },
      smtp: { host: '127.0.0.1', port: mail.smtp.port, security: 'starttls' },
      allowSelfSigned: true
    },
    password: mail.password,
    trustCertificate: mail.certFingerprint256,
    ...(skipTest ? { skipTest: true } : {})
  })
}

/** What an integration test of the sync starts from: real mail servers, an empty data folder and services on it. */
export interface MailWorld {
  mail: MailServers
  data: { dir: string; cleanup: () => void }
  services: AppServices
  /** Tracks an application as the user would add it; its id. */
  track(fields: Record<string, unknown>, contacts?: Array<Record<string, unknown>>): Promise<string>
  /** Adds the candidate's account (or `email`'s) and runs one sync over it; the account. */
  connectAndSync(email?: string): Promise<Account>
  /** The messages filed on an application, oldest first. */
  filedOn(applicationId: string): MessageRef[]
  /** An account's sync as the app runs it, on the world's store and filer (not started: `watch()` or `syncOnce()`). */
  accountSync(account: Account): AccountSync
  close(): Promise<void>
}

export async function startMailWorld(options?: Parameters<typeof startMailServers>[0]): Promise<MailWorld> {
  const mail = await startMailServers(options)
  const data = tempDataDir()
  const services = servicesIn(data.dir)
  return {
    mail,
    data,
    services,
    track: async (fields, contacts) =>
      (await services.createApplication(parseInput('createApplication', { fields, ...(contacts ? { contacts } : {}) }))).application.id,
    connectAndSync: async (email) => {
      const { account } = await services.addAccount(loopbackAccount(mail, email ? { email } : {}))
      await services.mail.sync.syncOnce([account])
      return account
    },
    accountSync: (account) =>
      new AccountSync(account, { store: services.mail.ctx.store, filer: services.mail.sync.filer, secret: async () => mail.password }),
    filedOn: (applicationId) =>
      services.mail.ctx.store.applications.get(applicationId)?.events.flatMap((e) => (e.message ? [e.message] : [])) ?? [],
    close: async () => {
      await services.mail.stop()
      services.dispose()
      await mail.stop()
      data.cleanup()
    }
  }
}
