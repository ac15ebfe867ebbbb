/**
 * Opens the data directory: settings (conf) and one file per application.
 */
import { join } from 'node:path'
import { Application } from '../../shared/model'
import { DocumentCollection } from './collection'
import { SettingsStore } from './settings-store'

export const APPLICATION_FORMAT_VERSION = 1

export interface Store {
  dataDir: string
  applications: DocumentCollection<Application>
  settings: SettingsStore
  /** Problems found while opening or reading, in plain words, newest last. */
  warnings: string[]
  close(): void
}

export function openStore(dataDir: string, onWarning: (message: string) => void = () => {}): Store {
  const warnings: string[] = []
  const warn = (message: string) => {
    warnings.push(message)
    onWarning(message)
  }
  const backupsDir = join(dataDir, 'backups')
  const applications = new DocumentCollection<Application>({
    dir: join(dataDir, 'applications'),
    noun: 'application',
    schema: Application,
    version: APPLICATION_FORMAT_VERSION,
    migrations: {},
    backupsDir,
    onWarning: warn
  })
  const settings = new SettingsStore(dataDir, backupsDir, warn)
  settings.read()
  applications.load()
  return {
    dataDir,
    applications,
    settings,
    warnings,
    close: () => applications.unwatch()
  }
}
