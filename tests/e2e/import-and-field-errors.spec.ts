/**
 * Refusals a user can act on: the application form shows each field's problem next to the
 * field (from the error's fields, not parsed from a sentence), and an import of a CSV saved
 * as .txt lists every problem with its line and column, then imports once the date order
 * is chosen.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'

test('a refused application shows each problem next to its field, and what was typed stays', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Add your first application' }).click()
  await page.getByLabel('Company', { exact: true }).fill('Acme Robotics')
  await page.getByLabel('Company domain').fill('not a domain')
  await page.getByLabel('Job URL').fill('ftp://acme.example/jobs')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Company domain is not a domain like acme.com.')).toBeVisible()
  await expect(page.getByText('Job URL must start with http:// or https://.')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveText('Nothing was saved yet: please fix the fields marked in red.')
  await expect(page.getByLabel('Company domain')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Acme Robotics')
})

test('an import lists every problem with line and column; with the date order chosen it imports', async ({ afterview, app: page }) => {
  const file = join(afterview.dataDir, 'my-applications.txt')
  writeFileSync(
    file,
    'company;role;applied\nAcme Robotics;Engineer;11/22/2026\nKestrel Harbor;Data Engineer\nNorthwind;Designer;03/04/2026\n'
  )
  await page.goto(page.url().replace(/#.*$/, '') + '#/settings/data')
  await page.getByTestId('import-file').setInputFiles(file)
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText('Nothing was imported: 2 problems to fix.')
  await expect(refusal).toContainText('line 3: this row has 2 cells but the first row names 3 columns')
  await expect(refusal).toContainText('line 4, column "applied": "03/04/2026" could be 3 April 2026 or March 4, 2026')

  writeFileSync(file, 'company;role;applied\nAcme Robotics;Engineer;11/22/2026\nNorthwind;Designer;03/04/2026\n')
  await page.getByLabel('Dates like 03/04/2026 in your files').selectOption('day-first')
  await expect(page.getByLabel('Dates like 03/04/2026 in your files')).toHaveValue('day-first')
  await page.getByTestId('import-file').setInputFiles(file)
  await expect(page.getByText('Imported 2 applications')).toBeVisible()
  await expect(refusal).toHaveCount(0)
  const exported = afterview.cli(['export', '--format', 'json'])
  const apps = (JSON.parse(exported.stdout) as { applications: Array<{ company: string; appliedAt: string }> }).applications
  expect(apps.map((a) => [a.company, a.appliedAt]).sort()).toEqual([
    ['Acme Robotics', '2026-11-22'],
    ['Northwind', '2026-04-03']
  ])
})
