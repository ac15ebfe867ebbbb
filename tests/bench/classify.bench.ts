/**
 * Throughput of the pure matcher and classifier over the labelled corpus, in messages per
 * second: the median of five timed passes, with the slowest and fastest beside it.
 * `npx tsx tests/bench/classify.bench.ts` prints it; `npm run bench` runs this file.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { MessageRef } from '../../src/shared/model'
import { classifyMessage } from '../../src/shared/core/classifier'
import { extractFacts } from '../../src/shared/core/facts'
import { createMatcher } from '../../src/shared/core/matcher'
import { parseMessage } from '../../src/main/mail/parse-message'
import { replyDetails } from '../../src/main/review/engine'
import { CORPUS_DIR, USER_ADDRESS, loadApplications } from '../fixtures/mail/load-applications'

/** Messages per second over several timed passes: their median, and the slowest and fastest pass. */
export interface Rate {
  median: number
  min: number
  max: number
}

export interface Throughput {
  messages: number
  classifyPerSecond: Rate
  /**
   * Classification and facts together, as the sync reads each filed mail (review/engine.ts replyDetails): facts only
   * where the mail can say something (not unrelated mail, nor an automatic mail that is no receipt or step).
   */
  readPerSecond: Rate
  /** Classification and facts of every mail, silent ones too (what this bench measured before; for comparison). */
  readAllPerSecond: Rate
  matchPerSecond: number
  parsePerSecond: number
}

/** Timed passes of each measure: one pass on this shared, noisy machine moved the figure by 20 % from run to run. */
const PASSES = 5

export async function loadCorpusMessages(dir: string = CORPUS_DIR): Promise<{ raw: Buffer[]; messages: MailMessage[] }> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.eml'))
  const raw = files.map((f) => readFileSync(join(dir, f)))
  return { raw, messages: await Promise.all(raw.map((r) => parseMessage(r))) }
}

function perSecond<T>(count: number, make: () => T, run: (input: T) => void, passes = PASSES): Rate {
  run(make()) // warm up: regexes compiled, code optimised
  const rates: number[] = []
  for (let pass = 0; pass < passes; pass++) {
    const input = make()
    const start = performance.now()
    run(input)
    rates.push(Math.round(count / ((performance.now() - start) / 1000)))
  }
  rates.sort((a, b) => a - b)
  return { median: rates[Math.floor(rates.length / 2)]!, min: rates[0]!, max: rates[rates.length - 1]! }
}

/** Classifies and matches the corpus repeated to `total` messages; parses it once more for comparison. */
export async function measureReplyDetection(total = 20_000): Promise<Throughput> {
  const { raw, messages } = await loadCorpusMessages()
  const rounds = Math.max(1, Math.ceil(total / messages.length))
  const count = rounds * messages.length
  const matcher = createMatcher(loadApplications(), { userAddresses: [USER_ADDRESS], knownMessageIds: new Map() })
  // As the sync reads them: mail filed on an application is read as about it (the text model's second opinion then runs).
  const related = messages.map((m) => !!matcher.match(m))
  // Fresh objects each run: what is read of a mail is kept per message object, and each mail arrives once.
  const fresh = () => Array.from({ length: rounds }, () => messages.map((m) => ({ ...m })))
  const classifyPerSecond = perSecond(count, fresh, (batch) => {
    for (const round of batch) round.forEach((m, i) => classifyMessage(m, { timeZone: 'UTC', relatedToApplication: related[i] }))
  })
  // What the sync knows of each filed mail before reading it (an automatic mail by its headers shows in the classification).
  const refs = messages.map((m) => MessageRef.parse({ messageId: m.messageId, direction: 'in', from: m.from.address }))
  const readPerSecond = perSecond(count, fresh, (batch) => {
    for (const round of batch)
      round.forEach((m, i) => {
        const classification = classifyMessage(m, { timeZone: 'UTC', relatedToApplication: related[i] })
        // As the sync reads them: knowing the user's own address (not someone to answer).
        replyDetails(m, refs[i]!, classification, [USER_ADDRESS])
      })
  })
  const readAllPerSecond = perSecond(count, fresh, (batch) => {
    for (const round of batch)
      round.forEach((m, i) => {
        classifyMessage(m, { timeZone: 'UTC', relatedToApplication: related[i] })
        extractFacts(m, { userAddresses: [USER_ADDRESS] })
      })
  })
  const matchPerSecond = perSecond(
    count,
    () => undefined,
    () => {
      for (let r = 0; r < rounds; r++) for (const m of messages) matcher.match(m)
    },
    1
  ).median
  const parseStart = performance.now()
  for (const r of raw) await parseMessage(r)
  const parsePerSecond = Math.round(raw.length / ((performance.now() - parseStart) / 1000))
  return { messages: count, classifyPerSecond, readPerSecond, readAllPerSecond, matchPerSecond, parsePerSecond }
}

const rate = (r: Rate): string =>
  `${r.median.toLocaleString('en-US')} messages/s (median of ${PASSES} passes, ${r.min.toLocaleString('en-US')}–${r.max.toLocaleString('en-US')})`

if (process.argv[1]?.endsWith('classify.bench.ts')) {
  void measureReplyDetection().then((t) => {
    console.log(`classify: ${rate(t.classifyPerSecond)}, ${t.messages.toLocaleString('en-US')} messages a pass`)
    const target = 2_000
    const ok = t.readPerSecond.median >= target
    console.log(
      `classify + facts, as the sync reads filed mail: ${rate(t.readPerSecond)} (target ≥ ${target.toLocaleString('en-US')}: ${ok ? 'ok' : 'TOO SLOW'})`
    )
    console.log(`classify + facts of every mail, silent ones too: ${rate(t.readAllPerSecond)}`)
    if (!ok) process.exitCode = 1
    console.log(`match:    ${t.matchPerSecond.toLocaleString('en-US')} messages/s`)
    console.log(`parse:    ${t.parsePerSecond.toLocaleString('en-US')} messages/s (mailparser + ical.js, for comparison)`)
  })
}
