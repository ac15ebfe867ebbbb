// Over 300 lines: one runnable bench (first scan, incremental, delivery while watching and its floor), sharing its mailbox generator.
/**
 * Mail sync speed against a real Dovecot (`npm run bench -- sync`). For each size, a
 * mailbox of realistic messages over the last 170 days is written straight into the
 * maildir, then this prints:
 *   - first scan (Afterview: Sent + INBOX, match, fetch + parse + file the hits) next to
 *     imapflow alone fetching envelope + the same headers for the same window, and their ratio;
 *   - incremental sync after 10 new messages (a fresh connection each time), median of 5 rounds
 *     each paired with imapflow alone;
 *   - LMTP delivery -> filed on the timeline while watching (IDLE): median and p95, split into
 *     Dovecot's notice to the watching session (its EXISTS) and Afterview's own work after it;
 *     a reply put into a folder of the user's own (as a rule does) -> filed, while watching (the server tells
 *     of it: NOTIFY, on the sync's second connection);
 *     then the floor, imapflow alone as the only session IDLE (the sync stopped);
 *   - peak RSS of this process during the first scan (the bench's own memory included: the issue's
 *     target is on the sync process alone, measured by sync-process.bench.ts).
 * Issue 14's in-process targets: incremental sync of 10 new messages at most 1.3x imapflow alone,
 * delivery to the timeline median < 700 ms and p95 < 1.5 s (Dovecot's own notice is the floor,
 * printed beside it). The first-scan ratio here is against imapflow's header fetch alone, a
 * stricter floor than the issue's (tests/bench/sync-process.bench.ts, whole processes, <= 1.3):
 * it is printed for comparison, without a verdict.
 * SYNC_BENCH_MAIL_FORMAT=sdbox: Dovecot keeps the mail as sdbox rather than maildir (see sync-process.bench.ts).
 */
import { cpus, loadavg } from 'node:os'
import { ImapFlow } from 'imapflow'
import { parseInput } from '../../src/shared/api'
import { type AppServices } from '../../src/main/services'
import type { Account } from '../../src/shared/accounts'
import { SCAN_HEADERS } from '../../src/main/mail/sync/header-message'
import { uidSet } from '../../src/main/mail/sync/decision'
import { EVERY_PHRASE } from '../../src/shared/core/classifier/score'
import { mailFormatFrom, startMailServers, type MailServers } from '../support/mail-servers'
import { makeMessage, seedMaildir, type SeedMessage } from '../support/maildir'
import { tempDataDir } from '../support/temp-dir'
import { loopbackAccount, servicesIn } from '../support/services'

const DAY = 86_400_000
/** Incremental syncs measured per size, each paired with imapflow alone. */
const INCREMENTAL_ROUNDS = 5
const COMPANIES = Array.from({ length: 40 }, (_, i) => ({
  company: `Bench Company ${String.fromCharCode(65 + (i % 26))}${i}`,
  domain: `benchco${i}.test`,
  contact: `hiring.manager${i}@benchco${i}.test`
}))
const SENDERS = [
  'news@dailybrief.test',
  'friend.one@example.org',
  'shop@deals.test',
  'alerts@bank.test',
  'team@saas-tool.test',
  'mom@family.test',
  'noreply@social.test',
  'digest@forum.test'
]
const WORDS =
  'the quick update about your account weekly digest new features meeting notes lunch plans receipt order shipped invoice reminder community post reply thread'.split(
    ' '
  )

function filler(n: number, seed: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += `${WORDS[(seed * 31 + i * 7) % WORDS.length]}${i % 12 === 11 ? '.\n' : ' '}`
  return s
}

