/**
 * Browser mode reminders: the user turns them on, a follow-up falls due and raises a web
 * notification whose click opens the action; snoozing hides it and brings it back later.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { pageToken } from './api'
import { expect, test } from './fixtures'

interface Shown {
  title: string
  body: string
}

/** Records notifications instead of showing them; permission starts unasked. */
const RECORD_NOTIFICATIONS = `(() => {
  const shown = []
  window.__shown = shown
  let permission = 'default'
  function FakeNotification(title, options) {
    this.title = title
    this.body = (options && options.body) || ''
    this.onclick = null
    this.close = () => {}
    shown.push(this)
  }
  Object.defineProperty(FakeNotification, 'permission', { get: () => permission })
  FakeNotification.requestPermission = async () => (permission = 'granted')
  window.Notification = FakeNotification
})()`

const shown = (page: Page) => page.evaluate<Shown[]>('window.__shown.map((n) => ({ title: n.title, body: n.body }))')

async function api(page: Page, name: string, input: unknown) {
  const res = await page.request.post(new URL(`/api/${name}`, page.url()).href, {
    data: input ?? {},
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await pageToken(page)}` }
  })
  const envelope = await res.json()
  expect(envelope.ok, JSON.stringify(envelope)).toBe(true)
  return envelope.value
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(RECORD_NOTIFICATIONS)
})

test('a due thank-you raises a web notification that opens the action, and comes back after a snooze', async ({ afterview, app: page }) => {
  // With nothing to be reminded of, Afterview does not ask yet.
  await expect(page.getByRole('heading', { name: 'Next up', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Turn on reminders' })).toHaveCount(0)
  await api(page, 'createApplication', {
    fields: { company: 'Globex', role: 'Designer', stage: 'applied', appliedAt: new Date().toISOString().slice(0, 10) }
  })
  await expect(page.getByRole('button', { name: 'Turn on reminders' })).toBeVisible()
  // …and asks on Next up only, not on every page.
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Turn on reminders' })).toHaveCount(0)
  await page.getByRole('link', { name: /Next up/ }).click()
  await page.getByRole('button', { name: 'Turn on reminders' }).click()
  await expect(page.getByRole('button', { name: 'Turn on reminders' })).toHaveCount(0)
  // Whatever the hour CI runs at: no quiet hours for this test.
  await api(page, 'updateReminderSettings', { quietHoursStart: '00:00', quietHoursEnd: '00:00', quietWeekends: false })

  // The CLI adds an interview that ended 25 hours ago: its thank-you is overdue.
  const file = join(afterview.dataDir, 'acme.json')
  writeFileSync(
    file,
    JSON.stringify({
      applications: [
        {
          id: 'acme',
          company: 'Acme Robotics',
          role: 'Engineer',
          contacts: [{ name: 'Dana Whitfield', email: 'dana@acme.test' }],
          interviews: [{ at: new Date(Date.now() - 26 * 3_600_000).toISOString(), durationMinutes: 60, with: ['Dana Whitfield'] }]
        }
      ]
    })
  )
  expect(afterview.cli(['import', file]).status).toBe(0)

  // Days are counted by the calendar (yesterday is 1 day ago): 25 hours ago is 2 days ago just after midnight.
  const localDay = (ms: number): number => Date.parse(new Date(ms).toLocaleDateString('en-CA'))
  const days = Math.round((localDay(Date.now()) - localDay(Date.now() - 25 * 3_600_000)) / 86_400_000)
  await expect
    .poll(() => shown(page), { timeout: 15_000 })
    .toEqual([{ title: 'Send a thank-you to Dana', body: `Acme Robotics, interview ended ${days} day${days === 1 ? '' : 's'} ago` }])
  await page.evaluate('window.__shown[0].onclick()')
  await expect(page).toHaveURL(/#\/application\/acme\?action=thank_you/)
  // It opens straight on the draft of that thank-you.
  const draft = page.getByRole('dialog', { name: 'Send a thank-you to Dana' })
  await expect(draft).toBeVisible()
  await expect(draft.getByLabel('To')).toHaveValue('Dana Whitfield <dana@acme.test>')
  await page.keyboard.press('Escape')
  await expect(draft).toHaveCount(0)

  // Snooze from Next up: the action moves to an hour from now and is marked as snoozed.
  await page.getByRole('link', { name: /Next up/ }).click()
  await expect(page.getByRole('button', { name: 'Turn on reminders' })).toHaveCount(0) // on: not asked again
  const item = page.getByRole('list', { name: 'Next up' }).getByRole('listitem').filter({ hasText: 'Send a thank-you to Dana' })
  await item.getByRole('button', { name: 'Snooze' }).click()
  await page.getByRole('menuitem', { name: 'For 1 hour' }).click()
  await expect(item).toContainText('Snoozed')
  await expect(item).toContainText(/due in (60 min|1 h)/)
  await expect(item).not.toContainText('Overdue')

  // A snooze ending a few seconds from now brings the reminder back, once.
  const { actions } = await api(page, 'getApplication', { id: 'acme' })
  await api(page, 'setActionState', {
    applicationId: 'acme',
    key: actions[0].key,
    status: 'snoozed',
    until: new Date(Date.now() + 3_000).toISOString()
  })
  await expect.poll(async () => (await shown(page)).length, { timeout: 20_000 }).toBe(2)
  const [, again] = await shown(page)
  expect(again.title).toBe('Send a thank-you to Dana')
  expect(again.body).toMatch(/^Acme Robotics, back from your snooze/)

  // Another follow-up falling due makes the reminders re-plan: only it is announced, the
  // thank-you that came back from its snooze is not announced a second time.
  const other = join(afterview.dataDir, 'beta.json')
  writeFileSync(
    other,
    JSON.stringify({
      applications: [
        {
          id: 'beta',
          company: 'Beta Labs',
          role: 'Engineer',
          contacts: [{ name: 'Sam Okafor', email: 'sam@beta.test' }],
          interviews: [{ at: new Date(Date.now() - 26 * 3_600_000).toISOString(), durationMinutes: 60, with: ['Sam Okafor'] }]
        }
      ]
    })
  )
  expect(afterview.cli(['import', other]).status).toBe(0)
  await expect.poll(async () => (await shown(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3)
  const daysNow = Math.round((localDay(Date.now()) - localDay(Date.now() - 25 * 3_600_000)) / 86_400_000)
  expect((await shown(page)).slice(2)).toEqual([
    { title: 'Send a thank-you to Sam', body: `Beta Labs, interview ended ${daysNow} day${daysNow === 1 ? '' : 's'} ago` }
  ])
})
