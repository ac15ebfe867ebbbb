/**
 * The one way Afterview opens an IMAP connection for an account: a new ImapFlow with the
 * account's TLS rules, errors explained in plain words, and the OAuth2 rule — a refused
 * access token is renewed once, then the user is asked to sign in again.
 */
import type { ImapFlow } from 'imapflow'
import { presetOf, type Account } from '../../shared/accounts'
import { describeMailError, imapClientOptions, type ImapTuning } from './connection'

export interface OpenImapOptions {
  /** The password, or for OAuth2 an access token (`renew`: a fresh one). */
  secret: (options?: { renew?: boolean }) => Promise<string>
  tuning?: ImapTuning
  /** Internal: this attempt uses a renewed token. */
  renew?: boolean
}

/** How long each open connection took to log in (openImap). */
const loginTimes = new WeakMap<ImapFlow, number>()

/** Round trips of imapflow's log-in (STARTTLS and TLS, CAPABILITY, ID twice, AUTHENTICATE, NAMESPACE, ENABLE): 8 to 12. */
const LOGIN_ROUND_TRIPS = 10

/**
 * About how long one round trip to this connection's server takes, from how long its log-in
 * took: under a few milliseconds on the loopback, 40-250 ms to a real server. 0 when unknown.
 */
export function roundTripOf(client: ImapFlow): number {
  return (loginTimes.get(client) ?? 0) / LOGIN_ROUND_TRIPS
}

export async function openImap(account: Account, options: OpenImapOptions): Promise<ImapFlow> {
  const secret = await options.secret(options.renew ? { renew: true } : undefined)
  const { ImapFlow } = await import('imapflow') // not loaded by commands that never connect
  const client = new ImapFlow(imapClientOptions(account, secret, options.tuning))
  client.on('error', () => undefined) // surfaced through close + the failing command
  try {
    const started = performance.now()
    await client.connect()
    loginTimes.set(client, performance.now() - started)
  } catch (error) {
    client.close()
    const explained = (await describeMailError(error, { account, which: 'imap', preset: presetOf(account.preset), secret })).error
    if (explained.code === 'mail_auth' && account.auth.type === 'oauth2' && !options.renew)
      return openImap(account, { ...options, renew: true })
    throw explained
  }
  return client
}

/** Logs out politely, or closes when the server does not answer. */
export async function closeImap(client: ImapFlow): Promise<void> {
  await client.logout().catch(() => client.close())
}

/**
 * Logs out as closeImap does, for a connection whose work is done, without waiting for the
 * server's answer: once the LOGOUT is on its way (imapflow sends it within this turn of the
 * event loop), the connection is closed. The server still reads the LOGOUT, and `sync --once`
 * ends a round trip sooner (40-250 ms from a real server; issue 14): waiting for the answer,
 * the connection and imapflow's 10 s LOGOUT timer kept the process running.
 */
export function leaveImap(client: ImapFlow): void {
  void closeImap(client)
  setImmediate(() => client.close())
}
