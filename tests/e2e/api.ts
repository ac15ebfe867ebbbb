import { expect, type Page } from '@playwright/test'
import type { MailServers } from '../support/mail-servers'

/** The access token the page took from the printed link (it sends it as `Authorization: Bearer`). */
export function pageToken(page: Page): Promise<string> {
  return page.evaluate<string>("sessionStorage.getItem('afterview.token') ?? ''")
}

/** Calls the services the way the window does in browser mode (POST /api/<method>, token in a header). */
export async function callApi<T>(page: Page, name: string, input: unknown): Promise<T> {
  const envelope = (await page.evaluate(
    async ([n, i, token]) => {
      const res = await fetch(`/api/${n}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(i)
      })
      return res.json()
    },
    [name, input, await pageToken(page)] as const
  )) as { ok: boolean; value: T; error?: { message: string } }
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`)
  return envelope.value
}

/**
 * Connects the harness's `candidate` mailbox through the API, trusting its test certificate. `password`: another one
 * than the mailbox's, saved untried (a password changed elsewhere since).
 */
export async function addTestAccount(page: Page, mail: MailServers, { password }: { password?: string } = {}): Promise<void> {
  await callApi(page, 'addAccount', {
    fields: {
      email: `candidate@${mail.domain}`,
      user: 'candidate',
      allowSelfSigned: true,
      imap: { host: '127.0.0.1', port: mail.imap.port, security: 'starttls' },
      smtp: { host: '127.0.0.1', port: mail.smtp.port, security: 'starttls' }
    },
    password: password ?? mail.password,
    ...(password ? { skipTest: true } : {}),
    trustCertificate: mail.certFingerprint256
  })
}

/** addTestAccount, then Settings → Mail accounts until the account watches for new mail (its first sync done). */
export async function addTestAccountAndWait(page: Page, mail: MailServers): Promise<void> {
  await addTestAccount(page, mail)
  await page.goto(new URL('/#/settings/mail', page.url()).href)
  await expect(page.getByRole('list', { name: 'Mail accounts' })).toContainText('Watching for new mail', { timeout: 20_000 })
}

/** Adds Acme Robotics (acmerobotics.test) as the window does, from the Add application form; waits for its page. */
export async function addAcmeInWindow(page: Page): Promise<void> {
  await page.goto(new URL('/#/', page.url()).href)
  await page.getByRole('button', { name: 'Add application' }).click()
  await page.getByLabel('Company', { exact: true }).fill('Acme Robotics')
  await page.getByLabel('Role').fill('Data Engineer')
  await page.getByLabel('Company domain').fill('acmerobotics.test')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { name: /Acme Robotics/ })).toBeVisible()
}
