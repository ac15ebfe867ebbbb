/**
 * An interviewer moves an interview already on the calendar, in her own words, with the real test Dovecot. The mail is
 * an update, not a new invitation; Review proposes moving the interview to the new time (nothing moves before Accept),
 * and Next up asks the user to answer her.
 */
import { addTestAccount, callApi as call } from './api'
import { expect, test } from './fixtures'
import { makeMessage } from '../support/maildir'

const DAY = 86_400_000

test('a mail moving the interview proposes the move and asks for an answer', async ({ page, mailApp: { mail } }) => {
  await addTestAccount(page, mail)
  const sam = { name: 'Sam Field', address: `sam@${mail.domain}` }
  const { application } = await call<{ application: { id: string } }>(page, 'createApplication', {
    fields: { company: 'Harbour Care', role: 'Staff Nurse', stage: 'interviewing' },
    contacts: [{ name: sam.name, email: sam.address }]
  })
  // The interview is on the calendar in three days, at 09:00 UTC; Sam asks to move it four days later, at 2pm.
  const booked = new Date(Math.floor(Date.now() / DAY) * DAY + 3 * DAY + 9 * 3_600_000)
  const moved = new Date(booked.getTime() + 4 * DAY + 5 * 3_600_000)
  const movedWords = moved.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
  await call(page, 'saveInterview', {
    applicationId: application.id,
    interview: { startsAt: booked.toISOString(), durationMinutes: 60, kind: 'onsite', contactIds: [], topics: '', timelineGiven: false }
  })
  await mail.deliver(
    'candidate',
    makeMessage({
      from: sam,
      to: `candidate@${mail.domain}`,
      subject: 'Re: Interview on Thursday',
      date: new Date(Date.now() - 600_000),
      messageId: `<moved-${Date.now()}@harbourcare.test>`,
      body: `Hi Jordan,\n\nI'm so sorry, but we need to move your interview - our clinical lead has been called to a tribunal that day. Would ${movedWords} at 2pm work instead?\n\nBest wishes,\nSam Field\nWard Manager, Harbour Care\n`
    })
  )
  await call(page, 'syncNow', {})

  await page.getByRole('link', { name: /^Review/ }).click()
  const card = page.getByRole('listitem').filter({ hasText: 'Move the interview' })
  await expect(card).toBeVisible({ timeout: 30_000 })
  await expect(card).toContainText('we need to move your interview')
  // Proposed, not imposed.
  const before = await call<{ application: { interviews: Array<{ startsAt: string }> } }>(page, 'getApplication', { id: application.id })
  expect(before.application.interviews.map((i) => i.startsAt)).toEqual([booked.toISOString()])
  await page.screenshot({ path: 'test-results/interview-moved-review.png', fullPage: true })

  await card.getByRole('button', { name: 'Accept' }).click()
  await expect(page.getByRole('heading', { name: 'Nothing to review' })).toBeVisible()
  const after = await call<{ application: { interviews: Array<{ startsAt: string }> } }>(page, 'getApplication', { id: application.id })
  expect(after.application.interviews.map((i) => i.startsAt)).toEqual([moved.toISOString()])

  await page.goto(`${page.url().split('#')[0]}#/application/${application.id}`)
  const timeline = page.getByRole('list', { name: 'Timeline' })
  await expect(timeline).toContainText('Update')
  // The mail asks for a yes or no to a new time: "They said: no timeline" under it would read as something to wait for.
  await expect(timeline.getByLabel('What they said')).toContainText('Answer Sam')
  await expect(timeline).not.toContainText('no timeline')
  await expect(page.getByRole('region', { name: 'Next up' }).or(page.locator('section', { hasText: 'Next up' }).first())).toContainText(
    /Sam/
  )
  await page.screenshot({ path: 'test-results/interview-moved-application.png', fullPage: true })
})
