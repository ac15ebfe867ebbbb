/**
 * Mail that reuses another mail's Message-ID (reused-id.ts): which id each mail is filed under. The sync's own paths
 * (a scan, retroactive filing, "Open in full") are in tests/integration/reused-message-id.test.ts, on real Dovecot.
 */
import { describe, expect, it } from 'vitest'
import { asItsHeaders, reusedId, reusedOf, TakenIds, underId } from '../../src/main/mail/sync/reused-id'
import { messageRefOf } from '../../src/main/mail/sync/message-ref'
import type { MailMessage } from '../../src/shared/core/mail-message'

const ID = '<Application-4711@Careers.Acme.test>'
const MONDAY = '2026-11-30T09:00:00.000Z'
const THURSDAY = '2026-12-03T14:30:00.000Z'
const never = () => false

function mail(over: Partial<MailMessage> = {}): MailMessage {
  return {
    messageId: ID,
    references: [],
    date: THURSDAY,
    from: { name: 'Dana', address: 'dana@acme.test' },
    to: [],
    cc: [],
    subject: 'Interview invitation',
    text: 'Could you come on Tuesday?',
    headers: {},
    hasCalendarInvite: false,
    ...over
  }
}

describe('the id a mail is filed under', () => {
  it('is its own Message-ID while no other mail has it', () => {
    expect(new TakenIds().idOf({ messageId: ID, date: THURSDAY }, never)).toBe(ID)
  })

  it('is its own for the same mail again (same date), in any case of the id', () => {
    const taken = new TakenIds()
    taken.add(ID, MONDAY)
    expect(taken.idOf({ messageId: ID.toLowerCase(), date: MONDAY }, never)).toBe(ID.toLowerCase())
  })

  it('is one made from the id and its date for another mail of another date, which finds both again', () => {
    const taken = new TakenIds()
    taken.add(ID, MONDAY)
    const own = taken.idOf({ messageId: ID, date: THURSDAY }, never)
    expect(own).not.toBe(ID)
    expect(own).toBe(reusedId(ID, THURSDAY))
    expect(reusedOf(own)).toEqual({ messageId: ID, date: Date.parse(THURSDAY) })
    expect(reusedOf(ID)).toBeUndefined()
  })

  it('keeps the id for the first of two read together, whichever order later mail comes in', () => {
    const batch = new Map<string, number>()
    const taken = new TakenIds()
    expect(taken.idOf({ messageId: ID, date: MONDAY }, never, batch)).toBe(ID)
    expect(taken.idOf({ messageId: ID, date: THURSDAY }, never, batch)).toBe(reusedId(ID, THURSDAY))
    expect(taken.idOf({ messageId: ID, date: MONDAY }, never, batch)).toBe(ID) // the first again: the same mail
  })

  it('stays the one it was filed under once the first mail is gone', () => {
    // The acknowledgement's application was deleted; the invitation stays filed under its own id.
    const taken = new TakenIds()
    const own = reusedId(ID, THURSDAY)
    taken.add(own, THURSDAY)
    expect(taken.idOf({ messageId: ID, date: THURSDAY }, (id) => id === own)).toBe(own)
    // And the acknowledgement, read again, takes its id back.
    expect(taken.idOf({ messageId: ID, date: MONDAY }, (id) => id === own)).toBe(ID)
  })

  it('is never made up again for mail the sync gave an id (it had none)', () => {
    const taken = new TakenIds()
    const made = '<uid-7-1764493200000@afterview.invalid>'
    taken.add(made, MONDAY)
    expect(taken.idOf({ messageId: made, date: THURSDAY }, never)).toBe(made)
  })
})

describe('a mail filed under an id of its own', () => {
  it('is answered under the id it has, as written', () => {
    const invitation = underId(mail(), reusedId(ID, THURSDAY))
    expect(invitation.writtenMessageId).toBe(ID)
    // Filed by its headers alone too (its text unread): the entry keeps the id to answer.
    const built = messageRefOf({ applicationId: 'acme', direction: 'in', reason: 'from Acme', strength: 'domain' }, invitation, 'acct')
    expect(built.ok && built.ref).toMatchObject({ messageId: reusedId(ID, THURSDAY), originalMessageId: ID })
  })

  it('keeps that id when its body is read, and the date its headers gave', () => {
    const header = underId(mail({ text: '' }), reusedId(ID, THURSDAY))
    // mailparser dates a Date header it cannot read as the moment it parses.
    const body = mail({ date: '2026-12-07T08:00:00.000Z' })
    expect(asItsHeaders(header, body)).toMatchObject({ messageId: header.messageId, writtenMessageId: ID, date: THURSDAY })
    expect(asItsHeaders(mail({ text: '' }), mail())).toEqual(mail()) // nothing to change: the mail as read
  })
})
