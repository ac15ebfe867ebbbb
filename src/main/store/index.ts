/**
 * Opens the data directory: settings (conf) and one file per application.
 */
import { join } from 'node:path'
import { z } from 'zod'
import { Application, TimelineEvent } from '../../shared/model'
import { Account } from '../../shared/accounts'
import { SyncState } from './sync-state'
import { SkippedMail } from './skipped-mail'
import { Draft, OutboxRecord, StoredTemplate } from '../../shared/api/outbox'
import { Proposal } from '../../shared/api/review'
import { inferStageHistory, stageHistoryAfter } from '../../shared/core/stage-history'
import { DocumentCollection, type CollectionOptions } from './collection'
import { SettingsStore, type SettingsBackendFactory } from './settings-store'
import { tightenDataDir } from './private-files'
import { saveValidatedLists, type ValidatedOptions } from './validated-files'
import { ApplicationDigests } from './application-digests'

export const APPLICATION_FORMAT_VERSION = 2

/** Format 1 → 2: applications gain a stage history, worked out from their timeline. */
const applicationMigrations: Record<number, (data: unknown) => unknown> = {
  1: (data) => {
    const parsed = Application.safeParse(data)
    if (!parsed.success) return data // refused by validation next, and set aside as usual
    return { ...parsed.data, stageHistory: inferStageHistory(parsed.data) }
  }
}

export interface Store {
  dataDir: string
  applications: DocumentCollection<Application>
  /** What the mail sync reads of every application, without reading every application (application-digests.ts). */
  applicationDigests: ApplicationDigests
  /** Mail accounts (never their passwords) and where each mailbox's sync stopped. */
  accounts: DocumentCollection<Account>
  syncState: DocumentCollection<SyncState>
  /** Per account: mail that matched but was deliberately not filed, with the reason. */
  skippedMail: DocumentCollection<SkippedMail>
  settings: SettingsStore
  /** Follow-up drafts, the outbox (one record per draft) and the user's templates. */
  drafts: DocumentCollection<Draft>
  outbox: DocumentCollection<OutboxRecord>
  templates: DocumentCollection<StoredTemplate>
  /** Changes proposed from mail, waiting in the review queue (and the ones decided). */
  proposals: DocumentCollection<Proposal>
  /** Problems found while opening or reading, in plain words, newest last. */
  warnings: string[]
  close(): void
}

export interface StoreOptions {
  /** How settings.json is opened: conf unless the desktop app passes electron-store. */
  settingsBackend?: SettingsBackendFactory
  /** Files this build validated before are read without validating again (validated-files.ts). */
  validated?: ValidatedOptions
}

/** The Application schema with its events left unchecked (CollectionOptions.unchangedItems). */
let applicationWithoutEvents: z.ZodType | undefined

export function openStore(dataDir: string, onWarning: (message: string) => void = () => {}, options: StoreOptions = {}): Store {
  const warnings: string[] = []
  const warn = (message: string) => {
    warnings.push(message)
    onWarning(message)
  }
  tightenDataDir(dataDir) // 0700 / 0600, also for what earlier versions left readable
  const backupsDir = join(dataDir, 'backups')
  const collection = <T extends { id: string }>(
    name: string,
    noun: string,
    schema: z.ZodType<T>,
    version = 1,
    extra: Pick<CollectionOptions<T>, 'migrations' | 'beforeSave' | 'lazy' | 'unchangedItems'> = {}
  ) =>
    new DocumentCollection<T>({
      dir: join(dataDir, name),
      noun,
      schema,
      version,
      migrations: {},
      backupsDir,
      onWarning: warn,
      validated: options.validated,
      ...extra
    })
  // Every saved application carries its stage history: a stage change is recorded here, whichever part of Afterview made it.
  const applications = collection('applications', 'application', Application, APPLICATION_FORMAT_VERSION, {
    migrations: applicationMigrations,
    beforeSave: (app) => ({ ...app, stageHistory: stageHistoryAfter(app) }),
    unchangedItems: {
      field: 'events',
      // Made at the first update, not when the store opens (a sync with nothing new writes no application).
      get rest() {
        return (applicationWithoutEvents ??= Application.extend({ events: z.array(z.unknown()).default([]) }))
      },
      item: TimelineEvent
    },
    // Read when asked for, one alone or all at once: a sync with nothing new needs none of them (issue 14).
    lazy: true
  })
  const accounts = collection('accounts', 'mail account', Account)
  const syncState = collection('sync-state', 'mail sync state', SyncState)
  const skippedMail = collection('skipped-mail', 'list of skipped mail', SkippedMail)
  const drafts = collection('drafts', 'draft', Draft)
  const outbox = collection('outbox', 'outbox entry', OutboxRecord)
  const templates = collection('templates', 'template', StoredTemplate)
  const proposals = collection('proposals', 'proposal', Proposal)
  const all = [applications, accounts, syncState, skippedMail, drafts, outbox, templates, proposals]
  const settings = new SettingsStore(dataDir, backupsDir, warn, options.settingsBackend)
  settings.read()
  for (const c of all) c.load()
  return {
    dataDir,
    applications,
    applicationDigests: new ApplicationDigests(
      applications,
      join(dataDir, 'mail-index', 'applications.digests'),
      options.validated?.buildId
    ),
    accounts,
    syncState,
    skippedMail,
    settings,
    drafts,
    outbox,
    templates,
    proposals,
    // What went wrong opening the store includes the applications' files: read them first.
    get warnings() {
      applications.ensureLoaded()
      return warnings
    },
    close: () => {
      for (const c of all) c.unwatch()
      saveValidatedLists()
    }
  }
}