function mailbox(size: number, me: string): SeedMessage[] {
  const now = Date.now()
  const out: SeedMessage[] = []
  for (let i = 0; i < size; i++) {
    const date = new Date(now - 170 * DAY + Math.floor((i / size) * 169 * DAY))
    const hit = i % 200 === 0 // 0.5 % of the mail is about an application
    const c = COMPANIES[i % COMPANIES.length]!
    const from = hit ? { name: 'Hiring Manager', address: c.contact } : SENDERS[i % SENDERS.length]!
    const subject = hit ? `Re: ${c.company} next steps (${i})` : `${WORDS[i % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]} #${i}`
    const headers: Record<string, string> =
      !hit && i % 3 === 0 ? { 'List-Id': '<digest.list.test>', 'List-Unsubscribe': '<mailto:unsub@list.test>' } : {}
    out.push({ raw: makeMessage({ from, to: me, subject, date, body: filler(60 + (i % 200), i), headers }), date, seen: i % 4 !== 0 })
  }
  return out
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!
const gc = () => (globalThis as { gc?: () => void }).gc?.()

async function baselineFetch(mail: MailServers, user: string, since: Date): Promise<{ ms: number; count: number }> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: mail.imap.port,
    secure: false,
    logger: false,
    auth: { user, pass: mail.password },
    tls: { ca: [mail.certPem], servername: 'localhost' },
    qresync: true
  })
  const started = performance.now()
  await client.connect()
  const lock = await client.getMailboxLock('INBOX', { readOnly: true })
  let count = 0
  try {
    const uids = (await client.search({ since }, { uid: true })) || []
    for await (const m of client.fetch(
      uidSet(uids),
      { uid: true, envelope: true, internalDate: true, headers: SCAN_HEADERS },
      { uid: true }
    ))
      if (m.uid) count++
  } finally {
    lock.release()
    await client.logout()
  }
  return { ms: performance.now() - started, count }
}

function rawClient(mail: MailServers, user: string): ImapFlow {
  return new ImapFlow({
    host: '127.0.0.1',
    port: mail.imap.port,
    secure: false,
    logger: false,
    auth: { user, pass: mail.password },
    tls: { ca: [mail.certPem], servername: 'localhost' },
    qresync: true,
    autoIdleDelay: 50
  })
}

/** imapflow alone: connect, SELECT INBOX, UID FETCH from `fromUid` with the same items. */
async function baselineIncremental(mail: MailServers, user: string, fromUid: number): Promise<number> {
  const client = rawClient(mail, user)
  const started = performance.now()
  await client.connect()
  const lock = await client.getMailboxLock('INBOX', { readOnly: true })
  try {
    for await (const m of client.fetch(
      `${fromUid}:*`,
      { uid: true, envelope: true, internalDate: true, headers: SCAN_HEADERS },
      { uid: true }
    ))
      void m
  } finally {
    lock.release()
    await client.logout()
  }
  return performance.now() - started
}

/** Deliveries of a reply from a tracked company, one at a time, while the sync watches. */
const DELIVERIES = 20

function reply(i: number, me: string, tag: string): { id: string; raw: string } {
  const c = COMPANIES[i % COMPANIES.length]!
  const id = `<${tag}-${i}-${Date.now()}@${c.domain}>`
  const raw = makeMessage({
    from: { name: 'Hiring Manager', address: c.contact },
    to: me,
    subject: `Interview times (${i})`,
    messageId: id,
    body: 'Could you do Tuesday?'
  })
  return { id, raw }
}

/**
 * Each delivery timed from the LMTP send to the moment the window is told (onFiled), and to
 * the EXISTS that Dovecot sends the watching session itself: what is left after that EXISTS
 * is Afterview's own work, which must not grow with the mailbox. The only session IDLE on the
 * mailbox is the sync's: a second one (imapflow alone, as this bench had) made whichever of the
 * two Dovecot told second wait 130-210 ms more at 100,000 messages, as each syncs the maildir.
 */
