/**
 * A reply filed by its headers alone (its text not read) can be given the date the user read elsewhere ("Add the
 * date"). That date must not change whom the plan writes to (the planner reads "no one to answer" in facts made for
 * it), nor, once the text comes, hide what the text asks of the candidate.
 */
/**
 * Review of cb5e5489: a date the user adds under a mail whose text was not read (textUnread, no facts) goes through
 * correctReplyFacts, which makes the facts from ReplyFacts.parse({}): replyTo null, "the mail names no person to
 * answer". (1) The planner's fromMachine reads that as a machine's mail when the sender is off the company's domain (an
 * agency recruiter, a personal address), so adding the date changes whom the plan writes to. (2) When the text comes,
 * completeText keeps those user facts whole, and everything the text says besides the date (what they asked of the
 * candidate and by when, who to answer) is thrown away.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { parseInput } from '../../src/shared/api'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { tempDataDir } from '../support/temp-dir'

let cleanup: () => void
let services: AppServices
const now = Date.parse('2026-11-30T16:00:00Z')

beforeEach(() => {
  let dir: string
  ;({ dir, cleanup } = tempDataDir())
  services = createServices({
    store: openStore(dir),
    mode: 'browser',
    version: 'test',
    now: () => now,
    emit: () => {}
  } as Parameters<typeof createServices>[0])
})
afterEach(() => {
  services.dispose()
  cleanup()
})

/** A reply to me@example.org as its headers alone give it (no text), on Nov 30. */
const headersOnly = (messageId: string, from: MailMessage['from'], subject: string): MailMessage => ({
  messageId,
  references: [],
  date: '2026-11-30T15:00:00.000Z',
  from,
  to: [{ name: '', address: 'me@example.org' }],
  cc: [],
  subject,
  text: '',
  headers: {},
  hasCalendarInvite: false
})

it('adding the promised date under an unread reply from a recruiter keeps the plan addressed to that recruiter', async () => {
  const created = await services.createApplication(
    parseInput('createApplication', {
      fields: { company: 'Acme', role: 'Engineer', companyDomain: 'acme.example', appliedAt: '2026-11-02' },
      contacts: [
        { name: 'Dana Whitfield', email: 'dana@acme.example' }, // the hiring manager
        { name: 'Sam Porter', email: 'sam@talentbridge.example' } // the agency recruiter who placed the user
      ]
    })
  )
  const acme = created.application.id
  const headers = headersOnly(
    '<r1@talentbridge.example>',
    { name: 'Sam Porter', address: 'sam@talentbridge.example' },
    'Acme: where things stand'
  )
  const filer = services.mail.sync.filer // the app's own, with its classifier
  const match = filer.match(headers, ['me@example.org'])
  expect(match?.applicationId).toBe(acme)
  await filer.fileMany([{ match: match!, message: headers, textUnread: true }], 'acct') // the server sent its headers alone
  const app = services.mail.ctx.store.applications.get(acme)!
  const event = app.events.find((e) => e.message?.messageId === headers.messageId)!
  expect(event.message).toMatchObject({ textUnread: true })
  expect(event.message!.facts).toBeUndefined()

  const planBefore = (await services.getApplication({ id: acme })).actions
  const before = planBefore.find((a) => a.kind === 'follow_up' || a.kind === 'answer' || a.kind === 'ask_next_steps')
  expect(before?.to?.email).toBe('sam@talentbridge.example') // the plan writes to Sam

  // The user read it in their mail program: Sam promised an answer by Friday Dec 4. They add the date.
  const { actions } = await services.correctReplyFacts({ applicationId: acme, eventId: event.id, respondBy: '2026-12-04' })
  const after = actions.find((a) => a.kind === 'follow_up' || a.kind === 'answer')
  expect(after?.reason).toContain('Fri, Dec 4') // the date is followed
  expect(after?.title).toBe('Follow up with Sam')
  expect(after?.to?.email).toBe('sam@talentbridge.example') // and still to Sam, who wrote, threaded to his mail
  expect(after?.replyToMessageId).toBe('<r1@talentbridge.example>')
}, 20_000)

it.each(['nothing', 'a date', 'a date, then dismissed it'])(
  'keeps what the text asks of the candidate once it comes (the user gave %s first)',
  async (user) => {
    const created = await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Acme', role: 'Engineer', companyDomain: 'acme.example', appliedAt: '2026-11-02' },
        contacts: [{ name: 'Dana Whitfield', email: 'dana@acme.example' }]
      })
    )
    const acme = created.application.id
    const headers = headersOnly(
      '<r2@acme.example>',
      { name: 'Dana Whitfield', address: 'dana@acme.example' },
      'Next step: take-home assessment'
    )
    const filer = services.mail.sync.filer
    await filer.fileMany([{ match: filer.match(headers, ['me@example.org'])!, message: headers, textUnread: true }], 'acct')
    const event = services.mail.ctx.store.applications.get(acme)!.events.find((e) => e.message?.messageId === headers.messageId)!
    // The user's date is not the text's ("by December 4"): which one stays shows.
    if (user !== 'nothing') await services.correctReplyFacts({ applicationId: acme, eventId: event.id, respondBy: '2026-12-07' })
    if (user === 'a date, then dismissed it') await services.correctReplyFacts({ applicationId: acme, eventId: event.id, dismissed: true })
    // The text comes (the server sends it an hour later, or the user opens it in full).
    const text =
      'Hi,\n\nThanks for your time last week. Please complete the take-home assessment by Thursday, December 10. ' +
      'We will get back to you by December 4 about the on-site.\n\nBest,\nDana Whitfield\nEngineering Manager, Acme'
    await filer.completeText([{ ...headers, text }])
    const facts = services.mail.ctx.store.applications.get(acme)!.events.find((e) => e.id === event.id)!.message!.facts
    const plan = (await services.getApplication({ id: acme })).actions
    expect(plan[0]!.reason).toContain('They asked: "Please complete the take-home assessment by Thursday, December 10."')
    expect(facts?.candidateDeadline).toBe('2026-12-10') // what they asked of the candidate, read from the text
    expect(facts?.replyTo?.email).toBe('dana@acme.example')
    // The user's date stays over the text's, unless the user dismissed it.
    expect(facts).toMatchObject(
      user === 'a date' ? { respondBy: '2026-12-07', source: 'user' } : { respondBy: '2026-12-04', source: 'mail' }
    )
    expect(facts?.dismissed).toBe(false)
  },
  20_000
)
