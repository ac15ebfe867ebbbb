import { beforeEach, describe, expect, it } from 'vitest'
import type { Reminder } from '../../src/shared/api/reminders'
import { groupNotification } from '../../src/main/reminders/reminder-text'
import { ReminderScheduler, inMemory, type AnnouncementMemory } from '../../src/main/reminders/scheduler'
import { reminderStatus } from '../../src/main/reminders/snapshot'
import { Application, Settings } from '../../src/shared/model'
import { FakeClock, settle } from '../support/fake-clock'

const T = (iso: string) => Date.parse(iso)
// 2026-11-18 is a Wednesday.
const WED_10 = T('2026-11-18T10:00:00Z')

function app(id: string, company: string, contact: string, interviewEnds: string): Application {
  const end = T(interviewEnds)
  return Application.parse({
    id,
    company,
    role: 'Engineer',
    stage: 'interviewing',
    contacts: [{ id: `${id}-c`, name: contact, email: `${contact.toLowerCase()}@example.com` }],
    interviews: [
      {
        id: `${id}-i`,
        startsAt: new Date(end - 3_600_000).toISOString(),
        durationMinutes: 60,
        contactIds: [`${id}-c`],
        timelineGiven: true
      }
    ],
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z'
  })
}

let apps: Application[]
let settings: Settings
let clock: FakeClock
let memory: AnnouncementMemory
let announced: Reminder[][]

function scheduler(mem = memory) {
  return new ReminderScheduler({
    status: (now) => reminderStatus(apps, settings, now),
    now: clock.now,
    timers: clock.timers,
    memory: mem,
    onDue: (r) => announced.push(r)
  })
}

beforeEach(() => {
  // Thank-you due 24 h after the interview ends; quiet hours 21:00–08:00 and weekends (defaults), in UTC.
  settings = Settings.parse({ planner: { timeZone: 'UTC' } })
  apps = [app('acme', 'Acme Robotics', 'Dana', '2026-11-17T15:00:00Z')]
  clock = new FakeClock(WED_10)
  memory = inMemory()
  announced = []
})

