/**
 * What a `sync --once` asks the server after login (issue 14), counted on real Dovecot. The
 * first pass lists the mailboxes (with LIST-STATUS, what each holds in the same command);
 * later passes remember that list from the earlier pass (another process: a new AccountSync),
 * so with nothing new each mailbox costs one STATUS (on Dovecot far cheaper than LIST-STATUS),
 * and with new mail only what reads it follows. Every pass runs in a new AccountSync, as a
 * new `afterview sync --once` process would. Bodies of
 * many matched messages are read 1,000 at a time (bounded memory, command lines servers accept).
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ImapFlow } from 'imapflow'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { recordCommands, tapCommands } from '../support/tapped-sync'
import { onApplicationsWritten } from '../../src/main/store/application-writes'
import { makeMessage, seedMaildir } from '../support/maildir'
import { filed, syncWorld, type SyncWorld } from './sync-support'
import { servicesIn } from '../support/services'
import { openStore } from '../../src/main/store'
import { tempDataDir } from '../support/temp-dir'

let w: SyncWorld
beforeAll(async () => {
  w = await syncWorld()
})
afterAll(async () => {
  await w?.close()
})

/** One pass in a fresh AccountSync; returns the IMAP commands sent after login (LOGOUT left out). */
async function passCommands(
  options: { withoutListStatus?: boolean; commands?: string[]; opened?: (client: ImapFlow) => void } = {}
): Promise<string[]> {
  const commands: string[] = options.commands ?? []
  const sync = new AccountSync(w.account, {
    store: w.services.mail.ctx.store,
    filer: w.services.mail.sync.filer,
    secret: async () => w.mail.password
  })
  tapCommands(sync, w.mail.password, {
    ...recordCommands(commands),
    opened: (client) => {
      if (options.withoutListStatus) client.capabilities.delete('LIST-STATUS')
      options.opened?.(client)
    }
  })
  await sync.syncOnce()
  return commands
}

