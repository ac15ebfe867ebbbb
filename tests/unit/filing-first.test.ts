/**
 * Filing first, understanding right after (issue 14): a batch of matched mail is on the
 * timeline before the classifier runs on any of it; its category follows with one more write
 * per application, and the review hook gets the ref with that category (no third write).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { parseInput } from '../../src/shared/api'
import type { MailMessage } from '../../src/shared/core/mail-message'
import type { MessageRef } from '../../src/shared/model'
import { MessageFiler } from '../../src/main/mail/sync/filing'
import { tempDataDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
let services: AppServices
const now = Date.parse('2026-11-18T12:00:00Z')

beforeEach(() => {
  ;({ dir, cleanup } = tempDataDir())
  services = createServices({ store: openStore(dir), mode: 'browser', version: 'test', now: () => now, emit: () => {} })
})
afterEach(() => {
  services.dispose()
  cleanup()
})

const mail = (n: number, from: string): MailMessage => ({
  messageId: `<m${n}@acme.test>`,
  references: [],
  date: `2026-11-1${n}T10:00:00.000Z`,
  from: { name: 'Dana', address: from },
  to: [{ name: '', address: 'me@example.org' }],
  cc: [],
  subject: `Interview ${n}`,
  text: 'Could you do Tuesday at 10:00?',
  headers: {},
  hasCalendarInvite: false
})

describe('filing first, understanding right after', () => {
  it('puts the whole batch on the timeline before classifying, then writes each category', async () => {
    const created = await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Acme', role: 'Engineer', companyDomain: 'acme.test' },
        contacts: [{ name: 'Dana', email: 'dana@acme.test' }]
      })
    )
    const appId = created.application.id
    const store = services.mail.ctx.store
    const onTimelineWhenClassified: number[] = []
    const hookRefs: MessageRef[] = []
    const described: string[][] = []
    const filer = new MessageFiler(store, {
      now: () => now,
      describeIncoming: () => {
        onTimelineWhenClassified.push(store.applications.get(appId)!.events.filter((e) => e.message).length)
        return { category: 'interview_request', confidence: 0.9, automatic: false, needsAnswer: true }
      },
      onMessageFiled: (_id, _message, ref) => {
        hookRefs.push(ref)
      },
      onDescribed: (ids) => {
        described.push(ids)
      }
    })
    const items = [1, 2, 3].map((n) => ({
      message: mail(n, 'dana@acme.test'),
      match: filer.match(mail(n, 'dana@acme.test'), ['me@example.org'])!
    }))
    expect(items.every((i) => i.match?.applicationId === appId)).toBe(true)

    const result = await filer.fileMany(items, 'acct')

    expect(result.filed).toHaveLength(3)
    expect(onTimelineWhenClassified).toEqual([3, 3, 3]) // all three were filed before the first was classified
    expect(described).toEqual([[appId]])
    const events = store.applications.get(appId)!.events.filter((e) => e.message)
    expect(events.map((e) => [e.message!.category, e.message!.needsAnswer])).toEqual([
      ['interview_request', true],
      ['interview_request', true],
      ['interview_request', true]
    ])
    expect(hookRefs.map((r) => r.category)).toEqual(['interview_request', 'interview_request', 'interview_request'])
  })
})
