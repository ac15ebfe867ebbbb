/**
 * Found by a review of a8a32d37: a portal's job alert is not read as its invitation is (ALERT_SUBJECT). Alerts whose subjects
 * use the process's words ("invited to apply", "applications now open") pass PROCESS_SUBJECT and miss ALERT_SUBJECT:
 * their first lines name the employer, and they are filed on the application. Real Dovecot.
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