describe('reminder scheduler', () => {
  it('announces an action that is already due as soon as it starts, once', async () => {
    clock.t = T('2026-11-18T16:00:00Z')
    const s = scheduler()
    await s.start()
    expect(announced).toHaveLength(1)
    expect(announced[0].map((r) => r.title)).toEqual(['Send a thank-you to Dana'])
    await clock.advanceTo(T('2026-11-18T20:00:00Z'))
    await s.replan()
    expect(announced).toHaveLength(1)
    s.stop()
  })

  it('wakes when an action falls due later, without polling every second', async () => {
    const s = scheduler()
    await s.start()
    expect(announced).toHaveLength(0)
    await clock.advanceTo(T('2026-11-18T14:59:59Z'))
    expect(announced).toHaveLength(0)
    await clock.advanceTo(T('2026-11-18T15:00:00Z'))
    expect(announced).toHaveLength(1)
    expect(announced[0][0].body).toBe('Acme Robotics, interview ended 1 day ago')
    // Five hours of waiting: woken at most every 5 minutes (60 times), never every second.
    expect(clock.fired).toBeLessThanOrEqual(61)
    expect(clock.timerCount).toBe(1)
    s.stop()
    expect(clock.timerCount).toBe(0)
  })

  it('does not announce again after a restart (the memory is kept)', async () => {
    clock.t = T('2026-11-18T16:00:00Z')
    const first = scheduler()
    await first.start()
    first.stop()
    const second = scheduler()
    await second.start()
    expect(announced).toHaveLength(1)
    second.stop()
  })

  it('after the machine sleeps past several due times, resume gives one grouped notification', async () => {
    apps.push(app('globex', 'Globex', 'Lee', '2026-11-17T16:00:00Z'), app('initech', 'Initech', 'Sam', '2026-11-17T17:00:00Z'))
    const s = scheduler()
    await s.start()
    clock.jumpTo(T('2026-11-18T18:00:00Z'))
    await s.replan() // powerMonitor 'resume'
    await clock.fireOverdue() // the old timer also fires late: nothing new
    expect(announced).toHaveLength(1)
    expect(announced[0].map((r) => r.company)).toEqual(['Acme Robotics', 'Globex', 'Initech'])
    const n = groupNotification(announced[0])
    expect(n.title).toBe('3 follow-ups are due')
    expect(n.body).toBe('Send a thank-you to Dana (Acme Robotics) · Send a thank-you to Lee (Globex) · Send a thank-you to Sam (Initech)')
    expect(n.path).toBe('/next')
    s.stop()
  })

  it('notices a sleep even without a resume event, within the 5-minute cap', async () => {
    const s = scheduler()
    await s.start()
    clock.jumpTo(T('2026-11-18T15:30:00Z'))
    await clock.fireOverdue()
    expect(announced).toHaveLength(1)
    s.stop()
  })

  it('holds notifications during quiet hours and releases them at 08:00', async () => {
    apps = [app('acme', 'Acme Robotics', 'Dana', '2026-11-17T22:00:00Z')] // due Wed 22:00
    const s = scheduler()
    await s.start()
    await clock.advanceTo(T('2026-11-19T07:59:00Z'))
    expect(announced).toHaveLength(0)
    expect(s.last?.heldBecause).toBe('quiet_hours')
    expect(s.wakeAt).toBe(T('2026-11-19T08:00:00Z'))
    await clock.advanceTo(T('2026-11-19T08:00:00Z'))
    expect(announced).toHaveLength(1)
    s.stop()
  })

  it('holds weekend reminders until Monday 08:00', async () => {
    apps = [app('acme', 'Acme Robotics', 'Dana', '2026-11-20T10:00:00Z')] // due Sat 10:00
    clock.t = T('2026-11-20T12:00:00Z')
    const s = scheduler()
    await s.start()
    await clock.advanceTo(T('2026-11-23T07:59:00Z'))
    expect(announced).toHaveLength(0)
    await clock.advanceTo(T('2026-11-23T08:00:00Z'))
    expect(announced).toHaveLength(1)
    expect(clock.t).toBe(T('2026-11-23T08:00:00Z'))
    s.stop()
  })

  it('follows a time-zone change: 22:30 in London is quiet, 17:30 in New York is not', async () => {
    clock.t = T('2026-11-18T22:30:00Z')
    settings = Settings.parse({ planner: { timeZone: 'Europe/London' } })
    const s = scheduler()
    await s.start()
    expect(announced).toHaveLength(0)
    settings = Settings.parse({ planner: { timeZone: 'America/New_York' } })
    await s.replan()
    expect(announced).toHaveLength(1)
    s.stop()
  })

  it('a snoozed action comes back at its new time and is announced again, once', async () => {
    clock.t = T('2026-11-18T15:00:00Z')
    const s = scheduler()
    await s.start()
    expect(announced).toHaveLength(1)
    apps[0].actions['thank_you:acme-i'] = { status: 'snoozed', at: '2026-11-18T15:01:00Z', until: '2026-11-18T17:00:00Z' }
    await s.replan()
    expect(s.last?.due).toHaveLength(0)
    expect(s.last?.nextDueAt).toBe('2026-11-18T17:00:00.000Z')
    await clock.advanceTo(T('2026-11-18T16:59:00Z'))
    expect(announced).toHaveLength(1)
    await clock.advanceTo(T('2026-11-18T19:00:00Z'))
    expect(announced).toHaveLength(2)
    expect(announced[1][0].body).toBe('Acme Robotics, back from your snooze (17:00)')
    s.stop()
  })

  it('"Pause reminders for 1 hour" holds them until the hour is over', async () => {
    clock.t = T('2026-11-18T14:30:00Z')
    settings.reminders.pausedUntil = '2026-11-18T15:30:00Z'
    const s = scheduler()
    await s.start()
    await clock.advanceTo(T('2026-11-18T15:29:00Z'))
    expect(announced).toHaveLength(0)
    expect(s.last?.heldBecause).toBe('paused')
    await clock.advanceTo(T('2026-11-18T15:30:00Z'))
    expect(announced).toHaveLength(1)
    s.stop()
  })

  it('an action done before it is announced is never announced', async () => {
    const s = scheduler()
    await s.start()
    apps[0].actions['thank_you:acme-i'] = { status: 'done', at: '2026-11-18T11:00:00Z' }
    await s.replan()
    await clock.advanceTo(T('2026-11-19T12:00:00Z'))
    await settle()
    expect(announced).toHaveLength(0)
    s.stop()
  })
})