async function deliveriesWhileWatching(
  services: AppServices,
  account: Account,
  mail: MailServers,
  user: string,
  me: string
): Promise<{ inbox: Array<{ notice: number; filed: number }>; inFolder: number[] }> {
  services.mail.start()
  const filedAt = new Map<string, number>()
  services.mail.sync.onFiled((f) => filedAt.set(f.ref.messageId, performance.now()))
  while (services.mail.sync.statusOf(account.id).state !== 'watching') await new Promise((r) => setTimeout(r, 10))
  // The watching connection (bench only: the manager keeps it to itself).
  const client = (services.mail.sync as unknown as { syncFor(a: Account): { client?: ImapFlow } }).syncFor(account).client
  if (!client) throw new Error('bench: the watching connection is not reachable (SyncManager.syncFor changed?)')
  // "watching" is said before the mailbox is selected: wait for the IDLE itself, so no delivery comes in between.
  while (!client.idling) await new Promise((r) => setTimeout(r, 10))
  let noticeAt = 0
  client.on('exists', () => (noticeAt ||= performance.now()))
  const out: Array<{ notice: number; filed: number }> = []
  for (let i = 0; i < DELIVERIES; i++) {
    const { id, raw } = reply(i, me, 'notice')
    noticeAt = 0
    const started = performance.now()
    await mail.deliver(user, raw)
    while (!filedAt.has(id)) await new Promise((r) => setTimeout(r, 5))
    if (!noticeAt) throw new Error('bench: filed without an EXISTS on the watching connection')
    out.push({ notice: noticeAt - started, filed: filedAt.get(id)! - started })
    await new Promise((r) => setTimeout(r, 100))
  }
  // Replies a rule files into a folder of the user's own (an APPEND there, as Sieve's fileinto does): the server tells
  // of them on the sync's second connection (NOTIFY), and the sync reads the other mailboxes at once.
  const phone = rawClient(mail, user)
  await phone.connect()
  const inFolder: number[] = []
  try {
    for (let i = 0; i < FOLDER_DELIVERIES; i++) {
      const { id, raw } = reply(i, me, 'folder')
      const started = performance.now()
      await phone.append(FOLDER, Buffer.from(raw))
      const end = started + 10_000
      while (!filedAt.has(id) && performance.now() < end) await new Promise((r) => setTimeout(r, 5))
      inFolder.push(filedAt.has(id) ? filedAt.get(id)! - started : Infinity)
      await new Promise((r) => setTimeout(r, 100))
    }
  } finally {
    await phone.logout()
  }
  return { inbox: out, inFolder }
}

/** A folder of the user's own, where the folder deliveries go. */
const FOLDER = 'Jobs'
const FOLDER_DELIVERIES = 10

async function makeFolder(mail: MailServers, user: string, name: string): Promise<void> {
  const client = rawClient(mail, user)
  await client.connect()
  try {
    await client.mailboxCreate(name)
  } finally {
    await client.logout()
  }
}

/**
 * The floor: imapflow alone IDLE on the INBOX (the sync stopped), EXISTS and EXISTS + fetch with the sync's items,
 * selected read-write as the sync watches (read-only, Dovecot tells it of new mail later in a big mailbox: watch.ts).
 */
async function deliveriesToImapflowAlone(
  mail: MailServers,
  user: string,
  me: string
): Promise<{ notice: number[]; fetched: number[]; failed: number }> {
  const raw = rawClient(mail, user)
  await raw.connect()
  await raw.mailboxOpen('INBOX', { readOnly: false })
  const notice: number[] = []
  const fetched: number[] = []
  let failed = 0
  let delivered = 0
  let done: (() => void) | undefined
  raw.on('exists', () => {
    if (!delivered) return
    const since = delivered
    delivered = 0
    notice.push(performance.now() - since)
    // A fetch that fails is counted, not dropped from the figures silently.
    void raw
      .fetchOne('*', { uid: true, envelope: true, internalDate: true, headers: SCAN_HEADERS, source: { maxLength: 512 * 1024 } })
      .then(
        (message) => (message ? fetched.push(performance.now() - since) : failed++),
        () => failed++
      )
      .finally(() => done?.())
  })
  try {
    for (let i = 0; i < DELIVERIES; i++) {
      const { raw: message } = reply(i, me, 'floor')
      const seen = new Promise<void>((resolve) => (done = resolve))
      delivered = performance.now()
      await mail.deliver(user, message)
      await Promise.race([seen, new Promise((r) => setTimeout(r, 5000))])
      await new Promise((r) => setTimeout(r, 100))
    }
  } finally {
    await raw.logout()
  }
  return { notice, fetched, failed }
}

