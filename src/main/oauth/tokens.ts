/**
 * Talking to the provider's token endpoint (RFC 6749 §4.1.3 and §6) and discovering a
 * generic provider's endpoints (OpenID Connect discovery). Plain fetch, form-encoded.
 * Errors are AfterviewErrors in plain words; no token or secret ever appears in one.
 */
import { z } from 'zod'
import { AfterviewError } from '../../shared/api'
import { OAUTH_PROVIDERS, OAuthEndpoints, type OAuth2Auth } from '../../shared/oauth-providers'

export type Fetch = typeof fetch

export interface TokenSet {
  accessToken: string
  /** Epoch ms when the access token stops working. */
  expiresAt: number
  /** Present when the provider issued a (new) one. */
  refreshToken?: string
  scope?: string
}

export interface ClientCredentials {
  clientId: string
  clientSecret?: string
}

const TokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional()
})

const ErrorResponse = z.object({ error: z.string(), error_description: z.string().optional() })

const Discovery = z.object({ authorization_endpoint: z.string().url(), token_endpoint: z.string().url() })

export const SIGN_IN_AGAIN = (email: string) =>
  `The sign-in for ${email} has expired or was withdrawn. Please sign in again (Settings → Mail accounts → Sign in again, or "afterview account sign-in ${email}").`

/** The endpoints of an account's provider: preset, configured, or discovered from the issuer. */
export async function resolveEndpoints(
  auth: Pick<OAuth2Auth, 'provider' | 'issuer' | 'endpoints'>,
  fetchImpl: Fetch = fetch
): Promise<OAuthEndpoints> {
  if (auth.endpoints) return auth.endpoints
  const preset = OAUTH_PROVIDERS[auth.provider].endpoints
  if (preset) return preset
  if (!auth.issuer)
    throw new AfterviewError('invalid_input', 'A generic OAuth2 provider needs its issuer address (like https://login.example.com).')
  const url = `${auth.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`
  let body: unknown
  try {
    const res = await fetchImpl(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(15_000) })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    body = await res.json()
  } catch (error) {
    throw new AfterviewError(
      'mail_network',
      `Afterview could not read the sign-in settings of ${auth.issuer} (${(error as Error).message}). Check the issuer address and your connection.`
    )
  }
  const parsed = Discovery.safeParse(body)
  if (!parsed.success)
    throw new AfterviewError(
      'mail_network',
      `${auth.issuer} did not describe its sign-in endpoints (authorization_endpoint, token_endpoint).`
    )
  return OAuthEndpoints.parse({ authorizationUrl: parsed.data.authorization_endpoint, tokenUrl: parsed.data.token_endpoint })
}

/** POSTs a grant to the token endpoint; `email` is only for messages. */
async function requestTokens(
  tokenUrl: string,
  params: Record<string, string>,
  client: ClientCredentials,
  email: string,
  fetchImpl: Fetch,
  now: () => number
): Promise<TokenSet> {
  const body = new URLSearchParams({
    ...params,
    client_id: client.clientId,
    ...(client.clientSecret ? { client_secret: client.clientSecret } : {})
  })
  let res: Response
  try {
    res = await fetchImpl(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(20_000)
    })
  } catch (error) {
    throw new AfterviewError(
      'mail_network',
      `Afterview could not reach the sign-in server for ${email} (${(error as Error).message}). Check your connection; it will try again.`
    )
  }
  const json: unknown = await res.json().catch(() => undefined)
  if (!res.ok) {
    const err = ErrorResponse.safeParse(json)
    const code = err.success ? err.data.error : `HTTP ${res.status}`
    if (code === 'invalid_grant') throw new AfterviewError('mail_auth', SIGN_IN_AGAIN(email))
    if (code === 'invalid_client' || code === 'unauthorized_client')
      throw new AfterviewError(
        'mail_auth',
        `The sign-in server for ${email} did not accept the client id${client.clientSecret ? ' and secret' : ''} (${code}). Check them in Settings → Mail accounts and sign in again.`
      )
    if (res.status >= 500)
      throw new AfterviewError(
        'mail_network',
        `The sign-in server for ${email} is having trouble (${code}). Afterview will try again later.`
      )
    throw new AfterviewError(
      'mail_auth',
      `The sign-in server for ${email} refused the request (${code}${err.success && err.data.error_description ? `: ${err.data.error_description}` : ''}). Please sign in again.`
    )
  }
  const parsed = TokenResponse.safeParse(json)
  if (!parsed.success)
    throw new AfterviewError('mail_auth', `The sign-in server for ${email} answered without an access token. Please sign in again.`)
  const t = parsed.data
  return {
    accessToken: t.access_token,
    expiresAt: now() + (t.expires_in ?? 3600) * 1000,
    ...(t.refresh_token ? { refreshToken: t.refresh_token } : {}),
    ...(t.scope ? { scope: t.scope } : {})
  }
}

export function exchangeCode(args: {
  tokenUrl: string
  code: string
  verifier: string
  redirectUri: string
  client: ClientCredentials
  email: string
  fetch?: Fetch
  now?: () => number
}): Promise<TokenSet> {
  return requestTokens(
    args.tokenUrl,
    { grant_type: 'authorization_code', code: args.code, code_verifier: args.verifier, redirect_uri: args.redirectUri },
    args.client,
    args.email,
    args.fetch ?? fetch,
    args.now ?? Date.now
  )
}

export function refreshAccessToken(args: {
  tokenUrl: string
  refreshToken: string
  scopes: string[]
  client: ClientCredentials
  email: string
  fetch?: Fetch
  now?: () => number
}): Promise<TokenSet> {
  return requestTokens(
    args.tokenUrl,
    { grant_type: 'refresh_token', refresh_token: args.refreshToken, scope: args.scopes.join(' ') },
    args.client,
    args.email,
    args.fetch ?? fetch,
    args.now ?? Date.now
  )
}
