/**
 * All services behind the API, assembled from their modules. Each transport (Electron
 * IPC, browser-mode HTTP, the CLI) receives this one object.
 */
import type { EventName, EventPayload, Services } from '../../shared/api'
import type { Store } from '../store'
import { createApplicationServices } from './applications'
import { createImportExportServices } from './import-export'
import { createReminderServices } from './reminders'

export interface ServiceOptions {
  store: Store
  mode: 'desktop' | 'browser'
  version: string
  now?: () => number
  /** Delivers an event to every window (IPC) or browser tab (HTTP). */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
}

export interface AppServices extends Services {
  dispose(): void
}

export function createServices(options: ServiceOptions): AppServices {
  const { store, emit } = options
  const ctx = {
    store,
    now: options.now ?? Date.now,
    changed: (applicationIds?: string[]) => emit('dataChanged', applicationIds ? { applicationIds } : {})
  }
  store.applications.watch((ids) => {
    if (ids.length) emit('dataChanged', { applicationIds: ids })
  })
  return {
    async getStatus() {
      return { mode: options.mode, version: options.version, dataDir: store.dataDir, warnings: [...store.warnings] }
    },
    ...createApplicationServices(ctx),
    ...createImportExportServices(ctx),
    ...createReminderServices(ctx),
    dispose: () => store.close()
  }
}
