/**
 * A parsed mail for tests of the pure core (classifier, facts, matcher): every field a MailMessage
 * needs, so a test names only what it is about.
 */
import type { MailMessage } from '../../src/shared/core/mail-message'

export function mailMessage(fields: Partial<MailMessage> = {}): MailMessage {
  return {
    messageId: '<m@test>',
    references: [],
    date: '2026-11-20T10:00:00Z',
    from: { name: 'Dana Whitfield', address: 'dana@acme.example' },
    to: [],
    cc: [],
    subject: '',
    text: '',
    headers: {},
    hasCalendarInvite: false,
    ...fields
  }
}
