/**
 * A reply the spam filter put in Junk: the app files nothing from there, and says so at the top of every screen, with
 * the application, the sender and the subject, and what to do; Settings → Mail accounts lists it with the mail not filed.
 */
import { makeMessage, seedMaildir } from '../support/maildir'
import { addAcmeInWindow, addTestAccountAndWait } from './api'
import { expect, test } from './fixtures'

test('a reply in Junk is told at the top of the window, with what to do', async ({ page, mailApp: { mail } }) => {
  const now = Date.now()
  await addAcmeInWindow(page)
  await seedMaildir(
    mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
          to: `candidate@${mail.domain}`,
          subject: 'Interview next week',
          messageId: `<junk-${now}@acmerobotics.test>`,
          date: new Date(now - 3_600_000),
          body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
        }),
        date: new Date(now - 3_600_000)
      }
    ],
    { mailbox: 'Junk' }
  )
  await addTestAccountAndWait(page, mail)
  await page.goto(new URL('/#/', page.url()).href)
  const banner = page.getByRole('alert').filter({ hasText: 'Junk folder' })
  await expect(banner).toContainText('may be about your application at Acme Robotics', { timeout: 20_000 })
  await expect(banner).toContainText('“Interview next week” from Dana Whitfield <dana@acmerobotics.test>')
  await expect(banner).toContainText('mark it as not junk')
  await page.screenshot({ path: test.info().outputPath('junk-mail.png'), fullPage: true })
  // And under the account, with the mail that was not filed, until it leaves Junk.
  await page.goto(new URL('/#/settings/mail', page.url()).href)
  const accounts = page.getByRole('list', { name: 'Mail accounts' })
  await accounts.getByText('1 message was not filed — see why').click()
  await expect(accounts.getByRole('list', { name: 'Messages not filed' })).toContainText(
    'It is in your Junk folder and may be about your application at Acme Robotics'
  )
  await page.screenshot({ path: test.info().outputPath('junk-mail-settings.png'), fullPage: true })
})
