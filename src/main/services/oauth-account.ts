/**
 * Adding a mail account that signs in with OAuth2: resolve the client id (given, else the
 * environment, else the build's setting), sign in through the browser, test IMAP and SMTP
 * with the access token, then save the account and put the refresh token in the secret store.
 * Nothing is saved when any step fails.
 */
import { AccountFields, type Account } from '../../shared/accounts'
import { AfterviewError, type AddAccountResult } from '../../shared/api'
import { OAuthSignInRequest } from '../../shared/api/oauth'
import { OAUTH_PROVIDERS, OAuth2Auth, clientIdEnvNames, microsoftEndpoints, type OAuthProviderId } from '../../shared/oauth-providers'
import { reportError, testConnection } from '../mail/connection'
import { clientSecretKey } from '../oauth/credentials'
import { signIn, type SignInOptions } from '../oauth/sign-in'
import { slug } from '../store/ids'
import { buildAccount, changesWhereThePasswordGoes } from './accounts'
import type { MailHost } from './mail-host'
import type { z } from 'zod'

/** A client id a packager set at build time (MAIN_VITE_AFTERVIEW_OAUTH_<PROVIDER>_CLIENT_ID). */
function buildTimeClientId(provider: OAuthProviderId): string | undefined {
  const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env
  if (!env) return undefined
  return provider === 'google'
    ? env.MAIN_VITE_AFTERVIEW_OAUTH_GOOGLE_CLIENT_ID
    : provider === 'microsoft'
      ? env.MAIN_VITE_AFTERVIEW_OAUTH_MICROSOFT_CLIENT_ID
      : undefined
}

/** The OAuth2 settings to save for the account, from what the user gave and the preset. */
export function oauthSettings(request: ReturnType<typeof OAuthSignInRequest.parse>): { auth: OAuth2Auth; clientSecret?: string } {
  const preset = OAUTH_PROVIDERS[request.provider]
  const env = clientIdEnvNames(request.provider)
  const clientId = request.clientId ?? process.env[env.id] ?? buildTimeClientId(request.provider)
  if (!clientId)
    throw new AfterviewError(
      'invalid_input',
      `A client id is needed to sign in with ${preset.label}. Create one (see the steps in Settings → Mail accounts) and enter it, or set ${env.id}.`
    )
  const clientSecret = request.clientSecret ?? process.env[env.secret]
  const scopes = request.scopes?.length ? request.scopes : preset.scopes
  if (!scopes.length)
    throw new AfterviewError(
      'invalid_input',
      'Enter the scopes your provider needs for IMAP and SMTP (ask your provider), separated by spaces.'
    )
  if (request.provider === 'generic' && !request.issuer)
    throw new AfterviewError('invalid_input', 'Enter the issuer address of your provider (the one with /.well-known/openid-configuration).')
  const endpoints = request.provider === 'microsoft' && request.tenant ? microsoftEndpoints(request.tenant) : undefined
  const auth = OAuth2Auth.parse({
    type: 'oauth2',
    provider: request.provider,
    clientId,
    scopes,
    hasClientSecret: !!clientSecret,
    ...(request.issuer ? { issuer: request.issuer } : {}),
    ...(endpoints ? { endpoints } : {})
  })
  return { auth, ...(clientSecret ? { clientSecret } : {}) }
}

export interface AddOAuthAccountInput {
  /** What the user typed (email, servers, user, …), as for a password account. */
  fields: z.input<typeof AccountFields>
  oauth: z.input<typeof OAuthSignInRequest>
  skipTest?: boolean
  /** The self-signed certificate's fingerprint the user agreed to trust. */
  trustCertificate?: string
}

export type BrowserHooks = Pick<SignInOptions, 'openBrowser' | 'onUrl' | 'timeoutMs'>

export async function addOAuthAccount(host: MailHost, input: AddOAuthAccountInput, hooks: BrowserHooks): Promise<AddAccountResult> {
  const { store } = host.ctx
  const email = input.fields.email.trim().toLowerCase()
  if (store.accounts.all().some((a) => a.email === email))
    throw new AfterviewError(
      'conflict',
      `${email} is already connected. To sign in again, use "Sign in again" on its card in Settings → Mail accounts.`
    )
  const { auth, clientSecret } = oauthSettings(OAuthSignInRequest.parse(input.oauth))
  const base = `acct-${slug(email)}`.slice(0, 60)
  let id = base
  for (let n = 2; store.accounts.get(id); n++) id = `${base}-${n}`
  const preset = OAUTH_PROVIDERS[auth.provider]
  const fields = AccountFields.parse({
    ...input.fields,
    preset: auth.provider === 'google' ? 'gmail' : auth.provider === 'microsoft' ? 'outlook' : 'other'
  })
  const account = {
    ...(await buildAccount(fields, { id, createdAt: new Date(host.ctx.now()).toISOString() }, input.trustCertificate)),
    auth
  }
  const tokens = await signIn({ auth, email, ...(clientSecret ? { clientSecret } : {}), ...hooks, now: host.ctx.now })
  const report = input.skipTest ? undefined : await testConnection(account, tokens.accessToken)
  const failed = report && reportError(report)
  if (failed)
    throw new AfterviewError(
      failed.code,
      `${failed.message} (Signed in with ${preset.label}, but the mail server refused the token; nothing was saved.)`
    )
  await host.oauth.saveSignIn(account.id, tokens, clientSecret)
  const saved = await store.accounts.create(account)
  host.ctx.changed()
  if (host.watching) host.sync.watch([saved])
  const secrets = await host.secrets()
  return { account: { ...saved, secretKind: secrets.kind, sync: host.sync.statusOf(saved.id) }, ...(report ? { report } : {}) }
}

