/**
 * A contact writes from her own address, not the one on record (the trust's mail is down), with the real test Dovecot:
 * her mail reaches the application's timeline, marked "Unverified sender", and Next up asks the user to answer it;
 * nothing about the application changed because of it, and no draft is addressed to the stranger's address.
 */
import { addTestAccount, callApi as call } from './api'
import { expect, test } from './fixtures'
import { makeMessage } from '../support/maildir'

test("a contact's mail from her own address is filed, marked unverified, and asks for an answer", async ({ page, mailApp: { mail } }) => {
  await addTestAccount(page, mail)
  const { application } = await call<{ application: { id: string } }>(page, 'createApplication', {
    fields: { company: 'Thornbury NHS Trust', role: 'Staff Nurse Band 5', stage: 'applied', companyDomain: 'thornbury-nhs.test' },
    contacts: [{ name: 'Claire Hebblethwaite', email: 'claire.hebblethwaite@thornbury-nhs.test' }]
  })
  await mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Claire Hebblethwaite', address: `claireh76@${mail.domain}` },
      to: `candidate@${mail.domain}`,
      subject: 'Ward 12 interview',
      date: new Date(Date.now() - 3_600_000),
      messageId: `<claire-${Date.now()}@personal.test>`,
      body: "Hi Noor,\n\nSorry for using my own email, the trust one is down. We'd like to interview you for the Band 5 post on Ward 12. Could you do Wednesday at 10:00 or 14:00?\n\nClaire\n"
    })
  )
  await call(page, 'syncNow', {})

  await page.goto(`${page.url().split('#')[0]}#/application/${application.id}`)
  const timeline = page.getByRole('list', { name: 'Timeline' })
  await expect(timeline).toContainText('Ward 12 interview', { timeout: 30_000 })
  await expect(timeline).toContainText('Unverified sender')
  await expect(timeline).toContainText('not the address on record')
  await expect(page.getByText('Answer the mail from an unverified sender').first()).toBeVisible()
  // A long address on record wraps inside the Contacts card: its "Add contact" button stays inside the card.
  const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'Contacts' }) })
  const [box, button] = [await card.boundingBox(), await card.getByRole('button', { name: 'Add contact' }).boundingBox()]
  expect(button!.x + button!.width).toBeLessThanOrEqual(box!.x + box!.width)
  await page.screenshot({ path: 'test-results/unverified-person.png', fullPage: true })
  const after = await call<{ application: { stage: string } }>(page, 'getApplication', { id: application.id })
  expect(after.application.stage).toBe('applied')
})
