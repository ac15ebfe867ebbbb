/**
 * What the account and sync services share: the secret store (opened once), the sync
 * manager, and how a password is found for an account.
 */
import type { Account } from '../../shared/accounts'
import { AfterviewError, type EventName, type EventPayload } from '../../shared/api'
import type { MessageRef } from '../../shared/model'
import type { MailMessage } from '../../shared/core/mail-message'
import { join } from 'node:path'
import { SyncManager } from '../mail/sync/manager'
import { noPasswordSaved, openSecretStore, type SecretStore } from '../secrets'
import { createOAuthCredentials, type OAuthCredentials } from '../oauth/credentials'
import type { SafeStorageLike } from '../secrets/encrypted-file-store'
import type { ServiceContext } from '../service-context'

export interface MailHostOptions {
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  /** Electron's safeStorage, passed in by the Electron side. */
  safeStorage?: SafeStorageLike
  /** A secret store chosen by the caller (tests, CLI). */
  secrets?: SecretStore
  /** What the classifier says of an incoming mail, written in the same locked write that files it (issue 4). */
  describeIncoming?: (message: MailMessage, ref: MessageRef) => Partial<MessageRef>
  onMessageFiled?: (applicationId: string, message: MailMessage, ref: MessageRef) => void | Promise<void>
  /** Read, job-related mail that matched no application (an acknowledgement may propose tracking it). */
  onUnmatched?: (message: MailMessage, accountId: string) => boolean | void | Promise<boolean | void>
  /** One step of the classifier's first use, done while the server opens a mailbox (review/warm-up.ts). */
  warmUp?: () => boolean
}

export interface MailHost {
  ctx: ServiceContext
  emit: MailHostOptions['emit']
  secrets: () => Promise<SecretStore>
  /** The saved password, else AFTERVIEW_PASSWORD; a plain-words mail_auth error when neither. OAuth2 accounts: an access token (`renew`: a fresh one). */
  secretFor: (account: Account, options?: { renew?: boolean }) => Promise<string>
  /** OAuth2 accounts' tokens (refresh token in the secret store, access tokens in memory). */
  oauth: OAuthCredentials
  sync: SyncManager
  /** Set once the app (or browser mode) keeps accounts watched. */
  watching: boolean
  /** Start watching every account (desktop app, `afterview serve`). */
  start(): void
  stop(): Promise<void>
}

export function createMailHost(ctx: ServiceContext, options: MailHostOptions): MailHost {
  let opened: Promise<SecretStore> | undefined
  const secrets = () =>
    (opened ??= options.secrets
      ? Promise.resolve(options.secrets)
      : openSecretStore({ safeStorage: options.safeStorage, secretsDir: join(ctx.store.dataDir, 'secrets') }))
  const oauth = createOAuthCredentials({ secrets, now: ctx.now })
  const secretFor = async (account: Account, opts?: { renew?: boolean }): Promise<string> => {
    if (account.auth.type === 'oauth2') return oauth.accessToken({ ...account, auth: account.auth }, opts)
    const saved = await (await secrets()).get(account.id)
    if (saved) return saved
    const env = process.env.AFTERVIEW_PASSWORD
    if (env) return env
    throw new AfterviewError(
      'mail_auth',
      // Read on the account's card in the window; `afterview account test` says AFTERVIEW_PASSWORD itself.
      noPasswordSaved(account.email)
    )
  }
  const host: MailHost = {
    ctx,
    emit: options.emit,
    secrets,
    secretFor,
    oauth,
    watching: false,
    sync: new SyncManager({
      store: ctx.store,
      secretFor,
      emit: options.emit,
      describeIncoming: options.describeIncoming,
      onMessageFiled: options.onMessageFiled,
      onUnmatched: options.onUnmatched,
      warmUp: options.warmUp,
      now: ctx.now
    }),
    start() {
      host.watching = true
      host.sync.watch(ctx.store.accounts.all())
      // An account added, edited or removed by another process (`afterview account add`
      // while the app runs) is picked up without a restart.
      ctx.store.accounts.watch((ids) => {
        if (!host.watching) return
        for (const id of ids) {
          const account = ctx.store.accounts.get(id)
          void host.sync.stop(id).then(() => {
            if (account && host.watching) host.sync.watch([account])
          })
        }
        ctx.changed()
      })
    },
    async stop() {
      host.watching = false
      ctx.store.accounts.unwatch()
      await host.sync.stopAll()
    }
  }
  return host
}
