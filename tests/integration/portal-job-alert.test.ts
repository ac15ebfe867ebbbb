/**
 * Review of a12592b0: a machine sender whose subject names a tracked role is now read for its body. A portal's job
 * alert (no-reply, no List-Unsubscribe, as many council portals send them) names the role in its subject too.
 * Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const COUNCIL = { company: 'Kinnaird and Tay Council', role: 'Classroom Assistant', companyDomain: 'kinnairdtay.test' }

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
