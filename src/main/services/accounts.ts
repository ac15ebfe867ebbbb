/**
 * Mail account services: list, presets, add (tests the connection first), update, remove
 * (with its password), test. Passwords go to the secret store only; nothing here puts one
 * in the store, a log line or an error message.
 */
import { ACCOUNT_PRESETS, Account, AccountFields, presetOf, type AccountView, type ConnectionReport } from '../../shared/accounts'
import { AfterviewError, type Services } from '../../shared/api'
import { describeMailError, fingerprintOf, probeCertificate, reportError, testConnection } from '../mail/connection'
import { MAILBOX_ROLES, ownFoldersRead, syncStateId } from '../store/sync-state'
import { removeHeaderIndex } from '../mail/sync/header-index'
import { asSkipped } from '../mail/sync/junk'
import { slug } from '../store/ids'
import type { MailHost } from './mail-host'
import { discoverAccount, type DiscoverOptions } from '../mail/discover'

export type AccountServices = Pick<
  Services,
  'listAccounts' | 'getAccountPresets' | 'discoverAccount' | 'addAccount' | 'updateAccount' | 'removeAccount' | 'testAccount'
>

type Fields = ReturnType<typeof AccountFields.parse>

/** Builds the account to save from what the user typed; pins the certificate when asked. */
export async function buildAccount(
  fields: Fields,
  base: { id: string; createdAt: string; updatedAt?: string },
  trust?: string
): Promise<Account> {
  const draft = Account.parse({ ...fields, ...base, user: fields.user || fields.email })
  if (!draft.allowSelfSigned) return { ...draft, pinnedFingerprint256: undefined, pinnedCertificate: undefined }
  const wanted = (trust ?? fields.pinnedFingerprint256)?.toUpperCase()
  if (draft.pinnedCertificate && (!wanted || wanted === fingerprintOf(draft.pinnedCertificate))) return draft
  let seen
  try {
    seen = await probeCertificate(draft.imap, 'imap')
  } catch (error) {
    throw (await describeMailError(error, { account: draft, which: 'imap', preset: presetOf(draft.preset) })).error
  }
  if (wanted && wanted !== seen.fingerprint256.toUpperCase()) {
    throw new AfterviewError(
      'mail_tls',
      `The server at ${draft.imap.host}:${draft.imap.port} now shows a certificate with fingerprint ${seen.fingerprint256}, not the ${wanted} you agreed to trust. Nothing was saved.`
    )
  }
  return { ...draft, pinnedFingerprint256: seen.fingerprint256, pinnedCertificate: seen.pem }
}

/**
 * True when the saved password would now go somewhere else, or log in as someone else:
 * the server, port, security or user name changed.
 */
export function changesWhereThePasswordGoes(before: Account, after: Account): boolean {
  const same = (a: Account['imap'], b: Account['imap']) =>
    a.host.toLowerCase() === b.host.toLowerCase() && a.port === b.port && a.security === b.security
  return !same(before.imap, after.imap) || !same(before.smtp, after.smtp) || before.user !== after.user
}

