/**
 * What a reply said, in the UI, with the real test Dovecot: Dana answers "you should hear
 * from Priya about next steps by Friday"; the timeline says "They said: by Fri, …" with her
 * sentence, the user can change or dismiss it, and the follow-up's draft is addressed to
 * Dana by name (and the title from her signature).
 */
import { addTestAccount, callApi as call } from './api'
import { expect, test } from './fixtures'
import { makeMessage } from '../support/maildir'

const DAY = 86_400_000
const dayLabel = (ms: number) =>
  new Date(ms).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' })

test('the timeline shows what Dana promised, it can be corrected, and the follow-up goes to Dana by name', async ({
  page,
  mailApp: { mail }
}) => {
  await call(page, 'updateSettings', { planner: { timeZone: 'UTC' } })
  await addTestAccount(page, mail)
  const dana = `interviewer@${mail.domain}`
  const { application } = await call<{ application: { id: string } }>(page, 'createApplication', {
    fields: { company: 'Acme Robotics', role: 'Data Engineer', stage: 'interviewing' },
    contacts: [{ name: 'Dana Whitfield', email: dana }]
  })
  const sentAt = new Date(Date.now() - 3_600_000)
  const today = Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), sentAt.getUTCDate())
  const friday = today + ((5 - new Date(today).getUTCDay() + 7) % 7 || 7) * DAY
  await mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Dana Whitfield', address: dana },
      to: `candidate@${mail.domain}`,
      subject: 'Re: Thank you',
      date: sentAt,
      messageId: `<Dana-${Date.now()}@Acme.test>`,
      body: 'Hi Jordan,\n\nThanks for the kind note! You should hear from Priya about next steps by Friday.\n\nBest,\nDana Whitfield\nEngineering Manager\n'
    })
  )
  await call(page, 'syncNow', {})

  await page.goto(`${page.url().split('#')[0]}#/application/${application.id}`)
  const said = page.getByLabel('What they said')
  await expect(said).toContainText(`They said: by ${dayLabel(friday)}`, { timeout: 30_000 })
  await expect(said).toContainText('“You should hear from Priya about next steps by Friday.”')
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Follow up with Dana')
  await page.screenshot({ path: 'test-results/reply-facts.png', fullPage: true })

  // The user knows better: Priya said the week after.
  const later = new Date(friday + 7 * DAY).toISOString().slice(0, 10)
  await said.getByRole('button', { name: 'change' }).click()
  await said.getByLabel('They promised an answer by').fill(later)
  await said.getByRole('button', { name: 'Save' }).click()
  await expect(said).toContainText(`They said: by ${dayLabel(friday + 7 * DAY)}`)
  await expect(said).toContainText('(your correction)')
  const saved = await call<{ actions: Array<{ kind: string; dueAt: string }> }>(page, 'getApplication', { id: application.id })
  expect(saved.actions.find((a) => a.kind === 'follow_up')?.dueAt.slice(0, 10)).toBe(new Date(friday + 10 * DAY).toISOString().slice(0, 10))

  // The follow-up's draft: to Dana, by name.
  await page.getByRole('link', { name: /^Next up/ }).click()
  await page.getByRole('link', { name: 'Write: Follow up with Dana' }).click()
  const dialog = page.getByRole('dialog', { name: 'Follow up with Dana' })
  await expect(dialog.getByLabel('To', { exact: true })).toHaveValue(`Dana Whitfield <${dana}>`)
  await expect(dialog.getByLabel('Recipients by name')).toHaveText('Dana Whitfield (Engineering Manager)')
  await page.screenshot({ path: 'test-results/reply-facts-draft.png', fullPage: true })
  await dialog.getByRole('button', { name: 'Close' }).last().click()

  // Dismissed: the plan no longer waits for that date.
  await page.goto(`${page.url().split('#')[0]}#/application/${application.id}`)
  await page.getByLabel('What they said').getByRole('button', { name: 'dismiss' }).click()
  await expect(page.getByText('You dismissed what Afterview read in this mail.')).toBeVisible()
})

test('a test platform’s automatic invitation is a step to take before its deadline, with no mail to write', async ({
  page,
  mailApp: { mail }
}) => {
  await call(page, 'updateSettings', { planner: { timeZone: 'UTC' } })
  await addTestAccount(page, mail)
  await call(page, 'createApplication', {
    fields: { company: 'Initech', role: 'Payroll Analyst', companyDomain: 'initech.test', stage: 'applied' }
  })
  const sentAt = new Date(Date.now() - 3_600_000)
  const today = Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), sentAt.getUTCDate())
  const deadline = today + 6 * DAY
  const spelled = new Date(deadline).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' })
  await mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'HackerRank', address: 'noreply@hackerrank.com' },
      to: `candidate@${mail.domain}`,
      subject: 'Initech has invited you to a test',
      date: sentAt,
      messageId: `<invite-${Date.now()}@hackerrank.com>`,
      headers: { 'Auto-Submitted': 'auto-generated' },
      body: `Hi Jordan,\n\nInitech has invited you to take the Payroll Analyst assessment on HackerRank. It takes about 60 minutes.\n\nPlease complete it by ${spelled}.\n\nStart the test: https://www.hackerrank.com/tests/abc123\n\nThe HackerRank Team\n`
    })
  )
  await call(page, 'syncNow', {})

  await page.getByRole('link', { name: /^Next up/ }).click()
  const title = `Complete the assessment before ${dayLabel(deadline)}`
  await expect(page.getByText(title)).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('link', { name: `Write: ${title}` })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Write: .*HackerRank/ })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/machine-step.png', fullPage: true })
})
