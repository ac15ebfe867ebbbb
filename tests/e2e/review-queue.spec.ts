/**
 * The "done when" of the review queue, in browser mode with the real test Dovecot: a
 * calendar invite delivered to the user's mailbox is synced, classified and shown in Review
 * as a proposed interview with what decided it; Accept creates the interview, and since it
 * already ended, "Send a thank-you to Dana" appears in Next up. Nothing changes before Accept.
 */
import { addTestAccount, callApi as call } from './api'
import { expect, test } from './fixtures'
import { inviteMail } from '../integration/review-mail'

test('a calendar invite becomes a proposed interview; accepting it brings the thank-you', async ({ page, mailApp: { mail } }) => {
  const dana = { name: 'Dana Whitfield', address: `interviewer@${mail.domain}` }
  await addTestAccount(page, mail)
  const { application } = await call<{ application: { id: string } }>(page, 'createApplication', {
    fields: {
      company: 'Kestrel Harbor',
      role: 'Data Engineer',
      stage: 'applied',
      appliedAt: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10)
    },
    contacts: [{ name: dana.name, email: dana.address }]
  })

  await page.getByRole('link', { name: /^Review/ }).click()
  await expect(page.getByRole('heading', { name: 'Nothing to review' })).toBeVisible()

  // The interview happened this morning: it started 3 hours ago and lasted 45 minutes.
  const start = new Date(Math.floor((Date.now() - 3 * 3_600_000) / 60_000) * 60_000)
  await mail.deliver(
    'candidate',
    inviteMail({
      from: dana,
      to: { name: 'Jordan Ellis', address: `candidate@${mail.domain}` },
      summary: 'Kestrel Harbor - Data Engineer interview',
      start,
      minutes: 45,
      uid: `e2e-${Date.now()}@kestrelharbor.test`,
      sentAt: new Date(Date.now() - 86_400_000),
      messageId: `<invite-${Date.now()}@kestrelharbor.test>`
    })
  )
  await call(page, 'syncNow', {})

  const card = page.getByRole('listitem').filter({ hasText: 'Add an interview' })
  await expect(card).toBeVisible({ timeout: 30_000 })
  await expect(card.getByRole('heading')).toContainText('(45 min) with Dana Whitfield')
  await expect(card.getByRole('blockquote')).toHaveText('Calendar invite "Kestrel Harbor - Data Engineer interview"')
  // An invite is no sentence: "Why", said above what it quotes; a sure reading shows no score.
  const why = card.getByRole('figure', { name: 'Why' })
  await expect(why).toContainText('Calendar invite')
  const [caption, quote] = [await why.locator('figcaption').boundingBox(), await why.getByRole('blockquote').boundingBox()]
  expect(caption!.y).toBeLessThan(quote!.y)
  await expect(card).not.toContainText('% sure')
  await expect(card).not.toContainText('Not sure')
  await expect(card).toContainText('Invitation: Kestrel Harbor - Data Engineer interview')
  await expect(card).toContainText(`Dana Whitfield <${dana.address}>`)
  await expect(page.getByRole('link', { name: /^Review/ })).toContainText('1')
  // Proposed, not imposed: no interview yet.
  expect(
    (await call<{ application: { interviews: unknown[] } }>(page, 'getApplication', { id: application.id })).application.interviews
  ).toHaveLength(0)
  await page.screenshot({ path: 'test-results/review-queue.png', fullPage: true })

  await card.getByRole('button', { name: 'Accept' }).click()
  await expect(page.getByRole('heading', { name: 'Nothing to review' })).toBeVisible()
  const saved = (
    await call<{ application: { interviews: Array<{ startsAt: string; durationMinutes: number }> } }>(page, 'getApplication', {
      id: application.id
    })
  ).application
  expect(saved.interviews).toEqual([expect.objectContaining({ startsAt: start.toISOString(), durationMinutes: 45 })])

  await page.getByRole('link', { name: /^Next up/ }).click()
  await expect(page.getByRole('list', { name: 'Next up' })).toContainText('Send a thank-you to Dana')
})
