import { describe, expect, it } from 'vitest'
import { headerMessage, parseHeaderBlock } from '../../src/main/mail/sync/header-message'
import { looksJobRelated } from '../../src/shared/core/classifier/job-related'
import { isAutomatic, snippetOf } from '../../src/main/mail/sync/filing'

const fetched = (over: Record<string, unknown> = {}, headers = '') => ({
  uid: 7,
  seq: 7,
  internalDate: new Date('2026-11-20T10:00:00Z'),
  envelope: {
    date: new Date('2026-11-20T09:59:00Z'),
    subject: 'Re:  Interview   on Tuesday',
    messageId: '<ABC@Kestrel.test>',
    inReplyTo: '<thanks-1@me.test>',
    from: [{ name: 'Dana Whitfield', address: 'Dana@Kestrel.test' }],
    to: [{ name: '', address: 'me@x.test' }],
    cc: [],
    replyTo: [{ name: 'Dana Whitfield', address: 'Dana@Kestrel.test' }],
    ...over
  },
  headers: Buffer.from(headers)
})

describe('what the scan reads without a body', () => {
  it('builds the matcher’s view of a mail from envelope and headers', () => {
    const m = headerMessage(fetched({}, 'References: <a@x.test>\r\n <thanks-1@me.test>\r\nAuto-Submitted: auto-replied\r\n\r\n') as never)
    expect(m).toMatchObject({
      messageId: '<ABC@Kestrel.test>',
      inReplyTo: '<thanks-1@me.test>',
      references: ['<a@x.test>', '<thanks-1@me.test>'],
      subject: 'Re: Interview on Tuesday',
      from: { name: 'Dana Whitfield', address: 'dana@kestrel.test' },
      text: '',
      date: '2026-11-20T09:59:00.000Z'
    })
    expect(m.replyTo).toBeUndefined()
    expect(m.headers['auto-submitted']).toBe('auto-replied')
    expect(isAutomatic(m)).toBe(true)
  })
  it('gives a stable id to mail without a Message-ID and falls back to the arrival date', () => {
    const m = headerMessage(fetched({ messageId: undefined, date: undefined }) as never)
    expect(m.messageId).toMatch(/^<uid-7-\d+@afterview\.invalid>$/)
    expect(m.date).toBe('2026-11-20T10:00:00.000Z')
  })
  it('unfolds header lines and keeps the first of repeated headers', () => {
    expect(parseHeaderBlock('X-A: one\r\n two\r\nX-A: three\r\n\r\n')).toEqual({ 'x-a': 'one two' })
  })
  it('fetches bodies only for mail that looks job-related', () => {
    const base = headerMessage(fetched() as never)
    expect(looksJobRelated({ ...base, subject: 'Lunch on Friday?', from: { name: 'A', address: 'a@example.org' } })).toBe(false)
    expect(looksJobRelated({ ...base, subject: 'Thanks for applying', from: { name: 'Acme', address: 'no-reply@greenhouse.io' } })).toBe(
      true
    )
    expect(looksJobRelated({ ...base, subject: 'Your application', from: { name: 'A', address: 'a@example.org' } })).toBe(true)
    expect(
      looksJobRelated({
        ...base,
        subject: 'New jobs: 10 roles for you',
        from: { name: 'A', address: 'a@example.org' },
        headers: { 'list-id': '<jobs.list>' }
      })
    ).toBe(false)
  })
  it('makes a short snippet without quoted text', () => {
    expect(snippetOf('Sounds good!\n> On Tue you wrote:\n> old text\nSee you', 100)).toBe('Sounds good! See you')
    expect(snippetOf('x'.repeat(300), 50)).toHaveLength(50)
  })
})
