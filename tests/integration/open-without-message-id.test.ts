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
import { makeMessage, seedMaildir, type SeedMessage } from '../support/maildir'
import { makePdf, mailWithAttachment } from '../support/make-pdf'
import { syntheticMessageId } from '../../src/main/mail/parse-message'
import { loopbackAccount, startMailWorld, type MailWorld } from '../support/services'
import type { MessageContent } from '../../src/shared/api'
import type { MessageRef } from '../../src/shared/model'

const DAY = 86_400_000
let w: MailWorld
const now = Date.now()
const me = () => `candidate@${w.mail.domain}`

beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const track = () => w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })

/**
 * `mail` in the INBOX, Acme tracked, one sync; the one mail filed on Acme's timeline (its id made from its text), and
 * what "Open in full" gives of it.
 */
async function filedAndOpened(mail: SeedMessage[]): Promise<{ filed: MessageRef; opened: MessageContent }> {
  await seedMaildir(w.mail, 'candidate', mail)
  const acme = await track()
  await w.connectAndSync()
  const [filed] = w.filedOn(acme)
  expect(filed!.messageId).toMatch(/^<sha1-/)
  return { filed: filed!, opened: await w.services.getMessage({ applicationId: acme, messageId: filed!.messageId }) }
}

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
    const { opened } = await filedAndOpened([...notices, reply])
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
    const { opened } = await filedAndOpened([{ raw, date: at }])
    expect(opened.text).toContain('Could you meet the team on Tuesday?')
  },
  120_000
)

/**
 * An account whose sync reads All Mail (Gmail), where `allMail` is seeded after `inbox`: All Mail numbers its mail apart
 * from the INBOX, where "Open in full" looks. The server sends headers but empty bodies (it cannot read them just now):
 * what is filed is filed by its headers, under ids made from All Mail's UIDs. Returns the application's id.
 */
async function filedByHeadersFromAllMail(inbox: SeedMessage[], allMail: SeedMessage[]): Promise<string> {
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
  await seedMaildir(w.mail, 'candidate', inbox)
  await seedMaildir(w.mail, 'candidate', allMail, { mailbox: 'AllMail' })
  const acme = await track()
  const { account } = await w.services.addAccount(loopbackAccount(w.mail))
  await w.services.mail.ctx.store.accounts.update(account.id, (a) => ({ ...a, preset: 'gmail' as const }))
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
  return acme
}

/** A mail without a Message-ID, `days` ago to the second. */
const withoutId = (from: string, subject: string, body: string, at: Date): SeedMessage => ({
  raw: makeMessage({ from, to: me(), subject, date: at, body }).replace(/^Message-ID:.*\r\n/im, ''),
  date: at
})

it('opens in full, on an account whose sync reads All Mail (Gmail), a reply without a Message-ID filed by its headers', async () => {
  const at = new Date(now - 3 * DAY)
  const earlier = Array.from({ length: 3 }, (_, k) => ({
    raw: makeMessage({ from: `news${k}@example.net`, to: me(), subject: `News ${k}`, date: new Date(at.getTime() - DAY), body: 'Hi' }),
    date: new Date(at.getTime() - DAY)
  }))
  const reply = withoutId('dana@acmerobotics.test', 'Interview with the team', 'Could you meet the team on Tuesday?', at)
  const acme = await filedByHeadersFromAllMail([...earlier, reply], [reply]) // INBOX: UID 4; All Mail: UID 1
  const [filed] = w.filedOn(acme)
  expect(filed).toMatchObject({ subject: 'Interview with the team', textUnread: true, messageId: expect.stringMatching(/^<uid-1-/) })
  const opened = await w.services.getMessage({ applicationId: acme, messageId: filed!.messageId })
  expect(opened.text).toContain('Could you meet the team on Tuesday?')
}, 120_000)

