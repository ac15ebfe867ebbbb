/**
 * "Open in full" of a mail that came without a Message-ID (some hiring systems and job boards send none). The sync
 * files such mail under an id it makes: from its text, or, filed by its headers, from its UID and date. Opening it
 * looked for that id as a Message-ID header and always said the mail was gone. Real Dovecot.
 */
/** Review of a75875c6: "Open in full" for mail filed under a made-up Message-ID. */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ImapFlow } from 'imapflow'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { makeMessage, seedMaildir } from '../support/maildir'
import { makePdf, mailWithAttachment } from '../support/make-pdf'
import { syntheticMessageId } from '../../src/main/mail/parse-message'
import { loopbackAccount, startMailWorld, type MailWorld } from '../support/services'

const DAY = 86_400_000
let w: MailWorld
const now = Date.now()
const me = () => `candidate@${w.mail.domain}`

beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const track = () => w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })

it('opens in full a large offer without a Message-ID whose PDF letter the sync read whole', async () => {
  // A hiring system that sends no Message-ID; the 600 KB letter puts the mail over the 512 KB a body is first read to,
  // so the sync reads it again whole (readLettersWhole) and files it under the sha1 of what it read then.
  const sent = new Date(now - 3 * DAY)
  const letter = makePdf(['Offer of employment', 'Please confirm your acceptance by 18 December 2026.'], { paddingBytes: 600_000 })
  const raw = mailWithAttachment(letter, { filename: 'offer.pdf' })
    .replace('Dana Whitfield <dana@acme-robotics.example>', 'Dana Whitfield <dana@acmerobotics.test>')
    .replace('Sam Candidate <candidate@mail.candidate.example>', me())
    .replace('Subject: Your letter', 'Subject: Your offer')
    .replace(/^Message-ID:.*\r\n/m, '')
    .replace('Mon, 30 Nov 2026 10:15:00 +0000', sent.toUTCString())
  await seedMaildir(w.mail, 'candidate', [{ raw, date: sent }])
  const acme = await track()
  await w.connectAndSync()
  const [offer] = w.filedOn(acme)
  expect(offer!.messageId).toMatch(/^<sha1-/)
  expect(offer!.category).toBe('offer') // the letter was read: the mail was read whole
  expect(offer!.messageId).toBe(syntheticMessageId(Buffer.from(raw))) // the sha1 of the whole mail, not of its first 512 KB
  const opened = await w.services.getMessage({ applicationId: acme, messageId: offer!.messageId })
  expect(opened.subject).toBe('Your offer')
}, 120_000)

it.each([49, 50])(
  'opens in full a reply without a Message-ID after %i mails without one from a job board the same day',
  async (count) => {
    // A notification system that sends no Message-ID writes often; Dana's reply (none either) comes after them.
    const day = now - 3 * DAY
    const notices = Array.from({ length: count }, (_, k) => ({
      raw: makeMessage({
        from: 'alerts@jobs-board.test',
        to: me(),
        subject: `New jobs for you (${k})`,
        date: new Date(day + k * 60_000),
        body: `Notice ${k}`
      }).replace(/^Message-ID:.*\r\n/im, ''),
      date: new Date(day + k * 60_000)
    }))
    const reply = {
      raw: makeMessage({
        from: 'dana@acmerobotics.test',
        to: me(),
        subject: 'Interview with the team',
        date: new Date(day + 3_600_000),
        body: 'Could you meet the team on Tuesday?'
      }).replace(/^Message-ID:.*\r\n/im, ''),
      date: new Date(day + 3_600_000)
    }
    await seedMaildir(w.mail, 'candidate', [...notices, reply])
    const acme = await track()
    await w.connectAndSync()
    const [filed] = w.filedOn(acme)
    expect(filed!.messageId).toMatch(/^<sha1-/)
    const opened = await w.services.getMessage({ applicationId: acme, messageId: filed!.messageId })
    expect(opened.text).toContain('Could you meet the team on Tuesday?')
  },
  120_000
)

