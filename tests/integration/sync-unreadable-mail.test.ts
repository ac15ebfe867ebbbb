/**
 * A message the server cannot send (its file damaged or unreadable on the server) took its
 * mailbox down for good: Dovecot drops the connection on the FETCH that asks for it (Gmail,
 * Yahoo and Office 365 answer NO), every pass failed, and no later reply in that mailbox was
 * ever filed. Now the pass finds the message, leaves it out, and files the rest; a message
 * whose headers could not be had is listed under "not filed" with where to find it. Real
 * Dovecot, with one maildir file made unreadable to it (mode 000, the server's own uid).
 */
import { chmod, chown, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Account } from '../../src/shared/accounts'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { FETCH_HEADERS } from '../../src/main/mail/sync/header-message'
import { waitFor } from './sync-support'
import { makeMessage, seedMaildir } from '../support/maildir'
import { makePdf, mailWithAttachment } from '../support/make-pdf'
import { loopbackAccount, servicesIn, startMailWorld, type MailWorld } from '../support/services'
import type { AppServices } from '../../src/main/services'
import type { MessageRef } from '../../src/shared/model'
import type { ImapFlow } from 'imapflow'

const DAY = 86_400_000
let w: MailWorld
const now = Date.now()
const me = () => `candidate@${w.mail.domain}`
const id = (n: number) => `<reply-${n}-${now}@acmerobotics.test>`

beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

/**
 * `count` replies from Acme, oldest first, in the INBOX's cur/ (file names sort as the UIDs do); `edit` may change the
 * raw text of the one numbered n (1-based).
 */
async function seedReplies(count: number, edit: (raw: string, n: number) => string = (raw) => raw): Promise<void> {
  await seedMaildir(
    w.mail,
    'candidate',
    Array.from({ length: count }, (_, k) => ({
      raw: edit(
        makeMessage({
          from: 'dana@acmerobotics.test',
          to: me(),
          subject: `Interview, part ${k + 1}`,
          messageId: id(k + 1),
          date: new Date(now - (count + 2 - k) * DAY),
          body: `Could you meet the team on Tuesday? (${k + 1})`
        }),
        k + 1
      ),
      date: new Date(now - (count + 2 - k) * DAY)
    }))
  )
}

/** Makes the `n`th message (1-based) of the INBOX unreadable to the server. */
async function damage(n: number): Promise<void> {
  const cur = join(w.mail.user('candidate').maildir, 'cur')
  const files = (await readdir(cur)).sort()
  await chmod(join(cur, files[n - 1]!), 0)
}

/**
 * A hook after which the server sends the `n`th message's headers, then cannot read it for its body (damaged
 * meanwhile, as a server can be): at the first FETCH of bodies alone, once (`state.damaged`).
 */
function damagingBodyOf(n: number | number[], state: { damaged: boolean }): (client: ImapFlow) => void {
  return (client) => {
    const fetch = client.fetch.bind(client)
    client.fetch = ((range: string, items: { source?: unknown; headers?: unknown }, options: unknown) => {
      if (!state.damaged && items.source && !items.headers) {
        state.damaged = true
        return (async function* () {
          for (const k of [n].flat()) await damage(k)
          yield* fetch(range, items as never, options as never)
        })()
      }
      return fetch(range, items as never, options as never)
    }) as typeof client.fetch
  }
}

/** Adds the account and runs one sync whose connections (the pass's and any follow-up's) `hook` sees first. */
async function syncWith(hook: (client: ImapFlow) => void): Promise<Account> {
  const { account } = await w.services.addAccount(loopbackAccount(w.mail))
  const sync = syncOnClock(account, { now: Date.now() }, hook)
  try {
    await sync.syncOnce()
  } finally {
    await sync.stop()
  }
  return account
}

const track = () => w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
const filed = (app: string) => w.filedOn(app).map((m) => m.messageId)
const notFiled = async (account: Account) =>
  (await w.services.listAccounts(undefined)).accounts
    .find((a) => a.id === account.id)
    ?.skipped?.filter((i) => i.subject === '(could not be read)') ?? []
const failures = async () => ((await readFile(w.mail.logPath, 'utf8')).match(/FETCH failed|Internal error/gi) ?? []).length

