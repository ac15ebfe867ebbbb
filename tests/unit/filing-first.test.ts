/**
 * Filing with understanding (issue 14): each application's mail is classified and filed in
 * one locked write, so it waits for its own classification only, never the whole batch's;
 * the review hook gets the ref with the category (no second write). A mail whose classifier
 * facts the store refuses is still filed, without them.
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
  messageId: `<m${n}@${from.split('@')[1]}>`,
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

async function track(company: string, domain: string, contact: string): Promise<string> {
  const created = await services.createApplication(
    parseInput('createApplication', {
      fields: { company, role: 'Engineer', companyDomain: domain },
      contacts: [{ name: 'Dana', email: contact }]
    })
  )
  return created.application.id
}

describe('filing with understanding', () => {
  it("files each application's mail with its category in one write, after classifying only that application's mail", async () => {
    const acme = await track('Acme', 'acme.test', 'dana@acme.test')
    const bolt = await track('Bolt', 'bolt.test', 'sam@bolt.test')
    const store = services.mail.ctx.store
    const onTimelineWhenClassified: Array<[string, number, number]> = []
    const hookRefs: MessageRef[] = []
    const count = (id: string) => store.applications.get(id)!.events.filter((e) => e.message).length
    const filer = new MessageFiler(store, {
      now: () => now,
      describeIncoming: (message) => {
        onTimelineWhenClassified.push([message.from.address, count(acme), count(bolt)])
        return { category: 'interview_request', confidence: 0.9, automatic: false, needsAnswer: true }
      },
      onMessageFiled: (_id, _message, ref) => {
        hookRefs.push(ref)
      }
    })
    const writes: string[] = []
    const update = store.applications.update.bind(store.applications)
    store.applications.update = (id, change) => (writes.push(id), update(id, change))
    const items = [
      [1, 'dana@acme.test'],
      [2, 'dana@acme.test'],
      [3, 'sam@bolt.test']
    ].map(([n, from]) => ({
      message: mail(n as number, from as string),
      match: filer.match(mail(n as number, from as string), ['me@example.org'])!
    }))
    expect(items.map((i) => i.match?.applicationId)).toEqual([acme, acme, bolt])

    const result = await filer.fileMany(items, 'acct')

    expect(result.filed).toHaveLength(3)
    // Acme's two were classified with nothing filed yet; Bolt's after Acme's were on the timeline.
    expect(onTimelineWhenClassified).toEqual([
      ['dana@acme.test', 0, 0],
      ['dana@acme.test', 0, 0],
      ['sam@bolt.test', 2, 0]
    ])
    expect(writes).toEqual([acme, bolt])
    const categories = (id: string) =>
      store.applications.get(id)!.events.flatMap((e) => (e.message ? [[e.message.category, e.message.needsAnswer]] : []))
    expect(categories(acme)).toEqual([
      ['interview_request', true],
      ['interview_request', true]
    ])
    expect(categories(bolt)).toEqual([['interview_request', true]])
    expect(hookRefs.map((r) => r.category)).toEqual(['interview_request', 'interview_request', 'interview_request'])
  })

  it('files a mail whose classifier facts the store refuses, without them, and the others with theirs', async () => {
    const acme = await track('Acme', 'acme.test', 'dana@acme.test')
    const store = services.mail.ctx.store
    const filer = new MessageFiler(store, {
      now: () => now,
      describeIncoming: (message) =>
        message.messageId === '<m2@acme.test>'
          ? ({ category: 'not a category' } as unknown as Partial<MessageRef>)
          : { category: 'update', confidence: 0.7, automatic: false, needsAnswer: false }
    })
    const items = [1, 2, 3].map((n) => ({
      message: mail(n, 'dana@acme.test'),
      match: filer.match(mail(n, 'dana@acme.test'), ['me@example.org'])!
    }))
    const result = await filer.fileMany(items, 'acct')
    expect(result.failed).toEqual([])
    expect(store.applications.get(acme)!.events.flatMap((e) => (e.message ? [[e.message.messageId, e.message.category]] : []))).toEqual([
      ['<m1@acme.test>', 'update'],
      ['<m2@acme.test>', undefined],
      ['<m3@acme.test>', 'update']
    ])
  })
})
