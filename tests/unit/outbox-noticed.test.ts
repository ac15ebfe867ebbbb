/**
 * A follow-up sent from another mail client (found in the Sent folder by the sync and filed
 * as an outgoing message) counts as done: the planner stops asking for the thank-you.
 */
import { describe, expect, it } from 'vitest'
import { Application, DEFAULT_SETTINGS, type TimelineEvent } from '../../src/shared/model'
import { nextActions } from '../../src/shared/core/planner'

const END = Date.parse('2026-11-17T15:00:00Z')
const NOW = END + 5 * 3_600_000

function app(events: TimelineEvent[] = []): Application {
  return Application.parse({
    id: 'acme',
    company: 'Acme Robotics',
    role: 'Data Engineer',
    companyDomain: 'acme.test',
    stage: 'interviewing',
    contacts: [{ id: 'c1', name: 'Dana Søndergaard', email: 'dana@acme.test' }],
    interviews: [{ id: 'i1', startsAt: new Date(END - 45 * 60_000).toISOString(), durationMinutes: 45, contactIds: ['c1'] }],
    events,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z'
  })
}

const outgoing = (at: number, to: string): TimelineEvent => ({
  id: `e-${at}`,
  at: new Date(at).toISOString(),
  type: 'message',
  text: '',
  message: {
    messageId: `<${at}@me.test>`,
    direction: 'out',
    from: 'me@me.test',
    to: [to],
    subject: 'Thank you',
    snippet: '',
    reason: 'found in your Sent folder',
    automatic: false
  }
})

const kinds = (a: Application) => nextActions(a, DEFAULT_SETTINGS.planner, NOW).map((x) => x.kind)

describe('a thank-you sent from another mail client', () => {
  it('is planned while nothing went to the interviewer', () => {
    expect(kinds(app())).toContain('thank_you')
  })

  it('counts as done once a mail to the interviewer after the interview is on the timeline', () => {
    expect(kinds(app([outgoing(END + 3_600_000, 'dana@acme.test')]))).not.toContain('thank_you')
  })

  it('counts when the Sent folder names the recipient with a display name, as the sync files it', () => {
    expect(kinds(app([outgoing(END + 3_600_000, 'Dana Søndergaard <Dana@Acme.test>')]))).not.toContain('thank_you')
  })

  it('counts when it went to someone else at the company (the recruiter)', () => {
    expect(kinds(app([outgoing(END + 3_600_000, 'recruiting@acme.test')]))).not.toContain('thank_you')
  })

  it('does not count a mail sent before the interview ended, or to someone outside the company', () => {
    expect(kinds(app([outgoing(END - 2 * 3_600_000, 'dana@acme.test')]))).toContain('thank_you')
    expect(kinds(app([outgoing(END + 3_600_000, 'friend@elsewhere.test')]))).toContain('thank_you')
  })

  it('starts the wait for an answer: the next follow-up is planned from it', () => {
    const later = END + 8 * 86_400_000
    const actions = nextActions(app([outgoing(END + 3_600_000, 'dana@acme.test')]), DEFAULT_SETTINGS.planner, later)
    const followUp = actions.find((a) => a.kind === 'follow_up')
    expect(followUp?.title).toBe('Follow up with Dana')
  })
})
