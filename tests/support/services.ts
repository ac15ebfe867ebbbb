/**
 * The app's services as tests and benches run them: on a data folder, in browser mode, with
 * passwords in memory; and the one way they add an account on the test mail servers
 * (loopback, STARTTLS, the servers' self-signed certificate pinned).
 */
import { parseInput } from '../../src/shared/api'
import { createServices, type AppServices, type ServiceOptions } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { createMemorySecretStore } from '../../src/main/secrets'
import type { MailServers } from './mail-servers'

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