it.each([
  ['the same sender, in the same second (a hiring system sending two mails at once)', 'Dana Whitfield <dana@acmerobotics.test>'],
  ['a forged sender whose display name is the address', '"dana@acmerobotics.test" <recruiting@evil.test>']
])(
  'never shows, nor writes into the entry, another mail without a Message-ID from %s',
  async (_, otherFrom) => {
    // Found by a review: the date alone matched, and the first such mail was taken, its text written into the entry.
    const at = new Date(Math.floor((now - 3 * DAY) / 1000) * 1000)
    const other = withoutId(otherFrom, 'Please confirm your bank details', 'Send your bank details to finish onboarding.', at)
    const reply = withoutId('Dana Whitfield <dana@acmerobotics.test>', 'Interview with the team', 'Could you meet the team on Tuesday?', at)
    const earlier = Array.from({ length: 3 }, (_, k) => ({
      raw: makeMessage({ from: `news${k}@example.net`, to: me(), subject: `News ${k}`, date: new Date(at.getTime() - DAY), body: 'Hi' }),
      date: new Date(at.getTime() - DAY)
    }))
    const acme = await filedByHeadersFromAllMail([other, reply], [...earlier, other, reply]) // INBOX: UIDs 1, 2; All Mail: 1-5
    const filed = w.filedOn(acme).find((m) => m.subject === 'Interview with the team')
    expect(filed).toMatchObject({ textUnread: true, messageId: expect.stringMatching(/^<uid-5-/) })
    const opened = await w.services.getMessage({ applicationId: acme, messageId: filed!.messageId })
    expect(opened).toMatchObject({
      subject: 'Interview with the team',
      text: expect.stringContaining('Could you meet the team on Tuesday?')
    })
    expect(w.filedOn(acme).find((m) => m.messageId === filed!.messageId)!.snippet).toContain('Could you meet the team on Tuesday?')
  },
  120_000
)

it('does not guess between two mails alike in every header it knows: it opens the one filed, where it was filed', async () => {
  const at = new Date(Math.floor((now - 3 * DAY) / 1000) * 1000)
  const forged = withoutId('Dana Whitfield <dana@acmerobotics.test>', 'Interview with the team', 'Send your bank details first.', at)
  const reply = withoutId('Dana Whitfield <dana@acmerobotics.test>', 'Interview with the team', 'Could you meet the team on Tuesday?', at)
  const earlier = Array.from({ length: 3 }, (_, k) => ({
    raw: makeMessage({ from: `news${k}@example.net`, to: me(), subject: `News ${k}`, date: new Date(at.getTime() - DAY), body: 'Hi' }),
    date: new Date(at.getTime() - DAY)
  }))
  const acme = await filedByHeadersFromAllMail([forged, reply], [...earlier, reply])
  const [filed] = w.filedOn(acme)
  expect(filed).toMatchObject({ textUnread: true, messageId: expect.stringMatching(/^<uid-4-/) })
  // In the INBOX the two are alike, and neither is taken; in All Mail, where it was filed from, its own UID is exact.
  // (Before "Open in full" looked in All Mail, it said it could not find it.)
  const opened = await w.services.getMessage({ applicationId: acme, messageId: filed!.messageId })
  expect(opened.text).toContain('Could you meet the team on Tuesday?')
  expect(opened.text).not.toContain('bank details')
  expect(w.filedOn(acme)[0]!.snippet).not.toContain('bank details') // the forged one's text is never written into it
}, 120_000)

it('opens in full a reply without a Message-ID from an address the server cannot search for', async () => {
  // Dovecot finds nothing FROM an address with a backslash (already not a valid address): the window alone is asked.
  const at = new Date(now - 3 * DAY)
  const reply = withoutId('Dana Whitfield <\\dana@acmerobotics.test>', 'Interview with the team', 'Could you meet the team on Tuesday?', at)
  const { filed, opened } = await filedAndOpened([reply])
  expect(filed.from).toContain('\\dana@')
  expect(opened.text).toContain('Could you meet the team on Tuesday?')
}, 120_000)