it.each([
  ['an empty Message-ID header', (raw: string) => raw.replace(/^Message-ID:.*\r\n/im, 'Message-ID: \r\n')],
  ['no Date header either', (raw: string) => raw.replace(/^Message-ID:.*\r\n/im, '').replace(/^Date:.*\r\n/im, '')],
  [
    'a Date header days off its arrival',
    (raw: string) => raw.replace(/^Message-ID:.*\r\n/im, '').replace(/^Date:.*\r\n/im, 'Date: Mon, 1 Jun 2026 10:00:00 +0000\r\n')
  ]
])(
  'opens in full a reply with %s',
  async (_, edit) => {
    const at = new Date(now - 3 * DAY)
    const raw = edit(
      makeMessage({
        from: 'dana@acmerobotics.test',
        to: me(),
        subject: 'Interview with the team',
        date: at,
        body: 'Could you meet the team on Tuesday?'
      })
    )
    await seedMaildir(w.mail, 'candidate', [{ raw, date: at }])
    const acme = await track()
    await w.connectAndSync()
    const [filed] = w.filedOn(acme)
    expect(filed!.messageId).toMatch(/^<sha1-/)
    const opened = await w.services.getMessage({ applicationId: acme, messageId: filed!.messageId })
    expect(opened.text).toContain('Could you meet the team on Tuesday?')
  },
  120_000
)

it('opens in full, on an account whose sync reads All Mail (Gmail), a reply without a Message-ID filed by its headers', async () => {
  // All Mail numbers its mail apart from the INBOX, where "Open in full" looks.
  await w.mail.stopDovecot()
  const conf = join(w.mail.dir, 'dovecot.conf')
  await writeFile(
    conf,
    (await readFile(conf, 'utf8')).replace(
      'namespace inbox {\n  inbox = yes\n',
      'namespace inbox {\n  inbox = yes\n  mailbox AllMail {\n    special_use = \\All\n    auto = subscribe\n  }\n'
    )
  )
  await w.mail.startDovecot()
  const at = new Date(now - 3 * DAY)
  const earlier = Array.from({ length: 3 }, (_, k) => ({
    raw: makeMessage({ from: `news${k}@example.net`, to: me(), subject: `News ${k}`, date: new Date(at.getTime() - DAY), body: 'Hi' }),
    date: new Date(at.getTime() - DAY)
  }))
  const reply = {
    raw: makeMessage({
      from: 'dana@acmerobotics.test',
      to: me(),
      subject: 'Interview with the team',
      date: at,
      body: 'Could you meet the team on Tuesday?'
    }).replace(/^Message-ID:.*\r\n/im, ''),
    date: at
  }
  await seedMaildir(w.mail, 'candidate', [...earlier, reply]) // INBOX: UID 4
  await seedMaildir(w.mail, 'candidate', [reply], { mailbox: 'AllMail' }) // All Mail: UID 1
  const acme = await track()
  const { account } = await w.services.addAccount(loopbackAccount(w.mail))
  await w.services.mail.ctx.store.accounts.update(account.id, (a) => ({ ...a, preset: 'gmail' as const }))
  // The server sends its headers but an empty body (it cannot read it just now): filed by its headers.
  const sync = new (class extends AccountSync {
    override async connect(): Promise<ImapFlow> {
      const client = await super.connect()
      const fetch = client.fetch.bind(client)
      client.fetch = ((range: string, items: { source?: unknown }, options: never) => {
        const fetched = fetch(range, items as never, options)
        if (!items.source) return fetched
        return (async function* () {
          for await (const m of fetched) yield { ...m, source: Buffer.alloc(0) }
        })()
      }) as typeof client.fetch
      return client
    }
  })(
    { ...account, preset: 'gmail' },
    { store: w.services.mail.ctx.store, filer: w.services.mail.sync.filer, secret: async () => w.mail.password }
  )
  try {
    await sync.syncOnce()
  } finally {
    await sync.stop()
  }
  const [filed] = w.filedOn(acme)
  expect(filed).toMatchObject({ subject: 'Interview with the team', textUnread: true, messageId: expect.stringMatching(/^<uid-1-/) })
  const opened = await w.services.getMessage({ applicationId: acme, messageId: filed!.messageId })
  expect(opened.text).toContain('Could you meet the team on Tuesday?')
}, 120_000)
