/**
 * Settings → Desktop in browser mode: the notifications choice applies (and is saved), the
 * tray and login-item choices explain that they belong to the desktop app.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'

test('the Desktop section shows what applies in browser mode and saves the notifications choice', async ({
  afterview,
  app: page
}, testInfo) => {
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

test('on a desktop without a tray (stock GNOME) the section says closing quits, and offers launch at login', async ({
  afterview,
  app: page
}, testInfo) => {
  // The desktop app's answer to getStatus, as on stock GNOME with the installed app; the rest is the real server.
  await page.route('**/api/getStatus', async (route) => {
    const real = await (await route.fetch()).json()
    await route.fulfill({
      json: {
        ...real,
        value: { ...real.value, mode: 'desktop', desktop: { platform: 'linux', trayAvailable: false, loginItemSupported: true } }
      }
    })
  })
  await page.goto(afterview.url.replace(/\?token=.*$/, '#/settings/desktop'))
  const tray = page.getByRole('checkbox', { name: 'Keep Afterview running in the tray, to remind you of follow-ups' })
  await expect(tray).toBeDisabled()
  await expect(tray).not.toBeChecked()
  await expect(page.getByText(/Your desktop shows no tray icons/)).toBeVisible()
  await expect(page.getByText('Next up lists them either way.', { exact: false })).toBeVisible()
  const login = page.getByRole('checkbox', { name: 'Start Afterview when you log in', exact: true })
  await expect(login).toBeEnabled()
  await page.screenshot({ path: testInfo.outputPath('settings-desktop-gnome.png') })
  await page.screenshot({ path: 'test-results/settings-desktop-gnome.png' })
  await login.click()
  await expect(login).toBeChecked()
  const file = JSON.parse(readFileSync(join(afterview.dataDir, 'settings.json'), 'utf8'))
  expect(file.settings.reminders).toMatchObject({ launchAtLogin: true, launchAtLoginAsked: true })
})
