/**
 * The "done when" of sending: in browser mode with the real test mail servers, the user goes
 * from "Send a thank-you to Dana" to a delivered mail with a Sent copy in two clicks
 * (Write, Send), and is told so in plain words.
 */
import type { Page } from '@playwright/test'
import type { MailServers } from '../support/mail-servers'
import { addTestAccount, callApi as call } from './api'
import { expect, test } from './fixtures'

/** Dana's application at Acme, with an interview two hours ago; its id. */
async function seed(page: Page, mail: MailServers): Promise<string> {
  await call(page, 'updateSettings', { userName: 'Zoë Brandt', signature: 'Zoë Brandt' })
  await addTestAccount(page, mail)
  const { application } = await call<{ application: { id: string; contacts: Array<{ id: string }> } }>(page, 'createApplication', {
    fields: { company: 'Acme Robotics', role: 'Data Engineer', stage: 'interviewing' },
    contacts: [{ name: 'Dana Søndergaard', email: `interviewer@${mail.domain}` }]
  })
  await call(page, 'saveInterview', {
    applicationId: application.id,
    interview: {
      startsAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      durationMinutes: 45,
      contactIds: [application.contacts[0].id],
      topics: 'the streaming pipeline'
    }
  })
  return application.id
}

test('Write, then Send: the thank-you reaches Dana once, with a copy in Sent', async ({ page, mailApp: { mail } }) => {
  await seed(page, mail)
  await page.reload()
  await page.getByRole('link', { name: 'Write: Send a thank-you to Dana' }).click()
  const dialog = page.getByRole('dialog', { name: 'Send a thank-you to Dana' })
  await expect(dialog.getByLabel('To')).toHaveValue(`Dana Søndergaard <interviewer@${mail.domain}>`)
  await expect(dialog.getByLabel('Preview')).toContainText('Our conversation about the streaming pipeline')
  await dialog.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'Sent the thank-you to Dana at' })).toContainText(
    'a copy is in your Sent folder'
  )

  expect(mail.smtp.received).toHaveLength(1)
  const raw = mail.smtp.received[0].raw.toString('utf8')
  const messageId = /^Message-ID: (<[^>]+>)/m.exec(raw)?.[1]
  expect(messageId).toBeTruthy()
  expect(raw).toContain(`To: =?UTF-8?Q?Dana_S=C3=B8ndergaard?= <interviewer@${mail.domain}>`)
  expect(raw).toContain('Hi Dana,')
  const client = await mail.imapClient('candidate')
  try {
    await client.mailboxOpen('Sent', { readOnly: true })
    expect(await client.search({ header: { 'message-id': messageId! } }, { uid: true })).toHaveLength(1)
  } finally {
    await client.logout()
  }
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await expect(page.getByText('Send a thank-you to Dana')).toHaveCount(0)
})

test('"Send … at 9:00" schedules the very morning its button names, even pressed after midnight', async ({ page, mailApp: { mail } }) => {
  await seed(page, mail)
  await page.reload()
  await page.getByRole('link', { name: 'Write: Send a thank-you to Dana' }).click()
  const dialog = page.getByRole('dialog', { name: 'Send a thank-you to Dana' })
  const button = dialog.getByRole('button', { name: /^Send (this morning|tomorrow|\w+day) at 9:00$/ })
  const asked = page.waitForRequest('**/api/scheduleDraft')
  await button.click()
  // The instant shown when the dialog opened, not "the next morning" as of the click: read just after midnight, that
  // was a day later than the button said.
  const sendAt = ((await asked).postDataJSON() as { sendAt: string }).sendAt
  expect(sendAt).toMatch(/^\d{4}-\d\d-\d\dT/)
  expect(Date.parse(sendAt) - Date.now()).toBeGreaterThan(0)
  expect(Date.parse(sendAt) - Date.now()).toBeLessThan(4 * 86_400_000)
  await expect(dialog.getByRole('status')).toContainText(/9:00/)
  expect(mail.smtp.received).toHaveLength(0)
})

test('a recipient the server refuses is named in the answer and marked on the timeline, and the others get the mail', async ({
  page,
  mailApp: { mail }
}) => {
  const id = await seed(page, mail)
  await page.reload()
  await page.getByRole('link', { name: 'Write: Send a thank-you to Dana' }).click()
  const dialog = page.getByRole('dialog', { name: 'Send a thank-you to Dana' })
  await dialog.getByLabel('Cc').fill('sam@nowhere.invalid')
  await dialog.getByRole('button', { name: 'Send', exact: true }).click()
  const said = dialog.getByRole('status').filter({ hasText: 'Sent the thank-you to Dana at' })
  await expect(said).toContainText(/refused sam@nowhere\.invalid \(it said: "550 5\.1\.1 No such user"\), so that address did not get it/)
  await expect(said).toHaveClass(/compose-result-partial/) // shown as a warning, not as plain good news
  expect(mail.smtp.received).toHaveLength(1)
  expect(mail.smtp.received[0].envelope.rcptTo).toEqual([`interviewer@${mail.domain}`])
  await page.screenshot({ path: test.info().outputPath('refused-recipient.png'), fullPage: true })

  // Days later, the timeline still says who did not get it.
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await page.goto(`${page.url().split('#')[0]}#/application/${id}`)
  const sent = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Thank you — Data Engineer interview' })
  await expect(sent.locator('.message-from')).toHaveText(
    `To Dana Søndergaard <interviewer@${mail.domain}>, sam@nowhere.invalid (not delivered)`
  )
  await expect(sent.locator('.not-delivered')).toHaveText('sam@nowhere.invalid (not delivered)')
  await page.screenshot({ path: test.info().outputPath('refused-recipient-timeline.png'), fullPage: true })
})
