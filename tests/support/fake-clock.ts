/** A fake clock and timer for the reminder scheduler: time only moves when a test says so. */
import type { Timers } from '../../src/main/reminders/scheduler'

export class FakeClock {
  private seq = 0
  private pending = new Map<number, { at: number; fn: () => void }>()
  fired = 0
  constructor(public t: number) {}
  now = () => this.t
  timers: Timers = {
    setTimer: (fn, ms) => {
      const id = ++this.seq
      this.pending.set(id, { at: this.t + ms, fn })
      return id
    },
    clearTimer: (id) => void this.pending.delete(id as number)
  }
  get timerCount(): number {
    return this.pending.size
  }
  /** Lets time pass, firing each timer at its moment. */
  async advanceTo(end: number): Promise<void> {
    for (;;) {
      const next = [...this.pending.entries()].sort((a, b) => a[1].at - b[1].at)[0]
      if (!next || next[1].at > end) break
      this.pending.delete(next[0])
      this.t = Math.max(this.t, next[1].at)
      this.fired++
      next[1].fn()
      await settle()
    }
    this.t = end
  }
  /** The machine sleeps: the clock moves, no timer fires until something wakes it. */
  jumpTo(end: number): void {
    this.t = end
  }
  /** A timer that was due while asleep fires late, as Node does after resume. */
  async fireOverdue(): Promise<void> {
    await this.advanceTo(this.t)
  }
}

export const settle = () => new Promise<void>((r) => setImmediate(r))
