/**
 * A message the server cannot send (its file damaged on the server) no longer stops the
 * account: the app watches for new mail as usual, and Settings → Mail accounts says which
 * message could not be read and where to look for it.
 */
import { chmod, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { makeMessage, seedMaildir } from '../support/maildir'
import { addAcmeInWindow, addTestAccount, addTestAccountAndWait } from './api'
import { expect, test } from './fixtures'

const DAY = 86_400_000

test('mail the server cannot send is listed under the account, and the account keeps watching', async ({ page, mailApp: { mail } }) => {
  const now = Date.now()
  await seedMaildir(
    mail,
    'candidate',
    [1, 2].map((n) => ({
      raw: makeMessage({
        from: 'dana@acmerobotics.test',
        to: `candidate@${mail.domain}`,
        subject: `Interview, part ${n}`,
        messageId: `<part-${n}-${now}@acmerobotics.test>`,
        date: new Date(now - (4 - n) * DAY),
        body: 'Could you meet the team on Tuesday?'
      }),
      date: new Date(now - (4 - n) * DAY)
    }))
  )
  const cur = join(mail.user('candidate').maildir, 'cur')
  await chmod(join(cur, (await readdir(cur)).sort()[0]!), 0)
  await addTestAccount(page, mail)
  await page.goto(new URL('/#/settings/mail', page.url()).href)
  const accounts = page.getByRole('list', { name: 'Mail accounts' })
  await expect(accounts).toContainText('Watching for new mail', { timeout: 20_000 })
  await accounts.getByText('1 message was not filed — see why').click()
  await expect(accounts.getByRole('list', { name: 'Messages not filed' })).toContainText(
    'Your mail server failed to send this message (number 1 in INBOX)'
  )
  await expect(accounts.getByRole('alert')).toHaveCount(0) // no error for the account
  await page.screenshot({ path: test.info().outputPath('unreadable-mail.png'), fullPage: true })
})

test('a Sent folder the server will not open: the inbox is watched all the same, and the account says why', async ({
  page,
  mailApp: { mail }
}) => {
  await seedMaildir(
    mail,
    'candidate',
    [
      {
        raw: makeMessage({ from: `candidate@${mail.domain}`, to: 'dana@acmerobotics.test', subject: 'Thank you' }),
        date: new Date(Date.now() - DAY),
        seen: true
      }
    ],
    { mailbox: 'Sent' }
  )
  const sent = join(mail.user('candidate').maildir, '.Sent')
  await chmod(sent, 0)
  try {
    await addTestAccount(page, mail)
    await page.goto(new URL('/#/settings/mail', page.url()).href)
    const accounts = page.getByRole('list', { name: 'Mail accounts' })
    await expect(accounts).toContainText('Watching for new mail', { timeout: 20_000 })
    await expect(accounts.getByRole('alert')).toContainText('Afterview could not read your Sent folder (Sent) on the mail server')
    await page.screenshot({ path: test.info().outputPath('sent-refused.png'), fullPage: true })
  } finally {
    await chmod(sent, 0o700)
  }
})

test('a reply whose body the server cannot send is on the timeline by its headers, and says so', async ({ page, mailApp: { mail } }) => {
  const now = Date.now()
  await seedMaildir(mail, 'candidate', [
    {
      raw: makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
        to: `candidate@${mail.domain}`,
        subject: 'Interview with the team',
        date: new Date(now - 3 * DAY),
        body: 'Could you meet the team on Tuesday?'
      }),
      date: new Date(now - 3 * DAY)
    }
  ])
  await addTestAccountAndWait(page, mail)
  // The server read its headers once (no application yet); now its file cannot be read for the body.
  const cur = join(mail.user('candidate').maildir, 'cur')
  await chmod(join(cur, (await readdir(cur)).sort()[0]!), 0)
  await addAcmeInWindow(page)
  const entry = page.locator('.timeline-message-in', { hasText: 'Interview with the team' })
  await expect(entry).toBeVisible({ timeout: 10_000 })
  await expect(entry).toContainText('Afterview could not read the text of this mail, only who sent it and its subject.')
  const said = entry.getByLabel('What they said')
  await expect(said).not.toContainText('They said') // nothing claimed of a text not read ("no timeline")
  await entry.scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('text-unread.png'), fullPage: true })

  // The user read it in their mail program, where Dana promised an answer: they give the date here.
  const day = new Date(now + 9 * DAY)
  await said.getByRole('button', { name: 'Add the date' }).click()
  await said.getByLabel('They promised an answer by').fill(day.toISOString().slice(0, 10))
  await said.getByRole('button', { name: 'Save' }).click()
  const label = day.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' })
  await expect(said).toContainText(`They said: by ${label}`)
  await expect(said).toContainText('(the date you gave)') // nothing was corrected: the text was never read
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(`you would hear back by`)
  await page.screenshot({ path: test.info().outputPath('text-unread-dated.png'), fullPage: true })
  await said.getByRole('button', { name: 'dismiss' }).click()
  await expect(entry).toContainText('You dismissed the date you gave.')
})