export async function runSyncBenchmark({ sizes = [20_000, 100_000] }: { sizes?: number[] } = {}): Promise<void> {
  for (const size of sizes) {
    const user = `bench${size}`
    const mail = await startMailServers({ users: [user], mailFormat: mailFormatFrom(process.env.SYNC_BENCH_MAIL_FORMAT) })
    const data = tempDataDir('afterview-bench-')
    let services: AppServices | undefined
    try {
      const me = `${user}@${mail.domain}`
      let t = performance.now()
      await seedMaildir(mail, user, mailbox(size, me))
      const seedMs = performance.now() - t
      await makeFolder(mail, user, FOLDER)
      services = servicesIn(data.dir, { version: 'bench' })
      for (const c of COMPANIES) {
        await services.createApplication(
          parseInput('createApplication', {
            fields: { company: c.company, role: 'Engineer', companyDomain: c.domain },
            contacts: [{ name: 'Hiring Manager', email: c.contact }]
          })
        )
      }
      const { account } = await services.addAccount(loopbackAccount(mail, { user, email: me, skipTest: true }))
      const since = new Date(Math.floor((Date.now() - 180 * DAY) / DAY) * DAY)
      // The build embeds every phrase's groups of keys (prefilter.ts); this bench runs the sources through tsx, where the
      // first classification would work them out (about 0.5 s) inside the timed scan: done here, as the built app has them.
      for (const phrase of EVERY_PHRASE) void phrase.keyGroups
      await baselineFetch(mail, user, since) // Dovecot indexes the new maildir on this first pass
      gc()
      const baseline = await baselineFetch(mail, user, since)
      gc()
      let peak = process.memoryUsage().rss
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss)
      }, 25)
      t = performance.now()
      const filed = await services.mail.sync.syncOnce([account])
      const scanMs = performance.now() - t
      const hookMs = services.mail.sync.filer.hookMs
      clearInterval(sampler)
      peak = Math.max(peak, process.memoryUsage().rss)
      gc()
      // The machine may be busy: imapflow's fetch is timed before and after the scan, and averaged.
      const baselineAfter = await baselineFetch(mail, user, since)
      const baselineMs = (baseline.ms + baselineAfter.ms) / 2

      // Incremental: 10 new messages, imapflow alone then the sync, five times (one sample said little on a busy machine).
      const inboxState = () => services!.mail.ctx.store.syncState.get(`${account.id}.inbox`)!
      const incrementalRuns: number[] = []
      const rawIncrementalRuns: number[] = []
      for (let round = 0; round < INCREMENTAL_ROUNDS; round++) {
        for (let i = 0; i < 10; i++)
          await mail.deliver(
            user,
            makeMessage({ from: SENDERS[i % SENDERS.length]!, to: me, subject: `new mail ${round}.${i}`, body: filler(80, i) })
          )
        rawIncrementalRuns.push(await baselineIncremental(mail, user, inboxState().uidNext)) // also lets Dovecot see the new files first
        t = performance.now()
        await services.mail.sync.syncOnce([account])
        incrementalRuns.push(performance.now() - t)
      }
      const incrementalMs = median(incrementalRuns)
      const rawIncrementalMs = median(rawIncrementalRuns)
      const incrementalRatio = median(incrementalRuns.map((ms, k) => ms / rawIncrementalRuns[k]!))

      // Watching: delivery-to-timeline, and Dovecot's notice to the watching session itself (its EXISTS).
      const { inbox: watched, inFolder } = await deliveriesWhileWatching(services, account, mail, user, me)
      await services.mail.stop()
      // The floor on its own: imapflow alone IDLE on the INBOX, with no other session watching.
      const floor = await deliveriesToImapflowAlone(mail, user, me)

      const ratio = scanMs / baselineMs
      const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`
      console.log(
        `\n${size.toLocaleString('en-US')} messages, Dovecot ${mail.mailFormat} (seeded in ${(seedMs / 1000).toFixed(1)} s, ${baseline.count} in the window, ${filed} filed)`
      )
      console.log(
        `  first scan            ${(scanMs / 1000).toFixed(2)} s   imapflow envelope+headers ${(baselineMs / 1000).toFixed(2)} s (${(baseline.ms / 1000).toFixed(2)} before, ${(baselineAfter.ms / 1000).toFixed(2)} after)   ratio ${ratio.toFixed(2)} (the issue's target is on whole processes: sync-process.bench.ts)`
      )
      console.log(
        `    of the first scan, ${(hookMs / 1000).toFixed(2)} s went to classifying the ${filed} filed messages (issue 4's hook); without it the ratio is ${((scanMs - hookMs) / baselineMs).toFixed(2)}`
      )
      console.log(
        `  incremental, 10 new   median ${incrementalMs.toFixed(0)} ms of ${incrementalRuns.length} with a new connection (STATUS INBOX and Sent, EXAMINE INBOX, fetch)   imapflow alone (connect, SELECT, fetch) ${rawIncrementalMs.toFixed(0)} ms   median paired ratio ${incrementalRatio.toFixed(2)} (target <= 1.3) ${incrementalRatio <= 1.3 ? 'OK' : 'OVER'}`
      )
      const ours = watched.map((d) => d.filed - d.notice)
      const verdict = median(watched.map((d) => d.filed)) < 700 && p95(watched.map((d) => d.filed)) < 1500
      console.log(
        `  delivery -> timeline  median ${median(watched.map((d) => d.filed)).toFixed(0)} ms, p95 ${p95(watched.map((d) => d.filed)).toFixed(0)} ms over ${watched.length} (target median < 700 ms, p95 < 1.5 s) ${verdict ? 'OK' : 'OVER'}`
      )
      console.log(
        `    of which Dovecot's notice (delivery -> EXISTS to the watching session) median ${median(watched.map((d) => d.notice)).toFixed(0)} ms, p95 ${p95(watched.map((d) => d.notice)).toFixed(0)} ms; after the EXISTS (Dovecot answering the FETCH, then match, classify, write) median ${median(ours).toFixed(0)} ms, p95 ${p95(ours).toFixed(0)} ms, max ${Math.max(...ours).toFixed(0)} ms`
      )
      console.log(
        `  into the folder "${FOLDER}" -> timeline  median ${median(inFolder).toFixed(0)} ms, p95 ${p95(inFolder).toFixed(0)} ms over ${inFolder.length} (APPEND there while watching: the server tells of it on the second connection, NOTIFY; without it, the next look, within a minute)`
      )
      console.log(
        `  floor: imapflow alone, the only session IDLE (read-write): EXISTS median ${median(floor.notice).toFixed(0)} ms, p95 ${p95(floor.notice).toFixed(0)} ms; EXISTS + fetch of the message median ${floor.fetched.length ? median(floor.fetched).toFixed(0) : '-'} ms (${floor.fetched.length} fetched, ${floor.failed} failed)`
      )
      console.log(
        `  load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} on ${cpus().length} cores`
      )
      // This process also holds tsx's compiled sources, the bench and the baseline's fetches: the target is on
      // the sync's own process, which sync-process.bench.ts measures (its first scan at 100,000: 207-220 MB).
      console.log(
        `  peak RSS during scan  ${mb(peak)} (this whole bench process; the < 250 MB target is on the sync's own: sync-process.bench.ts)`
      )
    } finally {
      if (services) {
        await services.mail.stop()
        services.dispose()
      }
      await mail.stop()
      data.cleanup()
    }
  }
}

if (process.argv[1]?.endsWith('sync.bench.ts')) {
  const sizes = process.env.SYNC_BENCH_SIZES ? process.env.SYNC_BENCH_SIZES.split(',').map(Number) : [20_000, 100_000]
  runSyncBenchmark({ sizes }).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}
