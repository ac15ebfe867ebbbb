/**
 * Adding an account: a lookup never overwrites servers the user typed; it offers its
 * suggestion instead. (The found-and-filled path is walked in first-five-minutes.spec.ts.)
 */
import { autoconfigXml, startAutoconfigServer } from '../support/autoconfig-server'
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
