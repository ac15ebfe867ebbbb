/**
 * Every page, light and dark, passes axe-core with no serious or critical violation;
 * dialogs keep focus inside and give it back; every action is reachable by keyboard and
 * shows where focus is.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { callApi as call } from './api'
import { expect, test } from './fixtures'

async function seed(page: Page): Promise<string> {
  const { application } = await call<{ application: { id: string; contacts: Array<{ id: string }> } }>(page, 'createApplication', {
    fields: { company: 'Acme Robotics', role: 'Senior Software Engineer', stage: 'interviewing', companyDomain: 'acmerobotics.com' },
    contacts: [{ name: 'Dana Whitfield', email: 'dana.whitfield@acmerobotics.com' }]
  })
  await call(page, 'saveInterview', {
    applicationId: application.id,
    interview: {
      startsAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      durationMinutes: 45,
      contactIds: [application.contacts[0]!.id],
      topics: 'the planner'
    }
  })
  await call(page, 'createApplication', {
    fields: {
      company: 'Globex',
      role: 'Designer',
      stage: 'applied',
      appliedAt: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10)
    }
  })
  return application.id
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`
    )
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every page passes axe-core in ${scheme} mode`, async ({ app: page }) => {
    test.setTimeout(240_000) // every page and settings section, each analysed in full
    await page.emulateMedia({ colorScheme: scheme })
    const id = await seed(page)
    const pages: Array<[string, string]> = [
      ['Next up', '#/'],
      ['Applications', '#/applications'],
      ['An application', `#/application/${id}`],
      ['Review', '#/review'],
      ['Insights', '#/insights']
    ]
    // Every section Settings lists, so a new one is checked without editing this test.
    await page.evaluate("window.location.hash = '#/settings'")
    const sections = await page
      .locator('a[href^="#/settings/"]')
      .evaluateAll((links) => links.map((l) => [l.textContent ?? '', l.getAttribute('href') ?? '']))
    expect(sections.length).toBeGreaterThanOrEqual(6)
    for (const [title, href] of sections) pages.push([`Settings: ${title}`, href!])
    const found: string[] = []
    for (const [name, hash] of pages) {
      await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      for (const v of await seriousViolations(page)) found.push(`${name}: ${v}`)
    }
    // The add-account form, the compose dialog and the add-application dialog.
    await page.evaluate("window.location.hash = '#/settings/mail'")
    await page.getByRole('button', { name: 'Add mail account' }).click()
    for (const v of await seriousViolations(page)) found.push(`Add mail account: ${v}`)
    await page.evaluate("window.location.hash = '#/'")
    await page.getByRole('link', { name: 'Write: Send a thank-you to Dana' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    for (const v of await seriousViolations(page)) found.push(`Compose: ${v}`)
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Add application' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    for (const v of await seriousViolations(page)) found.push(`Add application: ${v}`)
    expect(found).toEqual([])
  })
}

test('keyboard only: Tab reaches the actions with a visible focus ring; a dialog keeps focus inside and returns it', async ({
  app: page
}) => {
  await seed(page)
  await page.reload()
  // Tab from the top of the page to "Write" on the first follow-up.
  const write = page.getByRole('link', { name: 'Write: Send a thank-you to Dana' })
  await expect(write).toBeVisible()
  let reached = false
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await write.evaluate((el) => el.matches(':focus'))
  }
  expect(reached).toBe(true)
  const ring = await write.evaluate((el) => {
    const s = el.ownerDocument.defaultView!.getComputedStyle(el)
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow }
  })
  expect((ring.outline !== 'none' && ring.width > 0) || ring.shadow !== 'none').toBe(true)

  // On to Snooze with the keyboard alone: Enter opens the menu on its first choice, Enter picks it.
  const item = page.getByRole('list', { name: 'Next up' }).getByRole('listitem').filter({ hasText: 'Send a thank-you to Dana' })
  const snooze = item.getByRole('button', { name: 'Snooze' })
  for (let i = 0; i < 5 && !(await snooze.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab')
  await expect(snooze).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'For 1 hour' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(item).toContainText('Snoozed')

  // A dialog: Tab cycles inside it; Escape closes it and focus comes back.
  const addButton = page.getByRole('button', { name: 'Add application' })
  await addButton.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Add application' })
  await expect(dialog).toBeVisible()
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((d) => d.contains(d.ownerDocument.activeElement))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(addButton).toBeFocused()
})
