/**
 * What the outbox does on its own: at start-up it settles sends a crash left behind
 * ('sending' → checked against the Sent folder, else the user is asked) and finishes
 * sent ones whose Sent copy or timeline entry is missing; while running, it sends
 * scheduled mail when due and asks before sending anything late.
 */
import type { OutboxRecord, SendResult } from '../../shared/api'
import { pidAlive } from '../store/file-lock'
import { describeRecord, finishSent, LATE_AFTER_MS, sendAgain, sendDraftNow, settleUncertain, type SenderDeps } from './sender'

export interface RecoveryReport {
  /** Things the user must decide, in plain words. */
  questions: string[]
  settled: string[]
}

/** Runs once when the services start. */
export async function recoverOutbox(deps: SenderDeps): Promise<RecoveryReport> {
  const report: RecoveryReport = { questions: [], settled: [] }
  for (const r of deps.store.outbox.all()) {
    try {
      if (r.state === 'sending' && !beingSentElsewhere(deps, r)) {
        const result = await settleUncertain(deps, r)
        ;(result.record?.state === 'unknown' ? report.questions : report.settled).push(result.message)
      } else if (r.state === 'sent' && (!r.recorded || !r.sentCopy)) {
        await finishSent(deps, r)
      }
    } catch {
      /* the store or server is unreachable now: tried again at the next start */
    }
  }
  report.questions.push(...(await markLate(deps)).map((r) => describeRecord(deps, r)))
  return report
}

/** Longer than any send takes (SMTP's 60 s timeout, then the Sent copy): a 'sending' record this old was left by a crash. */
const SENDING_AT_MOST_MS = 10 * 60_000

/**
 * A send another process (the app, `afterview serve`) is making right now: its process runs and it claimed the send
 * minutes ago at most. Taken for one a crash left, it became a question, and "Send again" sent a second copy.
 */
function beingSentElsewhere(deps: SenderDeps, r: OutboxRecord): boolean {
  return r.senderPid !== undefined && pidAlive(r.senderPid) && deps.now() - Date.parse(r.updatedAt) < SENDING_AT_MOST_MS
}

/** Scheduled sends whose time passed more than a few minutes ago: ask, do not send. */
async function markLate(deps: SenderDeps): Promise<OutboxRecord[]> {
  const late: OutboxRecord[] = []
  for (const r of deps.store.outbox.all()) {
    if (r.state !== 'scheduled' || !r.sendAt || deps.now() - Date.parse(r.sendAt) <= LATE_AFTER_MS) continue
    try {
      late.push(
        await deps.store.outbox.update(r.id, (cur) =>
          cur.state === 'scheduled' ? { ...cur, state: 'overdue-needs-confirmation', updatedAt: new Date(deps.now()).toISOString() } : cur
        )
      )
      deps.changed([r.applicationId])
    } catch {
      /* someone else moved it */
    }
  }
  return late.filter((r) => r.state === 'overdue-needs-confirmation')
}

/** One pass of the send-later timer: sends what is due now; late ones wait for the user. */
export async function sendDue(deps: SenderDeps): Promise<SendResult[]> {
  await markLate(deps)
  const results: SendResult[] = []
  for (const r of deps.store.outbox.all()) {
    if (r.state !== 'scheduled' || !r.sendAt || Date.parse(r.sendAt) > deps.now()) continue
    try {
      results.push(await sendDraftNow(deps, r.id, ['scheduled']))
    } catch (error) {
      results.push({ record: deps.store.outbox.get(r.id), message: (error as Error).message })
    }
  }
  return results
}

export { sendAgain }
