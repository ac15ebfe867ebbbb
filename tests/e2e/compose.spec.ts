/**
 * Compose that just works, without a mailbox: To is filled by name, "Name <address>" is
 * accepted, problems are said next to their field, missing details are chips (never
 * {{signature}}), and edits survive a failed save.
 */
import type { Page } from '@playwright/test'
import { callApi as call } from './api'
import { expect, test } from './fixtures'

async function seed(page: Page): Promise<string> {
  const { application } = await call<{ application: { id: string; contacts: Array<{ id: string }> } }>(page, 'createApplication', {
    fields: { company: 'Acme Robotics', role: 'Data Engineer', stage: 'interviewing' },
    contacts: [
      { name: 'Dana Whitfield', email: 'dana@acme.test' },
      { name: 'Sam Lee', email: 'sam@acme.test' }
    ]
  })
  await call(page, 'saveInterview', {
    applicationId: application.id,
    interview: {
      startsAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      durationMinutes: 45,
      contactIds: [application.contacts[0]!.id],
      topics: 'the streaming pipeline'
    }
  })
  return application.id
}

test('a draft is addressed by name, says what is missing next to the field, and keeps edits a failed save did not store', async ({
  app: page
}, testInfo) => {
  const applicationId = await seed(page)
  await page.reload()
  await page.getByRole('link', { name: 'Write: Send a thank-you to Dana' }).click()
  const dialog = page.getByRole('dialog', { name: 'Send a thank-you to Dana' })
  const to = dialog.getByRole('textbox', { name: 'To' })
  const message = dialog.getByRole('textbox', { name: 'Message' })
  await expect(to).toHaveValue('Dana Whitfield <dana@acme.test>')

  // No name is set yet: the signature is a chip to fill in, never {{signature}}.
  await expect(message).not.toHaveValue(/\{\{/)
  await expect(message).toHaveValue(/\[your signature\?\]/)
  await expect(dialog.getByText(/Fill in \[your signature\?\] first/)).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Send', exact: true })).toBeDisabled()
  await dialog.getByRole('button', { name: 'your signature?' }).click()
  await dialog.getByRole('textbox', { name: 'Fill in your signature' }).fill('Alex Candidate')
  await dialog.getByRole('textbox', { name: 'Fill in your signature' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('compose-missing.png') })
  await page.keyboard.press('Enter')
  await expect(message).toHaveValue(/Alex Candidate/)
  await expect(dialog.getByText(/Fill in \[your signature\?\] first/)).toHaveCount(0)

  // A second recipient the way people write it; a broken one is named next to To.
  await to.fill('Dana Whitfield <dana@acme.test>, Sam Lee <sam@acme>')
  await expect(dialog.getByText('"Sam Lee <sam@acme>" is not an e-mail address.', { exact: false })).toBeVisible()
  await expect(dialog.getByText('Add at least one recipient')).toHaveCount(0)
  await to.fill('Dana Whitfield <dana@acme.test>, Sam Lee <sam@acme.test>')
  await expect(dialog.getByText('is not an e-mail address')).toHaveCount(0)
  await expect(dialog.getByText('Saved', { exact: true })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('compose.png'), fullPage: true })

  // The save fails: the edit is kept in this window, and reopening shows it and saves it.
  await page.route('**/api/saveDraft', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'mail_network', message: 'Afterview could not save just now.' } })
    })
  )
  await message.fill('Hi Dana,\n\nAn edit that must not be lost.\n\nAlex Candidate')
  await expect(dialog.getByText('Not saved', { exact: true })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await page.unroute('**/api/saveDraft')
  await page.reload()
  await page.getByRole('link', { name: 'Write: Send a thank-you to Dana' }).click()
  await expect(message).toHaveValue(/An edit that must not be lost\./)
  await expect(to).toHaveValue('Dana Whitfield <dana@acme.test>, Sam Lee <sam@acme.test>')
  await expect(dialog.getByText('Saved', { exact: true })).toBeVisible()
  // …and it is stored now, not only shown.
  const { actions } = await call<{ actions: Array<{ key: string; kind: string }> }>(page, 'getApplication', { id: applicationId })
  const { draft } = await call<{ draft: { body: string; to: string[] } }>(page, 'openDraft', {
    applicationId,
    actionKey: actions.find((a) => a.kind === 'thank_you')!.key
  })
  expect(draft.body).toContain('An edit that must not be lost.')
  expect(draft.to).toEqual(['dana@acme.test', 'sam@acme.test'])
})

test('with no contact known, To says whom to add before anything is typed, not an error in red', async ({ app: page }) => {
  const { application } = await call<{ application: { id: string } }>(page, 'createApplication', {
    fields: { company: 'Harbor Credit Union', role: 'Payroll Clerk', stage: 'interviewing' }
  })
  await call(page, 'saveInterview', {
    applicationId: application.id,
    interview: { startsAt: new Date(Date.now() - 2 * 3_600_000).toISOString(), durationMinutes: 45, contactIds: [] }
  })
  await page.reload()
  await page.getByRole('link', { name: 'Write: Send a thank-you to Harbor Credit Union' }).click()
  const dialog = page.getByRole('dialog', { name: 'Send a thank-you to Harbor Credit Union' })
  const to = dialog.getByRole('textbox', { name: 'To' })
  await expect(to).toHaveValue('')
  await expect(dialog.getByText('Afterview does not know whom to write to at Harbor Credit Union yet')).toBeVisible()
  await expect(dialog.getByText('Add at least one recipient')).toHaveCount(0)
  await expect(dialog.getByRole('button', { name: 'Send', exact: true })).toBeDisabled()
  await page.screenshot({ path: test.info().outputPath('compose-no-contact.png') })

  // A typo is still named next to the field, once something is typed.
  await to.fill('payroll@harbor')
  await expect(dialog.getByText('"payroll@harbor" is not an e-mail address.', { exact: false })).toBeVisible()
  await to.fill('payroll@harbor.test')
  await expect(dialog.getByText('is not an e-mail address')).toHaveCount(0)
  await expect(dialog.getByText('whom to write to')).toHaveCount(0)
})
