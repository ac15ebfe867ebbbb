/**
 * Insights with a seeded job search: the figures on the page are the ones
 * `afterview stats --json` prints, the page works in light and dark (screenshots), and
 * the stalled list leads to an action.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Insights } from '../../src/shared/api'
import { formatDays, formatRate, formatSpread } from '../../src/shared/core/insights'
import { expect, test } from './fixtures'
import { seedApplications } from './insights-seed'

test('Insights shows the same figures as `afterview stats --json`, in light and dark', async ({ app: page, afterview }, testInfo) => {
  const file = join(afterview.dataDir, 'seed.json')
  writeFileSync(file, JSON.stringify({ applications: seedApplications() }))
  expect(afterview.cli(['import', file]).status).toBe(0)
  const stats = afterview.cli(['stats', '--json'])
  expect(stats.status).toBe(0)
  const f = JSON.parse(stats.stdout) as Insights

  await page.getByRole('link', { name: 'Insights' }).click()
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible()
  const figure = (id: string) => page.locator(`[data-figure="${id}"]`)
  await expect(figure('response-rate')).toHaveText(formatRate(f.responseRate.overall.rate))
  await expect(figure('first-reply-median')).toHaveText(formatDays(f.timing.firstReply.median))
  await expect(figure('stalled')).toHaveText(String(f.stalled.applications.length))
  await expect(figure('follow-up-rate')).toHaveText(formatRate(f.followUps.rate))
  await expect(figure('first-reply')).toHaveText(formatSpread(f.timing.firstReply))
  await expect(figure('between-rounds')).toHaveText(formatSpread(f.timing.betweenRounds))
  // The seed's known answers, so a figure that is wrong on both sides is caught too.
  expect(f.responseRate.overall).toEqual({ applications: 11, responded: 7, rate: 7 / 11 })
  expect(f.stalled.applications.map((s) => s.company)).toEqual(['Corvid Games', 'Elm Street Bank', 'Delta Health', 'Gale Labs'])
  await expect(figure('stalled-headline')).toHaveText('4 applications with no reply for 3+ weeks')

  // Every chart's numbers as a table, equal to the CLI's.
  const table = async (caption: string) => {
    const details = page.locator('details.numbers').filter({ has: page.locator('summary', { hasText: `${caption} as a table` }) })
    await details.locator('summary').click()
    return details.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())))
  }
  expect(await table('Stage funnel')).toEqual(f.funnel.map((r) => [r.label, String(r.count), formatRate(r.share)]))
  expect(await table('Response rate by source')).toEqual(
    f.responseRate.bySource.map((s) => [s.source, String(s.applications), String(s.responded), formatRate(s.rate)])
  )
  expect(await table('Response rate by month applied')).toEqual(
    f.responseRate.byMonth.map((m) => [m.month, String(m.applications), String(m.responded), formatRate(m.rate)])
  )
  expect(await table('Weekly activity')).toEqual(
    [...f.weekly].reverse().map((w) => [w.weekStart, String(w.applications), String(w.interviews), String(w.followUps)])
  )
  const open = page.locator('details.numbers[open] summary')
  while (await open.count()) await open.first().click()

  await page.locator('#main').evaluate((main) => main.scrollTo(0, 0))
  await page.setViewportSize({ width: 1280, height: 3000 })
  await page.screenshot({ path: testInfo.outputPath('insights-light.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: testInfo.outputPath('insights-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 800 })

  // One click to follow up opens the planned follow-up; one click closes.
  const corvid = page.getByRole('list', { name: 'Stalled applications' }).getByRole('listitem').filter({ hasText: 'Corvid Games' })
  await expect(corvid.getByRole('link', { name: /Follow up/ })).toHaveAttribute('href', /#\/application\/corvid\?action=/)
  await corvid.getByRole('button', { name: /Close/ }).click()
  await expect(figure('stalled')).toHaveText('3')
  expect(JSON.parse(afterview.cli(['stats', '--json']).stdout).stalled.applications.length).toBe(3)
})

test('Insights is readable with no applications, and offers the calendar', async ({ app: page }, testInfo) => {
  await page.getByRole('link', { name: 'Insights' }).click()
  await expect(page.getByText('No applications yet.', { exact: false })).toBeVisible()
  await expect(page.locator('[data-figure="response-rate"]')).toHaveText('—')
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeVisible()
  const address = await page.getByLabel(/Subscribe address/).inputValue()
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{43}\/afterview\.ics$/)
  // A calendar app fetches it with no cookie and no header.
  const res = await fetch(address)
  expect(res.status).toBe(200)
  expect(await res.text()).toContain('BEGIN:VCALENDAR')
  await page.screenshot({ path: testInfo.outputPath('insights-empty.png'), fullPage: true })
})
