/**
 * All services behind the API, assembled from their modules. Each transport (Electron
 * IPC, browser-mode HTTP, the CLI) receives this one object.
 */
import type { DesktopStatus, EventName, EventPayload, Services } from '../../shared/api'
import type { Store } from '../store'
import { createApplicationServices } from './applications'
import { createImportExportServices } from './import-export'
import { createReminderServices } from './reminders'
import { createAccountServices } from './accounts'
import { createSyncServices } from './sync'
import { createMailHost, type MailHost, type MailHostOptions } from './mail-host'
import { createOutboxServices, type OutboxControl } from './outbox'
import { createOAuthServices } from './oauth'
import { createReviewServices } from './review'
import { createFactServices } from './facts'
import { createClassifyServices } from './classify'
import { createReview } from '../review/engine'
import type { DiscoverOptions } from '../mail/discover'
import { createInsightsServices } from './insights'
import { recentJunk } from '../mail/sync/junk'

export interface ServiceOptions {
  store: Store
  mode: 'desktop' | 'browser'
  version: string
  now?: () => number
  /** Delivers an event to every window (IPC) or browser tab (HTTP). */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  /** Mail: Electron's safeStorage, a chosen secret store, the classifier hook. */
  mail?: Omit<MailHostOptions, 'emit'>
  /** The desktop app: what this desktop offers (tray, login item), for Settings → Desktop. */
  desktop?: () => DesktopStatus
  /** Opens an address in the system browser (OAuth2 sign-in); Electron: shell.openExternal. */
  openBrowser?: (url: string) => void | Promise<void>
  /** Where "add an account from the address" looks (a loopback DNS and autoconfig server in tests). */
  discover?: DiscoverOptions
}

export interface AppServices extends Services {
  dispose(): void
  /** Mail accounts and their sync (the CLI's `sync`, startMailSync for the app and browser mode). */
  mail: MailHost
  /** Sends scheduled mail and settles sends a crash left behind (the app and browser mode). */
  startOutbox: OutboxControl['startOutbox']
  /** The .ics of interviews and due follow-ups (browser mode's calendar subscription). */
  calendar: (now?: number) => string
}

export function createServices(options: ServiceOptions): AppServices {
  const { store, emit } = options
  const ctx = {
    store,
    now: options.now ?? Date.now,
    changed: (applicationIds?: string[]) => emit('dataChanged', applicationIds ? { applicationIds } : {})
  }
  const applications = createApplicationServices(ctx)
  const review = createReview(ctx, applications)
  const mail = createMailHost(ctx, {
    describeIncoming: review.describeIncoming,
    onMessageFiled: review.onMessageFiled,
    onUnmatched: review.onUnmatched,
    warmUp: review.warmUp,
    ...options.mail,
    emit
  })
  store.applications.watch((ids) => {
    if (!ids.length) return
    emit('dataChanged', { applicationIds: ids })
    mail.sync.applicationsChanged(ids) // added or edited by another process: file its earlier mail
  })
  // Drafts, sends and proposals changed by another process (the CLI, a second window on
  // browser mode) show up without a reload.
  for (const collection of [store.drafts, store.outbox, store.proposals]) {
    collection.watch((ids) => {
      if (ids.length) emit('dataChanged', {})
    })
  }
  return {
    async getStatus() {
      return {
        mode: options.mode,
        version: options.version,
        dataDir: store.dataDir,
        // Mail found in Junk within a day, told then to whatever window listened (maybe none: the app started hidden).
        warnings: [...store.warnings, ...recentJunk(store, ctx.now())],
        ...(options.desktop ? { desktop: options.desktop() } : {})
      }
    },
    ...applications,
    ...createImportExportServices(ctx),
    ...createReminderServices(ctx),
    ...createAccountServices(mail, options.discover),
    ...createSyncServices(mail),
    ...createOAuthServices(mail, options.openBrowser),
    ...createOutboxServices(ctx, mail.secretFor),
    ...createReviewServices(ctx, applications),
    ...createFactServices(ctx),
    ...createClassifyServices(ctx),
    ...createInsightsServices(ctx, options.mode),
    mail,
    dispose: () => {
      mail.sync.dispose()
      void mail.stop().finally(() => store.close())
    }
  }
}
