/**
 * "Sign in with …" end to end, with no protocol mocks: a real OAuth2 server
 * (oauth2-mock-server, tests/support/oauth-server.ts), the test Dovecot validating bearer
 * JWTs itself (XOAUTH2/OAUTHBEARER) and the test SMTP server accepting XOAUTH2. The test
 * plays the browser through the injected openBrowser: it opens the consent URL and follows
 * the redirect to Afterview's loopback listener.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ImapFlow } from 'imapflow'
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AfterviewError, parseInput } from '../../src/shared/api'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { createMemorySecretStore } from '../../src/main/secrets'
import { imapClientOptions } from '../../src/main/mail/connection'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { signInRequestFor, startOAuthServer, type OAuthServer } from '../support/oauth-server'
import { makeMessage, seedMaildir } from '../support/maildir'
import { tempDataDir } from '../support/temp-dir'

let oauth: OAuthServer
let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices
const secrets = createMemorySecretStore()
const notices: string[] = []
let tamper: ((u: URL) => void) | undefined
const replyId = `<oauth-reply-${Date.now()}@kestrelharbor.test>`

const fields = () => signInRequestFor(mail, oauth, { clientId: 'afterview-desktop' }).fields
const request = () => parseInput('signInWithOAuth', signInRequestFor(mail, oauth, { clientId: 'afterview-desktop' }))
const account = () => services.mail.ctx.store.accounts.all()[0]!

async function login(token: string, user = 'candidate'): Promise<void> {
  const client = new ImapFlow(imapClientOptions({ ...account(), user }, token))
  client.on('error', () => undefined)
  try {
    await client.connect()
  } finally {
    await client.logout().catch(() => client.close())
  }
}

beforeAll(async () => {
  oauth = await startOAuthServer({ user: 'candidate', email: 'candidate@example.test' })
  mail = await startMailServers({ oauth2: oauth.mailServerOptions })
  data = tempDataDir('afterview-oauth-')
  services = createServices({
    store: openStore(data.dir),
    mode: 'browser',
    version: 'test',
    mail: { secrets },
    emit: (event, payload) => {
      if (event === 'notice') notices.push((payload as { message: string }).message)
    },
    openBrowser: async (url) => {
      await oauth.approve(url, tamper)
    }
  })
  const app = await services.createApplication(
    parseInput('createApplication', {
      fields: { company: 'Kestrel Harbor', role: 'Data Engineer', companyDomain: 'kestrelharbor.test' },
      contacts: [{ name: 'Dana Whitfield', email: 'dana@kestrelharbor.test' }]
    })
  )
  expect(app.application.id).toBeTruthy()
  const date = new Date(Date.now() - 3_600_000)
  await seedMaildir(mail, 'candidate', [
    {
      raw: makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
        to: `candidate@${mail.domain}`,
        subject: 'Next steps for the Data Engineer role',
        messageId: replyId,
        date,
        body: 'We would love to schedule a final interview.'
      }),
      date
    }
  ])
}, 60_000)
afterAll(async () => {
  services?.dispose()
  await mail?.stop()
  await oauth?.stop()
  data?.cleanup()
})

describe('the test servers accept OAuth2 bearer tokens', () => {
  it("Dovecot and the SMTP server take a good token, refuse an expired or someone else's, and passwords still work", async () => {
    const good = await oauth.signToken({ sub: 'candidate' })
    const expired = await oauth.signToken({ sub: 'candidate', expiresIn: -60 })
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: mail.imap.port,
      secure: false,
      logger: false,
      auth: { user: 'candidate', accessToken: good },
      tls: { ca: [mail.certPem], servername: 'localhost' }
    })
    await client.connect()
    expect(client.authenticated).toBeTruthy()
    await client.logout()
    const refused = async (token: string, user = 'candidate') => {
      const c = new ImapFlow({
        host: '127.0.0.1',
        port: mail.imap.port,
        secure: false,
        logger: false,
        auth: { user, accessToken: token },
        tls: { ca: [mail.certPem], servername: 'localhost' }
      })
      c.on('error', () => undefined)
      return c.connect().then(
        () => false,
        (e: { authenticationFailed?: boolean }) => e.authenticationFailed === true
      )
    }
    expect(await refused(expired)).toBe(true)
    expect(await refused(good, 'interviewer')).toBe(true)
    expect(await refused('not-a-jwt')).toBe(true)
    const smtp = (token: string) =>
      nodemailer
        .createTransport({
          host: '127.0.0.1',
          port: mail.smtp.port,
          requireTLS: true,
          tls: { ca: [mail.certPem], servername: 'localhost' },
          auth: { type: 'OAuth2', user: 'candidate', accessToken: token }
        })
        .verify()
    await expect(smtp(good)).resolves.toBe(true)
    await expect(smtp(expired)).rejects.toThrow(/Invalid|535|334|auth/i)
    const pw = await mail.imapClient('candidate')
    await pw.logout()
  })
})

describe('sign in with a generic OAuth2 provider', () => {
  it('a forged state on the redirect is refused and nothing is saved', async () => {
    tamper = (u) => u.searchParams.set('state', 'not-the-one-we-sent')
    const error = await services.signInWithOAuth(request()).catch((e: unknown) => e as AfterviewError)
    tamper = undefined
    expect(error).toBeInstanceOf(AfterviewError)
    expect((error as AfterviewError).code).toBe('mail_auth')
    expect((error as AfterviewError).message).toMatch(/did not match the sign-in Afterview started/)
    expect(services.mail.ctx.store.accounts.all()).toEqual([])
    expect(oauth.tokenRequests).toEqual([])
  })

  it('signs in through the loopback redirect, tests IMAP and SMTP with the token and saves the account', async () => {
    const result = await services.signInWithOAuth(request())
    expect(result.report?.ok).toBe(true)
    expect(result.account.auth).toMatchObject({ type: 'oauth2', provider: 'generic', clientId: 'afterview-desktop' })
    expect(result.account.secretKind).toBe('memory')
    expect(notices.some((n) => n.includes(`${oauth.issuerUrl}/authorize?`))).toBe(true)
    expect(await secrets.get(account().id)).toBe(oauth.issued.refreshTokens.at(-1))
  })

  it("syncs the mailbox with the token and files the interviewer's reply", async () => {
    const filed = await services.mail.sync.syncOnce([account()])
    expect(filed).toBe(1)
    const app = services.mail.ctx.store.applications.all()[0]!
    expect(app.events.some((e) => e.message?.messageId === replyId)).toBe(true)
  })

  it('editing the account keeps its sign-in (it does not turn into a password account)', async () => {
    const edited = await services.updateAccount(
      parseInput('updateAccount', { id: account().id, fields: { lookbackDays: 90, allowSelfSigned: true } })
    ) // (a partial edit resets defaulted fields such as allowSelfSigned: reported to the accounts owner)
    expect(edited.lookbackDays).toBe(90)
    expect(account().auth.type).toBe('oauth2')
    expect(edited.secretKind).toBe('memory')
  })

  it('sends mail through the SMTP server with the token, and it is delivered', async () => {
    const transport = nodemailer.createTransport(
      (await import('../../src/main/mail/connection')).smtpTransportOptions(account(), await services.mail.secretFor(account()))
    )
    const info = await transport.sendMail({
      from: account().email,
      to: `interviewer@${mail.domain}`,
      subject: 'Thank you for today',
      text: 'Thank you for your time.'
    })
    transport.close()
    const received = mail.smtp.received.find((m) => m.raw.toString().includes(info.messageId))
    expect(received?.authUser).toBe('candidate')
    expect(received?.deliveredTo).toEqual(['interviewer'])
  })

  it('renews an expired access token and keeps working', async () => {
    oauth.set({ accessTokenTtl: 3 })
    const short = await services.mail.secretFor(account(), { renew: true })
    await new Promise((r) => setTimeout(r, 4_000))
    await expect(login(short)).rejects.toMatchObject({ authenticationFailed: true }) // Dovecot checks exp itself
    oauth.set({ accessTokenTtl: 3600 })
    const before = oauth.tokenRequests.length
    await services.mail.sync.syncOnce([account()])
    expect(oauth.tokenRequests.slice(before)).toEqual([{ grantType: 'refresh_token', refused: false }])
    await login(await services.mail.secretFor(account()))
  }, 20_000)

  it('a token the mail server refuses is renewed once; refused again, the user is asked to sign in again', async () => {
    oauth.set({ user: 'interviewer' }) // tokens for someone else: Dovecot refuses them for candidate
    await services.mail.secretFor(account(), { renew: true })
    oauth.set({ user: 'candidate' })
    let before = oauth.tokenRequests.length
    await services.mail.sync.syncOnce([account()])
    expect(oauth.tokenRequests.slice(before).map((r) => r.grantType)).toEqual(['refresh_token'])

    oauth.set({ user: 'interviewer' })
    await services.mail.secretFor(account(), { renew: true })
    before = oauth.tokenRequests.length
    const error = await services.mail.sync.syncOnce([account()]).catch((e: unknown) => e as AfterviewError)
    oauth.set({ user: 'candidate' })
    expect(oauth.tokenRequests.slice(before).map((r) => r.grantType)).toEqual(['refresh_token']) // once, not in a loop
    expect(error).toBeInstanceOf(AfterviewError)
    expect((error as AfterviewError).message).toMatch(/did not accept the sign-in for candidate@example\.test\. Please sign in again/)
  })

  it('a revoked sign-in ends in a plain "sign in again", not a password question', async () => {
    oauth.revokeRefreshTokens()
    oauth.set({ accessTokenTtl: 1 })
    await services.mail.secretFor(account(), { renew: true }).catch(() => undefined) // refused: cache dropped
    const error = await services.mail.sync.syncOnce([account()]).catch((e: unknown) => e as AfterviewError)
    oauth.set({ accessTokenTtl: 3600 })
    expect(error).toBeInstanceOf(AfterviewError)
    expect((error as AfterviewError).code).toBe('mail_auth')
    expect((error as AfterviewError).message).toMatch(/has expired or was withdrawn\. Please sign in again/)
    expect((error as AfterviewError).message).not.toMatch(/password/i)
  })

  it('signing in again as someone else changes nothing: the token is tried on the mail server first', async () => {
    const saved = await secrets.get(account().id)
    oauth.set({ user: 'interviewer' }) // the browser signed in to another mailbox
    const error = await services.signInAgain(parseInput('signInAgain', { id: account().id })).catch((e: unknown) => e as AfterviewError)
    oauth.set({ user: 'candidate' })
    expect(error).toBeInstanceOf(AfterviewError)
    expect((error as AfterviewError).code).toBe('mail_auth')
    expect((error as AfterviewError).message).toMatch(/refused the token for candidate@.*Nothing was changed/)
    expect(await secrets.get(account().id)).toBe(saved)
  })

  it('signs in again after the sign-in was withdrawn: the same account reads its mail again, and nothing is filed twice', async () => {
    const before = { id: account().id, refreshToken: await secrets.get(account().id), requests: oauth.tokenRequests.length }
    const result = await services.signInAgain(parseInput('signInAgain', { id: before.id }))
    expect(result).toEqual({ email: `candidate@${mail.domain}` })
    expect(oauth.tokenRequests.slice(before.requests).map((r) => r.grantType)).toEqual(['authorization_code'])
    expect(services.mail.ctx.store.accounts.all().map((a) => a.id)).toEqual([before.id])
    const now = await secrets.get(before.id)
    expect(now).toBe(oauth.issued.refreshTokens.at(-1))
    expect(now).not.toBe(before.refreshToken)
    // Where the reading stopped is kept: the reply filed before is not filed again, and the new sign-in reads the mailbox.
    await expect(services.mail.sync.syncOnce([account()])).resolves.toBe(0)
    const app = services.mail.ctx.store.applications.all()[0]!
    expect(app.events.filter((e) => e.message?.messageId === replyId)).toHaveLength(1)
    expect(services.mail.sync.statusOf(before.id).problem).toBeUndefined()
  })

  it('an account that signs in with a password is not signed in through a provider', async () => {
    const added = await services.addAccount(
      parseInput('addAccount', {
        fields: { ...fields(), email: `interviewer@${mail.domain}`, user: 'interviewer' },
        password: mail.password,
        skipTest: true
      })
    )
    const error = await services.signInAgain(parseInput('signInAgain', { id: added.account.id })).catch((e: unknown) => e as AfterviewError)
    await services.removeAccount(parseInput('removeAccount', { id: added.account.id }))
    expect((error as AfterviewError).code).toBe('invalid_input')
    expect((error as AfterviewError).message).toMatch(/signs in with a password/)
  })

  it('keeps no token in the data folder, the export or the notices', async () => {
    const tokens = [...oauth.issued.accessTokens, ...oauth.issued.refreshTokens]
    expect(tokens.length).toBeGreaterThan(3)
    const files: string[] = []
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f)
        if (statSync(p).isDirectory()) walk(p)
        else files.push(p)
      }
    }
    walk(data.dir)
    const exported = JSON.stringify(await services.exportData(parseInput('exportData', { format: 'json' })))
    const haystacks = [...files.map((f) => readFileSync(f, 'utf8')), exported, notices.join('\n')]
    for (const token of tokens) for (const text of haystacks) expect(text.includes(token)).toBe(false)
    expect(files.length).toBeGreaterThan(0)
  })
})
