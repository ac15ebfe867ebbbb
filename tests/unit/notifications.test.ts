import { beforeEach, describe, expect, it, vi } from 'vitest'
import { groupNotification, notificationText, toReminder } from '../../src/main/reminders/reminder-text'
import { nextActions } from '../../src/shared/core/planner'
import { Application, PlannerSettings } from '../../src/shared/model'

const electron = vi.hoisted(() => {
  const shown: Array<{ options: { title: string; body: string; icon?: string }; handlers: Record<string, () => void> }> = []
  return {
    shown,
    supported: true,
    Notification: class {
      handlers: Record<string, () => void> = {}
      constructor(public options: { title: string; body: string }) {}
      static isSupported() {
        return electron.supported
      }
      on(event: string, fn: () => void) {
        this.handlers[event] = fn
        return this
      }
      show() {
        shown.push(this as never)
      }
    }
  }
})
vi.mock('electron', () => ({ Notification: electron.Notification }))
const { showReminderNotification } = await import('../../src/main/electron/notifications')

const NOW = Date.parse('2026-11-18T12:00:00Z')
const acme = Application.parse({
  id: 'acme-robotics',
  company: 'Acme Robotics',
  role: 'Engineer',
  stage: 'interviewing',
  contacts: [{ id: 'dana', name: 'Dana Whitfield', email: 'dana@acme.test' }],
  interviews: [{ id: 'onsite', startsAt: '2026-11-18T09:00:00Z', durationMinutes: 60, contactIds: ['dana'], timelineGiven: true }],
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z'
})
// A two-hour thank-you window, so the thank-you is due the moment we look.
const planner = PlannerSettings.parse({ timeZone: 'UTC', thankYouWithinHours: 2 })
const thanks = () => toReminder(nextActions(acme, planner, NOW)[0], acme, NOW, 'UTC')

beforeEach(() => {
  electron.shown.length = 0
  electron.supported = true
})

describe('notification text', () => {
  it('names the action, the company and when the interview ended', () => {
    const n = groupNotification([thanks()])
    expect(notificationText(n)).toBe('Send a thank-you to Dana — Acme Robotics, interview ended 2 h ago')
    expect(n.title).toBe('Send a thank-you to Dana')
    expect(n.body).toBe('Acme Robotics, interview ended 2 h ago')
    expect(n.path).toBe('/application/acme-robotics?action=thank_you%3Aonsite')
  })

  it('groups several due actions into one notification, listing three and counting the rest', () => {
    const many = [1, 2, 3, 4, 5].map((i) => ({
      ...thanks(),
      key: `k${i}`,
      applicationId: `a${i}`,
      company: `Company ${i}`,
      title: `Answer Person ${i}`
    }))
    const n = groupNotification(many)
    expect(n.title).toBe('5 follow-ups are due')
    expect(n.body).toBe('Answer Person 1 (Company 1) · Answer Person 2 (Company 2) · Answer Person 3 (Company 3) · and 2 more')
    expect(n.count).toBe(5)
    expect(n.path).toBe('/next')
  })

  it('several actions of one application open that application', () => {
    const n = groupNotification([thanks(), { ...thanks(), key: 'answer:x', title: 'Answer Dana' }])
    expect(n.path).toBe('/application/acme-robotics')
  })
})

describe('desktop notification', () => {
  it('shows the title and body, and a click opens the window on the action', () => {
    const open = vi.fn()
    showReminderNotification(groupNotification([thanks()]), open, '/res/icon-256.png')
    expect(electron.shown).toHaveLength(1)
    expect(electron.shown[0].options).toEqual({
      title: 'Send a thank-you to Dana',
      body: 'Acme Robotics, interview ended 2 h ago',
      icon: '/res/icon-256.png'
    })
    expect(open).not.toHaveBeenCalled()
    electron.shown[0].handlers.click()
    expect(open).toHaveBeenCalledWith('/application/acme-robotics?action=thank_you%3Aonsite')
  })

  it('does nothing where the system has no notifications', () => {
    electron.supported = false
    expect(showReminderNotification(groupNotification([thanks()]), vi.fn())).toBeUndefined()
    expect(electron.shown).toHaveLength(0)
  })
})
