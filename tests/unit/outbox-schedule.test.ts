/**
 * "Send tomorrow at 9:00" means the next business morning in the user's zone, and a
 * thank-you can be moved into the interview's thread and back.
 */
import { describe, expect, it } from 'vitest'
import { nextBusinessMorning, shortDayTime } from '../../src/main/outbox/schedule'
import { applyPatch } from '../../src/main/outbox/drafts'
import type { Draft } from '../../src/shared/api'

describe('the next business morning', () => {
  it("is tomorrow at 9:00 on a weekday evening, in the user's zone", () => {
    const r = nextBusinessMorning(Date.parse('2026-11-17T19:30:00Z'), 'America/New_York') // Tue 14:30 in New York
    expect(new Date(r.at).toISOString()).toBe('2026-11-18T14:00:00.000Z')
    expect(r.label).toBe('Send tomorrow at 9:00')
  })

  it('skips the weekend: on Friday it is Monday at 9:00', () => {
    const r = nextBusinessMorning(Date.parse('2026-11-20T16:00:00Z'), 'Europe/Berlin')
    expect(new Date(r.at).toISOString()).toBe('2026-11-23T08:00:00.000Z')
    expect(r.label).toBe('Send Monday at 9:00')
    expect(shortDayTime(r.at, 'Europe/Berlin')).toBe('Mon 9:00')
  })

  it('is this morning at 9:00 in the small hours of a weekday, not the next day (a thank-you would go a day late)', () => {
    const r = nextBusinessMorning(Date.parse('2026-12-08T02:52:00Z'), 'UTC') // Tue 02:52
    expect(new Date(r.at).toISOString()).toBe('2026-12-08T09:00:00.000Z')
    expect(r.label).toBe('Send this morning at 9:00')
    // In the user's zone: 07:30 in Berlin is 06:30 UTC.
    expect(nextBusinessMorning(Date.parse('2026-12-08T06:30:00Z'), 'Europe/Berlin')).toEqual({
      at: Date.parse('2026-12-08T08:00:00Z'),
      label: 'Send this morning at 9:00'
    })
    // At 9:00 sharp and after, the next business morning.
    expect(nextBusinessMorning(Date.parse('2026-12-08T09:00:00Z'), 'UTC').label).toBe('Send tomorrow at 9:00')
  })

  it('is Monday at 9:00 in the small hours of a Saturday', () => {
    const r = nextBusinessMorning(Date.parse('2026-12-12T03:00:00Z'), 'UTC') // Sat 03:00
    expect(new Date(r.at).toISOString()).toBe('2026-12-14T09:00:00.000Z')
    expect(r.label).toBe('Send Monday at 9:00')
  })

  it('keeps 9:00 local across a daylight-saving change', () => {
    const r = nextBusinessMorning(Date.parse('2026-10-23T12:00:00Z'), 'Europe/Berlin') // Fri before the clocks go back
    expect(new Date(r.at).toISOString()).toBe('2026-10-26T08:00:00.000Z')
  })
})

describe('the interview thread option', () => {
  const draft: Draft = {
    id: 'd-1',
    applicationId: 'acme',
    actionKey: 'thank_you:i1',
    actionKind: 'thank_you',
    to: ['dana@acme.test'],
    cc: [],
    subject: 'Thank you — Data Engineer interview',
    body: 'Hi Dana,',
    messageId: '<m1@me.test>',
    references: [],
    threadOption: { messageId: '<invite@acme.test>', subject: 'Interview: Data Engineer', references: [] },
    createdAt: '2026-11-17T15:00:00Z',
    updatedAt: '2026-11-17T15:00:00Z'
  }

  it("replies in the interview's thread when picked, and starts its own again when unpicked", () => {
    const threaded = applyPatch(draft, { useThread: true }, () => 'unused', Date.parse('2026-11-17T16:00:00Z'))
    expect(threaded.inReplyTo).toBe('<invite@acme.test>')
    expect(threaded.references).toEqual(['<invite@acme.test>'])
    expect(threaded.subject).toBe('Re: Interview: Data Engineer')
    expect(threaded.messageId).toBe('<m1@me.test>')
    const own = applyPatch(threaded, { useThread: false }, () => 'Thank you — Data Engineer interview', Date.parse('2026-11-17T16:01:00Z'))
    expect(own.inReplyTo).toBeUndefined()
    expect(own.references).toEqual([])
    expect(own.subject).toBe('Thank you — Data Engineer interview')
  })

  it('leaves fields the user did not touch as they are', () => {
    const edited = applyPatch(draft, { body: 'Hi Dana, thanks!', to: undefined }, () => '', Date.parse('2026-11-17T16:00:00Z'))
    expect(edited.to).toEqual(['dana@acme.test'])
    expect(edited.body).toBe('Hi Dana, thanks!')
  })
})
