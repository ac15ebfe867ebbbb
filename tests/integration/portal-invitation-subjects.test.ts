/**
 * Found by a review of a8a32d37: a portal's no-reply mail naming a tracked role is read only when its subject speaks of an
 * application's process (PROCESS_SUBJECT) and not of an alert (ALERT_SUBJECT). Real invitations whose subjects say it
 * otherwise are no longer read at all (before a8a32d37, each was filed). Real Dovecot.
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