it('files the replies around one the server cannot send, says where that one is, and does not ask for it again', async () => {
  await seedReplies(3)
  const acme = await track()
  await damage(2)
  const told: string[] = [] // what `afterview sync` prints of skipped mail
  w.services.mail.sync.onSkipped(({ item }) => told.push(item.reason))
  const account = await w.connectAndSync()
  expect(filed(acme)).toEqual([id(1), id(3)])
  expect(told).toEqual([expect.stringContaining('failed to send this message (number 2 in INBOX)')])
  const listed = await notFiled(account)
  expect(listed).toHaveLength(1)
  expect(Date.parse(listed[0]!.date)).toBeGreaterThan(now - 10 * DAY) // where to look for it in another mail program
  expect(listed[0]!.reason).toMatch(/mail server failed to send this message \(number 2 in INBOX\).*usual mail program/)

  // The next reply is filed, and the server is not asked for the unreadable message again.
  const before = await failures()
  const fresh = `<fresh-${now}@acmerobotics.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({ from: 'dana@acmerobotics.test', to: me(), subject: 'Tuesday', messageId: fresh, body: 'See you at 10.' })
  )
  await w.services.mail.sync.syncOnce([account])
  expect(filed(acme)).toEqual([id(1), id(3), fresh])
  expect(await failures()).toBe(before)
}, 120_000)

it('gets past a first scan where the server stops at each of seven messages it cannot send, in one sync', async () => {
  await seedReplies(30) // more than come whole with their headers: headers first, then the bodies
  const acme = await track()
  const bad = [2, 3, 4, 5, 6, 7, 8]
  for (const n of bad) await damage(n)
  const account = await w.connectAndSync()
  expect(filed(acme)).toEqual(Array.from({ length: 30 }, (_, k) => k + 1).flatMap((n) => (bad.includes(n) ? [] : [id(n)])))
  expect(await notFiled(account)).toHaveLength(7)
}, 120_000)

it('files by its headers a reply whose body the server cannot send, says so, and does not ask for it at every sync', async () => {
  await seedReplies(25) // headers first, then the bodies
  const acme = await track()
  const state = { damaged: false }
  const account = await syncWith(damagingBodyOf(2, state))
  expect(state.damaged).toBe(true)
  expect(filed(acme)).toEqual(Array.from({ length: 25 }, (_, k) => id(k + 1)))
  expect(w.filedOn(acme)[1]!.subject).toBe('Interview, part 2') // filed by its headers
  expect(w.filedOn(acme)[1]!.textUnread).toBe(true) // and the timeline says its text could not be read
  expect(w.filedOn(acme)[0]!.textUnread).toBeUndefined()
  expect(await notFiled(account)).toEqual([])
  const before = await failures()
  await w.services.mail.sync.syncOnce([account])
  expect(await failures()).toBe(before)
}, 120_000)

it('marks nothing unreadable when the connection merely drops, and files everything on the next sync', async () => {
  await seedReplies(3)
  const acme = await track()
  let drops = 2 // the pass's FETCH, then the follow-up's: a flaky network, not a message
  await expect(
    syncWith((client) => {
      const fetch = client.fetch.bind(client)
      client.fetch = ((range: string, items: never, options: never) => {
        if (drops-- > 0) setImmediate(() => (client as unknown as { socket?: { destroy(): void } }).socket?.destroy())
        return fetch(range, items, options)
      }) as typeof client.fetch
    })
  ).rejects.toThrow()
  const [account] = (await w.services.listAccounts(undefined)).accounts
  expect(await notFiled(account!)).toEqual([])
  await w.services.mail.sync.syncOnce([account!])
  expect(filed(acme)).toEqual([id(1), id(2), id(3)])
}, 120_000)

it('files from its headers a reply whose body the server cannot send, found by an application added later', async () => {
  await seedReplies(3)
  const account = await w.connectAndSync() // no application yet: headers read (and cached by the server), nothing filed
  await damage(2)
  const acme = await track()
  await w.services.mail.sync.syncOnce([account])
  expect(filed(acme)).toEqual([id(1), id(2), id(3)])
  expect(w.filedOn(acme)[1]!.subject).toBe('Interview, part 2')
  expect(await notFiled(account)).toEqual([]) // it is on the timeline: nothing to tell
}, 120_000)

it('files at once, by its headers, such a reply when the application is added while the app runs', async () => {
  await seedReplies(3)
  const account = await w.connectAndSync() // no application yet: headers read (and cached by the server), nothing filed
  await damage(2)
  const acme = await track()
  expect(await w.services.mail.sync.fileEarlier([account])).toBe(3) // as the app does on saving it: not at the next pass
  expect(filed(acme)).toEqual([id(1), id(2), id(3)])
  expect(w.filedOn(acme)[1]!.textUnread).toBe(true)
}, 120_000)

it('does the same where the server answers NO and keeps the connection (as Gmail does)', async () => {
  await w.mail.stopDovecot()
  const conf = join(w.mail.dir, 'dovecot.conf')
  await writeFile(conf, `${await readFile(conf, 'utf8')}\nimap_fetch_failure = no-after\n`)
  await w.mail.startDovecot()
  await seedReplies(3)
  const acme = await track()
  await damage(2)
  const account = await w.connectAndSync()
  expect(filed(acme)).toEqual([id(1), id(3)])
  expect(await notFiled(account)).toHaveLength(1)
}, 120_000)

it('keeps watching, and files the next reply, after new mail the server cannot send', async () => {
  await seedReplies(1)
  const acme = await track()
  const account = await w.connectAndSync()
  const watcher = w.accountSync(account)
  try {
    void watcher.watch()
    await waitFor(() => watcher.status.state === 'watching', 10_000)
    // New mail whose file the server cannot read, as if delivered damaged, then a good reply.
    const raw = makeMessage({ from: 'dana@acmerobotics.test', to: me(), subject: 'Damaged', messageId: id(2), body: 'Lost' })
    // Written to tmp/ and moved into new/ as maildir delivery does: the watching server takes it from new/ at once.
    const maildir = w.mail.user('candidate').maildir
    const name = `${Math.floor(now / 1000)}.M1P1.damaged,S=${Buffer.byteLength(raw)}`
    await writeFile(join(maildir, 'tmp', name), raw)
    await chown(join(maildir, 'tmp', name), w.mail.mailOwner.uid, w.mail.mailOwner.gid)
    await chmod(join(maildir, 'tmp', name), 0)
    await rename(join(maildir, 'tmp', name), join(maildir, 'new', name))
    await waitFor(() => w.services.mail.ctx.store.syncState.get(`${account.id}.inbox`)?.unreadable?.length, 20_000)
    await waitFor(() => watcher.status.state === 'watching', 10_000)
    // Two good replies at once, once it is left out: both are read now, not at the next look at Sent minutes later.
    const fresh = [`<fresh-a-${now}@acmerobotics.test>`, `<fresh-b-${now}@acmerobotics.test>`]
    for (const [k, messageId] of fresh.entries())
      await w.mail.deliver(
        'candidate',
        makeMessage({ from: 'dana@acmerobotics.test', to: me(), subject: `Tuesday ${k}`, messageId, body: 'See you at 10.' })
      )
    await waitFor(() => fresh.every((m) => filed(acme).includes(m)), 20_000)
    expect(filed(acme)).toEqual([id(1), ...fresh])
    expect(await notFiled(account)).toHaveLength(1)
    await waitFor(() => watcher.status.state === 'watching', 10_000)
  } finally {
    await watcher.stop()
  }
}, 120_000)

it('leaves nothing out when the server cannot send any message, and files them all once it can', async () => {
  await seedReplies(3)
  const acme = await track()
  for (const n of [1, 2, 3]) await damage(n)
  await expect(w.connectAndSync()).rejects.toThrow()
  const [account] = (await w.services.listAccounts(undefined)).accounts
  expect(await notFiled(account!)).toEqual([])
  const cur = join(w.mail.user('candidate').maildir, 'cur')
  for (const f of await readdir(cur)) await chmod(join(cur, f), 0o600)
  await w.services.mail.sync.syncOnce([account!])
  expect(filed(acme)).toEqual([id(1), id(2), id(3)])
}, 120_000)

/** Makes the `n`th message (1-based) of the INBOX readable again, as a mended server copy is. */
async function mend(n: number): Promise<void> {
  const cur = join(w.mail.user('candidate').maildir, 'cur')
  const files = (await readdir(cur)).sort()
  await chmod(join(cur, files[n - 1]!), 0o600)
}

/** A new reply from Dana, delivered now; its Message-ID. */
async function deliverFresh(): Promise<string> {
  const fresh = `<fresh-${now}@acmerobotics.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({ from: 'dana@acmerobotics.test', to: me(), subject: 'Tuesday', messageId: fresh, body: 'See you at 10.' })
  )
  return fresh
}

