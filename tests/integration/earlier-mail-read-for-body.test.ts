/**
 * Account first, applications afterwards (README: "Mail you received before you added the application is filed there
 * within seconds of adding it"), for mail from a hiring system or portal that names the employer only in its text:
 * NHS Jobs' interview invitation, a council portal's receipt (the README's own example). Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const me = () => `candidate@${w.mail.domain}`
const WARD = { company: 'St Brigid’s Hospital', role: 'Staff Nurse', companyDomain: 'stbrigids.test' }
const COUNCIL = { company: 'Kinnaird and Tay Council', role: 'Classroom Assistant', companyDomain: 'kinnairdtay.test' }

function portalMail(stamp: number) {
  const ids = { nhs: `<nhs-invite-${stamp}@jobs.nhs.uk>`, portal: `<portal-${stamp}@jobs.council-portal.test>` }
  const nhs = makeMessage({
    from: { name: 'NHS Jobs', address: 'noreply@jobs.nhs.uk' },
    to: me(),
    subject: 'Invitation to interview - reference C9312-24-0456',
    messageId: ids.nhs,
    body:
      'Dear Jordan,\n\nFollowing your application for the post of Staff Nurse at St Brigid’s Hospital, we are pleased to ' +
      'invite you to interview on Tuesday 8 December at 10:00. Please book a slot through your NHS Jobs account.'
  })
  const portal = makeMessage({
    from: { name: 'Jobs Portal', address: 'noreply@jobs.council-portal.test' },
    to: me(),
    subject: 'Application received: Classroom Assistant (REF 5512)',
    messageId: ids.portal,
    body: 'Dear Jordan,\n\nThank you for applying for the post of Classroom Assistant with Kinnaird and Tay Council. We will be in touch after the closing date.'
  })
  return { ids, nhs, portal }
}

it('control: with the applications tracked first, both mails are filed', async () => {
  const ward = await w.track(WARD)
  const council = await w.track(COUNCIL)
  const { ids, nhs, portal } = portalMail(Date.now())
  await w.mail.deliver('candidate', nhs)
  await w.mail.deliver('candidate', portal)
  await w.connectAndSync()
  expect(w.filedOn(ward).map((m) => m.messageId)).toEqual([ids.nhs])
  expect(w.filedOn(council).map((m) => m.messageId)).toEqual([ids.portal])
}, 120_000)

it('with the account connected first and the applications added afterwards, both mails are filed', async () => {
  const { ids, nhs, portal } = portalMail(Date.now())
  await w.mail.deliver('candidate', nhs)
  await w.mail.deliver('candidate', portal)
  const account = await w.connectAndSync() // nothing tracked yet: nothing to file
  const ward = await w.track(WARD)
  const council = await w.track(COUNCIL)
  await w.services.mail.sync.syncOnce([account]) // retroactive filing runs first in a pass
  expect({ ward: w.filedOn(ward).map((m) => m.messageId), council: w.filedOn(council).map((m) => m.messageId) }).toEqual({
    ward: [ids.nhs],
    council: [ids.portal]
  })
}, 120_000)

function selfForward(stamp: number) {
  const id = `<fwd-${stamp}@oldmail.test>`
  const raw = makeMessage({
    from: { name: 'Jordan Ellis', address: 'jordan.ellis@oldmail.test' },
    to: { name: 'Jordan Ellis', address: me() },
    subject: 'Fwd: Interview next week',
    messageId: id,
    body:
      '---------- Forwarded message ---------\n' +
      'From: Dana Whitfield <dana@acmerobotics.test>\n' +
      'Date: Mon, 30 Nov 2026 at 09:12\n' +
      'Subject: Interview next week\n' +
      'To: Jordan Ellis <jordan.ellis@oldmail.test>\n\n' +
      'Hi Jordan, could you come in on Tuesday at 10:00 for the on-site interview?\n'
  })
  return { id, raw }
}
const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }

it('control: an invitation forwarded from the user’s old address is filed when the application was tracked first', async () => {
  const acme = await w.track(ACME)
  const { id, raw } = selfForward(Date.now())
  await w.mail.deliver('candidate', raw)
  await w.connectAndSync()
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
}, 120_000)

it('an invitation forwarded from the user’s old address before the application was added is filed once it is added', async () => {
  const { id, raw } = selfForward(Date.now())
  await w.mail.deliver('candidate', raw)
  const account = await w.connectAndSync()
  const acme = await w.track(ACME)
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([id])
}, 120_000)
