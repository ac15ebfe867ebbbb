/**
 * A council's or school's recruitment portal that Afterview does not know (not in HIRING_SYSTEMS) writes from a
 * no-reply address and names the employer only in its text. Its receipt ("Application received: …") is filed, as the
 * README promises; its interview invitation, the mail that matters, is never read. Real Dovecot.
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