/** The account's mailbox state as its file says now (another process's writes too). */
const onDisk = (account: Account) => w.services.mail.ctx.store.syncState.current(`${account.id}.inbox`)

/**
 * An account's sync on a clock of the test's own (asking again waits for the clock); `hook` sees each connection
 * first; on `services`' store and filer (another's: another process on the same data folder).
 */
function syncOnClock(
  account: Account,
  clock: { now: number },
  hook?: (client: ImapFlow) => void,
  services: AppServices = w.services
): AccountSync {
  return new (class extends AccountSync {
    override async connect(): Promise<ImapFlow> {
      const client = await super.connect()
      hook?.(client)
      return client
    }
  })(account, {
    store: services.mail.ctx.store,
    filer: services.mail.sync.filer,
    secret: async () => w.mail.password,
    now: () => clock.now
  })
}

/**
 * A hook whose connections drop at the pass's own FETCH of `range` (it asks for the date too;
 * asking again alone does not), `drop.times` times.
 */
function droppingFetchOf(range: string, drop: { times: number }): (client: ImapFlow) => void {
  return (client) => {
    const fetch = client.fetch.bind(client)
    client.fetch = ((asked: string, items: { internalDate?: boolean }, options: never) => {
      const fetched = fetch(asked, items as never, options)
      if (items.internalDate && asked === range && drop.times > 0) {
        drop.times--
        // Asked, and the connection drops before the answer is read. On a timer (setImmediate), a busy machine
        // sometimes read the whole answer first, and the pass went through.
        ;(client as unknown as { socket?: { destroy(): void } }).socket?.destroy()
      }
      return fetched
    }) as typeof client.fetch
  }
}

const HOUR = 3_600_000

/** `count` replies from Acme (tracked), those numbered `damaged` unreadable, then `test` with the account's sync on a clock of its own. */
async function onClock(
  count: number,
  damaged: number[],
  test: (t: { acme: string; account: Account; clock: { now: number }; sync: AccountSync }) => Promise<void>,
  make: (account: Account, clock: { now: number }) => AccountSync = syncOnClock,
  edit?: (raw: string, n: number) => string
): Promise<void> {
  await seedReplies(count, edit)
  const acme = await track()
  for (const n of damaged) await damage(n)
  const { account } = await w.services.addAccount(loopbackAccount(w.mail))
  const clock = { now }
  const sync = make(account, clock)
  try {
    await test({ acme, account, clock, sync })
  } finally {
    await sync.stop()
  }
}

/**
 * 25 replies from Acme (tracked), the second filed by its headers (its body damaged between the header and the body
 * fetch of a first sync); then `test`, on the account's sync on a clock of its own.
 */
async function withReplyFiledByHeaders(
  test: (t: { acme: string; account: Account; clock: { now: number }; sync: AccountSync; second: () => MessageRef }) => Promise<void>,
  /** hook: sees each connection too, after the damaging one; edit: as seedReplies's. */
  more: { hook?: (client: ImapFlow) => void; edit?: (raw: string, n: number) => string } = {}
): Promise<void> {
  const state = { damaged: false }
  await onClock(
    25,
    [],
    async (t) => {
      await t.sync.syncOnce()
      const second = () => w.filedOn(t.acme)[1]!
      expect(second().textUnread).toBe(true)
      await test({ ...t, second })
    },
    (account, clock) =>
      syncOnClock(account, clock, (client) => {
        damagingBodyOf(2, state)(client)
        more.hook?.(client)
      }),
    more.edit
  )
}

