/**
 * The OAuth2 sign-in (PKCE, loopback redirect, state check) and token upkeep (refresh
 * before expiry, rotated refresh tokens, revoked sign-in) against a real local OAuth2
 * server (oauth2-mock-server); the test plays the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AfterviewError } from '../../src/shared/api'
import { OAUTH_PROVIDERS } from '../../src/shared/oauth-providers'
import { createMemorySecretStore } from '../../src/main/secrets'
import { challengeOf, createPkce } from '../../src/main/oauth/pkce'
import { signIn } from '../../src/main/oauth/sign-in'
import { createOAuthCredentials } from '../../src/main/oauth/credentials'
import { oauthSettings } from '../../src/main/services/oauth-account'
import { browserOpener } from '../../src/main/oauth/open-browser'
import { startOAuthServer, type OAuthServer } from '../support/oauth-server'

let oauth: OAuthServer
beforeAll(async () => {
  oauth = await startOAuthServer({ user: 'candidate', email: 'candidate@example.test' })
})
afterAll(async () => {
  await oauth?.stop()
})

const generic = () => ({
  provider: 'generic' as const,
  clientId: 'afterview-test',
  issuer: oauth.issuerUrl,
  scopes: ['openid', 'email', 'offline_access']
})

/** Signs in, approving the consent page as the user would (optionally tampering with the redirect). */
async function signInApproving(tamper?: (u: URL) => void) {
  let answer: Promise<{ status: number; text: string }> | undefined
  let consentUrl = ''
  const tokens = signIn({
    auth: generic(),
    email: 'candidate@example.test',
    onUrl: (url) => {
      consentUrl = url
      answer = oauth.approve(url, tamper)
    }
  })
  const result = await Promise.allSettled([tokens])
  return { result: result[0]!, answer: await answer!, consentUrl }
}

describe('PKCE', () => {
  it('makes a fresh 43-character verifier with its S256 challenge each time', () => {
    const a = createPkce()
    const b = createPkce()
    expect(a.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(a.verifier).not.toBe(b.verifier)
    expect(a.challenge).toBe(challengeOf(a.verifier))
    expect(a.challenge).not.toContain('=')
  })
})

describe('sign-in through the browser', () => {
  it('discovers the endpoints, sends PKCE and state, and comes back with tokens', async () => {
    const before = oauth.tokenRequests.length
    const { result, answer, consentUrl } = await signInApproving()
    expect(result.status).toBe('fulfilled')
    const tokens = (result as PromiseFulfilledResult<Awaited<ReturnType<typeof signIn>>>).value
    expect(tokens.accessToken.split('.')).toHaveLength(3)
    expect(oauth.issued.refreshTokens).toContain(tokens.refreshToken)
    expect(answer.status).toBe(200)
    expect(answer.text).toContain('You can close this tab')
    const url = new URL(consentUrl)
    expect(url.origin + url.pathname).toBe(`${oauth.issuerUrl}/authorize`)
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/)
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(url.searchParams.get('login_hint')).toBe('candidate@example.test')
    expect(oauth.tokenRequests.slice(before)).toEqual([{ grantType: 'authorization_code', refused: false }])
  })

  it('refuses a redirect whose state is not the one it sent, and asks for no token', async () => {
    const before = oauth.tokenRequests.length
    const { result, answer } = await signInApproving((u) => u.searchParams.set('state', 'forged-state'))
    expect(result.status).toBe('rejected')
    const error = (result as PromiseRejectedResult).reason as AfterviewError
    expect(error).toBeInstanceOf(AfterviewError)
    expect(error.code).toBe('mail_auth')
    expect(error.message).toMatch(/did not match the sign-in Afterview started.*nothing was saved/i)
    expect(answer.status).toBe(400)
    expect(oauth.tokenRequests.length).toBe(before)
  })

  it('says in plain words when the user declines on the consent page', async () => {
    const { result } = await signInApproving((u) => {
      u.searchParams.delete('code')
      u.searchParams.set('error', 'access_denied')
    })
    expect((result as PromiseRejectedResult).reason.message).toMatch(/you declined access/)
  })

  it('gives up after the timeout when the browser never comes back', async () => {
    await expect(signIn({ auth: generic(), email: 'a@example.test', timeoutMs: 50 })).rejects.toThrow(/not finished in time/)
  })
})

