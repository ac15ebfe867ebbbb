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

export async function openImap(account: Account, options: OpenImapOptions): Promise<ImapFlow> {
  const secret = await options.secret(options.renew ? { renew: true } : undefined)
  const { ImapFlow } = await import('imapflow') // not loaded by commands that never connect
  const client = new ImapFlow(imapClientOptions(account, secret, options.tuning))
  client.on('error', () => undefined) // surfaced through close + the failing command
  try {
    await client.connect()
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
