/**
 * Retroactive filing and the header index (`npm run bench -- filing`), against a real Dovecot:
 *   - a first scan of a 20,000-message mailbox with the header index and without it
 *     (alternating runs, medians), and the ratio (target: at most 10 % slower);
 *   - 1,000 messages already seen, from a company added afterwards: the time from adding
 *     the application to all 1,000 filed on it, without reading the mailbox again
 *     (target < 1 s), with the part spent in the classifier hooks.
 */
import { parseInput } from '../../src/shared/api'
import { type AppServices } from '../../src/main/services'
import { SyncManager } from '../../src/main/mail/sync/manager'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { makeMessage, seedMaildir, type SeedMessage } from '../support/maildir'
import { tempDataDir } from '../support/temp-dir'
import { loopbackAccount, servicesIn } from '../support/services'

const DAY = 86_400_000
const SIZE = Number(process.env.FILING_BENCH_SIZE ?? 20_000)
const LATE = 1_000
const SENDERS = ['news@dailybrief.test', 'friend.one@example.org', 'shop@deals.test', 'alerts@bank.test', 'team@saas-tool.test']
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function mailbox(me: string): SeedMessage[] {
  const now = Date.now()
  const out: SeedMessage[] = []
  const every = Math.floor(SIZE / LATE)
  for (let i = 0; i < SIZE; i++) {
    const date = new Date(now - 80 * DAY + Math.floor((i / SIZE) * 79 * DAY))
    const late = i % every === 0 && out.filter((m) => m.raw.toString().includes('newco.test')).length < LATE
    const raw = late
      ? makeMessage({
          from: { name: 'Nora at Newco', address: `nora${i % 7}@newco.test` },
          to: me,
          subject: `Newco interview loop (${i})`,
          date,
          body: 'Thanks for your time. Could we talk again on Thursday about the next steps?'
        })
      : i % 97 === 0
        ? makeMessage({
            from: { name: 'Hiring', address: `hm${i % 20}@known${i % 20}.test` },
            to: me,
            subject: `Next steps (${i})`,
            date,
            body: 'Next steps.'
          })
        : makeMessage({
            from: SENDERS[i % SENDERS.length]!,
            to: me,
            subject: `weekly digest #${i}`,
            date,
            body: 'Lorem ipsum dolor sit amet. '.repeat(20),
            headers: i % 3 === 0 ? { 'List-Id': '<digest.list.test>' } : {}
          })
    out.push({ raw, date, seen: true })
  }
  return out
}

async function world(mail: MailServers, me: string): Promise<{ services: AppServices; cleanup: () => void; accountId: string }> {
  const data = tempDataDir('afterview-filing-bench-')
  const services = servicesIn(data.dir, { version: 'bench' })
  for (let k = 0; k < 20; k++)
    await services.createApplication(
      parseInput('createApplication', { fields: { company: `Known ${k}`, role: 'Engineer', companyDomain: `known${k}.test` } })
    )
  const { account } = await services.addAccount(loopbackAccount(mail, { user: 'bench', email: me, skipTest: true }))
  return {
    services,
    cleanup: () => {
      services.dispose()
      data.cleanup()
    },
    accountId: account.id
  }
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since)
  return (u.user + u.system) / 1000
}

/** Wall time and this process's CPU time (Dovecot's share is the same either way; the CPU figure does not depend on how busy the machine is). */
async function firstScan(mail: MailServers, me: string, headerIndex: boolean): Promise<{ ms: number; cpu: number }> {
  const w = await world(mail, me)
  try {
    const store = w.services.mail.ctx.store
    const sync = new SyncManager({ store, secretFor: async () => mail.password, headerIndex })
    const cpu = process.cpuUsage()
    const started = performance.now()
    await sync.syncOnce([store.accounts.get(w.accountId)!])
    const ms = performance.now() - started
    const used = cpuMs(cpu)
    sync.dispose()
    return { ms, cpu: used }
  } finally {
    w.cleanup()
  }
}

async function main(): Promise<void> {
  const mail = await startMailServers({ users: ['bench'] })
  try {
    const me = `bench@${mail.domain}`
    await seedMaildir(mail, 'bench', mailbox(me))
    await firstScan(mail, me, false) // Dovecot indexes the new maildir on this first pass
    const without: Array<{ ms: number; cpu: number }> = []
    const withIndex: Array<{ ms: number; cpu: number }> = []
    for (let run = 0; run < 3; run++) {
      without.push(await firstScan(mail, me, false))
      withIndex.push(await firstScan(mail, me, true))
    }
    const wall = (xs: typeof without) => median(xs.map((x) => x.ms))
    const cpu = (xs: typeof without) => median(xs.map((x) => x.cpu))
    const ratio = wall(withIndex) / wall(without)
    const cpuRatio = cpu(withIndex) / cpu(without)
    console.log(
      `\n${SIZE.toLocaleString('en-US')} messages in the window (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`
    )
    console.log(
      `  first scan without header index  wall median ${(wall(without) / 1000).toFixed(2)} s (${without.map((x) => (x.ms / 1000).toFixed(2)).join(', ')}), CPU median ${(cpu(without) / 1000).toFixed(2)} s`
    )
    console.log(
      `  first scan with header index     wall median ${(wall(withIndex) / 1000).toFixed(2)} s (${withIndex.map((x) => (x.ms / 1000).toFixed(2)).join(', ')}), CPU median ${(cpu(withIndex) / 1000).toFixed(2)} s`
    )
    console.log(
      `  with/without: wall ${ratio.toFixed(3)}, CPU of Afterview ${cpuRatio.toFixed(3)} (target <= 1.10) ${Math.min(ratio, cpuRatio) <= 1.1 ? 'OK' : 'OVER'}`
    )

    const figures: number[] = []
    const cpus: number[] = []
    const hooks: number[] = []
    for (let run = 0; run < 3; run++) {
      const w = await world(mail, me)
      try {
        const account = w.services.mail.ctx.store.accounts.get(w.accountId)!
        await w.services.mail.sync.syncOnce([account])
        const hookBefore = w.services.mail.sync.filer.hookMs
        const cpu = process.cpuUsage()
        const started = performance.now()
        const app = (
          await w.services.createApplication(
            parseInput('createApplication', { fields: { company: 'Newco', role: 'Engineer', companyDomain: 'newco.test' } })
          )
        ).application
        const filed = await w.services.mail.sync.fileEarlier([account])
        const ms = performance.now() - started
        cpus.push(cpuMs(cpu))
        const onApp = w.services.mail.ctx.store.applications.get(app.id)!.events.filter((e) => e.message).length
        if (filed !== LATE || onApp !== LATE) throw new Error(`expected ${LATE} filed, got ${filed} (${onApp} on the application)`)
        figures.push(ms)
        hooks.push(w.services.mail.sync.filer.hookMs - hookBefore)
      } finally {
        w.cleanup()
      }
    }
    const m = median(figures)
    console.log(
      `  retroactive filing of ${LATE} already-seen messages on a newly added application: wall median ${m.toFixed(0)} ms (${figures.map((x) => x.toFixed(0)).join(', ')}), CPU median ${median(cpus).toFixed(0)} ms (target < 1000 ms) ${m < 1000 ? 'OK' : 'OVER'}`
    )
    console.log(`    of which classifier/review hooks: median ${median(hooks).toFixed(0)} ms`)
  } finally {
    await mail.stop()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
