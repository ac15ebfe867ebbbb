/**
 * Runs the reminder scheduler against the services, in the desktop app and in
 * `afterview serve` alike: re-plans when data or settings change, remembers what was
 * announced in the data folder, and hands each group of due reminders to `deliver`
 * (an Electron notification, or a `remindersDue` event for the browser tab).
 */
import type { EventName, ReminderNotification, ReminderStatus, Services } from '../../shared/api'
import type { EventHub } from '../server/event-hub'
import { fileMemory } from './memory'
import { groupNotification } from './reminder-text'
import { ReminderScheduler, type AnnouncementMemory, type Timers } from './scheduler'

export interface ReminderRuntimeOptions {
  services: Pick<Services, 'getReminders'>
  hub: Pick<EventHub, 'subscribe'>
  dataDir: string
  deliver: (notification: ReminderNotification) => void
  onStatus?: (status: ReminderStatus) => void
  now?: () => number
  timers?: Timers
  memory?: AnnouncementMemory
  /** Data changes come in bursts (mail sync): re-plan at most this often. */
  debounceMs?: number
}

export interface ReminderRuntime {
  scheduler: ReminderScheduler
  replan(): Promise<void>
  stop(): void
}

export function startReminders(options: ReminderRuntimeOptions): ReminderRuntime {
  const scheduler = new ReminderScheduler({
    // getReminders plans at the services' clock, which is the same clock in the app.
    status: () => options.services.getReminders(undefined),
    now: options.now ?? Date.now,
    timers: options.timers,
    memory: options.memory ?? fileMemory(options.dataDir),
    onDue: (reminders, status) => {
      if (status.settings.notifications) options.deliver(groupNotification(reminders))
    },
    onStatus: options.onStatus,
    onError: () => {
      /* the next wake-up tries again */
    }
  })
  let pending: NodeJS.Timeout | undefined
  const unsubscribe = options.hub.subscribe((event: EventName) => {
    if (event !== 'dataChanged') return
    if (pending) return
    pending = setTimeout(() => {
      pending = undefined
      void scheduler.replan()
    }, options.debounceMs ?? 300)
    pending.unref?.()
  })
  void scheduler.start()
  return {
    scheduler,
    replan: () => scheduler.replan(),
    stop: () => {
      unsubscribe()
      if (pending) clearTimeout(pending)
      scheduler.stop()
    }
  }
}
