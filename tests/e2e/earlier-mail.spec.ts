/**
 * Account first, application afterwards, through the UI, against the real test Dovecot:
 * mail that arrived before the application existed appears on its timeline without
 * pressing Sync; a forged reply in the user's thread shows "Unverified sender", and hostile
 * display names (bidi override, an address inside the name) are shown neutralized.
 */
import { makeMessage, seedMaildir } from '../support/maildir'
import { addAcmeInWindow, addTestAccountAndWait } from './api'
import { expect, test } from './fixtures'

const DAY = 86_400_000

test('add the account, then the application: its earlier mail appears without pressing Sync', async ({ page, mailApp: { mail } }) => {
  const me = `candidate@${mail.domain}`
  const now = Date.now()
  const thanks = `<Thanks-E2E-${now}@${mail.domain}>`
  await seedMaildir(
    mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: me,
          to: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
          subject: 'Thank you for Tuesday',
          messageId: thanks,
          date: new Date(now - 4 * DAY),
          body: 'Thank you, Dana.'
        }),
        date: new Date(now - 4 * DAY),
        seen: true
      }
    ],
    { mailbox: 'Sent' }
  )
  await seedMaildir(mail, 'candidate', [
    {
      raw: makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
        to: me,
        subject: 'Next steps with the team',
        inReplyTo: thanks,
        date: new Date(now - 3 * DAY),
        body: 'Could you meet the team next Tuesday?'
      }),
      date: new Date(now - 3 * DAY)
    },
    {
      raw: makeMessage({
        from: 'dana@acmerobotics.test',
        to: me,
        subject: 'Schedule with an endless id',
        messageId: `<${'x'.repeat(1100)}@acmerobotics.test>`,
        date: new Date(now - 2 * DAY - 1000),
        body: 'Times.'
      }),
      date: new Date(now - 2 * DAY - 1000)
    },
    {
      raw: makeMessage({
        from: { name: 'Dana Whitfield dana@acmerobotics.test \u202Emoc.scitoborEMCA\u202C', address: 'dana@attacker.test' },
        to: me,
        subject: 'Re: Thank you for Tuesday — your offer',
        inReplyTo: thanks,
        date: new Date(now - 2 * DAY),
        body: 'We are pleased to offer you the job. Send your bank details.'
      }),
      date: new Date(now - 2 * DAY)
    }
  ])
  await addTestAccountAndWait(page, mail)
  const added = Date.now()
  await addAcmeInWindow(page)

  // No Sync pressed: the earlier mail lands on the timeline by itself.
  await expect(page.getByText('Next steps with the team')).toBeVisible({ timeout: 10_000 })
  console.log(`earlier mail on the timeline ${((Date.now() - added) / 1000).toFixed(1)} s after saving the application`)
  const forged = page.locator('.timeline-message-in', { hasText: 'your offer' })
  await expect(forged.getByText('Unverified sender', { exact: true })).toBeVisible()
  await expect(forged).toContainText('From Dana Whitfield')
  await expect(forged).toContainText('<dana@attacker.test>')
  await expect(forged).toContainText(
    'Careful: the name contains the address dana@acmerobotics.test, but the mail was sent from dana@attacker.test'
  )
  expect(await forged.innerText()).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/)
  await expect(forged.locator('.badge-offer')).toHaveCount(0)
  await forged.scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('unverified-sender.png'), fullPage: true })

  // What could not be filed is listed under the account, with the reason.
  await page.goto(new URL('/#/settings/mail', page.url()).href)
  const accounts = page.getByRole('list', { name: 'Mail accounts' })
  await accounts.getByText('1 message was not filed — see why').click()
  await expect(accounts.getByRole('list', { name: 'Messages not filed' })).toContainText('Schedule with an endless id')
  await expect(accounts).toContainText(/its Message-ID is 11\d\d characters long/)
  await page.screenshot({ path: test.info().outputPath('skipped-mail.png'), fullPage: true })
})
