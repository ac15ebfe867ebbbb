/**
 * Adding an account: a lookup never overwrites servers the user typed; it offers its
 * suggestion instead. When it finds nothing, it says so in one plain sentence, with what it
 * tried folded away; and without a keychain, Settings says what that means for the password
 * without naming the command line's environment variable. (The found-and-filled path is
 * walked in first-five-minutes.spec.ts.)
 */
import { autoconfigXml, startAutoconfigServer } from '../support/autoconfig-server'
import { startDnsServer } from '../support/dns-server'
import { freePort } from '../support/mail-servers'
import { expect, serveInTempDir, test } from './fixtures'

test('servers typed by hand are kept; the found ones are offered', async ({ page }) => {
  const autoconfig = await startAutoconfigServer()
  autoconfig.files['/.well-known/autoconfig/mail/config-v1.1.xml'] = autoconfigXml({
    domain: 'example.test',
    imap: { host: 'imap.example.test', port: 993, socketType: 'SSL' },
    smtp: { host: 'smtp.example.test', port: 465, socketType: 'SSL' }
  })
  let serve: Awaited<ReturnType<typeof serveInTempDir>> | undefined
  try {
    serve = await serveInTempDir('afterview-e2e-account-', { AFTERVIEW_AUTOCONFIG_BASE: autoconfig.base })
    await page.goto(serve.url)
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Add mail account' }).click()
    const form = page.getByRole('form', { name: 'Add mail account' })
    await form.getByLabel('Incoming server (IMAP)').fill('mail.my-own.example')
    await form.getByLabel('Email address').fill('casey@example.test')
    await form.getByLabel('Your name').focus()
    const notice = form.getByRole('status')
    await expect(notice).toContainText("Found through your provider's autoconfig (example.test/.well-known/autoconfig).")
    await expect(notice).toContainText('It suggests imap.example.test:993 and smtp.example.test:465; the servers you typed are kept.')
    await expect(form.getByLabel('Incoming server (IMAP)')).toHaveValue('mail.my-own.example')
    await notice.getByRole('button', { name: 'Use the suggested servers' }).click()
    await expect(form.getByLabel('Incoming server (IMAP)')).toHaveValue('imap.example.test')
    await expect(form.getByLabel('Outgoing server (SMTP)')).toHaveValue('smtp.example.test')
    await expect(form.getByLabel('SMTP security')).toHaveValue('tls')
  } finally {
    await serve?.stop()
    await autoconfig.close()
  }
})

test('nothing found: what to do first, what was tried folded away; no keychain: said for the window', async ({ page }, testInfo) => {
  // Loopback DNS that knows no name, an autoconfig server with no file, and a closed port for the common names.
  const dns = await startDnsServer({})
  const autoconfig = await startAutoconfigServer()
  const closed = String(await freePort())
  let serve: Awaited<ReturnType<typeof serveInTempDir>> | undefined
  try {
    serve = await serveInTempDir('afterview-e2e-account-none-', {
      AFTERVIEW_AUTOCONFIG_BASE: autoconfig.base,
      AFTERVIEW_DNS_SERVER: dns.address,
      AFTERVIEW_DISCOVER_IMAP_PORTS: closed,
      AFTERVIEW_DISCOVER_SMTP_PORTS: closed,
      DBUS_SESSION_BUS_ADDRESS: '' // no keychain: passwords only in memory
    })
    await page.goto(serve.url + '#/settings/mail')
    const keychain = page.getByRole('status').filter({ hasText: 'keychain' })
    await expect(keychain).toContainText('it keeps your mail password only until Afterview closes')
    await expect(keychain).toContainText('install and unlock a keychain such as GNOME Keyring, then restart Afterview')
    await expect(keychain).not.toContainText('AFTERVIEW_PASSWORD')
    await page.screenshot({ path: testInfo.outputPath('settings-no-keychain.png') })

    await page.getByRole('button', { name: 'Add mail account' }).click()
    const form = page.getByRole('form', { name: 'Add mail account' })
    await form.getByLabel('Email address').fill('someone@nowhere.test')
    await form.getByRole('button', { name: 'Find my servers' }).click()
    const notice = form.getByRole('status').filter({ hasText: 'could not find' })
    await expect(notice).toContainText('Afterview could not find the mail servers for someone@nowhere.test, so type them in below:', {
      timeout: 30_000
    })
    await expect(notice).toContainText('your email provider’s help pages list them')
    // The lookup's own terms only on asking: folded under "What was tried".
    const tried = notice.getByText("The domain's autoconfig file:")
    await expect(tried).toBeHidden()
    await expect(notice.getByText('SRV records (RFC 6186):')).toBeHidden()
    await page.screenshot({ path: testInfo.outputPath('lookup-nothing-found.png'), fullPage: true })
    await notice.getByText('What was tried').click()
    await expect(tried).toBeVisible()
    await expect(notice.getByText('SRV records (RFC 6186):')).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('lookup-what-was-tried.png'), fullPage: true })
    // The servers stay there to type.
    await expect(form.getByLabel('Incoming server (IMAP)')).toHaveValue('')
    await expect(form.getByLabel('Incoming server (IMAP)')).toBeEditable()
  } finally {
    await serve?.stop()
    await autoconfig.close()
    await dns.close()
  }
})
