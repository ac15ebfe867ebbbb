/**
 * When Afterview cannot read the user's mail, every page says so: the sidebar's foot (not only Settings) tells that
 * the server refused the password, and the account's card takes the current one, tried on the server before it is
 * saved. Then, with the server gone, that it cannot reach it and is trying again. Real Dovecot; `afterview serve`
 * without AFTERVIEW_PASSWORD, so the password typed is the only one.
 */
import { startMailServers, type MailServers } from '../support/mail-servers'
import { addTestAccount } from './api'
import { expect, mailDomainFor, test } from './fixtures'

let mail: MailServers | undefined
test.afterEach(async () => {
  await mail?.stop()
  mail = undefined
})

test('a refused password and an unreachable server are told on every page, and the password is mended on the card', async ({ app }) => {
  mail = await startMailServers({ domain: mailDomainFor(test.info()) })
  const status = app.getByRole('navigation', { name: 'Main' }).locator('.mail-status')
  await expect(status).toContainText('No mailbox connected')

  // The password was changed elsewhere (here: never right): the account is saved, and its first sign-in is refused.
  await addTestAccount(app, mail, { password: 'an-old-password' })
  const alert = app.getByRole('alert').filter({ hasText: 'Cannot sign in to your mail' })
  await expect(alert).toBeVisible({ timeout: 20_000 })
  await expect(alert).toContainText('Replies are not being read.')
  await app.screenshot({ path: test.info().outputPath('mail-trouble-sign-in.png') })

  // Its link leads to the card, which asks for the current password; a wrong one is refused there and saves nothing.
  await alert.getByRole('link', { name: 'Enter your password again' }).click()
  const card = app.getByRole('list', { name: 'Mail accounts' }).getByRole('listitem')
  await expect(card).toContainText('refused the user name or password')
  const field = card.getByLabel(/The current password for candidate/)
  await field.fill('still-not-it')
  await card.getByRole('button', { name: 'Save password' }).click()
  await expect(card.locator('.password-needed')).toContainText('The server refused this password too. Nothing was changed.')
  await expect(status).toContainText('Cannot sign in to your mail')
  await app.screenshot({ path: test.info().outputPath('mail-trouble-card.png'), fullPage: true })

  await field.fill(mail.password)
  await card.getByRole('button', { name: 'Save password' }).click()
  await expect(status).toContainText('Watching your mail', { timeout: 20_000 })
  await expect(status).toContainText(/Checked at \d\d:\d\d/)
  await expect(card).toContainText('Watching for new mail')
  await expect(card.getByLabel(/password for candidate/)).toHaveCount(0)
  await app.goto(new URL('/#/', app.url()).href)
  await expect(status).toContainText('Watching your mail')
  await app.screenshot({ path: test.info().outputPath('mail-trouble-mended.png') })

  // The server goes away: the watch cannot reconnect, and the sidebar says so, calmly (it tries again by itself).
  await mail.stop()
  mail = undefined
  const unreachable = app.getByRole('status').filter({ hasText: 'Cannot reach your mail server' })
  await expect(unreachable).toBeVisible({ timeout: 30_000 })
  await expect(unreachable).toContainText(/Trying again since \d\d:\d\d/)
  await app.screenshot({ path: test.info().outputPath('mail-trouble-unreachable.png') })

  // The card says the same, calmly, all the while: not "Syncing…" beside a red error while it tries again.
  await unreachable.getByRole('link', { name: 'Details' }).click()
  await expect(card.locator('.badge')).toHaveText('Trying again')
  await expect(card.getByRole('status').filter({ hasText: 'not reachable' })).toContainText(/keeps trying by itself \(since \d\d:\d\d\)/)
  await expect(card.getByRole('alert')).toHaveCount(0)
  await app.waitForTimeout(3_000) // a retry or two: the badge does not flip
  await expect(card.locator('.badge')).toHaveText('Trying again')
  await expect(card.getByRole('alert')).toHaveCount(0)
  await app.screenshot({ path: test.info().outputPath('mail-trouble-card-unreachable.png'), fullPage: true })
})
