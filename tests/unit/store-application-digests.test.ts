/**
 * The digests the mail sync reads instead of every application (src/main/store/application-digests.ts,
 * issue 14). What must hold: the matcher answers the same from them as from the applications;
 * a process reads only the application files written since the digests were kept; anything
 * written, removed, damaged or of another build is read again from the files, never believed.
 * They live in the data folder (they are the user's data), never in the cache folder.
 */
import { existsSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openStore, type Store } from '../../src/main/store'
import { digestOf } from '../../src/main/store/application-digests'
import { saveValidatedLists } from '../../src/main/store/validated-files'
import { createMatcher } from '../../src/shared/core/matcher'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { mailMessage } from '../support/mail-message'
import { Application } from '../../src/shared/model'
import { foldersForEachTest } from '../support/each-test-folders'

const ME = 'sam@example.org'

/** An application with a timeline as the sync writes it: mail in and out, and a note that is its latest activity. */
function application(id: string, company: string, domain: string, contact: string, day: number, noteDay = day + 3): Application {
  const message = (k: number, direction: 'in' | 'out', subject: string, snippet: string) => ({
    id: `e-${id}-${k}`,
    at: `2026-11-${String(day + k).padStart(2, '0')}T10:00:00.000Z`,
    type: 'message',
    text: subject,
    message: {
      messageId: `<${id}-${k}@${direction === 'in' ? domain : 'example.org'}>`,
      direction,
      from: direction === 'in' ? `Dana <${contact}>` : ME,
      to: direction === 'in' ? [ME] : [contact],
      subject,
      snippet
    }
  })
  return Application.parse({
    id,
    company,
    role: 'Staff Nurse',
    companyDomain: domain,
    contacts: [{ id: 'c-1', name: 'Dana', email: contact }],
    events: [
      message(0, 'in', 'Interview on Tuesday', 'We look forward to meeting you, thank you for applying.'),
      message(1, 'out', 'Following up', 'Thank you for the interview today.'), // a thank-you by its snippet alone
      { id: `e-${id}-note`, at: `2026-11-${String(noteDay).padStart(2, '0')}T09:00:00.000Z`, type: 'note', text: 'Called them' }
    ],
    sentMessageIds: [`<sent-${id}@example.org>`],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z'
  })
}

const mail = (fields: Partial<MailMessage>): MailMessage =>
  mailMessage({ messageId: `<m-${Math.random()}@x.test>`, date: '2026-11-20T10:00:00.000Z', to: [{ name: '', address: ME }], ...fields })

let dir: string
let cache: string
const cleanups = foldersForEachTest((data, caches) => {
  dir = data
  cache = caches
})
afterEach(() => vi.restoreAllMocks())

const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => a.id.localeCompare(b.id))
const open = (buildId = 'build-1', warnings: string[] = []): Store =>
  openStore(dir, (w) => warnings.push(w), { validated: { buildId, cacheDir: cache } })
const digestFile = () => join(dir, 'mail-index', 'applications.digests')
/** What a new process reads of the applications' files while asking for every digest. */
function filesReadBy(store: Store): string[] {
  const read: string[] = []
  const get = store.applications.get.bind(store.applications)
  vi.spyOn(store.applications, 'get').mockImplementation((id) => (read.push(id), get(id)))
  vi.spyOn(store.applications, 'ensureLoaded')
  store.applicationDigests.all()
  expect(store.applications.ensureLoaded).not.toHaveBeenCalled()
  return read.sort()
}
async function seed(): Promise<Application[]> {
  const store = open()
  const apps = [
    application('kestrel', 'Kestrel Harbor Clinic', 'kestrelharbor.test', 'dana@kestrelharbor.test', 2, 25),
    application('northwind', 'Northwind Care', 'northwind.test', 'lee@northwind.test', 5),
    application('kestrel-2', 'Kestrel Harbor Clinic', 'kestrelharbor.test', 'dana@kestrelharbor.test', 9)
  ]
  for (const app of apps) await store.applications.put(app)
  const sync = open() // a process that reads the digests before any application: it makes them, and keeps them
  sync.applicationDigests.all()
  sync.close()
  return apps.map((a) => store.applications.get(a.id)!)
}

