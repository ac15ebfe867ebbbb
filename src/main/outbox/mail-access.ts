/**
 * What the outbox needs from a mail account: its address, and how to reach its SMTP and
 * IMAP servers with its password. Built on the accounts layer (store.accounts, the secret
 * store and mail/connection.ts) so sending uses exactly the credentials handling of sync.
 */
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { Account } from '../../shared/accounts'
import { AfterviewError } from '../../shared/api'
import { smtpTransportOptions } from '../mail/connection'
import { openImap } from '../mail/imap'
import type { ImapOpener } from './transport'
import type { Store } from '../store'

export interface SendingAccount {
  id: string
  email: string
  displayName: string
  preset: Account['preset']
  sentFolder?: string
}

export interface MailAccess {
  accounts(): SendingAccount[]
  account(accountId: string): Account
  smtp(accountId: string): Promise<SMTPTransport.Options>
  /** How to open the account's IMAP (through openImap, so OAuth2 tokens are renewed as in sync). */
  imap(accountId: string): Promise<ImapOpener>
}

/** The account's password (the mail host's `secretFor`: secret store, then AFTERVIEW_PASSWORD). */
export type SecretLookup = (account: Account, options?: { renew?: boolean }) => Promise<string>

export function createMailAccess(store: Store, secretFor: SecretLookup): MailAccess {
  const account = (id: string): Account => {
    const found = store.accounts.get(id)
    if (!found) throw new AfterviewError('not_found', 'The mail account for this draft no longer exists. Choose another account in "From".')
    return found
  }
  const secret = (id: string): Promise<string> => secretFor(account(id))
  return {
    accounts: () =>
      store.accounts
        .all()
        .map((a) => ({ id: a.id, email: a.email, displayName: a.displayName, preset: a.preset, sentFolder: a.sentFolder })),
    account,
    smtp: async (id) => smtpTransportOptions(account(id), await secret(id)),
    imap: async (id) => {
      const found = account(id)
      return () => openImap(found, { secret: (options) => secretFor(found, options), tuning: { autoIdleDelay: 60_000 } })
    }
  }
}