it('asks again an hour later for a message the server could not send, and files it once the server sends it', async () => {
  await onClock(3, [2], async ({ acme, account, clock, sync }) => {
    await sync.syncOnce()
    expect(filed(acme)).toEqual([id(1), id(3)])
    expect(await notFiled(account)).toHaveLength(1)
    await mend(2) // Gmail's "Some messages could not be FETCHed" often passes; a server's copy may be restored

    clock.now += HOUR / 2 // not yet: a message still unreadable would cost a failed FETCH on every sync
    const before = await failures()
    await sync.syncOnce()
    expect(filed(acme)).toEqual([id(1), id(3)])
    expect(await failures()).toBe(before)

    clock.now += HOUR / 2
    await sync.syncOnce()
    expect(filed(acme)).toEqual([id(1), id(2), id(3)]) // in its place on the timeline
    expect(await notFiled(account)).toEqual([]) // on the timeline now: no longer listed as not filed
    expect(w.services.mail.ctx.store.syncState.get(`${account.id}.inbox`)?.unreadable).toBeUndefined()
  })
}, 120_000)

it('keeps a message the server still cannot send an hour later listed once, and the sync whole', async () => {
  await onClock(3, [2], async ({ acme, account, clock, sync }) => {
    await sync.syncOnce()
    const fresh = await deliverFresh()
    clock.now += HOUR
    const before = await failures()
    await sync.syncOnce() // asked again, refused again: found again, and the pass runs on without it
    expect(await failures()).toBeGreaterThan(before)
    expect(filed(acme)).toEqual([id(1), id(3), fresh])
    expect(await notFiled(account)).toHaveLength(1)
    expect(sync.status.state).not.toBe('error')

    const after = await failures()
    clock.now += HOUR / 2
    await sync.syncOnce()
    expect(await failures()).toBe(after) // not asked again for another hour
  })
}, 120_000)

it('files a mended reply an hour later even while another in the same mailbox stays unreadable', async () => {
  await onClock(5, [2, 4], async ({ acme, account, clock, sync }) => {
    await sync.syncOnce()
    expect(filed(acme)).toEqual([id(1), id(3), id(5)])
    await mend(2)
    clock.now += HOUR
    await sync.syncOnce()
    expect(filed(acme)).toEqual([id(1), id(2), id(3), id(5)])
    const listed = await notFiled(account)
    expect(listed).toHaveLength(1)
    expect(listed[0]!.reason).toContain('number 4 in INBOX')
  })
}, 120_000)

it('asks again for many unreadable messages in turns, without failing the sync or asking at every start', async () => {
  await onClock(
    23,
    Array.from({ length: 21 }, (_, k) => k + 2),
    async ({ acme, account, clock, sync }) => {
      // 21: more than are asked again at once
      await sync.syncOnce()
      expect(filed(acme)).toEqual([id(1), id(23)])
      expect(await notFiled(account)).toHaveLength(21)
      await mend(22)
      clock.now += HOUR
      await sync.syncOnce() // the first 20 asked, still unreadable: the sync is whole
      expect(sync.status.state).not.toBe('error')
      expect(filed(acme)).toEqual([id(1), id(23)])
      const before = await failures()
      const restarted = syncOnClock(account, clock) // a new process, as `afterview sync` is: not asked again within the hour
      try {
        await restarted.syncOnce()
      } finally {
        await restarted.stop()
      }
      expect(await failures()).toBe(before)
      clock.now += HOUR - 60_000 // a sync every hour, whose last pass took note of its asking a minute late
      await sync.syncOnce() // the next turn: the 21st, mended meanwhile
      expect(filed(acme)).toEqual([id(1), id(22), id(23)])
      expect(await notFiled(account)).toHaveLength(20)
    }
  )
}, 180_000)

it('asks again for only a few seconds at a time, and what it did not reach is first in turn an hour later', async () => {
  let asks = 0
  // A far server: each message asked for alone (no date asked, unlike the pass's own FETCH) answers after 400 ms.
  const slow = (client: ImapFlow) => {
    const fetch = client.fetch.bind(client)
    client.fetch = ((range: string, items: { internalDate?: boolean; source?: unknown }, options: never) => {
      if (!items.internalDate && items.source) {
        asks++
        return (async function* () {
          await new Promise((resolve) => setTimeout(resolve, 400))
          yield* fetch(range, items as never, options)
        })()
      }
      return fetch(range, items as never, options)
    }) as typeof client.fetch
  }
  await onClock(
    23,
    Array.from({ length: 21 }, (_, k) => k + 2),
    async ({ account, clock, sync }) => {
      await sync.syncOnce()
      clock.now += HOUR
      asks = 0
      const started = Date.now()
      await sync.syncOnce()
      expect(asks).toBeGreaterThan(0)
      expect(asks).toBeLessThan(20) // not all twenty: the watched inbox waits for this
      expect(Date.now() - started).toBeLessThan(8_000)
      const order = w.services.mail.ctx.store.syncState.get(`${account.id}.inbox`)!.unreadable!
      expect(order).toHaveLength(21)
      expect(order[0]).toBe(2 + asks) // the first not reached, first in turn
      expect(order.slice(-asks)).toEqual(Array.from({ length: asks }, (_, k) => k + 2)) // those asked, last
    },
    (account, clock) => syncOnClock(account, clock, slow)
  )
}, 180_000)

