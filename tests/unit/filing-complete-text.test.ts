/**
 * A reply filed by its headers alone (the server did not send its body) is completed once
 * its text is read: the entry takes the text's snippet and what the classifier says of it,
 * facts the user entered stay, the review hook sees it, and nothing is filed twice.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { parseInput } from '../../src/shared/api'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { ReplyFacts, type MessageRef } from '../../src/shared/model'
import { MessageFiler } from '../../src/main/mail/sync/filing'
import { tempDataDir } from '../support/temp-dir'

let cleanup: () => void
let services: AppServices
const now = Date.parse('2026-11-18T12:00:00Z')
/** What the services told the windows. */
const told: Array<[string, unknown]> = []

beforeEach(() => {
  let dir: string
  ;({ dir, cleanup } = tempDataDir())
  told.length = 0
  services = createServices({
    store: openStore(dir),
    mode: 'browser',
    version: 'test',
    now: () => now,
    emit: (event: string, payload: unknown) => void told.push([event, payload])
  } as Parameters<typeof createServices>[0])
})
afterEach(() => {
  services.dispose()
  cleanup()
})

const mail = (n: number, text: string): MailMessage => ({
  messageId: `<m${n}@acme.test>`,
  references: [],
  date: `2026-11-1${n}T10:00:00.000Z`,
  from: { name: 'Dana', address: 'dana@acme.test' },
  to: [{ name: '', address: 'me@example.org' }],
  cc: [],
  subject: `Interview ${n}`,
  text,
  headers: {},
  hasCalendarInvite: false
})

/** What the classifier finds in the text: no date promised. */
const factsFromText = ReplyFacts.parse({})

async function setUp(): Promise<{ acme: string; filer: MessageFiler; seen: MessageRef[] }> {
  const created = await services.createApplication(
    parseInput('createApplication', {
      fields: { company: 'Acme', role: 'Engineer', companyDomain: 'acme.test' },
      contacts: [{ name: 'Dana', email: 'dana@acme.test' }]
    })
  )
  const seen: MessageRef[] = []
  const filer = new MessageFiler(services.mail.ctx.store, {
    now: () => now,
    describeIncoming: (message) =>
      message.text === ''
        ? { category: 'update', confidence: 0.4, automatic: false, needsAnswer: false }
        : { category: 'interview_request', confidence: 0.9, automatic: false, needsAnswer: true, facts: factsFromText },
    onMessageFiled: (_id, _message, ref) => void seen.push(ref)
  })
  const headersOnly = [1, 2].map((n) => ({ message: mail(n, ''), textUnread: true }))
  const whole = { message: mail(3, 'Hello') }
  const items = [...headersOnly, whole].map((i) => ({ ...i, match: filer.match(i.message, ['me@example.org'])! }))
  await filer.fileMany(items, 'acct')
  seen.length = 0
  return { acme: created.application.id, filer, seen }
}

const refs = (id: string) => services.mail.ctx.store.applications.get(id)!.events.flatMap((e) => (e.message ? [e.message] : []))

it('completes an entry filed by its headers with its text and what the text says, once', async () => {
  const { acme, filer, seen } = await setUp()
  expect(refs(acme).map((r) => r.textUnread)).toEqual([true, true, undefined])

  const result = await filer.completeText([mail(1, 'Could you do Tuesday at 10:00?'), mail(3, 'Hello again'), mail(9, 'Not filed')])

  expect(result).toEqual({ completed: ['<m1@acme.test>'], failed: [] })
  const [first, second, third] = refs(acme)
  expect(first).toMatchObject({ snippet: 'Could you do Tuesday at 10:00?', category: 'interview_request', needsAnswer: true })
  expect(first!.textUnread).toBeUndefined()
  expect(second).toMatchObject({ textUnread: true, category: 'update' }) // not read yet: as it was
  expect(third!.snippet).toBe('Hello') // had its text: left alone
  expect(seen.map((r) => [r.messageId, r.category])).toEqual([['<m1@acme.test>', 'interview_request']])
  expect(refs(acme)).toHaveLength(3)
  expect((await filer.completeText([mail(1, 'Could you do Tuesday at 10:00?')])).completed).toEqual([]) // done: not again
})

it('completes an entry filed by its headers before entries said so (no text, no mark)', async () => {
  const { acme, filer } = await setUp()
  await services.mail.ctx.store.applications.update(acme, (app) => {
    for (const e of app.events) if (e.message?.messageId === '<m2@acme.test>') delete e.message.textUnread
    return app
  })
  expect((await filer.completeText([mail(2, 'Could you do Tuesday at 10:00?')])).completed).toEqual([]) // not known to be one
  const asked = await filer.completeText([mail(2, 'Could you do Tuesday at 10:00?')], { orEmpty: true }) // on the noBody list
  expect(asked.completed).toEqual(['<m2@acme.test>'])
  expect(refs(acme)[1]).toMatchObject({ snippet: 'Could you do Tuesday at 10:00?', category: 'interview_request' })
})

it('leaves alone a mail read whole whose text is all quotation (no snippet), and keeps facts the user dismissed', async () => {
  const { acme, filer, seen } = await setUp()
  const store = services.mail.ctx.store
  const quoted = { ...mail(4, '> What about Tuesday?'), messageId: '<m4@acme.test>' }
  await filer.fileMany([{ message: quoted, match: filer.match(quoted, ['me@example.org'])! }], 'acct')
  await store.applications.update(acme, (app) => {
    for (const e of app.events) if (e.message?.messageId === '<m1@acme.test>') e.message.facts = { ...factsFromText, dismissed: true }
    return app
  })
  expect(refs(acme).find((r) => r.messageId === '<m4@acme.test>')!.snippet).toBe('')
  seen.length = 0
  expect((await filer.completeText([quoted])).completed).toEqual([]) // opened in full: read whole already
  expect(seen).toEqual([])
  await filer.completeText([mail(1, 'Could you do Tuesday at 10:00?')])
  expect(refs(acme)[0]!.facts?.dismissed).toBe(true) // the user said these facts are wrong: not brought back
})

it('keeps the facts the user entered on an entry filed by its headers', async () => {
  const { acme, filer } = await setUp()
  const userFacts = { respondBy: '2026-11-20', source: 'user' as const }
  await services.mail.ctx.store.applications.update(acme, (app) => {
    for (const e of app.events) if (e.message?.messageId === '<m1@acme.test>') e.message.facts = { ...e.message.facts!, ...userFacts }
    return app
  })
  await filer.completeText([mail(1, 'Could you do Tuesday at 10:00?')])
  expect(refs(acme)[0]!.facts).toMatchObject(userFacts)
  expect(refs(acme)[0]!.snippet).toBe('Could you do Tuesday at 10:00?')
})

it('says which entries it could not complete when the disk refuses, and leaves them as they were', async () => {
  const { acme, filer } = await setUp()
  const store = services.mail.ctx.store
  store.applications.update = () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' }))
  const result = await filer.completeText([mail(1, 'Could you do Tuesday at 10:00?')])
  expect(result).toEqual({ completed: [], failed: ['<m1@acme.test>'] })
  expect(refs(acme)[0]).toMatchObject({ textUnread: true, snippet: '' })
})

it("tells the window when the sync's own filer completes an entry, so the open timeline shows the text", async () => {
  const { acme } = await setUp()
  const filer = services.mail.sync.filer
  told.length = 0
  expect((await filer.completeText([mail(2, 'Could you do Tuesday at 10:00?')])).completed).toEqual(['<m2@acme.test>'])
  expect(told).toContainEqual(['dataChanged', { applicationIds: [acme] }])
})