export function createAccountServices(host: MailHost, discover: DiscoverOptions = {}): AccountServices {
  const { store } = host.ctx
  const get = (id: string): Account => {
    const account = store.accounts.get(id)
    if (!account) throw new AfterviewError('not_found', 'That mail account no longer exists. It may have been removed in another window.')
    return account
  }
  const view = async (account: Account): Promise<AccountView> => {
    const secrets = await host.secrets()
    const has = (await secrets.get(account.id)) !== undefined
    const sync = host.sync.statusOf(account.id)
    const state = store.syncState.get(syncStateId(account.id, 'inbox')) ?? store.syncState.get(syncStateId(account.id, 'all'))
    // Mail in Junk that may be about an application is not filed either: listed with the rest, until it leaves Junk.
    const inJunk = store.syncState.get(syncStateId(account.id, 'junk'))?.inJunk ?? []
    const skipped = [...inJunk.map(asSkipped).reverse(), ...(store.skippedMail.get(account.id)?.items ?? [])]
    const folders = ownFoldersRead(store.syncState, account.id)
    return {
      ...account,
      secretKind: has ? secrets.kind : 'missing',
      sync: { ...sync, lastSyncAt: sync.lastSyncAt ?? state?.lastSyncAt },
      ...(skipped.length ? { skipped } : {}),
      ...(folders.length ? { folders } : {})
    }
  }
  const uniqueId = (email: string) => {
    const base = `acct-${slug(email)}`.slice(0, 60)
    let id = base
    for (let n = 2; store.accounts.get(id); n++) id = `${base}-${n}`
    return id
  }
  const check = async (account: Account, password: string): Promise<ConnectionReport> => {
    const report = await testConnection(account, password)
    const error = reportError(report)
    if (error) throw error
    return report
  }

  return {
    async listAccounts() {
      const secrets = await host.secrets()
      const accounts = await Promise.all(
        store.accounts
          .all()
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
          .map(view)
      )
      return { accounts, secretStore: { kind: secrets.kind, ...(secrets.notice ? { notice: secrets.notice } : {}) } }
    },
    async getAccountPresets() {
      return ACCOUNT_PRESETS
    },
    async discoverAccount({ email }) {
      return discoverAccount(email, discover)
    },
    async addAccount({ fields, password, skipTest, trustCertificate }) {
      if (store.accounts.all().some((a) => a.email === fields.email.trim().toLowerCase())) {
        throw new AfterviewError('conflict', `${fields.email} is already connected. Edit it instead of adding it again.`)
      }
      const now = new Date(host.ctx.now()).toISOString()
      const account = await buildAccount(fields, { id: uniqueId(fields.email), createdAt: now }, trustCertificate)
      const report = skipTest ? undefined : await check(account, password)
      const secrets = await host.secrets()
      await secrets.set(account.id, password)
      const saved = await store.accounts.create(account)
      host.ctx.changed()
      if (host.watching) host.sync.watch([saved])
      return { account: await view(saved), ...(report ? { report } : {}) }
    },
    async updateAccount({ id, fields, password, trustCertificate }) {
      const current = get(id)
      const merged = AccountFields.parse({ ...current, ...fields })
      const next = await buildAccount(
        merged,
        { id, createdAt: current.createdAt, updatedAt: new Date(host.ctx.now()).toISOString() },
        trustCertificate
      )
      const keep = {
        ...next,
        auth: current.auth,
        ...(current.sentFolder ? { sentFolder: current.sentFolder } : {}),
        ...(next.allowSelfSigned && !trustCertificate && !fields.pinnedFingerprint256 && current.pinnedCertificate
          ? { pinnedCertificate: current.pinnedCertificate, pinnedFingerprint256: current.pinnedFingerprint256 }
          : {})
      }
      if (password) await (await host.secrets()).set(id, password)
      else if (changesWhereThePasswordGoes(current, keep)) {
        // Never send the old password to a new server: forget it, and the user is asked again.
        await (await host.secrets()).delete(id)
        if (current.auth.type === 'oauth2') await host.oauth.forget(id)
      }
      const saved = await store.accounts.put(keep)
      host.ctx.changed()
      if (host.sync.isWatching(id)) {
        await host.sync.stop(id)
        host.sync.watch([saved])
      }
      return view(saved)
    },
    async removeAccount({ id }) {
      get(id)
      await host.sync.stop(id)
      await (await host.secrets()).delete(id)
      await host.oauth.forget(id) // OAuth2: client secret and cached access token
      // Every mailbox's: the user's own folders' too.
      const roles = [...new Set([...MAILBOX_ROLES, ...store.syncState.all().flatMap((s) => (s.accountId === id ? [s.role] : []))])]
      for (const role of roles) await store.syncState.remove(syncStateId(id, role))
      removeHeaderIndex(store.dataDir, id, roles)
      await store.skippedMail.remove(id)
      await store.accounts.remove(id)
      host.ctx.changed()
      return { removed: true }
    },
    async testAccount(input) {
      if ('id' in input) {
        const account = get(input.id)
        return testConnection(account, input.password ?? (await host.secretFor(account)))
      }
      const account = await buildAccount(input.fields, { id: 'acct-test', createdAt: new Date(host.ctx.now()).toISOString() })
      return testConnection(account, input.password)
    }
  }
}
