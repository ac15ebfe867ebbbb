/**
 * A reply a rule of the user's (or the user on the phone) moved into a folder of their own, "Jobs", before the app
 * read the inbox: it lands on the application's timeline all the same, and Settings → Mail accounts says which
 * folders of the user's are read.
 */
import { makeMessage, seedMaildir } from '../support/maildir'
import { addAcmeInWindow, addTestAccountAndWait } from './api'
import { expect, test } from './fixtures'

test('a reply in the "Jobs" folder is on the timeline, and Settings says the folder is read', async ({ page, mailApp: { mail } }) => {
  const now = Date.now()
  await addAcmeInWindow(page)
  const application = page.url()
  await seedMaildir(
    mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
          to: `candidate@${mail.domain}`,
          subject: 'Interview next week',
          messageId: `<jobs-${now}@acmerobotics.test>`,
          date: new Date(now - 3_600_000),
          body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
        }),
        date: new Date(now - 3_600_000)
      }
    ],
    { mailbox: 'Jobs' }
  )
  await addTestAccountAndWait(page, mail)
  const accounts = page.getByRole('list', { name: 'Mail accounts' })
  await expect(accounts).toContainText('Also reads your folder “Jobs”.')
  await page.screenshot({ path: test.info().outputPath('own-folders-settings.png'), fullPage: true })
  await page.goto(application)
  await expect(page.getByText('Interview next week').first()).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('main')).toContainText('Dana Whitfield')
  await page.screenshot({ path: test.info().outputPath('own-folders-timeline.png'), fullPage: true })
})
