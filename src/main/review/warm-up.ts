/**
 * Mail the classifier reads once per process, before any real mail needs it: its first use
 * compiles the phrase patterns it meets (about 100 ms), so the sync does this while the
 * server opens a mailbox with new mail, one message at a time (issue 14). Only the
 * classifier's cost moves: nothing is filed, stored or proposed from these.
 */
import type { MailMessage } from '../../shared/core/mail-message'
import type { MessageRef } from '../../shared/model'

const sample = (subject: string, text: string, n: number): { message: MailMessage; ref: MessageRef } => {
  const messageId = `<warm-up-${n}@afterview.invalid>`
  const from = { name: 'Dana Whitfield', address: 'dana.whitfield@example.invalid' }
  const message: MailMessage = {
    messageId,
    references: [],
    date: '2026-01-05T09:00:00.000Z',
    from,
    to: [{ name: '', address: 'you@example.invalid' }],
    cc: [],
    subject,
    text,
    headers: {},
    hasCalendarInvite: false
  }
  const ref: MessageRef = {
    messageId,
    direction: 'in',
    from: `${from.name} <${from.address}>`,
    to: ['you@example.invalid'],
    subject,
    snippet: text.slice(0, 200),
    reason: '',
    automatic: false
  }
  return { message, ref }
}

/** An update with a promised date, an invitation with times, a rejection: between them most of what a reply needs. */
export const WARM_UP_MAIL = [
  sample(
    'Re: Data Engineer interview',
    'Hi,\n\nThank you for your time yesterday. We will get back to you by Friday about next steps.\n\nBest,\nDana Whitfield\nExample Company',
    1
  ),
  sample(
    'Interview for Data Engineer at Example Company',
    'Hello,\n\nWe would like to invite you to a second interview. Could you do Tuesday at 10:00 or Wednesday at 14:00?\n\nKind regards,\nDana',
    2
  ),
  sample(
    'Your application',
    'Dear candidate,\n\nThank you for applying. Unfortunately we have decided not to move forward with your application.\n\nRegards,\nDana',
    3
  )
]