it('reads the body of a reply once it comes, after asking again found only its headers and the pass then failed', async () => {
  const drop = { times: 0 }
  const make = (account: Account, clock: { now: number }) => syncOnClock(account, clock, droppingFetchOf('2', drop))
  await onClock(
    3,
    [2],
    async ({ acme, clock, sync }) => {
      await sync.syncOnce()
      expect(filed(acme)).toEqual([id(1), id(3)])
      // The server comes to know its headers (read once while it could be), then cannot read the file again.
      await mend(2)
      const reader = await w.mail.imapClient('candidate')
      try {
        await reader.mailboxOpen('INBOX', { readOnly: true })
        for await (const m of reader.fetch('2', { uid: true, headers: FETCH_HEADERS }, { uid: true })) void m
      } finally {
        await reader.logout()
      }
      await damage(2)
      clock.now += HOUR
      drop.times = 1
      await expect(sync.syncOnce()).rejects.toThrow() // its headers came alone, then the pass's connection dropped
      expect(filed(acme)).toEqual([id(1), id(3)])
      await mend(2)
      clock.now += HOUR
      await sync.syncOnce()
      expect(filed(acme)).toEqual([id(1), id(2), id(3)])
      expect(w.filedOn(acme)[1]!.snippet).toContain('Could you meet the team on Tuesday? (2)') // read whole, not by its headers
    },
    make
  )
}, 120_000)

it('asks first, the next hour, for a reply that came when asked again but was lost with its pass', async () => {
  const drop = { times: 0 }
  const make = (account: Account, clock: { now: number }) => syncOnClock(account, clock, droppingFetchOf('2', drop))
  await onClock(
    23,
    Array.from({ length: 21 }, (_, k) => k + 2), // more than are asked again at once
    async ({ acme, clock, sync }) => {
      await sync.syncOnce()
      expect(filed(acme)).toEqual([id(1), id(23)])
      await mend(2)
      clock.now += HOUR
      drop.times = 1
      await expect(sync.syncOnce()).rejects.toThrow() // message 2 came when asked again, then the pass's connection dropped
      expect(filed(acme)).toEqual([id(1), id(23)])
      clock.now += HOUR
      await sync.syncOnce() // not put behind the twenty still unreadable: asked first, and filed
      expect(filed(acme)).toEqual([id(1), id(2), id(23)])
    },
    make
  )
}, 180_000)

it('reads the text of a reply filed by its headers once the server sends it, an hour later, and understands it', async () => {
  await withReplyFiledByHeaders(async ({ acme, account, clock, sync, second }) => {
    expect(second().snippet).toBe('')
    expect(second()).toMatchObject({ category: 'update', needsAnswer: false }) // all the subject tells
    expect(second().facts).toBeUndefined() // and nothing of when they answer: the text was not read
    await mend(2)
    clock.now += HOUR / 2
    await sync.syncOnce()
    expect(second().textUnread).toBe(true) // not asked again within the hour
    clock.now += HOUR / 2
    await sync.syncOnce()
    expect(second().textUnread).toBeUndefined()
    expect(second().snippet).toContain('Could you meet the team on Tuesday? (2)')
    expect(filed(acme)).toEqual(Array.from({ length: 25 }, (_, k) => id(k + 1))) // completed in place, not filed twice
    expect(second()).toMatchObject({ category: 'interview_request', needsAnswer: true }) // what its text asks
    expect(second().facts?.replyTo?.email).toBe('dana@acmerobotics.test')
    expect(w.services.mail.ctx.store.syncState.get(`${account.id}.inbox`)?.noBody).toBeUndefined() // not asked again
  })
}, 120_000)

it('asks again each hour for the text of a reply filed by its headers while the server still cannot send it', async () => {
  await withReplyFiledByHeaders(async ({ acme, clock, sync }) => {
    const fresh = await deliverFresh()
    clock.now += HOUR
    const before = await failures()
    await sync.syncOnce() // asked, refused again: the entry stays as it is, and the pass files the new reply
    expect(await failures()).toBeGreaterThan(before)
    expect(sync.status.state).not.toBe('error')
    expect(w.filedOn(acme)[1]!.textUnread).toBe(true)
    expect(filed(acme)).toContain(fresh)
    const after = await failures()
    clock.now += HOUR / 2
    await sync.syncOnce()
    expect(await failures()).toBe(after) // not asked again for another hour
    await mend(2)
    clock.now += HOUR / 2
    await sync.syncOnce()
    expect(w.filedOn(acme)[1]!.textUnread).toBeUndefined()
  })
}, 120_000)

