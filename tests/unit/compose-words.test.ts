/**
 * The words compose works with: "Name <address>" in and out, the recipients a new draft
 * gets, placeholders shown as [first name?] (never {{firstName}}) and filled in, and the
 * kind of interview an invite describes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../src/main/mail/parse-message'
import { recipientsFor } from '../../src/main/outbox/drafts'
import { addressOf, formatAddress, parseAddress, parseAddressList } from '../../src/shared/core/address'
import { classifyMessage } from '../../src/shared/core/classifier'
import { interviewKindOf, proposeChanges } from '../../src/shared/core/consequences'
import { fillPlaceholder, fromEditable, toEditable, unresolved } from '../../src/shared/core/templates'
import { Application } from '../../src/shared/model'
import { CORPUS_DIR, USER_ADDRESS, loadApplications } from '../fixtures/mail/load-applications'

describe('Name <address>', () => {
  it('formats a name and an address the way mail programs show them, quoting when needed', () => {
    expect(formatAddress({ name: 'Dana Whitfield', address: 'dana@acme.example' })).toBe('Dana Whitfield <dana@acme.example>')
    expect(formatAddress({ name: '', address: 'dana@acme.example' })).toBe('dana@acme.example')
    expect(formatAddress({ name: 'Whitfield, Dana', address: 'dana@acme.example' })).toBe('"Whitfield, Dana" <dana@acme.example>')
  })

  it('reads back what it wrote, and a bare address', () => {
    expect(parseAddress('Dana Whitfield <Dana@Acme.example>')).toEqual({ name: 'Dana Whitfield', address: 'dana@acme.example' })
    expect(parseAddress('"Whitfield, Dana" <dana@acme.example>')).toEqual({ name: 'Whitfield, Dana', address: 'dana@acme.example' })
    expect(addressOf(' sam@acme.example ')).toBe('sam@acme.example')
    expect(parseAddress('Dana Whitfield')).toBeUndefined()
  })

  it('splits a typed list at commas, not inside quotes, and names the part that is wrong', () => {
    expect(parseAddressList('Dana Whitfield <dana@acme.example>, "Lee, Sam" <sam@acme.example>; priya@acme.example')).toEqual({
      addresses: [
        { name: 'Dana Whitfield', address: 'dana@acme.example' },
        { name: 'Lee, Sam', address: 'sam@acme.example' },
        { name: '', address: 'priya@acme.example' }
      ],
      invalid: []
    })
    expect(parseAddressList('a@x.example b@y.example').addresses.map((a) => a.address)).toEqual(['a@x.example', 'b@y.example'])
    expect(parseAddressList('dana@, Dana Whitfield <dana@acme.example>')).toEqual({
      addresses: [{ name: 'Dana Whitfield', address: 'dana@acme.example' }],
      invalid: ['dana@']
    })
  })
})

describe('who a new draft goes to', () => {
  const app = Application.parse({
    id: 'acme',
    company: 'Acme',
    role: 'Engineer',
    stage: 'interviewing',
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    contacts: [
      { id: 'c-r', name: 'Riley Recruiter', email: 'riley@acme.example' },
      { id: 'c-d', name: 'Dana Whitfield', email: 'Dana@acme.example' }
    ],
    interviews: [{ id: 'i1', startsAt: '2026-11-10T15:00:00Z', durationMinutes: 45, kind: 'video', contactIds: ['c-d'] }],
    events: [
      {
        id: 'e1',
        at: '2026-11-05T10:00:00Z',
        type: 'message',
        message: {
          messageId: '<m1@acme>',
          direction: 'in',
          from: 'Priya <priya@acme.example>',
          to: [USER_ADDRESS],
          subject: 'Schedule',
          date: '2026-11-05T10:00:00Z'
        }
      }
    ]
  })
  const interview = app.interviews[0]

  it("the action's own contacts come first", () => {
    expect(recipientsFor(app, { contactIds: ['c-r'] }, undefined, interview)).toEqual(['riley@acme.example'])
  })
  it("then the interview's people (the interviewer for a thank-you)", () => {
    expect(recipientsFor(app, { contactIds: [] }, undefined, interview)).toEqual(['dana@acme.example'])
  })
  it('then whoever last wrote from the company, then the first contact', () => {
    expect(recipientsFor(app, { contactIds: [] }, undefined, undefined)).toEqual(['priya@acme.example'])
    expect(recipientsFor({ ...app, events: [] }, { contactIds: [] }, undefined, undefined)).toEqual(['riley@acme.example'])
  })
})

describe('placeholders in the compose field', () => {
  it('shows {{firstName}} as [first name?] and turns it back, so a missing value is never sent', () => {
    const body = 'Hi {{firstName}},\n\nThanks.\n{{signature}}'
    const shown = toEditable(body)
    expect(shown).toBe('Hi [first name?],\n\nThanks.\n[your signature?]')
    expect(shown).not.toContain('{{')
    expect(fromEditable(shown)).toBe(body)
    expect(unresolved(fromEditable(shown))).toEqual(['firstName', 'signature'])
  })

  it('fills a chip everywhere it is missing, and leaves ordinary brackets alone', () => {
    expect(fillPlaceholder('Hi {{firstName}}, {{firstName}}!', 'firstName', 'Dana')).toBe('Hi Dana, Dana!')
    expect(fromEditable('See [1] and [note?]')).toBe('See [1] and {{note}}')
    expect(fromEditable('Is it [Monday?]')).toBe('Is it [Monday?]')
  })
})

describe('the kind of interview an invite describes', () => {
  it('on site, video (a "virtual onsite" is video), phone, or other — never assumed video', () => {
    expect(interviewKindOf('Onsite interview at our office, 5th floor reception')).toBe('onsite')
    expect(interviewKindOf("We'd like to invite you to our virtual onsite loop")).toBe('video')
    expect(interviewKindOf('Join on Zoom: https://zoom.us/j/123')).toBe('video')
    expect(interviewKindOf('A quick phone screen; I will call you at 3pm')).toBe('phone')
    expect(interviewKindOf('Interview on Tuesday')).toBe('other')
  })

  it('an onsite invite becomes an on-site interview proposal', async () => {
    const raw = readFileSync(join(CORPUS_DIR, 'int-fernwood-calendar-invite.eml'), 'utf8').replace(
      /Google Meet|meet\.google\.com\/[a-z-]+/gi,
      'our office, 5th floor (in person)'
    )
    const message = await parseMessage(Buffer.from(raw))
    const classification = classifyMessage(message, { relatedToApplication: true, direction: 'in', timeZone: 'UTC' })
    const app = structuredClone(loadApplications().find((a) => a.id === 'fernwood-ml')!)
    const [change] = proposeChanges(classification, message, app, { userAddresses: [USER_ADDRESS] })
    expect(change).toMatchObject({ kind: 'add_interview', fields: { interviewKind: 'onsite' } })
  })
})
