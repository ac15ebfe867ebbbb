/**
 * From "Send" to SMTP accepted, on loopback against the real test servers: the same
 * sendDraft the window calls, 20 times; prints the median time to the server's accept and
 * to the whole send being settled (Sent copy filed, action marked done).
 */
import { parseInput } from '../../src/shared/api'
import { startMailServers } from '../support/mail-servers'
import { setUp } from '../integration/send-fixture'

const RUNS = 20
const TARGET_ACCEPT_MS = 500

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function measureSendLatency(runs = RUNS): Promise<{ acceptMs: number; settledMs: number }> {
  const mail = await startMailServers()
  const env = await setUp(mail)
  const store = env.services.mail.ctx.store
  try {
    const first = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
    const accept: number[] = []
    const settled: number[] = []
    for (let i = 0; i < runs; i++) {
      const id = `d-bench-${i}`
      await store.drafts.create({ ...first.draft, id, messageId: `<bench-${i}-${Date.now()}@${mail.domain}>` })
      const before = mail.smtp.received.length
      const started = performance.now()
      const startedAt = Date.now()
      const result = await env.services.sendDraft(parseInput('sendDraft', { draftId: id }))
      settled.push(performance.now() - started)
      if (result.record?.state !== 'sent' || mail.smtp.received.length !== before + 1)
        throw new Error(`run ${i} did not send exactly once: ${result.message}`)
      accept.push(mail.smtp.received[before].at.getTime() - startedAt)
    }
    return { acceptMs: median(accept), settledMs: median(settled) }
  } finally {
    env.services.dispose()
    env.cleanup()
    await mail.stop()
  }
}

if (require.main === module) {
  void measureSendLatency().then(
    ({ acceptMs, settledMs }) => {
      console.log(
        `send → SMTP accepted (median of ${RUNS}): ${acceptMs} ms  (target ≤ ${TARGET_ACCEPT_MS} ms, ${(acceptMs / TARGET_ACCEPT_MS).toFixed(2)}× of target)`
      )
      console.log(`send → settled: Sent copy filed, action done (median): ${settledMs.toFixed(0)} ms`)
      process.exit(acceptMs <= TARGET_ACCEPT_MS ? 0 : 1)
    },
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}
