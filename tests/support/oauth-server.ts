/**
 * A real OAuth2/OIDC server on 127.0.0.1 for tests (npm oauth2-mock-server, see RECIPES
 * "OAuth2"): authorization code + PKCE, refresh, signed RS256 JWTs with `sub`/`email` of the
 * harness user, JWKS and discovery. Added here, because the package as shipped accepts any
 * refresh token: it remembers the refresh tokens it issued and answers `invalid_grant` for
 * unknown or revoked ones. It also records every token request, so tests see refreshes.
 *
 *   const oauth = await startOAuthServer({ user: 'candidate', email: 'candidate@example.test' })
 *   const mail = await startMailServers({ oauth2: oauth.mailServerOptions })
 *   await oauth.approve(consentUrl)   // plays the browser: follows the redirect to the app
 */
import { exportSPKI, importJWK } from 'jose'
import type { MailServers } from './mail-servers'
import { Events, OAuth2Server, type MutableResponse, type MutableToken, type TokenRequestIncomingMessage } from 'oauth2-mock-server'

export interface OAuthServerOptions {
  /** `sub` of issued tokens: the mail login name (Dovecot's username_attribute). */
  user: string
  email: string
  /** Lifetime of access tokens in seconds (default 3600). */
  accessTokenTtl?: number
  /** Clients that must send their secret with every token request (as Google's desktop clients must): client id -> secret. */
  clientSecrets?: Record<string, string>
}

export interface OAuthServer {
  issuerUrl: string
  kid: string
  publicKeyPem: string
  /** For startMailServers({ oauth2 }). */
  mailServerOptions: { issuerUrl: string; publicKeyPem: string; kid: string }
  /** Change who signs in, and for how long tokens live, from now on. */
  set(options: Partial<OAuthServerOptions>): void
  /** Every token request in order: grant type, and whether it was refused. */
  tokenRequests: Array<{ grantType: string; refused: boolean }>
  /** Every access and refresh token handed out (to search the data dir and logs for them). */
  issued: { accessTokens: string[]; refreshTokens: string[] }
  /** Makes every refresh token issued so far unusable (as when the user withdraws access). */
  revokeRefreshTokens(): void
  /** A token signed by this server without any sign-in (for testing the mail servers): `sub`, lifetime in s. */
  signToken(options: { sub: string; expiresIn?: number }): Promise<string>
  /**
   * Plays the browser: opens the consent URL (the mock approves at once), follows its redirect
   * to the app's loopback listener and returns what the listener answered.
   * `tamper` can change the redirect (e.g. a different state) before it is followed.
   */
  approve(consentUrl: string, tamper?: (redirect: URL) => void): Promise<{ status: number; text: string }>
  stop(): Promise<void>
}

export async function startOAuthServer(options: OAuthServerOptions): Promise<OAuthServer> {
  let current = { accessTokenTtl: 3600, ...options }
  const server = new OAuth2Server()
  const key = await server.issuer.keys.generate('RS256')
  const { kty, n, e } = key as unknown as { kty: string; n: string; e: string }
  const publicKeyPem = await exportSPKI((await importJWK({ kty, n, e }, 'RS256')) as Parameters<typeof exportSPKI>[0])
  await server.start(0, '127.0.0.1')
  const issuerUrl = `http://127.0.0.1:${server.address().port}`
  server.issuer.url = issuerUrl

  const tokenRequests: OAuthServer['tokenRequests'] = []
  const issued = { accessTokens: [] as string[], refreshTokens: [] as string[] }
  const usable = new Set<string>()

  server.service.on(Events.BeforeTokenSigning, (token: MutableToken) => {
    const now = Math.floor(Date.now() / 1000)
    token.payload.sub = current.user
    token.payload.email = current.email
    token.payload.exp = now + current.accessTokenTtl
  })
  server.service.on(Events.BeforeResponse, (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    const body = req.body as unknown as Record<string, string | undefined>
    const grantType = body.grant_type ?? ''
    const secret = current.clientSecrets?.[body.client_id ?? '']
    if (secret !== undefined && body.client_secret !== secret) {
      tokenRequests.push({ grantType, refused: true })
      response.statusCode = 401
      response.body = { error: 'invalid_client', error_description: 'client_secret is missing or wrong.' }
      return
    }
    const refused = grantType === 'refresh_token' && !usable.has(body.refresh_token ?? '')
    tokenRequests.push({ grantType, refused })
    if (refused) {
      response.statusCode = 400
      response.body = { error: 'invalid_grant', error_description: 'The refresh token is unknown or was revoked.' }
      return
    }
    if (response.body === '') return
    response.body.expires_in = current.accessTokenTtl
    const access = response.body.access_token
    const refresh = response.body.refresh_token
    if (typeof access === 'string') issued.accessTokens.push(access)
    if (typeof refresh === 'string') {
      issued.refreshTokens.push(refresh)
      usable.add(refresh)
    }
  })

  return {
    issuerUrl,
    kid: key.kid,
    publicKeyPem,
    mailServerOptions: { issuerUrl, publicKeyPem, kid: key.kid },
    set: (change) => {
      current = { ...current, ...change }
    },
    tokenRequests,
    issued,
    revokeRefreshTokens: () => usable.clear(),
    signToken: ({ sub, expiresIn }) =>
      server.issuer.buildToken({
        expiresIn,
        scopesOrTransform: (_h, payload) => {
          payload.sub = sub
        }
      }),
    async approve(consentUrl, tamper) {
      const consent = await fetch(consentUrl, { redirect: 'manual' })
      const location = consent.headers.get('location')
      if (consent.status < 300 || consent.status >= 400 || !location)
        throw new Error(`oauth test server: consent page answered ${consent.status} without a redirect: ${await consent.text()}`)
      const redirect = new URL(location)
      tamper?.(redirect)
      const answer = await fetch(redirect)
      return { status: answer.status, text: await answer.text() }
    },
    stop: () => server.stop()
  }
}

/**
 * What a user types to sign the test mailbox (candidate) in with this server as a generic provider: the input of
 * `signInWithOAuth`, for parseInput.
 */
export function signInRequestFor(
  mail: MailServers,
  oauth: Pick<OAuthServer, 'issuerUrl'>,
  client: { clientId: string; clientSecret?: string }
): {
  fields: { email: string; user: string; allowSelfSigned: boolean; imap: MailServer; smtp: MailServer }
  trustCertificate: string
  oauth: { provider: 'generic'; clientId: string; clientSecret?: string; issuer: string; scopes: string[] }
} {
  return {
    fields: {
      email: `candidate@${mail.domain}`,
      user: 'candidate',
      allowSelfSigned: true,
      imap: { host: '127.0.0.1', port: mail.imap.port, security: 'starttls' },
      smtp: { host: '127.0.0.1', port: mail.smtp.port, security: 'starttls' }
    },
    trustCertificate: mail.certFingerprint256,
    oauth: { provider: 'generic', ...client, issuer: oauth.issuerUrl, scopes: ['openid', 'email', 'offline_access'] }
  }
}

type MailServer = { host: string; port: number; security: 'starttls' }
