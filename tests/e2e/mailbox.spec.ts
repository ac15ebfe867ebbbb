/**
 * Connecting a mailbox through Settings, as a user would, against the real test Dovecot
 * and SMTP server: the self-signed test server is refused until its certificate is
 * trusted, then a reply delivered while the app is open appears on the application's
 * timeline within seconds, with the reason it was filed there.
 */
import { makeMessage } from '../support/maildir'
import { callApi } from './api'
import { expect, test } from './fixtures'

test('add a mail account in Settings, then see an interviewer reply land on the timeline', async ({ page, mailApp: { mail } }) => {
  const { application } = await callApi<{ application: { id: string } }>(page, 'createApplication', {
    fields: { company: 'Acme Robotics', role: 'Data Engineer', stage: 'interviewing' },
    contacts: [{ name: 'Dana Whitfield', email: `interviewer@${mail.domain}` }]
  })

  await page.goto(new URL('/#/settings/mail', page.url()).href)
  await page.getByRole('button', { name: 'Add mail account' }).click()
  const form = page.getByRole('form', { name: 'Add mail account' })
  await form.getByLabel('Email address').fill(`candidate@${mail.domain}`)
  await form.getByLabel('Password').fill(mail.password)
  await form.getByLabel('User name').fill('candidate')
  await form.getByLabel('Incoming server (IMAP)').fill('127.0.0.1')
  await form.getByLabel('IMAP port').fill(String(mail.imap.port))
  await form.getByLabel('IMAP security').selectOption('starttls')
  await form.getByLabel('Outgoing server (SMTP)').fill('127.0.0.1')
  await form.getByLabel('SMTP port').fill(String(mail.smtp.port))
  await form.getByLabel('SMTP security').selectOption('starttls')
  await form.getByRole('button', { name: 'Test and connect' }).click()

  // The test server's certificate is self-signed: refused, explained, with its fingerprint.
  await expect(form).toContainText(mail.certFingerprint256.slice(0, 20))
  await form.getByRole('button', { name: 'Trust this certificate and connect' }).click()
  const accounts = page.getByRole('list', { name: 'Mail accounts' })
  await expect(accounts).toContainText(`candidate@${mail.domain}`)

  await page.goto(new URL(`/#/application/${application.id}`, page.url()).href)
  await expect(page.getByRole('heading', { name: /Acme Robotics/ })).toBeVisible()
  const delivered = Date.now()
  await mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Dana Whitfield', address: `interviewer@${mail.domain}` },
      to: `candidate@${mail.domain}`,
      subject: 'Next steps for the Data Engineer role',
      body: 'Hi,\n\nThanks again for your time on Tuesday. Could you do a 45 minute call with our CTO next week?\n\nDana'
    })
  )
  const reply = page.getByText('Next steps for the Data Engineer role').first()
  await expect(reply).toBeVisible({ timeout: 15_000 })
  const seconds = (Date.now() - delivered) / 1000
  console.log(`reply on the timeline ${seconds.toFixed(1)} s after delivery`)
  await expect(page.getByText(/Dana Whitfield/).first()).toBeVisible()
  await expect(page.locator('main')).toContainText('your contact at Acme Robotics')
})
