import { describe, expect, it } from 'vitest'
import { clampSubject, messageRefOf } from '../../src/main/mail/sync/message-ref'
import { entryOf, messageOf } from '../../src/main/mail/sync/header-index'
import type { MailMessage } from '../../src/shared/core/mail-message'

const base: MailMessage = {
  messageId: '<Mixed.Case@Acme.TEST>',
  inReplyTo: '<Thanks-1@me.test>',
  references: ['<A@x.test>', '<Thanks-1@me.test>'],
  date: '2026-11-20T10:00:00.000Z',
  from: { name: 'Dana Whitfield', address: 'dana@acme.test' },
  to: [{ name: '', address: 'me@x.test' }],
  cc: [],
  subject: 'Re: Interview',
  text: 'Hello there.',
  headers: { 'list-id': '<l.x>' },
  hasCalendarInvite: false
}
const match = { applicationId: 'acme', direction: 'in' as const, reason: 'from Dana', strength: 'contact' as const }

describe('a filed mail always fits the stored record', () => {
  it('collapses a thousand "Re:" and cuts an endless subject', () => {
    expect(clampSubject(`${'Re: '.repeat(1000)}Interview`)).toBe('Re: Interview')
    expect(clampSubject(`RE: Re:re: AW: Fwd: ${'x'.repeat(50)}`)).toBe(`RE: ${'x'.repeat(50)}`)
    expect(clampSubject('y'.repeat(200_000))).toHaveLength(300)
    expect(clampSubject('Re: Fwd: short')).toBe('Re: Fwd: short')
  })

  it('clamps names and keeps the Message-ID exactly; an endless Message-ID is refused with the reason', () => {
    const ok = messageRefOf(match, { ...base, from: { name: 'N'.repeat(10_000), address: 'dana@acme.test' } }, 'acct')
    expect(ok.ok && ok.ref.from.length).toBeLessThan(200)
    expect(ok.ok && ok.ref.messageId).toBe('<Mixed.Case@Acme.TEST>')
    const bad = messageRefOf(match, { ...base, messageId: `<${'x'.repeat(1200)}@acme.test>` }, 'acct')
    expect(bad).toEqual({ ok: false, reason: 'its Message-ID is 1212 characters long (more than 1000)' })
  })

  it('the header index keeps what the matcher needs, ids in their original case', () => {
    const back = messageOf(JSON.parse(JSON.stringify(entryOf(42, base))))
    expect(back).toMatchObject({
      messageId: '<Mixed.Case@Acme.TEST>',
      inReplyTo: '<Thanks-1@me.test>',
      references: ['<A@x.test>', '<Thanks-1@me.test>'],
      from: base.from,
      to: [{ address: 'me@x.test' }],
      subject: 'Re: Interview',
      headers: { 'list-id': '<l.x>' },
      date: base.date
    })
  })
})