describe('application digests', () => {
  it('give the matcher the same answers as the applications themselves', async () => {
    const apps = await seed()
    const digests = open().applicationDigests.all()
    expect(digests).toHaveLength(3)
    const context = { userAddresses: [ME], timeZone: 'Europe/Berlin' }
    const fromApps = createMatcher(apps, context)
    const fromDigests = createMatcher(digests, context)
    const messages = [
      // replies in threads: to the employer's mail, and to the user's thank-you (the reason quotes each)
      mail({ from: { name: 'Dana', address: 'dana@kestrelharbor.test' }, inReplyTo: '<kestrel-0@kestrelharbor.test>' }),
      mail({ from: { name: 'Dana', address: 'dana@kestrelharbor.test' }, inReplyTo: '<kestrel-1@example.org>' }),
      mail({ from: { name: 'Lee', address: 'lee@northwind.test' }, references: ['<northwind-1@example.org>'] }),
      mail({ from: { name: 'Lee', address: 'lee@northwind.test' }, inReplyTo: '<sent-northwind@example.org>' }),
      // a contact, a domain, and two applications at one employer that the mail does not tell apart
      mail({ from: { name: 'Lee', address: 'lee@northwind.test' }, subject: 'Next steps' }),
      mail({ from: { name: 'HR', address: 'hr@northwind.test' }, subject: 'Your documents' }),
      mail({ from: { name: 'Dana', address: 'dana@kestrelharbor.test' }, subject: 'A question' }),
      // a thread reply from someone the application never heard from, and the user's own mail
      mail({ from: { name: 'X', address: 'x@gmail.test' }, inReplyTo: '<kestrel-1@example.org>' }),
      mail({ from: { name: 'Sam', address: ME }, to: [{ name: 'Lee', address: 'lee@northwind.test' }], subject: 'Re: Next steps' }),
      mail({
        subject: 'Staff Nurse at Northwind Care',
        text: 'Hello, I am a recruiter writing about the Staff Nurse role at Northwind Care.'
      })
    ]
    const answers = messages.map((m) => fromApps.match(m))
    expect(messages.map((m) => fromDigests.match(m))).toEqual(answers)
    // Of the two at one employer, the one with the latest activity: a note, no mail.
    expect(answers[6]).toMatchObject({ applicationId: 'kestrel', reason: expect.stringMatching(/2 applications fit/) })
    expect(answers.map((a) => a?.reason).join('\n')).toMatch(/your thank-you of Nov 3/)
    expect(messages.map((m) => fromDigests.mayBeAboutAnApplication(m))).toEqual(messages.map((m) => fromApps.mayBeAboutAnApplication(m)))
  })

  it('keep which recipients the outgoing server refused, so a reply from one is not believed', async () => {
    const store = open()
    const app = application('northwind', 'Northwind Care', 'northwind.test', 'lee@northwind.test', 5)
    // The thank-you went to Lee and to a mistyped address of a friend's, which the server refused.
    app.events[1]!.message!.to = ['lee@northwind.test', 'Kim <kim@gmial.test>']
    app.events[1]!.message!.notDelivered = ['kim@gmial.test']
    await store.applications.put(app)
    const kept = open()
    kept.applicationDigests.all()
    kept.close()
    const digests = open().applicationDigests.all() // read back from the digest file
    const reply = (address: string) => mail({ from: { name: 'Kim', address }, inReplyTo: '<northwind-1@example.org>' })
    const context = { userAddresses: [ME] }
    expect(createMatcher(digests, context).match(reply('kim@gmial.test'))).toMatchObject({ unverifiedSender: true })
    expect(createMatcher([store.applications.get('northwind')!], context).match(reply('kim@gmial.test'))).toMatchObject({
      unverifiedSender: true
    })
  })

  it('leave out what the matcher does not read: the rest of each event, and the snippets of incoming mail', async () => {
    const [kestrel] = await seed()
    const digest = digestOf(kestrel!)
    expect(digest.events).toHaveLength(3) // every date counts for the latest activity
    expect(digest.events[0]!.message!.snippet).toBe('')
    expect(digest.events[1]!.message!.snippet).toBe('Thank you for the interview today.')
    expect(JSON.stringify(digest)).not.toMatch(/"text"|"type"/)
  })

  it('are read by the next process, which reads no application file while none changed', async () => {
    const apps = await seed()
    const next = open()
    expect(filesReadBy(next)).toEqual([])
    expect(byId(next.applicationDigests.all())).toEqual(byId(apps.map(digestOf)))
  })

  it('of an application another process wrote since are made again from its file, and only from that one', async () => {
    await seed()
    const other = open()
    await other.applications.update('northwind', (a) => ({
      ...a,
      contacts: [...a.contacts, { id: 'c-2', name: 'Ana', email: 'ana@northwind.test' }]
    }))
    other.close()
    const next = open()
    expect(filesReadBy(next)).toEqual(['northwind'])
    const northwind = next.applicationDigests.all().find((d) => d.id === 'northwind')!
    expect(northwind.contacts.map((c) => c.email)).toContain('ana@northwind.test')
    const match = createMatcher(next.applicationDigests.all(), { userAddresses: [ME] }).match(
      mail({ from: { name: 'Ana', address: 'ana@northwind.test' }, subject: 'Hello' })
    )
    expect(match?.applicationId).toBe('northwind')
  })

  it('follow applications added and removed by another process', async () => {
    await seed()
    const other = open()
    await other.applications.put(application('oakline', 'Oakline School', 'oakline.test', 'kim@oakline.test', 3))
    await other.applications.remove('kestrel')
    const next = open()
    expect(filesReadBy(next)).toEqual(['oakline'])
    expect(
      next.applicationDigests
        .all()
        .map((d) => d.id)
        .sort()
    ).toEqual(['kestrel-2', 'northwind', 'oakline'])
  })

  it('that are damaged, of another build or missing are made again from the files, and nothing is lost', async () => {
    const apps = await seed()
    const expected = byId(apps.map(digestOf))
    const lines = readFileSync(digestFile(), 'utf8').split('\n')
    writeFileSync(digestFile(), [lines[0], lines[1]!.slice(0, 40), lines[2], '{not json', lines[3]].join('\n')) // one line cut short
    const damaged = open()
    expect(filesReadBy(damaged)).toEqual(['kestrel-2'])
    expect(byId(damaged.applicationDigests.all())).toEqual(expected)
    damaged.close() // keeps them whole again

    // A line edited by hand into valid JSON of the wrong shape: that application is read from its file, the sync goes on.
    const [stamp, json] = readFileSync(digestFile(), 'utf8').split('\n')[3]!.split('\t')
    const edited = JSON.parse(json!)
    edited.events[0].message.messageId = 42
    writeFileSync(
      digestFile(),
      [...readFileSync(digestFile(), 'utf8').split('\n').slice(0, 3), `${stamp}\t${JSON.stringify(edited)}`].join('\n')
    )
    const handEdited = open()
    expect(filesReadBy(handEdited)).toEqual(['northwind'])
    expect(byId(handEdited.applicationDigests.all())).toEqual(expected)
    handEdited.close()

    writeFileSync(digestFile(), 'garbage\n\u0000\u0001')
    expect(byId(open().applicationDigests.all())).toEqual(expected)

    saveValidatedLists()
    const otherBuild = open('build-2')
    expect(filesReadBy(otherBuild)).toEqual(['kestrel', 'kestrel-2', 'northwind'])
    expect(byId(otherBuild.applicationDigests.all())).toEqual(expected)

    unlinkSync(digestFile())
    expect(byId(open().applicationDigests.all())).toEqual(expected)
  })

  it('never take the place of an application file that is damaged: it is set aside and the others are read', async () => {
    await seed()
    const path = join(dir, 'applications', 'northwind.json')
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 100)) // cut off
    const warnings: string[] = []
    const next = open('build-1', warnings)
    expect(
      next.applicationDigests
        .all()
        .map((d) => d.id)
        .sort()
    ).toEqual(['kestrel', 'kestrel-2'])
    expect(warnings.join('\n')).toMatch(/could not be read.*moved to/s)
    expect(existsSync(path)).toBe(false)
  })

  it('say when they are of every file as it is now (the sync then need not read the applications again)', async () => {
    await seed()
    const next = open()
    expect(next.applicationDigests.fingerprintIfCurrent()).toBeUndefined() // not read yet
    next.applicationDigests.all()
    expect(next.applicationDigests.fingerprintIfCurrent()).toBe(next.applications.fingerprint())
    // What this process wrote (the sync filing mail) is taken in from memory: the next process reads nothing.
    await next.applications.update('kestrel', (a) => ({
      ...a,
      contacts: [...a.contacts, { id: 'c-2', name: 'Ira', email: 'ira@kestrelharbor.test' }]
    }))
    const read = vi.spyOn(next.applications, 'get')
    const loaded = vi.spyOn(next.applications, 'ensureLoaded')
    expect(next.applicationDigests.fingerprintIfCurrent()).toBe(next.applications.fingerprint())
    expect(loaded).not.toHaveBeenCalled()
    expect(read.mock.calls).toEqual([['kestrel']]) // the copy it holds, as files() shows it
    next.close()
    const after = open()
    expect(filesReadBy(after)).toEqual([])
    expect(
      after.applicationDigests
        .all()
        .find((d) => d.id === 'kestrel')!
        .contacts.map((c) => c.email)
    ).toContain('ira@kestrelharbor.test')
    await open().applications.update('northwind', (a) => ({ ...a, notes: 'written by another process' }))
    expect(after.applicationDigests.fingerprintIfCurrent()).toBeUndefined()
  })

  it('come from the applications in memory where they were all read, and keep no file then', async () => {
    const apps = await seed()
    unlinkSync(digestFile())
    const app = open()
    app.applications.all() // the window listed them
    expect(byId(app.applicationDigests.all())).toEqual(byId(apps.map(digestOf)))
    expect(app.applicationDigests.fingerprintIfCurrent()).toBe(app.applications.fingerprint())
    app.close()
    expect(existsSync(digestFile())).toBe(false)
  })

  it("are the user's data: kept in the data folder's mail index, private, and none in the cache folder", async () => {
    await seed()
    expect(existsSync(digestFile())).toBe(true)
    expect(statSync(digestFile()).mode & 0o777).toBe(0o600)
    expect(readFileSync(digestFile(), 'utf8')).toContain('dana@kestrelharbor.test')
    expect(readdirSync(cache).join('\n')).not.toMatch(/digest/)
    expect(readdirSync(join(dir, 'applications')).sort()).toEqual(['kestrel-2.json', 'kestrel.json', 'northwind.json'])
  })

  it('never bring back a data folder deleted before they were kept', async () => {
    await seed()
    const sync = open()
    await sync.applications.update('kestrel', (a) => ({ ...a, notes: 'changed' }))
    sync.applicationDigests.all() // changed: to be kept soon
    cleanups.splice(0).forEach((c) => c()) // the data folder is deleted meanwhile
    saveValidatedLists() // what the process keeps as it ends
    expect(existsSync(dir)).toBe(false)
  })

  it('are kept by no process that runs from source (no build id)', async () => {
    await seed()
    unlinkSync(digestFile())
    const fromSource = openStore(dir)
    expect(fromSource.applicationDigests.all()).toHaveLength(3)
    fromSource.close()
    expect(existsSync(digestFile())).toBe(false)
  })
})
