/**
 * A reply without a Message-ID whose body the server cannot send is filed by its headers, under an id made from its UID
 * (header-message.ts); read whole, a mail without one has an id made from its text (parse-message.ts). The same reply
 * then met elsewhere — archived on the phone, copied into a folder of the user's own or the Archive by a rule, its body
 * sent later — is still the one reply: once on the timeline, its text there once the server sends it. Real Dovecot: the
 * reply's maildir file is made unreadable to the server (mode 000) between the pass's header and body fetches, so the
 * server keeps its headers (cached) and refuses its body, and made readable again ("mended") as a mended copy is.
 */
import { chmod, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ImapFlow } from 'imapflow'
import type { Account } from '../../src/shared/accounts'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { makeMessage, seedMaildir } from '../support/maildir'
import { loopbackAccount, startMailWorld, type MailWorld } from '../support/services'

const DAY = 86_400_000
const HOUR = 3_600_000
let w: MailWorld
const now = Date.now()
const me = () => `candidate@${w.mail.domain}`
const SUBJECT = 'Interview, part 2'
const TEXT = 'Could you meet the team on Tuesday? (2)'

beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

/** 25 replies from Acme in the INBOX, oldest first (UIDs 1-25); the second has no Message-ID. */
async function seedReplies(): Promise<void> {
  await seedMaildir(
    w.mail,
    'candidate',
    Array.from({ length: 25 }, (_, k) => {
      const raw = makeMessage({
        from: 'Dana Whitfield <dana@acmerobotics.test>',
        to: me(),
        subject: `Interview, part ${k + 1}`,
        messageId: `<reply-${k + 1}-${now}@acmerobotics.test>`,
        date: new Date(now - (27 - k) * DAY),
        body: `Could you meet the team on Tuesday? (${k + 1})`
      })
      return { raw: k === 1 ? raw.replace(/^Message-ID:.*\r?\n/im, '') : raw, date: new Date(now - (27 - k) * DAY) }
    })
  )
}

/** The maildir files, in every mailbox, of the reply without a Message-ID (one per copy). */
async function filesOfReply(): Promise<string[]> {
  const root = w.mail.user('candidate').maildir
  const boxes = [root, ...(await readdir(root)).filter((d) => d.startsWith('.')).map((d) => join(root, d))]
  const found: string[] = []
  for (const box of boxes)
    for (const sub of ['cur', 'new']) {
      const dir = join(box, sub)
      for (const f of await readdir(dir).catch(() => [] as string[]))
        if ((await readFile(join(dir, f), 'latin1')).includes(`Subject: ${SUBJECT}\r\n`)) found.push(join(dir, f))
    }
  return found
}

/** The server cannot read the reply (every copy) from now on. */
const damage = async () => {
  for (const f of await filesOfReply()) await chmod(f, 0)
}
/** The server reads it again (every copy), as a mended server copy is. */
const mend = async () => {
  for (const f of await filesOfReply()) await chmod(f, 0o600)
}

/** A hook that damages the reply at the first FETCH of bodies alone: the pass had its headers, the server not its body. */
function damagingBody(state: { damaged: boolean }): (client: ImapFlow) => void {
  return (client) => {
    const fetch = client.fetch.bind(client)
    client.fetch = ((range: string, items: { source?: unknown; headers?: unknown }, options: unknown) => {
      if (!state.damaged && items.source && !items.headers) {
        state.damaged = true
        return (async function* () {
          await damage()
          yield* fetch(range, items as never, options as never)
        })()
      }
      return fetch(range, items as never, options as never)
    }) as typeof client.fetch
  }
}

/** The account's sync as the app runs it, on a clock of the test's own (asking again waits an hour on it). */
function syncOnClock(account: Account, clock: { now: number }, hook?: (client: ImapFlow) => void): AccountSync {
  return new (class extends AccountSync {
    override async connect(): Promise<ImapFlow> {
      const client = await super.connect()
      hook?.(client)
      return client
    }
  })(account, {
    store: w.services.mail.ctx.store,
    filer: w.services.mail.sync.filer,
    secret: async () => w.mail.password,
    now: () => clock.now
  })
}

/** The candidate's phone, in the INBOX. */
async function onPhone(act: (phone: ImapFlow) => Promise<unknown>): Promise<void> {
  const phone = await w.mail.imapClient('candidate')
  try {
    await phone.mailboxOpen('INBOX')
    await act(phone)
  } finally {
    await phone.logout()
  }
}

/**
 * The replies, Acme tracked, the account added (with `folder` made first, if any), and one sync that files the reply
 * without a Message-ID by its headers; then `test`, with `reply()`: its entries on Acme's timeline.
 */
