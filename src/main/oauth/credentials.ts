/**
 * Access tokens for OAuth2 accounts, the way connection.ts wants a "secret": the refresh
 * token sits in the secret store under the account id (like a password), the client secret
 * (if any) under `<id>:oauth-client-secret`; access tokens are kept in memory only and
 * renewed shortly before they expire, or on demand (`renew`) after the server refused one.
 * A refused refresh token becomes the plain-words "sign in again" error (mail_auth).
 */
import { AfterviewError } from '../../shared/api'
import { clientIdEnvNames, type OAuth2Auth } from '../../shared/oauth-providers'
import type { SecretStore } from '../secrets'
import { SIGN_IN_AGAIN, refreshAccessToken, resolveEndpoints, type Fetch, type TokenSet } from './tokens'

export interface OAuthAccount {
  id: string
  email: string
  auth: OAuth2Auth
}

export interface OAuthCredentials {
  /** A working access token: cached, or refreshed when it expires within the margin (or `renew`). */
  accessToken(account: OAuthAccount, options?: { renew?: boolean }): Promise<string>
  /** Keeps a fresh sign-in: the refresh token (and client secret) in the secret store, the access token in memory. */
  saveSignIn(accountId: string, tokens: TokenSet & { refreshToken: string }, clientSecret?: string): Promise<void>
  /** Forgets everything kept for the account (on remove). */
  forget(accountId: string): Promise<void>
}

export const clientSecretKey = (accountId: string) => `${accountId}:oauth-client-secret`

export interface OAuthCredentialsOptions {
  secrets: () => Promise<SecretStore>
  fetch?: Fetch
  now?: () => number
  /** Renew this long before expiry (default 2 minutes). */
  marginMs?: number
}

export function createOAuthCredentials(options: OAuthCredentialsOptions): OAuthCredentials {
  const now = options.now ?? Date.now
  const margin = options.marginMs ?? 120_000
  const cache = new Map<string, { accessToken: string; expiresAt: number }>()
  const inFlight = new Map<string, Promise<string>>()
  /** Bumped by each new sign-in saved and each forget: a renewal begun before with the old refresh token keeps nothing. */
  const generation = new Map<string, number>()
  const genOf = (id: string) => generation.get(id) ?? 0
  const bump = (id: string) => {
    generation.set(id, genOf(id) + 1)
    inFlight.delete(id)
  }

  const refresh = async (account: OAuthAccount): Promise<string> => {
    const gen = genOf(account.id)
    /** Signed in again (or removed) meanwhile: what this renewal got is the old sign-in's; the new one's token, if any. */
    const superseded = () => {
      if (genOf(account.id) === gen) return undefined
      const fresh = cache.get(account.id)
      if (fresh) return fresh.accessToken
      throw signInAgain(account.email)
    }
    const secrets = await options.secrets()
    const refreshToken = await secrets.get(account.id)
    if (!refreshToken)
      throw new AfterviewError('mail_auth', `Afterview has no sign-in saved for ${account.email} on this computer. Please sign in again.`)
    const clientSecret =
      (account.auth.hasClientSecret ? await secrets.get(clientSecretKey(account.id)) : undefined) ??
      process.env[clientIdEnvNames(account.auth.provider).secret]
    const endpoints = await resolveEndpoints(account.auth, options.fetch)
    let tokens: TokenSet
    try {
      tokens = await refreshAccessToken({
        tokenUrl: endpoints.tokenUrl,
        refreshToken,
        scopes: account.auth.scopes,
        client: { clientId: account.auth.clientId, ...(clientSecret ? { clientSecret } : {}) },
        email: account.email,
        fetch: options.fetch,
        now
      })
    } catch (error) {
      const fresh = superseded()
      if (fresh) return fresh
      cache.delete(account.id)
      throw error
    }
    const fresh = superseded()
    if (fresh) return fresh
    if (tokens.refreshToken && tokens.refreshToken !== refreshToken) await secrets.set(account.id, tokens.refreshToken)
    cache.set(account.id, { accessToken: tokens.accessToken, expiresAt: tokens.expiresAt })
    return tokens.accessToken
  }

  return {
    async accessToken(account, opts = {}) {
      const cached = cache.get(account.id)
      if (!opts.renew && cached && cached.expiresAt - margin > now()) return cached.accessToken
      let pending = inFlight.get(account.id)
      if (!pending) {
        pending = refresh(account).finally(() => inFlight.delete(account.id))
        inFlight.set(account.id, pending)
      }
      return pending
    },
    async saveSignIn(accountId, tokens, clientSecret) {
      bump(accountId)
      const secrets = await options.secrets()
      await secrets.set(accountId, tokens.refreshToken)
      if (clientSecret) await secrets.set(clientSecretKey(accountId), clientSecret)
      cache.set(accountId, { accessToken: tokens.accessToken, expiresAt: tokens.expiresAt })
    },
    async forget(accountId) {
      bump(accountId)
      cache.delete(accountId)
      const secrets = await options.secrets()
      await secrets.delete(accountId)
      await secrets.delete(clientSecretKey(accountId))
    }
  }
}

/** The "sign in again" error for an account whose fresh access token was refused too. */
export function signInAgain(email: string): AfterviewError {
  return new AfterviewError('mail_auth', SIGN_IN_AGAIN(email))
}
