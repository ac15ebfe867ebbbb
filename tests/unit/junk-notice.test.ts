import { describe, expect, it } from 'vitest'
import { junkNotice } from '../../src/main/mail/sync/junk'
import type { JunkMail } from '../../src/main/store/sync-state'

const mail = (over: Partial<JunkMail>): JunkMail => ({
  messageId: '<a@acme.test>',
  uid: 1,
  foundAt: '2026-12-01T11:00:00.000Z',
  applicationId: 'acme',
  company: 'Acme Robotics',
  from: 'Dana Whitfield <dana@acme.test>',
  subject: 'Interview next week',
  date: '2026-12-01T10:00:00.000Z',
  told: false,
  ...over
})

describe('what is told of mail in Junk', () => {
  it('says nothing when there is nothing new to tell', () => {
    expect(junkNotice([], 'me@example.test')).toBeUndefined()
  })

  it('names the application, the sender, the subject and the day of one mail, and what to do', () => {
    expect(junkNotice([mail({})], 'me@example.test')).toBe(
      'A mail that may be about your application at Acme Robotics is in the Junk folder of me@example.test: ' +
        '“Interview next week” from Dana Whitfield <dana@acme.test>, 1 Dec. ' +
        'If it is real, open Junk in your mail app and mark it as not junk: Afterview then files it like any reply.'
    )
  })

  it('counts several, names each company once, and the latest mail', () => {
    const text = junkNotice(
      [
        mail({ subject: 'Next steps', date: '2026-12-03T10:00:00.000Z', messageId: '<b@acme.test>' }),
        mail({ company: 'Borealis Health', from: 'hr@borealis.test', subject: 'Your application', date: '2026-12-02T10:00:00.000Z' }),
        mail({ subject: 'Interview next week' })
      ],
      'me@example.test'
    )
    expect(text).toBe(
      '3 mails that may be about your applications (Acme Robotics, Borealis Health) are in the Junk folder of me@example.test, ' +
        'the latest “Next steps” from Dana Whitfield <dana@acme.test>, 3 Dec. ' +
        'If they are real, open Junk in your mail app and mark them as not junk: Afterview then files them like any reply.'
    )
  })

  it('says so when the mail has no subject', () => {
    expect(junkNotice([mail({ subject: '' })], 'me@example.test')).toContain('“(no subject)”')
  })
})
