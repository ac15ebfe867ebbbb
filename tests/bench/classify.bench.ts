/**
 * Throughput of the pure matcher and classifier over the labelled corpus, in messages per
 * second. `npx tsx tests/bench/classify.bench.ts` prints it; `npm run bench` can import
 * measureReplyDetection() and report the same figures.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { classifyMessage } from '../../src/shared/core/classifier'
import { createMatcher } from '../../src/shared/core/matcher'
import { parseMessage } from '../../src/main/mail/parse-message'
import { CORPUS_DIR, USER_ADDRESS, loadApplications } from '../fixtures/mail/load-applications'

export interface Throughput {
  messages: number
  classifyPerSecond: number
  matchPerSecond: number
  parsePerSecond: number
}

export async function loadCorpusMessages(dir: string = CORPUS_DIR): Promise<{ raw: Buffer[]; messages: MailMessage[] }> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.eml'))
  const raw = files.map((f) => readFileSync(join(dir, f)))
  return { raw, messages: await Promise.all(raw.map((r) => parseMessage(r))) }
}

function perSecond(count: number, run: () => void): number {
  run() // warm up: regexes compiled, code optimised
  const start = performance.now()
  run()
  return Math.round(count / ((performance.now() - start) / 1000))
}

/** Classifies and matches the corpus repeated to `total` messages; parses it once more for comparison. */
export async function measureReplyDetection(total = 20_000): Promise<Throughput> {
  const { raw, messages } = await loadCorpusMessages()
  const rounds = Math.max(1, Math.ceil(total / messages.length))
  const count = rounds * messages.length
  const matcher = createMatcher(loadApplications(), { userAddresses: [USER_ADDRESS], knownMessageIds: new Map() })
  const classifyPerSecond = perSecond(count, () => {
    for (let r = 0; r < rounds; r++) for (const m of messages) classifyMessage(m, { timeZone: 'UTC' })
  })
  const matchPerSecond = perSecond(count, () => {
    for (let r = 0; r < rounds; r++) for (const m of messages) matcher.match(m)
  })
  const parseStart = performance.now()
  for (const r of raw) await parseMessage(r)
  const parsePerSecond = Math.round(raw.length / ((performance.now() - parseStart) / 1000))
  return { messages: count, classifyPerSecond, matchPerSecond, parsePerSecond }
}

if (process.argv[1]?.endsWith('classify.bench.ts')) {
  void measureReplyDetection().then((t) => {
    console.log(`classify: ${t.classifyPerSecond.toLocaleString('en-US')} messages/s (${t.messages.toLocaleString('en-US')} messages)`)
    console.log(`match:    ${t.matchPerSecond.toLocaleString('en-US')} messages/s`)
    console.log(`parse:    ${t.parsePerSecond.toLocaleString('en-US')} messages/s (mailparser + ical.js, for comparison)`)
  })
}
