/**
 * The reminder preferences the desktop shell reads synchronously (close to tray, launch at
 * login, …): kept in step with the services, and written back through them.
 */
import type { Services } from '../../shared/api'
import { ReminderSettings } from '../../shared/model'

export interface ReminderPreferences {
  current(): ReminderSettings
  update(patch: Partial<ReminderSettings>): void
  /** The scheduler reports the settings it runs with. */
  track(settings: ReminderSettings): void
  /** Loads the saved preferences; resolves with them. */
  load(): Promise<ReminderSettings>
}

export function createReminderPreferences(services: Pick<Services, 'updateReminderSettings' | 'getSettings'>): ReminderPreferences {
  let settings = ReminderSettings.parse({})
  return {
    current: () => settings,
    update(patch) {
      settings = { ...settings, ...patch }
      void services.updateReminderSettings(patch).catch(() => undefined)
    },
    track(next) {
      settings = next
    },
    async load() {
      settings = (await services.getSettings(undefined)).reminders
      return settings
    }
  }
}