it('gives up asking for the text of a reply whose body comes but cannot be read, and keeps saying so on the timeline', async () => {
  // The server sends the mended mail's body empty (a truncated copy): mailparser has nothing to read in it.
  const broken = { on: false, asked: 0 }
  const emptyingBodyOf2 = (client: ImapFlow) => {
    const fetch = client.fetch.bind(client)
    client.fetch = ((range: string, items: { source?: unknown; headers?: unknown }, options: never) => {
      const fetched = fetch(range, items as never, options)
      if (!broken.on || !items.source) return fetched
      return (async function* () {
        for await (const m of fetched) {
          if (m.uid === 2) broken.asked++
          yield m.uid === 2 ? { ...m, source: Buffer.alloc(0) } : m
        }
      })()
    }) as typeof client.fetch
  }
  await withReplyFiledByHeaders(
    async ({ account, clock, sync, second }) => {
      await mend(2)
      broken.on = true
      clock.now += HOUR
      await sync.syncOnce()
      expect(broken.asked).toBeGreaterThan(0) // asked, and it came
      expect(sync.status.state).not.toBe('error')
      expect(second().textUnread).toBe(true) // still says its text could not be read
      expect(onDisk(account)?.noBody).toBeUndefined() // and is off the list: read whole, it cannot be read better later
      const asked = broken.asked
      clock.now += HOUR
      await sync.syncOnce()
      expect(broken.asked).toBe(asked) // not asked for again, every hour, for ever
      expect(second().textUnread).toBe(true)
    },
    { hook: emptyingBodyOf2 }
  )
}, 120_000)

/** As seedReplies's edit: reply 2 is Dana's offer, in a 600 KB letter (the mail is over the 512 KB a body is first read to). */
function offerAsSecond(raw: string, n: number): string {
  if (n !== 2) return raw
  const letter = makePdf(
    ['Offer of employment', 'Please confirm your acceptance by signing and returning this letter by 18 December 2026.'],
    {
      paddingBytes: 600_000
    }
  )
  return mailWithAttachment(letter, { filename: 'offer.pdf' })
    .replace('Dana Whitfield <dana@acme-robotics.example>', 'Dana Whitfield <dana@acmerobotics.test>')
    .replace('Sam Candidate <candidate@mail.candidate.example>', me())
    .replace('Subject: Your letter', 'Subject: Your offer')
    .replace('<offer-letter-1@acme-robotics.example>', id(2))
    .replace('Mon, 30 Nov 2026 10:15:00 +0000', /^Date: (.*)$/m.exec(raw)![1]!.trim()) // in its place on the timeline
}

it('reads the PDF letter of a large reply filed by its headers, once the server sends it', async () => {
  await withReplyFiledByHeaders(
    async ({ clock, sync, second }) => {
      expect(second().subject).toBe('Your offer')
      await mend(2)
      clock.now += HOUR
      await sync.syncOnce()
      expect(second().textUnread).toBeUndefined()
      expect(second()).toMatchObject({ category: 'offer', facts: { candidateDeadline: '2026-12-18' } })
    },
    { edit: offerAsSecond }
  )
}, 120_000)

it('reads the text of replies filed by their headers when the server will not send one of them whole', async () => {
  await seedReplies(25, offerAsSecond)
  const acme = await track()
  const { account } = await w.services.addAccount(loopbackAccount(w.mail))
  const clock = { now }
  // The server sends the offer's first 512 KB, and answers NO for the whole of it (as Gmail does: "Some messages could
  // not be FETCHed"; Dovecot, once a read failed, refuses the shorter read too).
  const wholeRefused = { on: false, asked: 0 }
  const refusingWholeOf2 = (client: ImapFlow) => {
    const fetch = client.fetch.bind(client)
    client.fetch = ((range: string, items: { source?: { maxLength?: number } }, options: never) => {
      if (!wholeRefused.on || !range.split(/[,:]/).includes('2') || (items.source?.maxLength ?? 0) <= 512 * 1024)
        return fetch(range, items as never, options)
      wholeRefused.asked++
      const refused = Object.assign(new Error('Command failed'), {
        responseStatus: 'NO',
        responseText: 'Some messages could not be FETCHed (Failure)'
      })
      return {
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(refused) })
      }
    }) as typeof client.fetch
  }
  const state = { damaged: false }
  const sync = syncOnClock(account, clock, (client) => {
    damagingBodyOf([2, 3], state)(client)
    refusingWholeOf2(client)
  })
  const entry = (n: number) => w.filedOn(acme).find((m) => m.messageId === id(n))!
  try {
    await sync.syncOnce()
    expect(entry(2)).toMatchObject({ subject: 'Your offer', textUnread: true })
    expect(entry(3).textUnread).toBe(true)
    await mend(2)
    await mend(3)
    wholeRefused.on = true
    clock.now += HOUR
    await sync.syncOnce()
    expect(wholeRefused.asked).toBeGreaterThan(0)
    expect(entry(3).textUnread).toBeUndefined() // not held back by the other
    expect(entry(3).snippet).toContain('Could you meet the team on Tuesday? (3)')
    expect(entry(2).textUnread).toBeUndefined() // its text, without the letter
    expect(entry(2).snippet).toContain('Please find the attached letter')
    expect(onDisk(account)?.noBody).toBeUndefined()
  } finally {
    await sync.stop()
  }
}, 120_000)

it('reads the text of a reply filed by its headers after the mailbox was renumbered (UIDVALIDITY)', async () => {
  await withReplyFiledByHeaders(async ({ acme, account, clock, sync, second }) => {
    expect(w.services.mail.ctx.store.syncState.get(`${account.id}.inbox`)?.noBody).toEqual([2])
    await mend(2) // the server is mended, and renumbers its mailbox
    await w.mail.resetUidValidity('candidate')
    clock.now += HOUR
    await sync.syncOnce() // every message read again: the timeline says which text is still to be read
    expect(second().textUnread).toBeUndefined()
    expect(second().snippet).toContain('Could you meet the team on Tuesday? (2)')
    expect(filed(acme)).toEqual(Array.from({ length: 25 }, (_, k) => id(k + 1)))
  })
}, 120_000)