/** Dana (Kestrel Harbor's contact) writes to the candidate; returns the Message-ID. */
async function danaWrites(tag: string, subject: string, body: string): Promise<string> {
  const messageId = `<${tag}-${Date.now()}@kestrelharbor.test>`
  const from = { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' }
  await w.mail.deliver('candidate', makeMessage({ from, to: `candidate@${w.mail.domain}`, subject, messageId, body }))
  return messageId
}

describe('round trips of a sync pass', () => {
  it('asks each mailbox for its STATUS when nothing is new, and reads new mail when there is some', async () => {
    expect((await passCommands())[0]).toBe('LIST') // first scan: nothing remembered yet
    expect(filed(w.services, w.kestrel).length).toBeGreaterThan(0)

    // INBOX first: Dovecot answers its STATUS many times slower after a STATUS of another mailbox. (The Archive too:
    // mail archived on the phone before a pass saw it is read there; and Junk, where a reply may be, to tell of it.)
    expect(await passCommands()).toEqual(['STATUS INBOX', 'STATUS Sent', 'STATUS Archive', 'STATUS Junk'])

    const id = await danaWrites('round-trip', 'Next round', 'Could you do Tuesday at 10:00?')
    // The new message's envelope, headers and source come in one UID FETCH.
    // Junk is empty: its STATUS says so, and it is not opened.
    expect(await passCommands()).toEqual(['STATUS INBOX', 'STATUS Sent', 'STATUS Archive', 'EXAMINE', 'UID FETCH', 'STATUS Junk'])
    expect(filed(w.services, w.kestrel).some((m) => m.messageId === id)).toBe(true)

    expect(await passCommands()).toEqual(['STATUS INBOX', 'STATUS Sent', 'STATUS Archive', 'STATUS Junk'])
  })

  it('ends without waiting for the answer to LOGOUT, which the server still gets', async () => {
    // A sync --once process ends when nothing keeps it running: while it waited for that answer, the connection and
    // imapflow's 10 s LOGOUT timer did (one round trip more, 40-250 ms from a real server).
    // This pass's own session, from Dovecot's log: an earlier pass's logout may still be on its way there.
    const sessions = () =>
      [...readFileSync(w.mail.logPath, 'utf8').matchAll(/Login: user=<candidate>.*session=<([^>]+)>/g)].map((m) => m[1])
    const before = new Set(sessions())
    let client: (ImapFlow & { exec: (...args: unknown[]) => Promise<unknown>; isClosed: boolean }) | undefined
    let logout: 'not sent' | 'sent' | 'settled' = 'not sent'
    await passCommands({
      opened: (c) => {
        client = c as NonNullable<typeof client>
        const exec = client.exec.bind(client)
        client.exec = (command: unknown, ...rest: unknown[]) => {
          const result = exec(command, ...rest)
          if (command === 'LOGOUT') {
            logout = 'sent'
            result.then(
              () => (logout = 'settled'),
              () => (logout = 'settled')
            )
          }
          return result
        }
      }
    })
    expect(logout).toBe('sent')
    // Then the connection closes at once (and with it imapflow's timer), and the server logs the session as logged
    // out, not as a dropped connection: it read the LOGOUT.
    await vi.waitFor(() => expect([logout, client?.isClosed]).toEqual(['settled', true]), { timeout: 5000 })
    const ours = sessions().filter((session) => !before.has(session))
    expect(ours).toHaveLength(1)
    await vi.waitFor(() => expect(readFileSync(w.mail.logPath, 'utf8')).toContain(`<${ours[0]}>: Info: Disconnected: Logged out`), {
      timeout: 5000
    })
  })

  it('with nothing new, a new process reads no application, also right after a pass that filed mail on them', async () => {
    const id = await danaWrites('no-reading', 'Panel confirmed', 'The panel is confirmed for Thursday.')
    await passCommands() // files it: writes the application
    expect(filed(w.services, w.kestrel).some((m) => m.messageId === id)).toBe(true)

    // A new `afterview sync --once` process: its own store on the same data folder.
    const fresh = servicesIn(w.data.dir)
    try {
      const asked = vi.spyOn(fresh.mail.ctx.store.applications, 'ensureLoaded')
      const sync = new AccountSync(w.account, {
        store: fresh.mail.ctx.store,
        filer: fresh.mail.sync.filer,
        secret: async () => w.mail.password
      })
      expect(await sync.syncOnce()).toBe(0)
      expect(asked).not.toHaveBeenCalled()
      // Asked for, they are all there (the mail filed above included).
      expect(fresh.mail.ctx.store.applications.get(w.kestrel)?.events.some((e) => e.message?.messageId === id)).toBe(true)
    } finally {
      fresh.dispose()
    }
  })

  it('with new mail, a new process reads only the application it files on (the others: their digests)', async () => {
    const cache = tempDataDir('afterview-cache-')
    // A new `afterview sync --once` process of a built Afterview: its store keeps digests in a cache folder.
    const process = () =>
      servicesIn(w.data.dir, { store: openStore(w.data.dir, () => {}, { validated: { buildId: 'test', cacheDir: cache.dir } }) })
    const passIn = async (services: ReturnType<typeof servicesIn>) => {
      const sync = new AccountSync(w.account, {
        store: services.mail.ctx.store,
        filer: services.mail.sync.filer,
        secret: async () => w.mail.password
      })
      return sync.syncOnce()
    }
    try {
      await danaWrites('digests-first', 'Reference check', 'Could you send two references?')
      const first = process()
      expect(await passIn(first)).toBe(1) // no digests yet: made from every application, and kept
      first.dispose()
      expect(w.services.mail.ctx.store.applications.size).toBeGreaterThan(1)

      const id = await danaWrites('digests-next', 'References received', 'Thank you, we have both references.')
      const next = process()
      const applications = next.mail.ctx.store.applications
      const read: string[] = []
      const get = applications.get.bind(applications)
      vi.spyOn(applications, 'get').mockImplementation((appId) => (read.push(appId), get(appId)))
      const loaded = vi.spyOn(applications, 'ensureLoaded')
      try {
        expect(await passIn(next)).toBe(1)
        expect(loaded).not.toHaveBeenCalled()
        expect([...new Set(read)]).toEqual([w.kestrel])
      } finally {
        vi.restoreAllMocks()
        next.dispose()
      }
      const filedThere = openStore(w.data.dir)
        .applications.get(w.kestrel)!
        .events.map((e) => e.message?.messageId)
      expect(filedThere).toContain(id)

      // And the process after it, with nothing new, reads neither the applications nor their digests.
      const quiet = process()
      const digests = vi.spyOn(quiet.mail.ctx.store.applicationDigests, 'all')
      const loadedQuiet = vi.spyOn(quiet.mail.ctx.store.applications, 'ensureLoaded')
      try {
        expect(await passIn(quiet)).toBe(0)
        expect(digests).not.toHaveBeenCalled()
        expect(loadedQuiet).not.toHaveBeenCalled()
      } finally {
        vi.restoreAllMocks()
        quiet.dispose()
      }
    } finally {
      cache.cleanup()
      // The other processes moved the sync on: the world's own services read where it stands now.
      for (const c of [w.services.mail.ctx.store.syncState, w.services.mail.ctx.store.applications]) c.load()
    }
  })

  it('without LIST-STATUS, remembers the mailboxes of the earlier pass and asks each for its STATUS', async () => {
    expect(await passCommands({ withoutListStatus: true })).toEqual(['STATUS INBOX', 'STATUS Sent', 'STATUS Archive', 'STATUS Junk'])
  })

  it('reads the bodies of 2,100 new matched messages 1,000 at a time, the next while filing the last, and files them all', async () => {
    const now = Date.now()
    const ids = Array.from({ length: 2100 }, (_, n) => `<bulk-${n}-${now}@kestrelharbor.test>`)
    await seedMaildir(
      w.mail,
      'candidate',
      ids.map((id, n) => ({
        raw: makeMessage({
          from: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
          to: `candidate@${w.mail.domain}`,
          subject: `Update ${n}`,
          messageId: id,
          date: new Date(now - 60_000 + n),
          body: `Note ${n}`
        }),
        date: new Date(now - 60_000 + n)
      }))
    )
    // The commands and the application writes, in the order they happened.
    const events: string[] = []
    const stop = onApplicationsWritten(w.services.mail.ctx.store, () => void events.push('write'))
    try {
      await passCommands({ commands: events })
    } finally {
      stop()
    }
    const fetches = events.map((e, k) => (e === 'UID FETCH' ? k : -1)).filter((k) => k >= 0)
    expect(fetches).toHaveLength(1 + 3) // headers, then three slices of bodies
    // Each next slice is asked for before the one just read is filed: the server reads while this process files.
    expect(fetches[2]!).toBeLessThan(events.indexOf('write'))
    expect(fetches[3]!).toBeLessThan(events.lastIndexOf('write'))
    const filedIds = new Set(filed(w.services, w.kestrel).map((m) => m.messageId))
    expect(ids.filter((id) => !filedIds.has(id))).toEqual([])
  })

  it('mail of two applications, mixed over two slices: all filed, one application after the other (fewer writes)', async () => {
    const now = Date.now()
    const mixed = Array.from({ length: 1400 }, (_, n) => {
      const kestrel = n % 2 === 0
      return {
        id: `<mixed-${n}-${now}@${kestrel ? 'kestrelharbor' : 'northwind'}.test>`,
        application: kestrel ? w.kestrel : w.northwind,
        from: kestrel
          ? { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' }
          : { name: 'Sam Ortiz', address: 'sam@northwind.test' }
      }
    })
    await seedMaildir(
      w.mail,
      'candidate',
      mixed.map((m, n) => ({
        raw: makeMessage({
          from: m.from,
          to: `candidate@${w.mail.domain}`,
          subject: `Note ${n}`,
          messageId: m.id,
          date: new Date(now - 60_000 + n),
          body: `Note ${n}`
        }),
        date: new Date(now - 60_000 + n)
      }))
    )
    const writes = new Map<string, number>()
    const stop = onApplicationsWritten(w.services.mail.ctx.store, (ids) => {
      for (const id of ids) writes.set(id, (writes.get(id) ?? 0) + 1)
    })
    try {
      await passCommands()
    } finally {
      stop()
    }
    for (const application of [w.kestrel, w.northwind]) {
      const filedIds = new Set(filed(w.services, application).map((m) => m.messageId))
      expect(mixed.filter((m) => m.application === application && !filedIds.has(m.id))).toEqual([])
    }
    // In mailbox order both slices held mail of both: each application was written twice.
    expect(Math.min(writes.get(w.kestrel) ?? 0, writes.get(w.northwind) ?? 0)).toBe(1)
  })
})