/**
 * Signs an OAuth2 account in again, after its sign-in expired or was withdrawn (Google ends a test app's sign-ins
 * after seven days; a changed password or "remove access" ends them at once). The same consent in the browser, with
 * the account's saved provider, client and scopes; the new token is tried on the mail server before anything is
 * saved, so signing in as someone else changes nothing. The account keeps its id, what it filed and where each
 * mailbox's reading stopped: nothing is read twice. A watched account starts again with the new sign-in.
 */
export async function signInAgain(
  host: MailHost,
  id: string,
  hooks: BrowserHooks,
  given: { clientSecret?: string } = {}
): Promise<{ email: string }> {
  const { store } = host.ctx
  const account = store.accounts.get(id)
  if (!account) throw new AfterviewError('not_found', 'That mail account no longer exists. It may have been removed in another window.')
  if (account.auth.type !== 'oauth2')
    throw new AfterviewError('invalid_input', `${account.email} signs in with a password, not through a provider: enter it on its card.`)
  const { auth } = account
  const label = OAUTH_PROVIDERS[auth.provider].label
  const secrets = await host.secrets()
  const envSecret = clientIdEnvNames(auth.provider).secret
  const clientSecret =
    given.clientSecret ?? (auth.hasClientSecret ? await secrets.get(clientSecretKey(id)) : undefined) ?? process.env[envSecret]
  // The client secret went with the sign-in (a keychain reset, no keychain after a restart, another computer): the
  // provider would refuse the sign-in only after the user went through its pages.
  if (auth.hasClientSecret && !clientSecret)
    throw new AfterviewError(
      'invalid_input',
      `The client secret for ${account.email} is no longer saved on this computer. Enter it to sign in again with ${label} (or "afterview account sign-in ${account.email} --client-secret …", or set ${envSecret}).`
    )
  const tokens = await signIn({ auth, email: account.email, ...(clientSecret ? { clientSecret } : {}), ...hooks, now: host.ctx.now })
  // The browser took minutes: the account may have been removed or edited meanwhile (another window, the command line).
  const current = (): Account => {
    const now = store.accounts.get(id)
    if (!now) throw new AfterviewError('not_found', `${account.email} was removed while you signed in. Nothing was saved.`)
    if (now.auth.type !== 'oauth2' || now.auth.provider !== auth.provider || now.auth.clientId !== auth.clientId)
      throw new AfterviewError('conflict', `${account.email} was changed while you signed in. Nothing was saved: please sign in again.`)
    return now
  }
  const tested = current()
  const failed = reportError(await testConnection(tested, tokens.accessToken))
  if (failed)
    throw new AfterviewError(
      failed.code,
      `${failed.message} (Signed in with ${label}, but the mail server refused the token for ${account.email}: was it another account? Nothing was changed.)`
    )
  const latest = current()
  if (changesWhereThePasswordGoes(tested, latest))
    throw new AfterviewError('conflict', `${account.email} was changed while you signed in. Nothing was saved: please sign in again.`)
  await host.oauth.saveSignIn(id, tokens, clientSecret)
  if (given.clientSecret && latest.auth.type === 'oauth2' && !latest.auth.hasClientSecret)
    await store.accounts.put({ ...latest, auth: { ...latest.auth, hasClientSecret: true } })
  if (!store.accounts.get(id)) {
    // Removed while the sign-in was being saved: nothing is kept for it.
    await host.oauth.forget(id)
    throw new AfterviewError('not_found', `${account.email} was removed while you signed in. Nothing was saved.`)
  }
  host.ctx.changed()
  // Restarted with the account as saved now (as updateAccount does), never with the one read before the browser.
  if (host.sync.isWatching(id)) await host.sync.stop(id)
  const watched = store.accounts.get(id)
  if (watched && host.watching) host.sync.watch([watched])
  return { email: account.email }
}
