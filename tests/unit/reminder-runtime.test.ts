/**
 * The reminder runtime as `afterview serve` runs it: real store and services in a temp
 * folder, a fake clock. Adding an interview that ended yesterday delivers one reminder;
 * pausing holds it; a restart does not announce it again.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReminderNotification } from '../../src/shared/api'
import { startReminders, type ReminderRuntime } from '../../src/main/reminders/runtime'
import { EventHub } from '../../src/main/server/event-hub'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { FakeClock } from '../support/fake-clock'

const NOW = Date.parse('2026-11-18T12:00:00Z') // a Wednesday, outside quiet hours

let dir: string
let clock: FakeClock
let services: AppServices
let hub: EventHub
let delivered: ReminderNotification[]
let runtime: ReminderRuntime | undefined
let onDeliver: Array<() => void>

function start(): ReminderRuntime {
  const deliver = (n: ReminderNotification) => {
    delivered.push(n)
    for (const listener of onDeliver) listener()
  }
  return (runtime = startReminders({ services, hub, dataDir: dir, deliver, now: clock.now, timers: clock.timers, debounceMs: 1 }))
}
/** Resolves when `count` reminders have been delivered; fails the test, saying so, when they are not within 5 s. */
const deliveredCount = (count: number, ms = 5_000) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`expected ${count} reminder(s) to be delivered within ${ms} ms; ${delivered.length} were`)),
      ms
    )
    const check = () => {
      if (delivered.length < count) return
      clearTimeout(timer)
      resolve()
    }
    onDeliver.push(check)
    check()
  })

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'afterview-reminders-'))
  clock = new FakeClock(NOW)
  hub = new EventHub()
  services = createServices({ store: openStore(dir), mode: 'browser', version: 'test', now: clock.now, emit: hub.emit })
  await services.updateSettings({ planner: { timeZone: 'UTC' } })
  delivered = []
  onDeliver = []
})

afterEach(() => {
  runtime?.stop()
  services.dispose()
  rmSync(dir, { recursive: true, force: true })
})

async function addInterviewThatEndedYesterday() {
  const { application } = await services.createApplication({
    fields: { company: 'Acme Robotics', role: 'Engineer', stage: 'interviewing', notes: '' },
    contacts: [{ name: 'Dana Whitfield', email: 'dana@acme.test' }]
  })
  await services.saveInterview({
    applicationId: application.id,
    interview: {
      startsAt: '2026-11-17T10:00:00Z',
      durationMinutes: 60,
      kind: 'video',
      topics: '',
      timelineGiven: true,
      contactIds: [application.contacts[0].id]
    }
  })
  return application.id
}

describe('reminders in afterview serve', () => {
  it('a newly added overdue thank-you is delivered once, worded for a notification', async () => {
    start()
    const id = await addInterviewThatEndedYesterday()
    await deliveredCount(1)
    expect(delivered).toHaveLength(1)
    expect(delivered[0]).toMatchObject({ title: 'Send a thank-you to Dana', body: 'Acme Robotics, interview ended 1 day ago', count: 1 })
    expect(delivered[0].path).toMatch(new RegExp(`^/application/${id}\\?action=thank_you%3A`))
    await runtime!.replan()
    expect(delivered).toHaveLength(1)
  })

  it('a restart does not announce it again', async () => {
    await addInterviewThatEndedYesterday()
    const first = start()
    await deliveredCount(1)
    first.stop()
    start()
    await runtime!.replan()
    expect(delivered).toHaveLength(1)
  })

  it('"Pause reminders for 1 hour" holds it, and it comes when the hour is over', async () => {
    await services.pauseReminders({ minutes: 60 })
    start()
    await addInterviewThatEndedYesterday()
    await runtime!.replan()
    expect(delivered).toHaveLength(0)
    expect((await services.getReminders(undefined)).heldBecause).toBe('paused')
    await clock.advanceTo(NOW + 60 * 60_000)
    await deliveredCount(1)
    expect(delivered).toHaveLength(1)
  })
})
