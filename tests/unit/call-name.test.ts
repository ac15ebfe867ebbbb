/**
 * How a title names, and a draft greets, whoever wrote (src/shared/core/call-name.ts): a person by their first name,
 * a shared mailbox, a team or the company by its whole name (the UX review saw "Ask Front about next steps").
 */
import { describe, expect, it } from 'vitest'
import { callName } from '../../src/shared/core/call-name'
import { nextActions } from '../../src/shared/core/planner'
import { Application, PlannerSettings } from '../../src/shared/model'

describe('the name a title and a greeting use', () => {
  it.each([
    ['Dana Whitfield', 'Dana'],
    ['Dana Whitfield | Talent', 'Dana'],
    ['Dana Whitfield (HR)', 'Dana'],
    ['Whitfield, Dana', 'Dana'],
    ['José Núñez', 'José'],
    ['Dr. Priya Patel', 'Dr. Patel'],
    ['Frau Weber', 'Frau Weber'],
    ['Front Desk', 'Front Desk'],
    ['HR Team', 'HR Team'],
    ["St Mary's School Office", "St Mary's School Office"],
    ['Recruiting, Acme', 'Recruiting, Acme']
  ])('%s: %s', (name, called) => expect(callName(name)).toBe(called))

  it('never cuts the company short', () => {
    expect(callName('Harbor Credit Union', 'Harbor Credit Union')).toBe('Harbor Credit Union')
  })
})

describe('next up, when the one who wrote is a shared mailbox or unnamed', () => {
  const harbor = (from: string) =>
    Application.parse({
      id: 'harbor',
      company: 'Harbor Credit Union',
      role: 'Payroll Clerk',
      appliedAt: '2026-11-20',
      stage: 'applied',
      events: [
        {
          id: 'req',
          at: '2026-12-07T09:00:00Z',
          type: 'message',
          text: '',
          message: { messageId: '<req@harbor.test>', direction: 'in', from, subject: 'Interview?', category: 'interview_request' }
        }
      ],
      createdAt: '2026-11-20T10:00:00Z',
      updatedAt: '2026-12-07T09:00:00Z'
    })
  const titles = (from: string) =>
    nextActions(harbor(from), PlannerSettings.parse({ timeZone: 'UTC' }), Date.parse('2026-12-07T10:00:00Z')).map((a) => a.title)

  it('says "Answer Front Desk", not "Answer Front"', () => {
    expect(titles('Front Desk <frontdesk@harbor.test>')).toContain('Answer Front Desk')
  })

  it('names the company whole when the mail gives no name', () => {
    expect(titles('frontdesk@harbor.test')).toContain('Answer Harbor Credit Union')
  })
})
