/**
 * A rejection in words no phrase rule knows, with the real test Dovecot: the manager gave the job to someone already
 * covering the section. The rules alone would file it as an update; the text model's second opinion reads it as a
 * rejection, so Review proposes closing the application, quoting the sentence that decided (captioned as one).
 */
import { addTestAccount, callApi as call } from './api'
import { expect, test } from './fixtures'
import { makeMessage } from '../support/maildir'

test('a rejection without the stock words is read as one, with the sentence that decided', async ({ page, mailApp: { mail } }) => {
  await addTestAccount(page, mail)
  const danny = `danny@${mail.domain}`
  const { application } = await call<{ application: { id: string } }>(page, 'createApplication', {
    fields: { company: 'The Crown & Anchor', role: 'Sous Chef', stage: 'interviewing' },
    contacts: [{ name: 'Danny Reeve', email: danny }]
  })
  await mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Danny Reeve', address: danny },
      to: `candidate@${mail.domain}`,
      subject: 'Re: Sous chef',
      date: new Date(Date.now() - 3_600_000),
      messageId: `<danny-${Date.now()}@crown.test>`,
      body: "Hey Jordan,\n\nCheers for coming in for the trial. Honestly you did well but I've decided to give the job to Kev who was already covering the section over summer, seemed fairer to him. Pop in for a pint sometime and good luck mate.\n\nDanny\n"
    })
  )
  await call(page, 'syncNow', {})

  await page.getByRole('link', { name: /^Review/ }).click()
  const card = page.getByRole('listitem').filter({ hasText: 'Close this application' })
  await expect(card).toBeVisible({ timeout: 30_000 })
  await expect(card).toContainText('The Crown & Anchor')
  await expect(card.getByRole('figure', { name: 'The sentence that decided it' })).toContainText('give the job to Kev')
  await expect(card).not.toContainText('% sure')
  await page.screenshot({ path: 'test-results/reading-replies-review.png', fullPage: true })

  await page.goto(`${page.url().split('#')[0]}#/application/${application.id}`)
  const timeline = page.getByRole('list', { name: 'Timeline' })
  await expect(timeline).toContainText('Rejection')
  // A decision promises nothing more: no "They said: no timeline" under it, as if there were something to wait for.
  await expect(timeline.getByLabel('What they said')).toContainText('Answer Danny Reeve')
  await expect(timeline).not.toContainText('They said')
  await page.screenshot({ path: 'test-results/reading-replies-timeline.png', fullPage: true })
})
