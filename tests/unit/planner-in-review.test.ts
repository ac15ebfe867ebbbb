/**
 * A rejection read from the mail is Afterview's reading until the user confirms it in Review. While it waits, the
 * plan asks the user to check it (no close-out as if it were settled); once dismissed, it closes nothing and the
 * mail is an ordinary reply; once accepted, the stage is Rejected and planning ends (the close-out reply was drafted
 * on accepting). The planner stays pure: the proposals come in beside the application.
 */
import { describe, expect, it } from 'vitest'
import { nextActions, planAll, type StageProposal } from '../../src/shared/core/planner'
import { Application, PlannerSettings, type MessageRef } from '../../src/shared/model'

const settings = PlannerSettings.parse({ timeZone: 'UTC' })
const NOW = Date.parse('2026-11-20T17:00:00Z')
const EVIDENCE = 'After careful consideration, we have decided to move forward with another candidate.'

function message(id: string, at: string, m: Partial<MessageRef>) {
  return {
    id,
    at,
    type: 'message',
    text: '',
    message: { messageId: `<${id}@x>`, direction: 'in', from: 'Dana Whitfield <dana.whitfield@acmerobotics.com>', ...m }
  }
}

function app(over: Record<string, unknown> = {}): Application {
  return Application.parse({
    id: 'acme-swe',
    company: 'Acme Robotics',
    role: 'Senior Software Engineer',
    companyDomain: 'acmerobotics.com',
    appliedAt: '2026-10-02',
    stage: 'interviewing',
    contacts: [{ id: 'dana', name: 'Dana Whitfield', email: 'dana.whitfield@acmerobotics.com' }],
    interviews: [{ id: 'i1', startsAt: '2026-11-02T15:00:00Z', durationMinutes: 45, contactIds: ['dana'] }],
    events: [message('no', '2026-11-20T16:00:00Z', { category: 'rejection', confidence: 0.95, needsAnswer: false })],
    createdAt: '2026-10-02T10:00:00Z',
    updatedAt: '2026-10-02T10:00:00Z',
    ...over
  })
}

const proposal = (over: Partial<StageProposal> = {}): StageProposal => ({
  id: 'p-1',
  kind: 'close_application',
  messageId: '<no@x>',
  status: 'open',
  stage: 'rejected',
  evidence: EVIDENCE,
  ...over
})

describe('a rejection waiting in Review', () => {
  it('asks the user to check it in Review instead of closing out, and nothing else', () => {
    const actions = nextActions(app(), settings, NOW, [proposal()])
    expect(actions).toHaveLength(1)
    const [check] = actions
    expect(check).toMatchObject({
      kind: 'check_in_review',
      key: 'check_in_review:p-1',
      proposalId: 'p-1',
      title: 'Is this a rejection from Acme Robotics?',
      dueAt: null,
      replyToMessageId: '<no@x>',
      contactIds: []
    })
    expect(check.reason).toBe(
      `Afterview reads Dana Whitfield's mail of Fri, Nov 20 as a rejection: "${EVIDENCE}" Nothing has changed yet: ` +
        'accept it in Review to close the application and draft a gracious reply, or dismiss it if they did not say no.'
    )
    expect(check.reason).not.toMatch(/declined/)
  })

  it('says so when the classifier is not sure, instead of asking for an answer', () => {
    const unsure = app({ events: [message('no', '2026-11-20T16:00:00Z', { category: 'rejection', confidence: 0.45 })] })
    expect(nextActions(unsure, settings, NOW).map((a) => a.kind)).toEqual(['answer'])
    const [check] = nextActions(unsure, settings, NOW, [proposal({ evidence: undefined })])
    expect(check.kind).toBe('check_in_review')
    expect(check.reason).toMatch(
      /^Afterview thinks, but is not sure, that Dana Whitfield's mail of Fri, Nov 20 is a rejection\. Nothing has changed yet:/
    )
  })

  it('matches the mail by Message-ID whatever its case', () => {
    const [check] = nextActions(app(), settings, NOW, [proposal({ messageId: '<NO@X>' })])
    expect(check.kind).toBe('check_in_review')
  })

  it('closes nothing once dismissed: the mail is an ordinary reply and the usual rules plan from it', () => {
    const actions = nextActions(app(), settings, NOW, [proposal({ status: 'dismissed' })])
    expect(actions.map((a) => a.kind)).not.toContain('close_out')
    expect(actions.map((a) => a.kind)).not.toContain('check_in_review')
    // The usual follow-up after a reply from a person, as if the classifier had not said "rejection".
    expect(actions.map((a) => a.kind)).toEqual(['follow_up'])
  })

  it('closes out as before when no proposal waits (accepted, or never made), and plans nothing once Rejected', () => {
    expect(nextActions(app(), settings, NOW).map((a) => a.kind)).toEqual(['close_out'])
    expect(nextActions(app({ stage: 'rejected' }), settings, NOW, [proposal()])).toEqual([])
  })

  it('only concerns the mail it was read from: a newer reply plans as usual', () => {
    const later = app({
      events: [
        message('no', '2026-11-18T16:00:00Z', { category: 'rejection', confidence: 0.95, needsAnswer: false }),
        message('again', '2026-11-20T16:00:00Z', { category: 'interview_request', confidence: 0.9, needsAnswer: true })
      ]
    })
    expect(nextActions(later, settings, NOW, [proposal()]).map((a) => a.kind)).toEqual(['answer'])
  })

  it('leaves an offer waiting in Review as it was: answering it is right either way', () => {
    const offer = app({ events: [message('yes', '2026-11-20T16:00:00Z', { category: 'offer', confidence: 0.93, needsAnswer: true })] })
    const plain = nextActions(offer, settings, NOW).map((a) => a.key)
    const waiting = [proposal({ id: 'p-2', kind: 'move_to_offer', messageId: '<yes@x>', stage: 'offer' })]
    expect(nextActions(offer, settings, NOW, waiting).map((a) => a.key)).toEqual(plain)
  })

  it('plans again when the proposal is decided, though the application did not change (the kept plan knows)', () => {
    const same = app()
    expect(nextActions(same, settings, NOW, [proposal()])[0].kind).toBe('check_in_review')
    expect(nextActions(same, settings, NOW, [proposal({ status: 'dismissed' })])[0].kind).toBe('follow_up')
    expect(nextActions(same, settings, NOW)[0].kind).toBe('close_out')
    expect(nextActions(same, settings, NOW, [proposal()])[0].kind).toBe('check_in_review')
  })

  it('planAll takes the proposals by application', () => {
    const a = app({ id: 'a' })
    const b = app({ id: 'b' })
    const actions = planAll([a, b], settings, NOW, new Map([['a', [proposal()]]]))
    expect(actions.map((x) => `${x.applicationId}:${x.kind}`)).toEqual(['a:check_in_review', 'b:close_out'])
  })
})
