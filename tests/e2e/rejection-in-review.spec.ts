/**
 * One rejection, one meaning on every page, with the real test Dovecot. While the proposal to close waits in Review,
 * Next up asks "Is this a rejection from …?" and links to that proposal (no close-out "as if settled"), and the list
 * and the application's header say the stage is not settled ("Rejection? Check in Review"). Dismissed, nothing is
 * closed out; accepted, the application is Rejected and the gracious reply is drafted, as before.
 */
import { addTestAccount, callApi as call } from './api'
import { expect, test } from './fixtures'
import { makeMessage } from '../support/maildir'

const SHOTS = process.env.AFTERVIEW_SHOTS ?? 'test-results'

test('a rejection waiting in Review is a question on every page until the user decides', async ({ page, mailApp: { mail } }) => {
  await addTestAccount(page, mail)
  const tom = { name: 'Tom Becker', address: `tbecker@${mail.domain}` }
  const rita = { name: 'Rita Okoro', address: `rita@${mail.domain}` }
  const create = (company: string, role: string, contact: { name: string; address: string }) =>
    call<{ application: { id: string } }>(page, 'createApplication', {
      fields: { company, role, stage: 'interviewing' },
      contacts: [{ name: contact.name, email: contact.address }]
    }).then((r) => r.application.id)
  const maple = await create('Maple Grove School District', '5th Grade Teacher', tom)
  const green = await create('Greenleaf Accounting', 'Junior Accountant', rita)
  const rejection = (from: { name: string; address: string }, id: string) =>
    makeMessage({
      from,
      to: `candidate@${mail.domain}`,
      subject: 'Re: your application',
      date: new Date(Date.now() - 3_600_000),
      messageId: `<${id}-${Date.now()}@school.test>`,
      body: 'Dear Alex,\n\nThank you for taking the time to interview with us. After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our needs at this time.\n\nBest wishes,\nTom\n'
    })
  await mail.deliver('candidate', rejection(tom, 'maple'))
  await mail.deliver('candidate', rejection(rita, 'green'))
  await call(page, 'syncNow', {})

  await page.getByRole('link', { name: /^Review/ }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Close this application' })).toHaveCount(2, { timeout: 30_000 })

  // Next up: a question that leads to the proposal, not "declined… Close out" with a note to write.
  await page.getByRole('link', { name: /^Next up/ }).click()
  const suggestions = page.getByRole('list', { name: 'Suggestions' })
  const check = suggestions.getByRole('listitem', { name: 'Is this a rejection from Maple Grove School District?' })
  await expect(check).toContainText("Afterview reads Tom Becker's mail of")
  await expect(check).toContainText('Nothing has changed yet')
  await expect(check.getByRole('link', { name: /^Write/ })).toHaveCount(0)
  await expect(page.getByText(/Close out|declined/)).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/rejection-in-review-next-up.png`, fullPage: true })

  // The list and the application: still Interviewing, and saying that a rejection waits to be checked.
  await page.getByRole('link', { name: /^Applications/ }).click()
  const row = page.getByRole('listitem').filter({ hasText: 'Maple Grove School District' })
  await expect(row).toContainText('Interviewing')
  await expect(row).toContainText('Rejection? Check in Review')
  await expect(row).toContainText('Is this a rejection from Maple Grove School District?')
  await page.screenshot({ path: `${SHOTS}/rejection-in-review-applications.png` })
  await row.getByRole('link').click()
  await expect(page.getByLabel('Stage')).toHaveValue('interviewing')
  await expect(page.getByRole('link', { name: 'Rejection? Check in Review' })).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/rejection-in-review-application.png`, fullPage: true })

  // "Check in Review" opens that proposal; dismissed, nothing closes out.
  await page.getByRole('link', { name: /^Next up/ }).click()
  await check.getByRole('link', { name: /^Check in Review/ }).click()
  await expect(page).toHaveURL(/#\/review\?proposal=p-/)
  const card = page.locator('li.action-highlight')
  await expect(card).toContainText('Close Maple Grove School District: move it to Rejected')
  await page.screenshot({ path: `${SHOTS}/rejection-in-review-review.png` })
  await card.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Close this application' })).toHaveCount(1)
  await page.getByRole('link', { name: /^Next up/ }).click()
  await expect(page.getByText('Is this a rejection from Greenleaf Accounting?')).toBeVisible()
  await expect(page.getByText(/Maple Grove School District\?|Close out/)).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/rejection-in-review-next-up-dismissed.png`, fullPage: true })
  const detail = await call<{ application: { stage: string }; stageInReview: unknown }>(page, 'getApplication', { id: maple })
  expect(detail).toMatchObject({ application: { stage: 'interviewing' }, stageInReview: null })

  // Accepted: Rejected, and the gracious reply is drafted, as before.
  await page.getByRole('link', { name: /^Review/ }).click()
  await page.getByRole('listitem').filter({ hasText: 'Greenleaf Accounting' }).getByRole('button', { name: 'Accept' }).click()
  await expect(page.getByText('A gracious reply is drafted for Greenleaf Accounting')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Nothing to review' })).toBeVisible()
  expect((await call<{ application: { stage: string } }>(page, 'getApplication', { id: green })).application.stage).toBe('rejected')
  await page.getByRole('button', { name: 'Write the reply' }).click()
  await expect(page.getByRole('dialog')).toContainText('Thank you for letting me know')
  await page.goto(`${page.url().split('#')[0]}#/next`)
  await expect(page.getByText(/Is this a rejection/)).toHaveCount(0)
})
