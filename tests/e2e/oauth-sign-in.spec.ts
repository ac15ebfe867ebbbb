/**
 * Sign in with an OAuth2 provider from Settings, in browser mode against the real local
 * OAuth2 server and the test Dovecot/SMTP (which accept only its tokens or passwords):
 * no browser can be launched by `afterview serve`, so the page offers the consent page
 * as a link; the user opens it, the provider sends the browser back to Afterview's
 * loopback listener, and the account appears, connected. When that sign-in is later
 * withdrawn, the sidebar says so and the account's card signs it in again.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, type Page } from '@playwright/test'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { startOAuthServer, type OAuthServer } from '../support/oauth-server'
import { mailDomainFor, startServe, stopProcess } from './fixtures'

test('Sign in with another OAuth2 provider: open the sign-in page, come back connected', async ({ page }, testInfo) => {
  const domain = mailDomainFor(testInfo) // the saved sign-in is this test's own keychain entry
  const oauth = await startOAuthServer({ user: 'candidate', email: `candidate@${domain}` })
  const mail = await startMailServers({ oauth2: oauth.mailServerOptions, domain })
  const dataDir = mkdtempSync(join(tmpdir(), 'afterview-e2e-oauth-'))
  const certFile = join(mail.dir, 'cert.pem') // the harness's self-signed certificate, trusted by the server process
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  try {
    const { url, child } = await startServe(dataDir, { NODE_EXTRA_CA_CERTS: certFile, DISPLAY: '', WAYLAND_DISPLAY: '' })
    try {
      await signInFromSettings(page, url, oauth, mail)
      await expect(page.getByText(`Signed in and connected candidate@${mail.domain}`)).toBeVisible({ timeout: 20_000 })
      expect(oauth.tokenRequests.map((r) => r.grantType)).toEqual(['authorization_code'])
      await page.goto(url + '#/settings/mail')
      await expect(page.getByRole('list', { name: 'Mail accounts' })).toContainText(`candidate@${mail.domain}`)
      expect(errors).toEqual([])
    } finally {
      await stopProcess(child)
    }
  } finally {
    await mail.stop()
    await oauth.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
})

/** Settings → Sign in with your mail provider, for the test's OAuth2 server and mailbox, approving in the popup. */
async function signInFromSettings(page: Page, url: string, oauth: OAuthServer, mail: MailServers): Promise<void> {
  await page.goto(url + '#/settings/sign-in')
  // Before any client ID: who needs this page, and the simpler way for everyone else.
  const intro = page.locator('.oauth-intro')
  await expect(intro).toContainText('You need this page only for Outlook.com or Microsoft 365')
  await expect(intro).toContainText('For any other mailbox, and for Gmail with an app password, the simpler way is')
  await expect(intro.getByRole('link', { name: 'Mail accounts → Add mail account' })).toHaveAttribute('href', '#/settings/mail')
  const form = page.getByRole('form', { name: 'Sign in with your mail provider' })
  await form.getByLabel('Provider').selectOption({ label: 'Other OAuth2 provider' })
  await form.getByLabel('Email address').fill(`candidate@${mail.domain}`)
  await form.getByText('How to get a client ID').click()
  await expect(form.getByText('/.well-known/openid-configuration').first()).toBeVisible()
  await form.getByLabel('Client ID').fill('afterview-e2e')
  await form.getByLabel('Issuer address').fill(oauth.issuerUrl)
  await form.getByLabel('Scopes').fill('openid email offline_access')
  await form.getByLabel('Incoming server (IMAP)').fill('127.0.0.1')
  await form.getByLabel('IMAP port').fill(String(mail.imap.port))
  await form.getByLabel('Outgoing server (SMTP)').fill('127.0.0.1')
  await form.getByLabel('SMTP port').fill(String(mail.smtp.port))
  await form.getByRole('button', { name: 'Sign in with Other OAuth2 provider' }).click()

  const link = form.getByRole('link', { name: 'open the sign-in page' })
  const [consent] = await Promise.all([page.waitForEvent('popup'), link.click()])
  await expect(consent.getByRole('heading', { name: 'Signed in' })).toBeVisible()
  await consent.close()
}

test('A withdrawn sign-in: the sidebar says so, and the card signs in again for the same account', async ({ page }, testInfo) => {
  // Access tokens shorter than the renewal margin: every new connection asks for one with the saved sign-in.
  const domain = mailDomainFor(testInfo)
  const oauth = await startOAuthServer({ user: 'candidate', email: `candidate@${domain}`, accessTokenTtl: 60 })
  const mail = await startMailServers({ oauth2: oauth.mailServerOptions, domain })
  const dataDir = mkdtempSync(join(tmpdir(), 'afterview-e2e-oauth-again-'))
  const env = { NODE_EXTRA_CA_CERTS: join(mail.dir, 'cert.pem'), DISPLAY: '', WAYLAND_DISPLAY: '' }
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  try {
    let serve = await startServe(dataDir, env)
    try {
      await signInFromSettings(page, serve.url, oauth, mail)
      await expect(page.getByText(`Signed in and connected candidate@${mail.domain}`)).toBeVisible({ timeout: 20_000 })
    } finally {
      await stopProcess(serve.child)
    }
    // The user removed Afterview's access in their provider's security page; Afterview starts again.
    oauth.revokeRefreshTokens()
    serve = await startServe(dataDir, env)
    try {
      await page.goto(serve.url + '#/')
      const alert = page.getByRole('alert').filter({ hasText: 'Cannot sign in to your mail' })
      await expect(alert).toBeVisible({ timeout: 20_000 })
      await alert.getByRole('link', { name: 'Sign in again' }).click()
      const card = page.getByRole('list', { name: 'Mail accounts' }).getByRole('listitem')
      const again = card.getByRole('button', { name: 'Sign in again with Other OAuth2 provider' })
      await expect(again).toBeVisible()
      await page.screenshot({ path: test.info().outputPath('oauth-sign-in-again.png'), fullPage: true })
      const before = oauth.tokenRequests.length
      await again.click()
      const link = card.getByRole('link', { name: 'open the sign-in page' })
      const [consent] = await Promise.all([page.waitForEvent('popup'), link.click()])
      await expect(consent.getByRole('heading', { name: 'Signed in' })).toBeVisible()
      await consent.close()

      await expect(page.getByText(`Signed in again. Afterview is reading the mail of candidate@${mail.domain} again.`)).toBeVisible({
        timeout: 20_000
      })
      expect(oauth.tokenRequests.slice(before).map((r) => r.grantType)).toContain('authorization_code')
      const status = page.getByRole('navigation', { name: 'Main' }).locator('.mail-status')
      await expect(status).toContainText('Watching your mail', { timeout: 20_000 })
      await expect(again).toBeHidden()
      await expect(card.getByRole('alert')).toHaveCount(0)
      await expect(card).toContainText(`candidate@${mail.domain}`)
      expect(errors).toEqual([])
    } finally {
      await stopProcess(serve.child)
    }
  } finally {
    await mail.stop()
    await oauth.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
