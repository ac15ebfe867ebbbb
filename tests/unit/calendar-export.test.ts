import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { actionUid, buildCalendar, interviewUid } from '../../src/shared/core/calendar'
import { planAll } from '../../src/shared/core/planner'
import { toWallTime } from '../../src/shared/core/time'
import { Application, DEFAULT_SETTINGS } from '../../src/shared/model'

const berlin = { ...DEFAULT_SETTINGS.planner, timeZone: 'Europe/Berlin' }

/** Two interviews either side of the spring-forward night in Berlin (2026-03-29), both at 10:00 local. */
function apps(updatedAt = '2026-03-20T08:00:00Z'): Application[] {
  return [
    Application.parse({
      id: 'acme-engineer',
      company: 'Acme, Robotics; "Fleet"',
      role: 'Engineer — Telemetry',
      appliedAt: '2026-03-01',
      stage: 'interviewing',
      createdAt: '2026-03-01T08:00:00Z',
      updatedAt,
      contacts: [{ id: 'c-dana', name: 'Dana Whitfield', email: 'dana@acme.com', title: 'Engineering Manager' }],
      interviews: [
        {
          id: 'i-before',
          startsAt: '2026-03-27T09:00:00Z',
          durationMinutes: 45,
          kind: 'video',
          contactIds: ['c-dana'],
          topics: 'Line one\nLine two, with a comma; and a semicolon — and ümlauts'
        },
        { id: 'i-after', startsAt: '2026-03-30T08:00:00Z', durationMinutes: 60, kind: 'onsite', contactIds: ['c-dana'] }
      ]
    })
  ]
}

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics))
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}

describe('calendar export (.ics)', () => {
  it('round-trips through ical.js with the right instants on both sides of a DST change', () => {
    const list = apps()
    const now = Date.parse('2026-03-30T12:00:00Z')
    const ics = buildCalendar(list, planAll(list, berlin, now), { now })
    const events = parse(ics)
    const before = events.find((e) => e.uid === interviewUid('acme-engineer', 'i-before'))!
    const after = events.find((e) => e.uid === interviewUid('acme-engineer', 'i-after'))!
    expect(before.startDate.toJSDate().toISOString()).toBe('2026-03-27T09:00:00.000Z')
    expect(before.endDate.toJSDate().toISOString()).toBe('2026-03-27T09:45:00.000Z')
    expect(after.startDate.toJSDate().toISOString()).toBe('2026-03-30T08:00:00.000Z')
    // Both read 10:00 on a Berlin wall clock: CET before the change, CEST after.
    expect(toWallTime(before.startDate.toJSDate().getTime(), 'Europe/Berlin').hour).toBe(10)
    expect(toWallTime(after.startDate.toJSDate().getTime(), 'Europe/Berlin').hour).toBe(10)
    expect(before.summary).toBe('Interview: Acme, Robotics; "Fleet" — Engineer — Telemetry')
    expect(before.description).toContain('Line one\nLine two, with a comma; and a semicolon — and ümlauts')
    expect(before.description).toContain('With Dana Whitfield (Engineering Manager).')
  })

  it('exports due follow-ups at the instant the planner gives, across the DST change', () => {
    const list = apps()
    const now = Date.parse('2026-03-30T12:00:00Z')
    const actions = planAll(list, berlin, now).filter((a) => a.dueAt)
    expect(actions.length).toBeGreaterThan(0)
    const events = parse(buildCalendar(list, actions, { now }))
    for (const a of actions) {
      const e = events.find((x) => x.uid === actionUid(a.applicationId, a.key))!
      expect(e.summary).toBe(`${a.title} (${a.company})`)
      expect(e.startDate.toJSDate().toISOString()).toBe(new Date(a.dueAt!).toISOString())
      expect(e.startDate.zone?.tzid).toBe('UTC')
    }
  })

  it('keeps UIDs stable across exports, also after the application changed', () => {
    const now1 = Date.parse('2026-03-30T12:00:00Z')
    const now2 = Date.parse('2026-03-31T12:00:00Z')
    const first = parse(buildCalendar(apps(), planAll(apps(), berlin, now1), { now: now1 }))
    const changed = apps('2026-03-31T08:00:00Z')
    changed[0].interviews[1].startsAt = '2026-03-30T09:00:00Z' // moved by an hour
    const second = parse(buildCalendar(changed, planAll(changed, berlin, now1), { now: now2 }))
    expect(second.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort())
    const seq = (events: ReturnType<typeof parse>, uid: string) => events.find((e) => e.uid === uid)!.sequence
    const uid = interviewUid('acme-engineer', 'i-after')
    expect(seq(second, uid)).toBeGreaterThan(seq(first, uid)) // so a calendar takes the newer version
  })

  it('is valid RFC 5545 text: CRLF lines of at most 75 octets, UID and DTSTAMP on every event', () => {
    const list = apps()
    list[0].interviews[0].topics = 'ü'.repeat(300)
    const now = Date.parse('2026-03-30T12:00:00Z')
    const ics = buildCalendar(list, planAll(list, berlin, now), { now })
    expect(ics.endsWith('\r\n')).toBe(true)
    const lines = ics.slice(0, -2).split('\r\n')
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/)
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n')
    expect(unfolded.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0'])
    const blocks = ics.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1)
    for (const b of blocks) {
      expect(b).toMatch(/\r\nUID:[^\r]+\r\n/)
      expect(b).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/)
      expect(b).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/)
    }
    expect(parse(ics).find((e) => e.uid === interviewUid('acme-engineer', 'i-before'))!.description).toContain('ü'.repeat(300))
  })

  it('an empty data folder gives an empty but valid calendar', () => {
    const ics = buildCalendar([], [], { now: Date.parse('2026-03-30T12:00:00Z') })
    expect(parse(ics)).toEqual([])
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('x-wr-calname')).toBe('Afterview')
  })
})
