/**
 * Insights with a seeded job search: the figures on the page are the ones
 * `afterview stats --json` prints, said in plain words (no "median", "5 (1)", "—" or
 * "0 of 0"), the page works in light and dark (screenshots), and the stalled list leads
 * to an action. With nothing sent, one message says what will appear.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Insights } from '../../src/shared/api'
import {
  COMPANY_TIMING_HEAD,
  describeCompanyTiming,
  describeSpread,
  formatDays,
  formatRate,
  headlineFigures
} from '../../src/shared/core/insights'
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
  await expect(figure('first-reply')).toHaveText(describeSpread(f.timing.firstReply, 'No answers yet'))
  await expect(figure('between-rounds')).toHaveText(describeSpread(f.timing.betweenRounds, 'No second rounds yet'))
  for (const card of headlineFigures(f)) {
    const shown = page.locator(`[data-figure-card="${card.id}"]`)
    await expect(shown).toContainText(card.label)
    await expect(shown).toContainText(card.detail)
  }
  // The seed's known answers, so a figure that is wrong on both sides is caught too.
  expect(f.responseRate.overall).toEqual({ applications: 11, responded: 7, rate: 7 / 11 })
  await expect(figure('first-reply')).toHaveText('Usually about 4 days (half took between 2 and 8; the quickest 1, the slowest 11)')
  await expect(figure('between-rounds')).toHaveText('7 days (just one so far)')
  await expect(figure('follow-up-after')).toHaveText('Most answers came within 8 days. Past that, a short follow-up is worth sending.')
  await expect(page.locator('[data-figure-card="first-reply-median"]')).toContainText('is the usual wait for a first answer')
  await expect(page.locator('[data-figure-card="follow-up-rate"]')).toHaveText(
    ['67%', 'of follow-ups answered within 7 days', '2 of 3 follow-ups'].join('')
  )
  // Each company's timing with what its count counts, not "3 (1)".
  const timing = page.locator('section[aria-labelledby="timing-heading"] table')
  const cells = (rows: string) =>
    timing.locator(rows).evaluateAll((trs) => trs.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())))
  expect(await cells('thead tr')).toEqual([[...COMPANY_TIMING_HEAD]])
  expect(await cells('tbody tr')).toEqual(
    f.timing.byCompany
      .slice(0, 8)
      .map((c) => [c.company, describeCompanyTiming(c.firstReply, 'firstReply'), describeCompanyTiming(c.betweenRounds, 'betweenRounds')])
  )
  expect((await cells('tbody tr')).find((r) => r[0] === 'Acme Robotics')).toEqual(['Acme Robotics', '3 days (1 answer)', '7 days (1 wait)'])
  const words = await page.locator('#main').innerText()
  expect(words).not.toMatch(/median|middle half|\(answers\)|\(gaps\)|0 of 0|\d \(\d+\)/i)
  expect(await page.getByRole('region', { name: 'Headline figures' }).innerText()).not.toContain('—')
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
  await page.setViewportSize({ width: 900, height: 1800 })
  await page.screenshot({ path: testInfo.outputPath('insights-narrow.png') })
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
  // One message says what will appear and when; no cards of "—" and "0 of 0", no claim about open applications.
  await expect(page.getByRole('heading', { name: 'Nothing to show yet', level: 2 })).toBeVisible()
  await expect(page.locator('[data-figure="empty"]')).toContainText(
    'Once you add the applications you have sent, with the day you applied, this page shows how many heard back'
  )
  await expect(page.getByText('How your search is going.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Headline figures' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'What has stalled' })).toHaveCount(0)
  const words = await page.locator('#main').innerText()
  expect(words).not.toMatch(/—|0 of 0|open application|No applications sent yet/)
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeVisible()
  const address = await page.getByLabel(/Subscribe address/).inputValue()
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{43}\/afterview\.ics$/)
  // A calendar app fetches it with no cookie and no header.
  const res = await fetch(address)
  expect(res.status).toBe(200)
  expect(await res.text()).toContain('BEGIN:VCALENDAR')
  await page.screenshot({ path: testInfo.outputPath('insights-empty.png'), fullPage: true })
})
