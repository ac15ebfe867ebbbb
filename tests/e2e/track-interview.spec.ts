/**
 * A job seeker without a mailbox: adds an application and an interview by hand, sees the
 * thank-you in Next up with the right due time, marks it done, and it stays done.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { shownDayTime } from './shown'

const pad = (n: number) => String(n).padStart(2, '0')
/** datetime-local value in UTC (the tests run the browser in UTC). */
const localInput = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
const shown = shownDayTime

test('add an application and an interview, get a thank-you due 24 h after it ended, mark it done', async ({ app: page }) => {
  await expect(page.getByRole('heading', { name: 'Welcome to Afterview' })).toBeVisible()
  await page.getByRole('button', { name: 'Add your first application' }).click()
  await page.getByLabel('Company', { exact: true }).fill('Acme Robotics')
  await page.getByLabel('Role').fill('Senior Software Engineer')
  await page.getByLabel('Company domain').fill('acmerobotics.com')
  await page.getByLabel('Contact name').fill('Dana Whitfield')
  await page.getByLabel('Contact email').fill('dana.whitfield@acmerobotics.com')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { name: /Acme Robotics/ })).toBeVisible()

  // The interview started 105 minutes ago and lasted 45: it ended an hour ago.
  const minute = 60_000
  const start = new Date(Math.floor((Date.now() - 105 * minute) / minute) * minute)
  const end = new Date(start.getTime() + 45 * minute)
  await page.getByRole('button', { name: 'Add interview' }).click()
  await page.getByLabel('Starts at').fill(localInput(start))
  await page.getByLabel('Duration (minutes)').fill('45')
  await page
    .getByRole('dialog')
    .getByRole('checkbox', { name: /Dana Whitfield/ })
    .check()
  await page.getByLabel('Topics discussed').fill('Robot fleet telemetry and on-call')
  await page.getByRole('button', { name: 'Save' }).click()

  await page.getByRole('link', { name: /Next up/ }).click()
  const item = page.getByRole('list', { name: 'Next up' }).getByRole('listitem').filter({ hasText: 'Send a thank-you to Dana' })
  await expect(item).toBeVisible()
  await expect(item).toContainText('Acme Robotics')
  await expect(item).toContainText('due in 23 h')
  await expect(item).toContainText(shown(new Date(end.getTime() + 24 * 60 * minute)))
  await expect(item).toContainText('No timeline was given')

  await item.getByRole('button', { name: 'Mark done' }).click()
  await expect(page.getByText('Send a thank-you to Dana')).toHaveCount(0)
  // With the thank-you sent, the next step is a follow-up if Dana stays silent.
  const followUp = page.getByRole('list', { name: 'Next up' }).getByRole('listitem').filter({ hasText: 'Follow up with Dana' })
  await expect(followUp).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Next up', level: 1 })).toBeVisible()
  await expect(followUp).toBeVisible()
  await expect(page.getByText('Send a thank-you to Dana')).toHaveCount(0)
})

test('an import from the CLI shows up in Next up, and the README screenshot is taken', async ({ afterview, app: page }, testInfo) => {
  const now = Date.now()
  const hour = 3_600_000
  const iso = (ms: number) => new Date(ms).toISOString()
  const day = (ms: number) => iso(ms).slice(0, 10)
  const file = join(afterview.dataDir, 'import.json')
  writeFileSync(
    file,
    JSON.stringify({
      applications: [
        {
          id: 'acme-swe',
          company: 'Acme Robotics',
          role: 'Senior Software Engineer',
          companyDomain: 'acmerobotics.com',
          appliedAt: day(now - 30 * 24 * hour),
          status: 'interviewing',
          contacts: [{ name: 'Dana Whitfield', email: 'dana.whitfield@acmerobotics.com', role: 'Engineering Manager' }],
          interviews: [{ at: iso(now - 3 * hour), durationMinutes: 45, with: ['Dana Whitfield'] }]
        },
        {
          id: 'kestrel-data',
          company: 'Kestrel Harbor',
          role: 'Data Engineer',
          appliedAt: day(now - 40 * 24 * hour),
          status: 'interviewing',
          contacts: [{ name: 'Miguel Ortega', email: 'miguel@kestrelharbor.io', role: 'Recruiter' }],
          interviews: [{ at: iso(now - 50 * hour), durationMinutes: 30, with: ['Miguel Ortega'], timelineGiven: true }]
        },
        {
          id: 'northwind-pm',
          company: 'Northwind Traders',
          role: 'Product Manager',
          appliedAt: day(now - 20 * 24 * hour),
          status: 'applied'
        },
        { id: 'globex-design', company: 'Globex', role: 'Product Designer', appliedAt: day(now - 3 * 24 * hour), status: 'applied' }
      ]
    })
  )
  const r = afterview.cli(['import', file])
  expect(r.stderr).toBe('')
  expect(r.stdout).toContain('Imported 4 new applications')
  await page.reload()
  const list = page.getByRole('list', { name: 'Next up' })
  await expect(list.getByRole('listitem').filter({ hasText: 'Send a thank-you to Dana' })).toContainText('due in 22 h')
  await expect(list.getByRole('listitem').filter({ hasText: 'Send a thank-you to Miguel' })).toContainText('Overdue')
  await expect(list.getByRole('listitem').filter({ hasText: 'Northwind' })).toBeVisible()
  // The sidebar's badge and the page say the same: three due within a day (Dana's thank-you, the
  // overdue one to Miguel and the overdue Northwind follow-up), of four things to do.
  await expect(page.getByRole('link', { name: 'Next up 3 due within a day' })).toBeVisible()
  await expect(page.locator('.page-subtitle')).toHaveText('4 things to do, 3 due within a day (2 overdue)')
  // The README's picture is retaken only on purpose (`npm run screenshots`); a plain test
  // run writes its copy under test-results/, so `npm test` leaves the tree clean.
  const docs = join(__dirname, '..', '..', 'docs')
  if (process.env.AFTERVIEW_README_SCREENSHOTS === '1' && !existsSync(docs)) mkdirSync(docs)
  await page.screenshot({
    path:
      process.env.AFTERVIEW_README_SCREENSHOTS === '1'
        ? join(docs, 'screenshot-next-up.png')
        : testInfo.outputPath('screenshot-next-up.png')
  })
})