it('reads the text of a reply without a Message-ID, filed by its headers, once the server sends it', async () => {
  await seedReplies(25, (raw, n) => (n === 2 ? raw.replace(/^Message-ID:.*\r?\n/im, '') : raw))
  const acme = await track()
  const { account } = await w.services.addAccount(loopbackAccount(w.mail))
  const clock = { now }
  const sync = syncOnClock(account, clock, damagingBodyOf(2, { damaged: false }))
  try {
    await sync.syncOnce()
    const second = () => w.filedOn(acme).find((m) => m.subject === 'Interview, part 2')!
    expect(second().textUnread).toBe(true)
    await mend(2)
    clock.now += HOUR
    await sync.syncOnce()
    expect(w.filedOn(acme)).toHaveLength(25) // completed, not filed a second time under another made-up Message-ID
    expect(second().textUnread).toBeUndefined()
    expect(second().snippet).toContain('Could you meet the team on Tuesday? (2)')
  } finally {
    await sync.stop()
  }
}, 120_000)

/**
 * 25 replies from Acme (not tracked yet), and the account; then `test` with a second services (another process, as
 * `afterview sync` is: a store and a filer of its own on the same data folder) and `sync`, which makes an account's
 * sync on either; all stopped at the end.
 */
async function twoProcesses(
  test: (t: {
    account: Account
    clock: { now: number }
    other: AppServices
    sync: (hook?: (client: ImapFlow) => void, services?: AppServices) => AccountSync
  }) => Promise<void>
): Promise<void> {
  await seedReplies(25)
  const { account } = await w.services.addAccount(loopbackAccount(w.mail))
  const clock = { now }
  const other = servicesIn(w.data.dir)
  const started: AccountSync[] = []
  try {
    await test({
      account,
      clock,
      other,
      sync: (hook, services) => (started.push(syncOnClock(account, clock, hook, services)), started.at(-1)!)
    })
  } finally {
    for (const s of started) await s.stop()
    other.dispose()
  }
}

it('keeps asking for the text another process (afterview sync) filed by its headers while the app runs', async () => {
  await twoProcesses(async ({ account, clock, other, sync }) => {
    const app = sync() // the app: runs on
    await app.syncOnce() // no application yet: nothing filed
    const acme = await track()
    const state = { damaged: false }
    await sync(damagingBodyOf(2, state), other).syncOnce()
    expect(state.damaged).toBe(true)
    expect(onDisk(account)?.noBody).toEqual([2])
    // The app's store watches its folder: it sees the other process's filing within moments (here, before the hour).
    await waitFor(() => w.filedOn(acme)[1]?.textUnread, 5_000)
    await mend(2)
    clock.now += HOUR
    await app.syncOnce() // no new mail: the app reads what the other process listed, and asks for it in its hour
    expect(w.filedOn(acme)[1]!.textUnread).toBeUndefined()
    expect(w.filedOn(acme)[1]!.snippet).toContain('Could you meet the team on Tuesday? (2)')
  })
}, 120_000)

it('keeps what another process listed while the app was reading new mail', async () => {
  await twoProcesses(async ({ account, other, sync }) => {
    const state = { damaged: false }
    let acme = ''
    // While the app reads the new mail, the application is added and `afterview sync` files the earlier replies, one
    // by its headers, and writes that down.
    const meanwhile = (client: ImapFlow) => {
      const fetch = client.fetch.bind(client)
      client.fetch = ((range: string, items: { internalDate?: boolean }, options: never) => {
        if (!items.internalDate || !range.startsWith('26') || acme) return fetch(range, items as never, options)
        return (async function* () {
          acme = await track()
          await sync(damagingBodyOf(2, state), other).syncOnce()
          yield* fetch(range, items as never, options)
        })()
      }) as typeof client.fetch
    }
    const app = sync(meanwhile)
    await app.syncOnce()
    await w.mail.deliver('candidate', makeMessage({ from: 'news@example.net', to: me(), subject: 'Weekly news', body: 'Hi' }))
    await app.syncOnce()
    expect(state.damaged).toBe(true)
    const second = w.services.mail.ctx.store.applications.current(acme)!.events.flatMap((e) => (e.message ? [e.message] : []))[1]
    expect(second!.textUnread).toBe(true) // filed by the other process
    expect(onDisk(account)?.noBody).toEqual([2]) // the app's write after it merged, under the file's lock
  })
}, 120_000)

it('opens in full a reply filed by its headers once the server sends it, and the timeline takes its text', async () => {
  await seedReplies(25)
  const acme = await track()
  await syncWith(damagingBodyOf(2, { damaged: false }))
  const second = () => w.filedOn(acme)[1]!
  const open = () => w.services.getMessage({ applicationId: acme, messageId: second().messageId })
  await expect(open()).rejects.toThrow('Your mail server could not send this message just now') // in plain words
  await mend(2)
  expect((await open()).text).toContain('Could you meet the team on Tuesday? (2)')
  expect(second().textUnread).toBeUndefined() // not an hour later: now, as the user reads it
  expect(second().snippet).toContain('Could you meet the team on Tuesday? (2)')
}, 120_000)