describe('access tokens', () => {
  async function signedIn(now: () => number) {
    const secrets = createMemorySecretStore()
    const credentials = createOAuthCredentials({ secrets: async () => secrets, now })
    const account = {
      id: 'acct-candidate',
      email: 'candidate@example.test',
      auth: { type: 'oauth2' as const, hasClientSecret: false, ...generic() }
    }
    const { result } = await signInApproving()
    const tokens = (result as PromiseFulfilledResult<Awaited<ReturnType<typeof signIn>>>).value
    await credentials.saveSignIn(account.id, { ...tokens, expiresAt: now() + 3600_000 })
    return { secrets, credentials, account, tokens }
  }

  it('uses the token while it is fresh, renews it shortly before it expires and keeps the new refresh token', async () => {
    let clock = Date.now()
    const { secrets, credentials, account, tokens } = await signedIn(() => clock)
    const before = oauth.tokenRequests.length
    expect(await credentials.accessToken(account)).toBe(tokens.accessToken)
    expect(oauth.tokenRequests.length).toBe(before)
    clock += 3600_000 - 60_000 // one minute before expiry
    const [renewed, again] = await Promise.all([credentials.accessToken(account), credentials.accessToken(account)])
    expect(renewed).not.toBe(tokens.accessToken)
    expect(again).toBe(renewed)
    expect(oauth.tokenRequests.slice(before)).toEqual([{ grantType: 'refresh_token', refused: false }])
    const stored = await secrets.get(account.id)
    expect(stored).not.toBe(tokens.refreshToken)
    expect(oauth.issued.refreshTokens).toContain(stored)
    // after the server refused a token: renew on demand, even though the cached one looks fresh
    await credentials.accessToken(account, { renew: true })
    expect(oauth.tokenRequests.slice(before).map((r) => r.grantType)).toEqual(['refresh_token', 'refresh_token'])
  })

  it('asks the user to sign in again when the refresh token was revoked', async () => {
    let clock = Date.now()
    const { credentials, account, tokens } = await signedIn(() => clock)
    oauth.revokeRefreshTokens()
    clock += 2 * 3600_000
    const error = await credentials.accessToken(account).catch((e: unknown) => e as AfterviewError)
    expect(error).toBeInstanceOf(AfterviewError)
    expect((error as AfterviewError).code).toBe('mail_auth')
    expect((error as AfterviewError).message).toMatch(/candidate@example.test has expired or was withdrawn\. Please sign in again/)
    expect((error as AfterviewError).message).not.toContain(tokens.refreshToken)
    expect(oauth.tokenRequests.at(-1)).toEqual({ grantType: 'refresh_token', refused: true })
  })

  /** Signed in, with token requests that can be held (the answer arrives, and is handed over when released). */
  async function heldSignIn() {
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    let holding = false
    const fetchHeld: typeof fetch = async (input, init) => {
      const hold = holding
      holding = false // only the next token request is held
      const res = await fetch(input, init)
      if (hold) await held
      return res
    }
    const secrets = createMemorySecretStore()
    const credentials = createOAuthCredentials({ secrets: async () => secrets, fetch: fetchHeld })
    const account = {
      id: 'acct-candidate',
      email: 'candidate@example.test',
      auth: { type: 'oauth2' as const, hasClientSecret: false, ...generic() }
    }
    const signedIn = async () => ((await signInApproving()).result as PromiseFulfilledResult<Awaited<ReturnType<typeof signIn>>>).value
    await credentials.saveSignIn(account.id, await signedIn())
    /** A renewal the account's watch began with the refresh token saved now, its answer held until release(). */
    const renewing = () => {
      holding = true
      const p = credentials.accessToken(account, { renew: true })
      p.catch(() => undefined)
      return p
    }
    return { secrets, credentials, account, signedIn, renewing, release }
  }

  it('a renewal with the old sign-in that ends after a new sign-in was saved does not undo it', async () => {
    const { secrets, credentials, account, signedIn, renewing, release } = await heldSignIn()
    const old = renewing()
    await new Promise((r) => setTimeout(r, 200)) // its answer (a rotated refresh token of the old sign-in) has arrived
    const again = await signedIn() // "Sign in again"
    await credentials.saveSignIn(account.id, again)
    release()
    await old
    expect(await secrets.get(account.id)).toBe(again.refreshToken)
    expect(await credentials.accessToken(account)).toBe(again.accessToken)
  })

  it("after signing in again, the restarted watch does not wait on the old sign-in's refused renewal", async () => {
    const { credentials, account, signedIn, renewing, release } = await heldSignIn()
    oauth.revokeRefreshTokens() // withdrawn: the watch's renewal is refused
    const old = renewing()
    await new Promise((r) => setTimeout(r, 200))
    const again = await signedIn()
    await credentials.saveSignIn(account.id, again)
    const restarted = credentials.accessToken(account, { renew: true }) // the server refused a token: renew
    release()
    await old.catch(() => undefined) // the old watch's: it is being stopped
    await expect(restarted).resolves.toEqual(expect.any(String))
    expect(await credentials.accessToken(account)).toBe(await restarted)
  })

  it('forgets the refresh token and client secret when the account goes', async () => {
    const { secrets, credentials, account } = await signedIn(Date.now)
    await credentials.forget(account.id)
    expect(await secrets.get(account.id)).toBeUndefined()
    await expect(credentials.accessToken(account)).rejects.toThrow(/no sign-in saved/)
  })
})

