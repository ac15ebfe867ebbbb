/**
 * Settings → Desktop in browser mode: the notifications choice applies (and is saved), the
 * tray and login-item choices explain that they belong to the desktop app.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'

test('the Desktop section shows what applies in browser mode and saves the notifications choice', async ({ afterview, app: page }, testInfo) => {
  await page.goto(afterview.url.replace(/\?token=.*$/, '#/settings/desktop'))
  await expect(page.getByRole('heading', { name: 'Desktop' })).toBeVisible()
  const notify = page.getByRole('checkbox', { name: 'Show a notification when a follow-up falls due' })
  await expect(notify).toBeChecked()
  await expect(page.getByText('In browser mode they appear while this tab is open.')).toBeVisible()
  await expect(page.getByText(/Starting at login is a setting of the installed desktop app/)).toBeVisible()
  await expect(page.getByText(/runs as long as afterview serve does/)).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('settings-desktop.png') })
  await page.screenshot({ path: 'test-results/settings-desktop.png' })

  await notify.click() // saved at once; the box follows the saved setting
  await expect(notify).not.toBeChecked()
  await page.reload()
  await expect(page.getByRole('checkbox', { name: 'Show a notification when a follow-up falls due' })).not.toBeChecked()
  // Saved in the one settings.json the desktop app (electron-store) and the CLI (conf) share.
  const file = JSON.parse(readFileSync(join(afterview.dataDir, 'settings.json'), 'utf8'))
  expect(file.settings.reminders.notifications).toBe(false)
})
