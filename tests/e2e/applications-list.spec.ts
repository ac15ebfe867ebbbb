/**
 * The applications list as a job seeker reads it: an interview to come is the next step (not
 * "Nothing planned"), unless something falls due before it; the last column says what its time
 * is ("Last heard", "Applied", "Added"), never a bare "2 min ago" of the import; and in a narrow
 * window the company names stay whole.
 */
import { callApi as call } from './api'
import { expect, test } from './fixtures'
import { shownDayTime } from './shown'

const DAY = 86_400_000
const shown = shownDayTime
const shownDay = (date: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' }).format(
    new Date(`${date}T12:00:00Z`)
  )

test('an interview to come is the next step, and the last column says what its time is', async ({ app: page }) => {
  const now = Date.now()
  const hourAligned = (ms: number) => new Date(Math.floor(ms / 3_600_000) * 3_600_000).toISOString()
  const interviewAt = hourAligned(now + 2 * DAY)
  const appliedOn = new Date(now - 14 * DAY).toISOString().slice(0, 10)
  const mail = {
    id: 'e-mail',
    at: new Date(now - 3 * DAY).toISOString(),
    type: 'message',
    text: 'Mail from Kevin',
    message: {
      messageId: '<shifts@northshore.test>',
      direction: 'in',
      from: 'Kevin <kevin@northshore.test>',
      subject: 'Shifts',
      category: 'update'
    }
  }
  await call(page, 'importData', {
    content: JSON.stringify({
      applications: [
        {
          id: 'pinecrest',
          company: 'Pinecrest Rehab Center',
          role: 'Physical Therapist Assistant',
          appliedAt: appliedOn,
          status: 'interviewing',
          interviews: [{ at: interviewAt, durationMinutes: 45, kind: 'video' }]
        },
        { id: 'northshore', company: 'Northshore Pharmacy', role: 'Pharmacy Technician', appliedAt: appliedOn, events: [mail] },
        { id: 'evergreen', company: 'Evergreen Library', role: 'Library Assistant', status: 'interested' },
        { id: 'maple', company: 'Maple Grove School District', role: '5th Grade Teacher', appliedAt: appliedOn }
      ]
    })
  })
  await page.getByRole('link', { name: 'Applications' }).click()
  const list = page.getByRole('list', { name: 'Applications' })
  const row = (company: string) => list.getByRole('listitem').filter({ hasText: company })

  const pinecrest = row('Pinecrest Rehab Center')
  await expect(pinecrest).toContainText(`Video interview ${shown(interviewAt)}`)
  await expect(pinecrest).toContainText('in 2 days')
  await expect(pinecrest).not.toContainText('Nothing planned')
  // No mail from them yet: the day applied, as the app writes days, not when it was imported.
  await expect(pinecrest).toContainText(`Applied ${shownDay(appliedOn)}`)

  await expect(row('Northshore Pharmacy')).toContainText('Last heard 3 days ago')
  // Neither mail nor an applied date: it was just added, and says so.
  await expect(row('Evergreen Library')).toContainText('Nothing planned')
  await expect(row('Evergreen Library')).toContainText(/Added (just now|\d+ min ago)/)
  await page.screenshot({ path: test.info().outputPath('applications-1280.png') })

  // 900 px wide: the names are whole and nothing runs past the list's edge.
  await page.setViewportSize({ width: 900, height: 700 })
  const company = row('Maple Grove School District').locator('.app-row-company')
  await expect(company).toBeVisible()
  expect(await company.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true)
  const edge = await list.evaluate((e) => e.getBoundingClientRect().right)
  for (const item of await list.getByRole('listitem').all()) {
    const right = await item
      .locator('a > *')
      .evaluateAll((cells) =>
        Math.max(...cells.filter((c) => c.getBoundingClientRect().width > 0).map((c) => c.getBoundingClientRect().right))
      )
    expect(right).toBeLessThanOrEqual(edge - 8)
  }
  await expect(pinecrest).toContainText(`Video interview ${shown(interviewAt)}`)
  await page.screenshot({ path: test.info().outputPath('applications-900.png') })
})
