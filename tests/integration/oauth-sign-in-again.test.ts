/**
 * "Sign in again" while the app watches the account (review of 38f5e098): what else can happen during the minutes the
 * browser waits (the account removed or edited), the watch after it, and a client whose secret the keychain forgot
 * along with the sign-in (Google's desktop clients need their secret). Real OAuth2 server and Dovecot, as oauth.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '../../src/shared/accounts'
import { AfterviewError, parseInput } from '../../src/shared/api'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { createMemorySecretStore } from '../../src/main/secrets'
import { clientSecretKey } from '../../src/main/oauth/credentials'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { signInRequestFor, startOAuthServer, type OAuthServer } from '../support/oauth-server'
import { tempDataDir } from '../support/temp-dir'
import { waitFor } from './sync-support'

const CLIENT = 'afterview-google-like'
const SECRET = 'the-client-secret'
let oauth: OAuthServer
let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices
const secrets = createMemorySecretStore()
const notices: string[] = []
/** What the user does in another window while the browser waits. */
let meanwhile: (() => Promise<unknown>) | undefined

const request = () => parseInput('signInWithOAuth', signInRequestFor(mail, oauth, { clientId: CLIENT, clientSecret: SECRET }))
const account = () => services.mail.ctx.store.accounts.all()[0]!
/** The account as the running watch has it. */
const watched = (id: string) => (services.mail.sync as unknown as { syncs: Map<string, { account: Account }> }).syncs.get(id)?.account

/** The sign-in withdrawn at the provider, and the watch finding out: "Cannot sign in to your mail". */
async function withdrawn(id: string): Promise<void> {
  oauth.revokeRefreshTokens()
  await services.mail.secretFor(account(), { renew: true }).catch(() => undefined) // refused: the cached token dropped
  services.mail.sync.reconnect()
  await waitFor(() => services.mail.sync.statusOf(id).problem === 'sign-in', 15_000)
}

beforeAll(async () => {
  oauth = await startOAuthServer({ user: 'candidate', email: 'candidate@example.test', clientSecrets: { [CLIENT]: SECRET } })
  mail = await startMailServers({ oauth2: oauth.mailServerOptions })
  data = tempDataDir('afterview-oauth-again-')
  services = createServices({
    store: openStore(data.dir),
    mode: 'browser',
    version: 'test',
    mail: { secrets },
    emit: (event, payload) => {
      if (event === 'notice') notices.push((payload as { message: string }).message)
    },
    openBrowser: async (url) => {
      const before = meanwhile
      meanwhile = undefined
      await before?.()
      await oauth.approve(url)
    }
  })
  await services.signInWithOAuth(request())
  services.mail.start() // as the app and browser mode do
  await waitFor(() => services.mail.sync.statusOf(account().id).state === 'watching', 15_000)
}, 60_000)
afterAll(async () => {
  services?.dispose()
  await mail?.stop()
  await oauth?.stop()
  data?.cleanup()
})

describe('signing in again while the account is watched', () => {
  it('the watch reads again and the sign-in problem clears', async () => {
    const id = account().id
    await withdrawn(id)
    await services.signInAgain(parseInput('signInAgain', { id }))
    await waitFor(() => services.mail.sync.statusOf(id).state === 'watching', 15_000)
    expect(services.mail.sync.statusOf(id).problem).toBeUndefined()
    const listed = (await services.listAccounts(undefined)).accounts[0]!
    expect(listed.sync.problem).toBeUndefined()
  }, 40_000)

  it('an edit saved while the browser waits stays in the watch (it is not put back to the account as it was)', async () => {
    const id = account().id
    await withdrawn(id)
    meanwhile = () => services.updateAccount(parseInput('updateAccount', { id, fields: { lookbackDays: 45, allowSelfSigned: true } }))
    await services.signInAgain(parseInput('signInAgain', { id }))
    expect(account().lookbackDays).toBe(45)
    expect(watched(id)?.lookbackDays).toBe(45)
  }, 40_000)

  it('an account removed while the browser waits keeps no sign-in and is not watched again', async () => {
    const id = account().id
    meanwhile = () => services.removeAccount(parseInput('removeAccount', { id }))
    const error = await services.signInAgain(parseInput('signInAgain', { id })).catch((e: unknown) => e as AfterviewError)
    expect(services.mail.ctx.store.accounts.get(id)).toBeUndefined()
    expect(services.mail.sync.isWatching(id)).toBe(false)
    expect(await secrets.get(id)).toBeUndefined()
    expect(error).toBeInstanceOf(AfterviewError)
    expect((error as AfterviewError).code).toBe('not_found')
    // Connected again for what follows.
    await services.signInWithOAuth(request())
    expect(account().id).toBe(id)
  }, 40_000)
})

describe('a sign-in the keychain forgot, with the client secret (Google desktop clients need it)', () => {
  it('says the client secret is needed before the browser opens, and signs in with it when given', async () => {
    const id = account().id
    // A restart without a keychain, a reset keychain, another computer: the refresh token and the client secret are gone.
    await secrets.delete(id)
    await secrets.delete(clientSecretKey(id))
    expect((await services.listAccounts(undefined)).accounts[0]!.secretKind).toBe('missing')
    const requests = oauth.tokenRequests.length
    const shown = notices.length
    const error = await services.signInAgain(parseInput('signInAgain', { id })).catch((e: unknown) => e as AfterviewError)
    expect(error).toBeInstanceOf(AfterviewError)
    expect((error as AfterviewError).message).toMatch(/client secret/i)
    // Not after the user went through the provider's pages for nothing.
    expect(oauth.tokenRequests.slice(requests)).toEqual([])
    expect(notices.slice(shown).filter((n) => n.includes('/authorize?'))).toEqual([])

    await services.signInAgain(parseInput('signInAgain', { id, clientSecret: SECRET }))
    expect((await services.listAccounts(undefined)).accounts[0]!.secretKind).toBe('memory')
    expect(await secrets.get(clientSecretKey(id))).toBe(SECRET)
    await services.mail.sync.syncOnce([account()])
  }, 40_000)
})
