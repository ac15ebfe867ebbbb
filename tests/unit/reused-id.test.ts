/**
 * Mail that reuses another mail's Message-ID (reused-id.ts): which id each mail is filed under. The sync's own paths
 * (a scan, retroactive filing, "Open in full") are in tests/integration/reused-message-id.test.ts, on real Dovecot.
 */
import { describe, expect, it } from 'vitest'
import { asItsHeaders, TakenIds, underId, type Batch } from '../../src/main/mail/sync/reused-id'
import { messageRefOf } from '../../src/main/mail/sync/message-ref'
import { reusedId, reusedOf, writtenIdOf, type MailMessage } from '../../src/shared/core/mail-message'

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

const ACK = { subject: 'We received your application', from: 'Acme Careers <careers@acme.test>' }
const seen = (date: string, subject = 'Interview invitation', address = 'dana@acme.test') => ({
  messageId: ID,
  date,
  subject,
  from: { address }
})

describe('the id a mail is filed under', () => {
  it('is its own Message-ID while no other mail has it', () => {
    expect(new TakenIds().idOf(seen(THURSDAY), never)).toBe(ID)
  })

  it('is its own for the same mail again (same date), in any case of the id', () => {
    const taken = new TakenIds()
    taken.add(ID, MONDAY, ACK.from, ACK.subject)
    expect(taken.idOf({ ...seen(MONDAY, 'Re: [jobs] We received your application!'), messageId: ID.toLowerCase() }, never)).toBe(
      ID.toLowerCase()
    )
  })

  it('is its own for the same sender and subject at another date: a mail sent from Afterview, dated when the server took it', () => {
    const taken = new TakenIds()
    taken.add(ID, '2026-11-30T09:00:00.456Z', 'Zoë Brandt <zoe@me.test>', 'Thank you — Data Engineer interview')
    expect(taken.idOf(seen(MONDAY, 'Thank you — Data Engineer interview', 'zoe@me.test'), never)).toBe(ID)
  })

  it('is one made from the id and its date for another mail of another date and subject, which finds both again', () => {
    const taken = new TakenIds()
    taken.add(ID, MONDAY, ACK.from, ACK.subject)
    const own = taken.idOf(seen(THURSDAY), never)
    expect(own).not.toBe(ID)
    expect(own).toBe(reusedId(ID, THURSDAY))
    expect(reusedOf(own)).toEqual({ messageId: ID, date: Date.parse(THURSDAY) })
    expect(reusedOf(ID)).toBeUndefined()
    expect(writtenIdOf({ messageId: own })).toBe(ID)
    // A Message-ID that only looks like one made here is the id it is.
    expect(reusedOf('<reused-1764493200000-x@acme.test>')).toBeUndefined()
    // Another sender alone, with the same subject, tells it apart too.
    expect(taken.idOf(seen(THURSDAY, ACK.subject, 'dana@acme.test'), never)).toBe(own)
  })

  it('keeps the id for the first of two read together, whichever order later mail comes in', () => {
    const batch: Batch = new Map()
    const taken = new TakenIds()
    expect(taken.idOf(seen(MONDAY, ACK.subject, 'careers@acme.test'), never, batch)).toBe(ID)
    expect(taken.idOf(seen(THURSDAY), never, batch)).toBe(reusedId(ID, THURSDAY))
    expect(taken.idOf(seen(MONDAY, ACK.subject, 'careers@acme.test'), never, batch)).toBe(ID) // the first again: the same mail
  })

  it('stays the one it was filed under once the first mail is gone', () => {
    // The acknowledgement's application was deleted; the invitation stays filed under its own id.
    const taken = new TakenIds()
    const own = reusedId(ID, THURSDAY)
    taken.add(own, THURSDAY, 'Dana <dana@acme.test>', 'Interview invitation')
    expect(taken.idOf(seen(THURSDAY), (id) => id === own)).toBe(own)
    // And the acknowledgement, read again, takes its id back.
    expect(taken.idOf(seen(MONDAY, ACK.subject, 'careers@acme.test'), (id) => id === own)).toBe(ID)
  })

  it('is its own for a Message-ID so long that one made from it would not fit the timeline (taken as before)', () => {
    const long = `<${'a'.repeat(985)}@acme.test>` // 996 characters: stored as itself
    const taken = new TakenIds()
    taken.add(long, MONDAY, ACK.from, ACK.subject)
    expect(taken.idOf({ ...seen(THURSDAY), messageId: long }, never)).toBe(long)
  })

  it('is never made up again for mail the sync gave an id (it had none)', () => {
    const taken = new TakenIds()
    const made = '<uid-7-1764493200000@afterview.invalid>'
    taken.add(made, MONDAY, ACK.from, ACK.subject)
    expect(taken.idOf({ ...seen(THURSDAY), messageId: made }, never)).toBe(made)
  })

  it('is the one a mail without a Message-ID was filed under by its headers, for its copy elsewhere, read by headers or whole', () => {
    const taken = new TakenIds()
    const filed = `<uid-2-${Date.parse(THURSDAY)}@afterview.invalid>` // its UID in the INBOX
    taken.add(filed, THURSDAY, 'Dana <dana@acme.test>', 'Interview invitation')
    const archived = { ...seen(THURSDAY), messageId: `<uid-9-${Date.parse(THURSDAY)}@afterview.invalid>` }
    expect(taken.idOf(archived, never)).toBe(filed)
    expect(taken.idOf({ ...seen(THURSDAY), messageId: `<sha1-${'a'.repeat(40)}@afterview.invalid>` }, never)).toBe(filed)
    // Another second, sender or subject: another mail. A mail with a Message-ID of its own keeps it.
    const other = { ...seen(MONDAY), messageId: `<uid-9-${Date.parse(MONDAY)}@afterview.invalid>` }
    expect(taken.idOf(other, never)).toBe(other.messageId)
    expect(taken.idOf({ ...archived, subject: 'Directions' }, never)).toBe(archived.messageId)
    expect(taken.idOf({ ...archived, from: { address: 'sam@acme.test' } }, never)).toBe(archived.messageId)
    expect(taken.idOf(seen(THURSDAY), never)).toBe(ID)
  })

  it('stays its own, for a mail without a Message-ID read whole, where its text was filed (the exact id)', () => {
    const taken = new TakenIds()
    const text = `<sha1-${'b'.repeat(40)}@afterview.invalid>`
    taken.add(text, THURSDAY, 'Dana <dana@acme.test>', 'Interview invitation')
    const another = `<sha1-${'c'.repeat(40)}@afterview.invalid>` // another text, alike in every header: another mail
    expect(taken.idOf({ ...seen(THURSDAY), messageId: another }, never)).toBe(another)
    // Read by its headers alone (its copy elsewhere, whose body the server would not send), it is that mail.
    const copy = { ...seen(THURSDAY), messageId: `<uid-9-${Date.parse(THURSDAY)}@afterview.invalid>` }
    expect(taken.idOf(copy, never)).toBe(copy.messageId)
    expect(taken.filedAlike(copy)).toBe(text)
    expect(taken.filedAlike({ ...copy, subject: 'Directions' })).toBeUndefined()
    expect(taken.filedAlike(seen(THURSDAY))).toBeUndefined() // a Message-ID of its own tells
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
