/**
 * Reminder services: the due list and hold state, pausing, reminder preferences. The
 * scheduler that turns this into notifications lives in src/main/reminders/.
 */
import type { Services } from '../../shared/api'
import { reminderStatus } from '../reminders/snapshot'
import type { ServiceContext } from '../service-context'
import { stageProposals } from '../store/plans'

type ReminderServices = Pick<Services, 'getReminders' | 'pauseReminders' | 'updateReminderSettings'>

export function createReminderServices(ctx: ServiceContext): ReminderServices {
  const { store } = ctx
  const status = () => reminderStatus(store.applications.all(), store.settings.read(), ctx.now(), stageProposals(store.proposals.all()))
  return {
    async getReminders() {
      return status()
    },
    async pauseReminders({ minutes }) {
      const until = minutes > 0 ? new Date(ctx.now() + minutes * 60_000).toISOString() : undefined
      await store.settings.update((s) => ({ ...s, reminders: { ...s.reminders, pausedUntil: until } }))
      ctx.changed()
      return status()
    },
    async updateReminderSettings(input) {
      await store.settings.update((s) => ({ ...s, reminders: { ...s.reminders, ...input } }))
      ctx.changed()
      return status()
    }
  }
}