it('opens in full a reply without a Message-ID, read whole or filed by its headers', async () => {
  // Some hiring systems send none: the sync files such mail under an id it makes (from its text, or its UID and date).
  await seedReplies(25, (raw, n) => (n === 1 || n === 2 ? raw.replace(/^Message-ID:.*\r?\n/im, '') : raw)) // bodies apart
  const acme = await track()
  await syncWith(damagingBodyOf(2, { damaged: false }))
  const reply = (n: number) => w.filedOn(acme).find((m) => m.subject === `Interview, part ${n}`)!
  const open = (n: number) => w.services.getMessage({ applicationId: acme, messageId: reply(n).messageId })
  expect(reply(1).messageId).toMatch(/^<sha1-/)
  expect((await open(1)).text).toContain('Could you meet the team on Tuesday? (1)')
  expect(reply(2)).toMatchObject({ messageId: expect.stringMatching(/^<uid-2-/), textUnread: true })
  await mend(2)
  expect((await open(2)).text).toContain('Could you meet the team on Tuesday? (2)')
  expect(reply(2).textUnread).toBeUndefined() // and the timeline takes its text
  expect(w.filedOn(acme)).toHaveLength(25)
}, 120_000)

it('takes off the list what was unreadable before the mailbox was renumbered (UIDVALIDITY), once it is read', async () => {
  await seedReplies(3)
  const acme = await track()
  await damage(2)
  const account = await w.connectAndSync()
  expect(await notFiled(account)).toHaveLength(1)
  await mend(2)
  await w.mail.resetUidValidity('candidate') // the server renumbers the mailbox: every message is read again
  await w.services.mail.sync.syncOnce([account])
  expect(filed(acme)).toEqual([id(1), id(2), id(3)])
  expect(await notFiled(account)).toEqual([])
}, 120_000)

it('keeps listed what was unreadable before a renumbering when it has since left the look-back window', async () => {
  const old = new Date(now - 179 * DAY)
  const raw = makeMessage({ from: 'dana@acmerobotics.test', to: me(), subject: 'Old news', messageId: id(1), date: old, body: 'Hello' })
  await seedMaildir(w.mail, 'candidate', [{ raw, date: old }])
  await track()
  await damage(1)
  const { account } = await w.services.addAccount(loopbackAccount(w.mail))
  const clock = { now }
  const sync = syncOnClock(account, clock)
  try {
    await sync.syncOnce()
    expect(await notFiled(account)).toHaveLength(1)
    clock.now += 3 * DAY // it is older than the 180 days read now
    await w.mail.resetUidValidity('candidate')
    await sync.syncOnce()
    expect(await notFiled(account)).toHaveLength(1) // not read again, so still where to look for it
  } finally {
    await sync.stop()
  }
}, 120_000)

/** A hook counting askAgain's single asks (headers and source, no date: unlike the pass's FETCH and readWhole). */
function countingAsks(count: { asks: number }): (client: ImapFlow) => void {
  return (client) => {
    const fetch = client.fetch.bind(client)
    client.fetch = ((range: string, items: { internalDate?: boolean; source?: unknown; headers?: unknown }, options: never) => {
      if (!items.internalDate && items.source && items.headers) count.asks++
      return fetch(range, items as never, options)
    }) as typeof client.fetch
  }
}

it('waits its hour for mail found unreadable hours after the list emptied, rather than asking at once', async () => {
  const count = { asks: 0 }
  await onClock(
    3,
    [2],
    async ({ account, clock, sync }) => {
      await sync.syncOnce()
      await mend(2)
      clock.now += HOUR
      await sync.syncOnce() // asked, came: the lists are empty
      expect(onDisk(account)?.unreadable).toBeUndefined()
      expect(onDisk(account)?.unreadableTriedAt).toBeUndefined()
      clock.now += 2 * HOUR
      // New mail the server cannot read.
      const raw = makeMessage({ from: 'dana@acmerobotics.test', to: me(), subject: 'Damaged', messageId: id(4), body: 'Lost' })
      const maildir = w.mail.user('candidate').maildir
      const name = `${Math.floor(now / 1000) + 10}.M1P1.damaged,S=${Buffer.byteLength(raw)}`
      await writeFile(join(maildir, 'tmp', name), raw)
      await chown(join(maildir, 'tmp', name), w.mail.mailOwner.uid, w.mail.mailOwner.gid)
      await chmod(join(maildir, 'tmp', name), 0)
      await rename(join(maildir, 'tmp', name), join(maildir, 'new', name))
      count.asks = 0
      await sync.syncOnce()
      expect(onDisk(account)?.unreadable).toEqual([4])
      expect(count.asks).toBe(0) // just found: asked again an hour from now, not in the same sync
    },
    (account, clock) => syncOnClock(account, clock, countingAsks(count))
  )
}, 120_000)

it('asks once after the clock is set back, not at every pass', async () => {
  const count = { asks: 0 }
  await onClock(
    3,
    [2],
    async ({ clock, sync }) => {
      await sync.syncOnce()
      clock.now += 2 * HOUR
      await sync.syncOnce() // asked, refused
      expect(count.asks).toBe(1)
      clock.now -= 24 * HOUR // the clock set back a day
      await sync.syncOnce() // a time of asking ahead of the clock is no reason to wait: asked
      expect(count.asks).toBe(2)
      clock.now += 10 * 60_000
      await sync.syncOnce()
      clock.now += 10 * 60_000
      await sync.syncOnce()
      expect(count.asks).toBe(2) // not again for an hour
    },
    (account, clock) => syncOnClock(account, clock, countingAsks(count))
  )
}, 120_000)
