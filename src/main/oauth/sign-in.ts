/**
 * The sign-in itself (RFC 8252 + PKCE): start the loopback listener, build the consent-page
 * URL, hand it to the system browser (`openBrowser`, injected: Electron's shell.openExternal,
 * `xdg-open` in the CLI, nothing in tests) and to `onUrl` so it can be shown for copying,
 * wait for the redirect, check `state`, exchange the code with the verifier.
 */
import { AfterviewError } from '../../shared/api'
import { OAUTH_PROVIDERS, type OAuth2Auth } from '../../shared/oauth-providers'
import { listenForRedirect } from './loopback'
import { createPkce, randomState } from './pkce'
import { exchangeCode, resolveEndpoints, type Fetch, type TokenSet } from './tokens'

export interface SignInOptions {
  auth: Pick<OAuth2Auth, 'provider' | 'clientId' | 'issuer' | 'endpoints' | 'scopes'>
  email: string
  clientSecret?: string
  /** Opens the URL in the user's browser; a failure is not fatal (the URL is also given to onUrl). */
  openBrowser?: (url: string) => void | Promise<void>
  /** Shows the URL to the user (CLI: printed). Called before openBrowser. */
  onUrl?: (url: string) => void
  timeoutMs?: number
  fetch?: Fetch
  now?: () => number
}

export type SignedIn = TokenSet & { refreshToken: string }

/** Builds the consent-page address. */
export function authorizationUrl(
  base: string,
  params: {
    clientId: string
    redirectUri: string
    scopes: string[]
    state: string
    challenge: string
    email: string
    extra: Record<string, string>
  }
): string {
  const url = new URL(base)
  const q = url.searchParams
  q.set('response_type', 'code')
  q.set('client_id', params.clientId)
  q.set('redirect_uri', params.redirectUri)
  q.set('scope', params.scopes.join(' '))
  q.set('state', params.state)
  q.set('code_challenge', params.challenge)
  q.set('code_challenge_method', 'S256')
  q.set('login_hint', params.email)
  for (const [k, v] of Object.entries(params.extra)) q.set(k, v)
  return url.href
}

export async function signIn(options: SignInOptions): Promise<SignedIn> {
  const { auth } = options
  const endpoints = await resolveEndpoints(auth, options.fetch)
  const pkce = createPkce()
  const state = randomState()
  const redirect = await listenForRedirect({ state, timeoutMs: options.timeoutMs })
  try {
    const url = authorizationUrl(endpoints.authorizationUrl, {
      clientId: auth.clientId,
      redirectUri: redirect.redirectUri,
      scopes: auth.scopes,
      state,
      challenge: pkce.challenge,
      email: options.email,
      extra: OAUTH_PROVIDERS[auth.provider].authorizationParams
    })
    options.onUrl?.(url)
    try {
      await options.openBrowser?.(url)
    } catch {
      // the URL was shown; the user can open it by hand
    }
    const code = await redirect.code
    const tokens = await exchangeCode({
      tokenUrl: endpoints.tokenUrl,
      code,
      verifier: pkce.verifier,
      redirectUri: redirect.redirectUri,
      client: { clientId: auth.clientId, ...(options.clientSecret ? { clientSecret: options.clientSecret } : {}) },
      email: options.email,
      fetch: options.fetch,
      now: options.now
    })
    if (!tokens.refreshToken) {
      throw new AfterviewError(
        'mail_auth',
        `The provider signed you in but gave Afterview no lasting permission (no refresh token), so it would stop working within the hour. ${auth.provider === 'microsoft' ? 'Make sure the offline_access permission is granted.' : 'Try again and allow access on the consent page.'}`
      )
    }
    return { ...tokens, refreshToken: tokens.refreshToken }
  } finally {
    redirect.close()
  }
}
