/**
 * The README's demo, in its order, as a new user walks it: start the demo mailbox
 * (`npm run mail:dev`), add the account from the address alone (the servers are found
 * through an autoconfig server on loopback), trust the certificate, import the employer,
 * see its mail, Next up → Write (the draft is addressed to the interviewer by name),
 * Send (the mail reaches the SMTP server and Sent, threaded, with the user's name in From).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { ImapFlow } from 'imapflow'
import { autoconfigXml, startAutoconfigServer } from '../support/autoconfig-server'
import { expect, serveInTempDir, stopProcess, test } from './fixtures'

const ROOT = join(__dirname, '..', '..')

interface Demo {
  child: ChildProcess
  imapPort: number
  smtpPort: number
  fingerprint: string
  output: () => string
}

/** `npm run mail:dev` on free ports; resolves once it prints what to type. */
async function startDemoMailbox(): Promise<Demo> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'mail-dev.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      AFTERVIEW_MAIL_IMAP_PORT: '0',
      AFTERVIEW_MAIL_IMAPS_PORT: '0',
      AFTERVIEW_MAIL_SMTP_PORT: '0',
      AFTERVIEW_MAIL_LMTP_PORT: '0'
    }
  })
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d))
  child.stderr!.on('data', (d: Buffer) => (out += d))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mail:dev did not start:\n${out}`)), 60_000)
    const check = setInterval(() => {
      if (!/SHA-256 [0-9A-F:]{95}/.test(out)) return
      clearInterval(check)
      clearTimeout(timer)
      resolve()
    }, 100)
    child.on('exit', (code) => {
      clearInterval(check)
      clearTimeout(timer)
      reject(new Error(`mail:dev exited with ${code}:\n${out}`))
    })
  })
  const port = (label: string) => Number(new RegExp(`${label}\\s+127\\.0\\.0\\.1\\s+port (\\d+)`).exec(out)![1])
  return {
    child,
    imapPort: port('IMAP server'),
    smtpPort: port('SMTP server'),
    fingerprint: /SHA-256 ([0-9A-F:]{95})/.exec(out)![1]!,
    output: () => out
  }
}

const hour = 3_600_000
const iso = (ms: number) => new Date(ms).toISOString()
/** The demo's interview: three days ago at 15:00 UTC, as scripts/mail-dev.ts seeds it. */
const daysAgoAt = (days: number, h: number) => {
  const d = new Date(Date.now() - days * 24 * hour)
  d.setUTCHours(h, 0, 0, 0)
  return d.getTime()
}

test('the README demo: address alone → servers found → import → mail → Write → Send', async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  const demo = await startDemoMailbox()
  // Started one by one inside the try: whatever does not start, what did is stopped (mail:dev is a Dovecot of its own).
  let autoconfig: Awaited<ReturnType<typeof startAutoconfigServer>> | undefined
  let serve: Awaited<ReturnType<typeof serveInTempDir>> | undefined
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  try {
    autoconfig = await startAutoconfigServer()
    autoconfig.files['/mail/config-v1.1.xml'] = autoconfigXml({
      domain: 'example.test',
      imap: { host: '127.0.0.1', port: demo.imapPort, socketType: 'STARTTLS' },
      smtp: { host: '127.0.0.1', port: demo.smtpPort, socketType: 'STARTTLS' },
      username: '%EMAILLOCALPART%'
    })
    serve = await serveInTempDir('afterview-e2e-demo-', { AFTERVIEW_AUTOCONFIG_BASE: autoconfig.base })
    await page.goto(serve.url)

    // 2. The account from the address alone.
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Add mail account' }).click()
    const form = page.getByRole('form', { name: 'Add mail account' })
    await form.getByLabel('Email address').fill('candidate@example.test')
    await form.getByLabel('Your name').focus() // leaving the address looks the servers up
    await expect(form.getByRole('status')).toContainText("Found through your provider's autoconfig (autoconfig.example.test).")
    await expect(form.getByLabel('Incoming server (IMAP)')).toHaveValue('127.0.0.1')
    await expect(form.getByLabel('IMAP port')).toHaveValue(String(demo.imapPort))
    await expect(form.getByLabel('User name')).toHaveValue('candidate')
    await form.getByLabel('Your name').fill('Alex Candidate')
    await form.getByLabel('Password').fill('afterview')
    await page.screenshot({ path: testInfo.outputPath('account-found.png'), fullPage: true })
    await form.getByRole('button', { name: 'Test and connect' }).click()
    // The self-signed certificate: offered once, by its fingerprint.
    const offer = form.getByRole('alert').filter({ hasText: 'self-signed certificate' })
    await expect(offer).toContainText(demo.fingerprint)
    await expect(page.getByText(demo.fingerprint, { exact: false })).toHaveCount(1)
    await offer.scrollIntoViewIfNeeded()
    await page.screenshot({ path: testInfo.outputPath('trust-certificate.png') })
    await offer.getByRole('button', { name: 'Trust this certificate and connect' }).click()
    const account = page.getByRole('list', { name: 'Mail accounts' }).getByRole('listitem').filter({ hasText: 'candidate@example.test' })
    await expect(account).toContainText('Watching for new mail', { timeout: 30_000 })
    // "Sync now" says it is checking, and "last checked" moves.
    const checked = account.getByRole('status').filter({ hasText: 'last checked' })
    const before = await checked.textContent()
    await page.waitForTimeout(1_100)
    await account.getByRole('button', { name: 'Sync now' }).click()
    await expect(checked).not.toHaveText(before!)
    await expect(checked).toContainText(/last checked at \d\d:\d\d:\d\d/)

    // 3. Import the employer (after the account: its mail, already read, is filed now).
    await page.getByRole('link', { name: 'Applications' }).click()
    await page.getByTestId('import-file').setInputFiles({
      name: 'acme.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          applications: [
            {
              company: 'Acme Robotics',
              role: 'Senior Robotics Software Engineer',
              companyDomain: 'acmerobotics.com',
              status: 'interviewing',
              appliedAt: iso(Date.now() - 12 * 24 * hour).slice(0, 10),
              contacts: [
                { name: 'Dana Whitfield', email: 'dana.whitfield@acmerobotics.com', role: 'Engineering Manager' },
                { name: 'Priya Raman', email: 'priya.raman@acmerobotics.com', role: 'Recruiting Coordinator' }
              ],
              interviews: [{ at: iso(daysAgoAt(3, 15)), durationMinutes: 60, with: ['Dana Whitfield'] }]
            }
          ]
        })
      )
    })
    await page
      .getByRole('link', { name: /Acme Robotics/ })
      .first()
      .click()
    await expect(page.getByText(/Re: Thank you — Senior Robotics Software Engineer interview/).first()).toBeVisible({ timeout: 30_000 })

    // 4. Next up → Write: addressed to the interviewer, by name; the name set once is in From.
    await page.getByRole('link', { name: 'Next up' }).click()
    await page
      .getByRole('link', { name: /^Write: .*Dana/ })
      .first()
      .click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByLabel('To')).toHaveValue('Dana Whitfield <dana.whitfield@acmerobotics.com>')
    await expect(dialog.getByLabel('From')).toContainText('Alex Candidate <candidate@example.test>')
    await expect(dialog.getByLabel('Message')).not.toHaveValue(/\{\{/)

    // 5. Send.
    await dialog.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(dialog.getByRole('status').filter({ hasText: 'a copy is in your Sent folder' })).toBeVisible({ timeout: 30_000 })
    await expect.poll(() => demo.output()).toMatch(/\[smtp\] .*candidate@example\.test -> dana\.whitfield@acmerobotics\.com/)

    const client = new ImapFlow({
      host: '127.0.0.1',
      port: demo.imapPort,
      secure: false,
      auth: { user: 'candidate', pass: 'afterview' },
      tls: { rejectUnauthorized: false },
      logger: false
    })
    await client.connect()
    try {
      await client.mailboxOpen('Sent', { readOnly: true })
      const uids = (await client.search({ to: 'dana.whitfield@acmerobotics.com', since: new Date(Date.now() - hour) }, { uid: true })) || []
      const last = await client.fetchOne(String(Math.max(...uids)), { source: true }, { uid: true })
      const raw = last && last.source ? last.source.toString('utf8') : ''
      expect(raw).toMatch(/^From: Alex Candidate <candidate@example\.test>/m)
      expect(raw).toMatch(/^To: Dana Whitfield <dana\.whitfield@acmerobotics\.com>/m)
      expect(raw).toMatch(/^In-Reply-To: <[^>]+>/m)
      expect(raw).toMatch(/^References: <[^>]+>/m)
    } finally {
      await client.logout()
    }
    // Removing the account asks in the app's own dialog (not the browser's confirm box).
    page.on('dialog', (d) => {
      errors.push(`browser dialog: ${d.message()}`)
      void d.dismiss()
    })
    await page.keyboard.press('Escape')
    await page.getByRole('link', { name: 'Settings' }).click()
    const remove = account.getByRole('button', { name: 'Remove' })
    await remove.click()
    const confirm = page.getByRole('dialog', { name: 'Disconnect candidate@example.test?' })
    await expect(confirm).toContainText('Messages already filed stay on their applications.')
    await page.screenshot({ path: testInfo.outputPath('remove-account.png') })
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await expect(remove).toBeFocused()
    await expect(account).toBeVisible()
    expect(errors).toEqual([])
  } finally {
    await serve?.stop()
    await autoconfig?.close()
    await stopProcess(demo.child)
  }
})
