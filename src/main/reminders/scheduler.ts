/**
 * The reminder scheduler: wakes when the next action falls due (never polls), announces
 * each due action once, holds announcements through quiet hours and pauses, and groups
 * whatever fell due together into one notification. Plain Node with an injected clock
 * and timer, so tests drive it with a fake clock.
 *
 * It sleeps at most `maxSleepMs` (5 min): a machine that slept, or a clock or time-zone
 * change, is noticed within minutes even if no one calls `replan()`. Hosts call
 * `replan()` on power resume, on data changes and on clock/time-zone changes.
 */
import type { Reminder, ReminderStatus } from '../../shared/api/reminders'

export interface Timers {
  setTimer(fn: () => void, ms: number): unknown
  clearTimer(handle: unknown): void
}

export const realTimers: Timers = {
  setTimer: (fn, ms) => {
    const t = setTimeout(fn, ms)
    t.unref?.()
    return t
  },
  clearTimer: (h) => clearTimeout(h as NodeJS.Timeout)
}

/** What was announced: action key -> the reminder's stamp. Persisted so a restart does not re-announce. */
export interface AnnouncementMemory {
  load(): Record<string, string>
  save(announced: Record<string, string>): void
}

export const inMemory = (initial: Record<string, string> = {}): AnnouncementMemory => {
  let value = { ...initial }
  return { load: () => ({ ...value }), save: (v) => (value = { ...v }) }
}

export interface SchedulerOptions {
  /** The reminder picture at `now` (see snapshot.ts). */
  status: (now: number) => ReminderStatus | Promise<ReminderStatus>
  now: () => number
  timers?: Timers
  memory: AnnouncementMemory
  /** New due reminders, all at once (one notification). */
  onDue: (reminders: Reminder[], status: ReminderStatus) => void
  /** Every re-plan: the whole due list (tray count and menu). */
  onStatus?: (status: ReminderStatus) => void
  onError?: (error: unknown) => void
  maxSleepMs?: number
}

export const MAX_SLEEP_MS = 5 * 60_000

export class ReminderScheduler {
  private timer: unknown
  private running: Promise<void> | undefined
  private again = false
  private stopped = true
  /** When the timer is set to fire (for tests and diagnostics). */
  wakeAt: number | undefined
  last: ReminderStatus | undefined

  constructor(private readonly options: SchedulerOptions) {}

  private get timers(): Timers {
    return this.options.timers ?? realTimers
  }

  start(): Promise<void> {
    this.stopped = false
    return this.replan()
  }

  stop(): void {
    this.stopped = true
    this.clear()
  }

  /** Looks again now: after resume, a data change, a clock or time-zone change. */
  replan(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = (async () => {
      try {
        do {
          this.again = false
          await this.tick()
        } while (this.again && !this.stopped)
      } finally {
        this.running = undefined
      }
    })()
    return this.running
  }

  private clear(): void {
    if (this.timer !== undefined) this.timers.clearTimer(this.timer)
    this.timer = undefined
    this.wakeAt = undefined
  }

  private async tick(): Promise<void> {
    const now = this.options.now()
    let status: ReminderStatus
    try {
      status = await this.options.status(now)
    } catch (error) {
      this.options.onError?.(error)
      this.arm(now, now + this.maxSleep)
      return
    }
    if (this.stopped) return
    this.last = status
    const announced = this.options.memory.load()
    const fresh = status.due.filter((r) => announced[r.key] !== r.stamp)
    const held = status.heldUntil !== null
    // Keep the memory to what is still due, so it does not grow forever.
    const next: Record<string, string> = {}
    for (const r of status.due) if (announced[r.key] === r.stamp) next[r.key] = r.stamp
    if (fresh.length && !held) {
      for (const r of fresh) next[r.key] = r.stamp
      this.options.onDue(fresh, status)
    }
    if (!sameRecord(next, announced)) this.options.memory.save(next)
    this.options.onStatus?.(status)

    let wake = now + this.maxSleep
    if (status.nextDueAt) wake = Math.min(wake, Date.parse(status.nextDueAt))
    if (fresh.length && held) wake = Math.min(wake, Date.parse(status.heldUntil!))
    this.arm(now, wake)
  }

  private get maxSleep(): number {
    return this.options.maxSleepMs ?? MAX_SLEEP_MS
  }

  private arm(now: number, wake: number): void {
    this.clear()
    if (this.stopped) return
    this.wakeAt = Math.max(wake, now + 1)
    this.timer = this.timers.setTimer(() => {
      this.timer = undefined
      void this.replan()
    }, this.wakeAt - now)
  }
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k])
}
