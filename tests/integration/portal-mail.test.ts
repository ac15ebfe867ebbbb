/**
 * A council's or school's recruitment portal that Afterview does not know (not in HIRING_SYSTEMS) writes from a
 * no-reply address and names the employer only in its text. Its receipt ("Application received: …") was filed, read
 * for its acknowledgement-shaped subject; its interview invitation, the mail that matters, was never read, as no
 * machine sender was. Now one whose subject names a tracked role and speaks of the process is read; its job alerts
 * are not (found by reviews: alerts read and filed, then invitations in other words no longer read). Real Dovecot.
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
const COUNCIL = { company: 'Kinnaird and Tay Council', role: 'Classroom Assistant', companyDomain: 'kinnairdtay.test' }
const portal = (id: string, subject: string, body: string) =>
  makeMessage({ from: { name: 'Jobs Portal', address: 'noreply@jobs.council-portal.test' }, to: me(), subject, messageId: id, body })

it("the unknown portal's interview invitation is filed like its receipt", async () => {
  const council = await w.track(COUNCIL)
  const account = await w.connectAndSync()
  const receipt = `<receipt-${Date.now()}@jobs.council-portal.test>`
  const invitation = `<invitation-${Date.now()}@jobs.council-portal.test>`
  await w.mail.deliver(
    'candidate',
    portal(
      receipt,
      'Application received: Classroom Assistant (REF 5512)',
      'Dear Jordan,\n\nThank you for applying for the post of Classroom Assistant with Kinnaird and Tay Council. We will be in touch after the closing date.'
    )
  )
  await w.services.mail.sync.syncOnce([account])
  await w.mail.deliver(
    'candidate',
    portal(
      invitation,
      'Interview invitation: Classroom Assistant (REF 5512)',
      'Dear Jordan,\n\nFollowing your application for the post of Classroom Assistant with Kinnaird and Tay Council, we are ' +
        'pleased to invite you to an interview on Tuesday 8 December at 10:00 at Tayside House. Please confirm by Friday.'
    )
  )
  await w.services.mail.sync.syncOnce([account])
  expect(w.filedOn(council).map((m) => m.messageId)).toEqual([receipt, invitation])
}, 120_000)

const BODY =
  'Dear Jordan,\n\nFollowing your application for the post of Classroom Assistant with Kinnaird and Tay Council, we are ' +
  'pleased to invite you to an interview on Tuesday 8 December at 10:00 at Tayside House. Please confirm by Friday.'

for (const subject of [
  'Classroom Assistant: you have been shortlisted', // control: read
  'Classroom Assistant: selected for the next stage',
  'Classroom Assistant: please book your slot',
  'Classroom Assistant: update on your candidacy',
  'Interview invitation: Classroom Assistant vacancies', // several posts under one advert
  'Inbjudan till intervju: Classroom Assistant', // Swedish
  'Zaproszenie na rozmowę: Classroom Assistant' // Polish
])
  it(`the portal's mail '${subject}' is filed`, async () => {
    const council = await w.track(COUNCIL)
    const account = await w.connectAndSync()
    const id = `<invitation-${Date.now()}@jobs.council-portal.test>`
    await w.mail.deliver('candidate', portal(id, subject, BODY))
    await w.services.mail.sync.syncOnce([account])
    expect(w.filedOn(council).map((m) => m.messageId)).toEqual([id])
  }, 120_000)

it("the portal's job alert for new Classroom Assistant posts is not filed on the application", async () => {
  const council = await w.track(COUNCIL)
  const account = await w.connectAndSync()
  const alert = `<alert-${Date.now()}@jobs.council-portal.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Jobs Portal', address: 'noreply@jobs.council-portal.test' },
      to: `candidate@${w.mail.domain}`,
      subject: 'New Classroom Assistant vacancies matching your saved search',
      messageId: alert,
      body:
        'Dear Jordan,\n\n3 new vacancies match your saved search "Classroom Assistant":\n\n' +
        '- Classroom Assistant (REF 6120), Kinnaird and Tay Council, Perth. Closing date 20 December. Apply online.\n' +
        '- Pupil Support Assistant (REF 6131), Dunmore Academy Trust, Dundee.\n' +
        '- Early Years Practitioner (REF 6140), Glenlochar Nursery Group, Crieff.\n\n' +
        'To change your saved searches, sign in to your account.'
    })
  )
  await w.services.mail.sync.syncOnce([account])
  const filed = w.filedOn(council).map((m) => ({ id: m.messageId, reason: m.reason, category: m.category, needsAnswer: m.needsAnswer }))
  const nextUp = (await w.services.getOverview({})).actions.filter((a) => a.applicationId === council).map((a) => a.title)
  expect({ filed, nextUp }).toEqual({ filed: [], nextUp: expect.anything() })
}, 120_000)

for (const subject of ['You are invited to apply: Classroom Assistant', 'Classroom Assistant: applications now open'])
  it(`the portal's alert '${subject}' is not filed on the application`, async () => {
    const council = await w.track(COUNCIL)
    const account = await w.connectAndSync()
    const id = `<alert-${Date.now()}@jobs.council-portal.test>`
    await w.mail.deliver(
      'candidate',
      portal(
        id,
        subject,
        'Dear Jordan,\n\nKinnaird and Tay Council is recruiting for Classroom Assistant posts at Tayport Primary. ' +
          'Based on your saved profile, we think you may be interested. Apply online before 12 December.'
      )
    )
    await w.services.mail.sync.syncOnce([account])
    expect(w.filedOn(council).map((m) => `${m.messageId} ${m.category}`)).toEqual([])
  }, 120_000)
