/**
 * From a classified mail to proposed changes: each category proposes the right change with
 * the sentence that decided it; low confidence and auto-replies propose nothing that closes
 * or promotes an application. Real fixture mail, parsed and classified as the sync does.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../src/main/mail/parse-message'
import { classifyMessage, type Classification } from '../../src/shared/core/classifier'
import { messageFacts, proposeChanges } from '../../src/shared/core/consequences'
import type { Application } from '../../src/shared/model'
import { CORPUS_DIR, USER_ADDRESS, loadApplications } from '../fixtures/mail/load-applications'

const apps = loadApplications()
const app = (id: string): Application => structuredClone(apps.find((a) => a.id === id)!)
const read = (file: string) => parseMessage(readFileSync(join(CORPUS_DIR, file)))
const context = { userAddresses: [USER_ADDRESS] }

async function consequences(file: string, applicationId: string | null) {
  const message = await read(file)
  const classification = classifyMessage(message, { relatedToApplication: applicationId !== null, direction: 'in', timeZone: 'UTC' })
  return { message, classification, changes: proposeChanges(classification, message, applicationId ? app(applicationId) : null, context) }
}

describe('consequences of a classified mail', () => {
  it('a rejection proposes closing the application as Rejected with a gracious reply, and never applies itself', async () => {
    const { changes, classification } = await consequences('rej-vientos-otros-candidatos.eml', 'vientos-fullstack')
    expect(classification.category).toBe('rejection')
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({
      kind: 'close_application',
      applicationId: 'vientos-fullstack',
      fields: { stage: 'rejected', offerReply: true },
      autoApplicable: false
    })
    expect(changes[0].evidence.length).toBeGreaterThan(10)
  })

  it('an offer proposes moving to Offer, never automatically', async () => {
    const { changes } = await consequences('off-acme-dana.eml', 'acme-swe')
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'move_to_offer', applicationId: 'acme-swe', fields: { stage: 'offer' }, autoApplicable: false })
    ])
  })

  it('low confidence proposes no rejection or offer', async () => {
    const message = await read('rej-vientos-otros-candidatos.eml')
    for (const category of ['rejection', 'offer'] as const) {
      const unsure: Classification = { category, confidence: 0.5, lowConfidence: true, automatic: false, reasons: ['weak hint'] }
      expect(proposeChanges(unsure, message, app('vientos-fullstack'), context)).toEqual([])
    }
  })

  it('a calendar invite proposes an interview with start, duration, organizer and attendees (not the user)', async () => {
    const { changes } = await consequences('int-fernwood-calendar-invite.eml', 'fernwood-ml')
    expect(changes).toHaveLength(1)
    const [change] = changes
    expect(change.kind).toBe('add_interview')
    expect(change.fields.startsAt).toBe('2026-11-26T18:00:00.000Z')
    expect(change.fields.durationMinutes).toBe(60)
    expect(change.fields.organizer).toEqual({ name: 'Ava Chen', email: 'ava.chen@fernwoodhealth.org' })
    expect(change.fields.attendees).toEqual([{ name: 'Ava Chen', email: 'ava.chen@fernwoodhealth.org' }])
    expect(change.fields.calendarUid).toBe('5m1q2rtn8v0c4o7b@google.com')
    expect(change.autoApplicable).toBe(true)
  })

  it('the same invite with a new DTSTART proposes moving the interview it created', async () => {
    const raw = readFileSync(join(CORPUS_DIR, 'int-fernwood-calendar-invite.eml'), 'utf8')
      .replace('DTSTART;TZID=America/Los_Angeles:20261126T100000', 'DTSTART;TZID=America/Los_Angeles:20261127T140000')
      .replace('DTEND;TZID=America/Los_Angeles:20261126T110000', 'DTEND;TZID=America/Los_Angeles:20261127T143000')
      .replace(/^Message-ID: .*$/m, 'Message-ID: <moved@google.com>')
    const message = await parseMessage(raw)
    const application = app('fernwood-ml')
    application.interviews.push({
      id: 'i-from-invite',
      startsAt: '2026-11-26T18:00:00.000Z',
      durationMinutes: 60,
      kind: 'video',
      contactIds: [],
      topics: '',
      timelineGiven: false
    })
    const classification = classifyMessage(message, { relatedToApplication: true, direction: 'in' })
    const changes = proposeChanges(classification, message, application, {
      ...context,
      interviewsByCalendarUid: new Map([['5m1q2rtn8v0c4o7b@google.com', { applicationId: 'fernwood-ml', interviewId: 'i-from-invite' }]])
    })
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'move_interview',
        fields: expect.objectContaining({
          interviewId: 'i-from-invite',
          previousStartsAt: '2026-11-26T18:00:00.000Z',
          startsAt: '2026-11-27T22:00:00.000Z',
          durationMinutes: 30
        })
      })
    ])
  })

  it('an out-of-office reply proposes nothing and is marked automatic, needing no answer', async () => {
    const { changes, classification } = await consequences('unr-dana-ooo-autoreply.eml', 'acme-swe')
    expect(changes).toEqual([])
    expect(messageFacts(classification)).toMatchObject({ category: 'unrelated', automatic: true, needsAnswer: false })
  })

  it('an interview request needs an answer; an acknowledgement does not', async () => {
    const request = await consequences('int-fernwood-calendar-invite.eml', 'fernwood-ml')
    expect(messageFacts(request.classification)).toMatchObject({ category: 'interview_request', automatic: false, needsAnswer: true })
    const ack = await consequences('ack-northwind-greenhouse.eml', 'northwind-de')
    expect(ack.changes).toEqual([])
    expect(messageFacts(ack.classification)).toMatchObject({ category: 'acknowledgement', automatic: true, needsAnswer: false })
  })

  it('an acknowledgement from a company with no application proposes tracking it, filled from the mail', async () => {
    const raw = [
      'From: Northwind Traders Recruiting <no-reply@greenhouse.io>',
      `To: ${USER_ADDRESS}`,
      'Subject: Thank you for applying to Data Engineer at Northwind Traders',
      'Date: Tue, 17 Nov 2026 10:00:00 +0000',
      'Message-ID: <ack-new@greenhouse.io>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Jordan,',
      '',
      'Thank you for applying to Data Engineer at Northwind Traders. We have received your application and our team will review it shortly.',
      ''
    ].join('\r\n')
    const message = await parseMessage(raw)
    const classification = classifyMessage(message, { relatedToApplication: false, direction: 'in' })
    expect(classification.category).toBe('acknowledgement')
    const changes = proposeChanges(classification, message, null, context)
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'track_application',
        fields: { company: 'Northwind Traders', role: 'Data Engineer', appliedAt: '2026-11-17', stage: 'applied' }
      })
    ])
    expect(changes[0].applicationId).toBeUndefined()
  })

  it('an interview request with a clear time and no invite proposes an interview with the sender', async () => {
    const raw = [
      'From: Dana Whitfield <dana.whitfield@acmerobotics.com>',
      `To: ${USER_ADDRESS}`,
      'Subject: Next round',
      'Date: Tue, 17 Nov 2026 10:00:00 +0000',
      'Message-ID: <next-round@acmerobotics.com>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Jordan, we would like to invite you to a final interview with the team on Thursday, November 26 at 3:00 pm UTC. Does that work for you?',
      ''
    ].join('\r\n')
    const message = await parseMessage(raw)
    const classification = classifyMessage(message, { relatedToApplication: true, direction: 'in', timeZone: 'UTC' })
    expect(classification.category).toBe('interview_request')
    const changes = proposeChanges(classification, message, app('acme-swe'), context)
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'add_interview',
        fields: expect.objectContaining({
          startsAt: '2026-11-26T15:00:00.000Z',
          attendees: [{ name: 'Dana Whitfield', email: 'dana.whitfield@acmerobotics.com' }]
        })
      })
    ])
  })
})