describe('provider settings', () => {
  it('takes the client id from the environment and the preset scopes', () => {
    process.env.AFTERVIEW_OAUTH_GOOGLE_CLIENT_ID = 'from-env.apps.googleusercontent.com'
    try {
      const { auth } = oauthSettings({ provider: 'google' })
      expect(auth.clientId).toBe('from-env.apps.googleusercontent.com')
      expect(auth.scopes).toEqual(['https://mail.google.com/'])
    } finally {
      delete process.env.AFTERVIEW_OAUTH_GOOGLE_CLIENT_ID
    }
  })

  it('points Microsoft at the chosen tenant and asks for IMAP, SMTP and offline access', () => {
    const { auth } = oauthSettings({ provider: 'microsoft', clientId: 'abc', tenant: 'contoso.onmicrosoft.com' })
    expect(auth.endpoints?.tokenUrl).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token')
    expect(auth.scopes).toEqual(OAUTH_PROVIDERS.microsoft.scopes)
    expect(auth.scopes).toContain('offline_access')
  })

  it('explains what is missing instead of starting a sign-in that cannot work', () => {
    expect(() => oauthSettings({ provider: 'google' })).toThrow(/client id is needed to sign in with Google/)
    expect(() => oauthSettings({ provider: 'generic', clientId: 'x', scopes: ['mail'] })).toThrow(/issuer address/)
    expect(() => oauthSettings({ provider: 'generic', clientId: 'x', issuer: 'https://id.example' })).toThrow(/scopes/)
  })
})

describe('opening the consent page', () => {
  it('hands only web addresses to the system browser', async () => {
    const opened: string[] = []
    const open = browserOpener(async (url) => {
      opened.push(url)
    })
    await open('https://accounts.google.com/o/oauth2/v2/auth?client_id=x')
    await expect(open('file:///etc/passwd')).rejects.toThrow()
    await expect(open('ms-settings:privacy')).rejects.toThrow()
    expect(opened).toEqual(['https://accounts.google.com/o/oauth2/v2/auth?client_id=x'])
  })
})