async function filedByHeaders(
  test: (t: { sync: AccountSync; clock: { now: number }; reply: () => Array<{ snippet: string; textUnread?: boolean }> }) => Promise<void>,
  folder?: string
): Promise<void> {
  await seedReplies()
  if (folder) await onPhone((phone) => phone.mailboxCreate(folder))
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  const { account } = await w.services.addAccount(loopbackAccount(w.mail))
  const clock = { now }
  const state = { damaged: false }
  const sync = syncOnClock(account, clock, damagingBody(state))
  const reply = () => w.filedOn(acme).filter((m) => m.subject === SUBJECT)
  try {
    await sync.syncOnce()
    expect(state.damaged).toBe(true)
    expect(w.filedOn(acme)).toHaveLength(25)
    expect(reply()).toEqual([expect.objectContaining({ textUnread: true, messageId: expect.stringMatching(/^<uid-2-/) })])
    await test({ sync, clock, reply })
    expect(w.filedOn(acme)).toHaveLength(25) // nothing else filed twice either
  } finally {
    await sync.stop()
  }
}

/** The server sends it again; the next pass, an hour later, asks for it (and the one after, another hour on). */
async function mendedAndAskedAgain(sync: { syncOnce(): Promise<unknown> }, clock: { now: number }): Promise<void> {
  await mend()
  clock.now += HOUR
  await sync.syncOnce()
  clock.now += HOUR
  await sync.syncOnce()
}

/** Once on the timeline, its text read. */
function onceWithText(reply: () => Array<{ snippet: string; textUnread?: boolean }>): void {
  expect(reply()).toHaveLength(1)
  expect(reply()[0]!.textUnread).toBeUndefined()
  expect(reply()[0]!.snippet).toContain(TEXT)
}

it('a reply without a Message-ID filed by its headers, archived on the phone, is filed once and takes its text when the server sends it', async () => {
  await filedByHeaders(async ({ sync, clock, reply }) => {
    await onPhone((phone) => phone.messageMove('2', 'Archive', { uid: true }))
    await sync.syncOnce() // the Archive's copy: still unreadable
    expect(reply()).toHaveLength(1)
    await mendedAndAskedAgain(sync, clock)
    onceWithText(reply)
  })
}, 180_000)

it('a reply without a Message-ID filed by its headers, archived on the phone once the server sends it again, is filed once with its text', async () => {
  await filedByHeaders(async ({ sync, clock, reply }) => {
    await mend()
    await onPhone((phone) => phone.messageMove('2', 'Archive', { uid: true }))
    await sync.syncOnce() // the Archive's copy, readable
    expect(reply()).toHaveLength(1)
    clock.now += HOUR
    await sync.syncOnce()
    onceWithText(reply)
  })
}, 180_000)

it('a reply without a Message-ID filed by its headers takes its text in place when the server sends it, and stays one when archived after', async () => {
  await filedByHeaders(async ({ sync, clock, reply }) => {
    await sync.syncOnce() // within the hour: not asked again
    expect(reply()).toEqual([expect.objectContaining({ textUnread: true })])
    await mend()
    clock.now += HOUR
    await sync.syncOnce()
    onceWithText(reply)
    await onPhone((phone) => phone.messageMove('2', 'Archive', { uid: true }))
    await sync.syncOnce()
    clock.now += HOUR
    await sync.syncOnce()
    onceWithText(reply)
  })
}, 180_000)

it.each([
  { box: 'Archive', by: 'a rule' },
  { box: 'Jobs', by: 'a rule' },
  { box: 'Sent', by: 'a client that keeps what it forwards' }
])(
  'a reply without a Message-ID filed by its headers, copied into $box by $by, is filed once and takes its text when the server sends it',
  async ({ box }) => {
    await filedByHeaders(
      async ({ sync, clock, reply }) => {
        await onPhone((phone) => phone.messageCopy('2', box, { uid: true }))
        await sync.syncOnce() // the copy: still unreadable
        expect(reply()).toHaveLength(1)
        await mendedAndAskedAgain(sync, clock)
        onceWithText(reply)
      },
      box === 'Jobs' ? box : undefined
    )
  },
  180_000
)

it('a reply without a Message-ID filed with its text, copied into the Archive where the server cannot send its body, is filed once', async () => {
  await seedReplies()
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  const { account } = await w.services.addAccount(loopbackAccount(w.mail))
  const clock = { now }
  const state = { damaged: true }
  const sync = syncOnClock(account, clock, damagingBody(state))
  const reply = () => w.filedOn(acme).filter((m) => m.subject === SUBJECT)
  try {
    await sync.syncOnce() // read whole
    expect(reply()).toEqual([expect.objectContaining({ messageId: expect.stringMatching(/^<sha1-/) })])
    await onPhone((phone) => phone.messageCopy('2', 'Archive', { uid: true }))
    state.damaged = false // the Archive's pass: its headers come, then not its body
    await sync.syncOnce()
    expect(state.damaged).toBe(true)
    expect(reply()).toHaveLength(1)
    await mend()
    clock.now += HOUR
    await sync.syncOnce()
    clock.now += HOUR
    await sync.syncOnce()
    onceWithText(reply)
  } finally {
    await sync.stop()
  }
}, 180_000)
