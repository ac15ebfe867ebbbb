/**
 * Template rendering: every default template fills from an application, a missing value
 * is shown as a marker and blocks sending, non-ASCII names come through intact.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Application, DEFAULT_SETTINGS } from '../../src/shared/model'
import { nextActions } from '../../src/shared/core/planner'
import {
  parseTemplateFile,
  previewParts,
  previewText,
  renderTemplate,
  replySubject,
  templateFor,
  templateValues,
  topicsPhrase,
  unsendableReason
} from '../../src/shared/core/templates'

const dir = join(__dirname, '../../resources/templates')
const templates = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => parseTemplateFile(readFileSync(join(dir, f), 'utf8'), f.replace(/\.md$/, '')))
const settings = {
  ...DEFAULT_SETTINGS,
  userName: 'Zoë Łukasiewicz',
  signature: 'Zoë Łukasiewicz\n+1 555 0100',
  planner: { ...DEFAULT_SETTINGS.planner, timeZone: 'Europe/Berlin' }
}

function application(overrides: Partial<Record<string, unknown>> = {}): Application {
  return Application.parse({
    id: 'acme',
    company: 'Acme Robotics',
    role: 'Data Engineer',
    stage: 'interviewing',
    contacts: [
      { id: 'c1', name: 'Dana Søndergaard', email: 'dana@acme.test' },
      { id: 'c2', name: 'José Núñez', email: 'jose@acme.test' }
    ],
    interviews: [
      {
        id: 'i1',
        startsAt: '2026-11-17T14:00:00Z',
        durationMinutes: 45,
        contactIds: ['c1'],
        topics: 'the streaming pipeline migration\nteam size',
        timelineGiven: false
      }
    ],
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides
  })
}
const NOW = Date.parse('2026-11-17T16:00:00Z')

describe('default templates', () => {
  it('ship one template per action kind', () => {
    for (const kind of ['thank_you', 'ask_next_steps', 'follow_up', 'application_follow_up', 'answer', 'close_out'] as const) {
      expect(templateFor(kind, templates), kind).toBeDefined()
    }
  })

  it('fill a thank-you from the interview: first name, day, role, a line on what was discussed, and the next-steps question when no timeline was given', () => {
    const app = application()
    const action = nextActions(app, settings.planner, NOW).find((a) => a.kind === 'thank_you')!
    const t = templateFor('thank_you', templates)!
    const values = templateValues({ application: app, action, settings })
    const body = renderTemplate(t.body, values)
    const subject = renderTemplate(t.subject, values)
    expect(body.missing).toEqual([])
    expect(subject.text).toBe('Thank you — Data Engineer interview')
    expect(body.text).toMatch(/^Hi Dana,/)
    expect(body.text).toContain('speak with me on Tuesday')
    expect(body.text).toContain('the Data Engineer role and the team at Acme Robotics')
    expect(body.text).toContain('Our conversation about the streaming pipeline migration made me')
    expect(body.text).toContain('a good fit for your team.') // words for a hospital or a school as much as a startup
    expect(body.text).toContain('what the next steps in the process look like')
    expect(body.text).toMatch(/Zoë Łukasiewicz\n\+1 555 0100$/)
    expect(body.text).not.toMatch(/\{\{|\n\n\n/)
    expect(unsendableReason(subject.text, body.text)).toBeUndefined()
  })

  it('say the topics noted as a list in words, as a nurse might note them', () => {
    const app = application({
      interviews: [
        {
          id: 'i1',
          startsAt: '2026-11-17T14:00:00Z',
          durationMinutes: 45,
          contactIds: ['c1'],
          topics: 'Night shift ratios, precepting new grads, 12-hour schedule.\nAsk about parking',
          timelineGiven: false
        }
      ]
    })
    const action = nextActions(app, settings.planner, NOW).find((a) => a.kind === 'thank_you')!
    const body = renderTemplate(templateFor('thank_you', templates)!.body, templateValues({ application: app, action, settings })).text
    expect(body).toContain('Our conversation about Night shift ratios, precepting new grads and 12-hour schedule made me')
    expect(body).not.toContain('parking') // the notes' later lines are the user's own
    expect(topicsPhrase('rota, and Excel;')).toBe('rota and Excel')
    expect(topicsPhrase(' , ')).toBeUndefined()
  })

  it('leave out the next-steps question when a timeline was given', () => {
    const app = application({
      interviews: [{ id: 'i1', startsAt: '2026-11-17T14:00:00Z', durationMinutes: 45, contactIds: ['c1'], topics: '', timelineGiven: true }]
    })
    const action = nextActions(app, settings.planner, NOW).find((a) => a.kind === 'thank_you')!
    const body = renderTemplate(templateFor('thank_you', templates)!.body, templateValues({ application: app, action, settings })).text
    expect(body).not.toContain('next steps')
    expect(body).toContain('Our conversation made me even more confident')
  })

  it('greet several interviewers by their first names', () => {
    const app = application({
      interviews: [{ id: 'i1', startsAt: '2026-11-17T14:00:00Z', durationMinutes: 45, contactIds: ['c1', 'c2'], topics: '' }]
    })
    const action = nextActions(app, settings.planner, NOW).find((a) => a.kind === 'thank_you')!
    expect(renderTemplate('Hi {{firstName}},', templateValues({ application: app, action, settings })).text).toBe('Hi Dana and José,')
  })
})

describe('missing values', () => {
  it('stay as placeholders, show as markers in the preview, and block sending', () => {
    const r = renderTemplate('Hi {{firstName}}, I am available {{availability}}.\n{{signature}}', { signature: 'Ana' })
    expect(r.missing).toEqual(['firstName', 'availability'])
    expect(previewText(r.text)).toBe('Hi [first name?], I am available [your availability?].\nAna')
    expect(
      previewParts(r.text)
        .filter((p) => 'missing' in p)
        .map((p) => ('missing' in p ? p.marker : ''))
    ).toEqual(['[first name?]', '[your availability?]'])
    const why = unsendableReason('Re: Interview', r.text)
    expect(why).toContain('first name')
    expect(why).toContain('[your availability?]')
  })

  it('a contact without a name part or an unknown role never leaks {{…}} into a sendable mail', () => {
    const app = application({ role: '', contacts: [], interviews: [], appliedAt: '2026-10-01', stage: 'applied' })
    const action = nextActions(app, settings.planner, Date.parse('2026-11-20T10:00:00Z')).find((a) => a.kind === 'application_follow_up')!
    const t = templateFor('application_follow_up', templates)!
    const values = templateValues({ application: app, action, settings })
    const subject = renderTemplate(t.subject, values).text
    const body = renderTemplate(t.body, values).text
    expect(subject).toBe('My application at Acme Robotics')
    expect(body).toMatch(/^Hello,/)
    expect(unsendableReason(subject, body)).toBeUndefined()
  })

  it('an empty signature and user name are asked for, not sent blank', () => {
    const app = application()
    const action = nextActions(app, settings.planner, NOW).find((a) => a.kind === 'thank_you')!
    const values = templateValues({ application: app, action, settings: { ...settings, userName: '', signature: '' } })
    const body = renderTemplate(templateFor('thank_you', templates)!.body, values)
    expect(body.missing).toEqual(['signature'])
    expect(previewText(body.text)).toMatch(/Best regards,\n\[your signature\?\]$/)
  })
})

describe('helpers', () => {
  it('reply subjects do not stack Re:', () => {
    expect(replySubject('Interview next week')).toBe('Re: Interview next week')
    expect(replySubject('RE: Interview next week')).toBe('RE: Interview next week')
  })

  it('non-ASCII values pass through untouched', () => {
    expect(renderTemplate('Dear {{firstName}} at {{company}}', { firstName: '李娜', company: 'Ørsted Ågård' }).text).toBe(
      'Dear 李娜 at Ørsted Ågård'
    )
  })

  it('a template file without a header is refused in plain words', () => {
    expect(() => parseTemplateFile('Hello', 'x')).toThrow(/no header/)
  })
})
