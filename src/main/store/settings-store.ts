/**
 * The user's settings, in `settings.json`: through conf in plain Node (the CLI, browser
 * mode), through electron-store in the desktop app, which injects it (electron-store is
 * conf with Electron's paths, so both read and write the same file the same way).
 * Versioned; a damaged file is set aside in backups/ and reported, then defaults are used
 * — never a silent reset. In plain Node, conf (and the JSON-schema validator it brings, a
 * third of the start-up code) loads on the first change of a setting, not to read them: a
 * `sync` never changes settings (issue 14).
 */
import { mkdirSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { Options as ConfOptions } from 'conf'
import { AfterviewError, describeInvalid } from '../../shared/api'
import { DEFAULT_SETTINGS, Settings } from '../../shared/model'
import { withFileLock } from './file-lock'
import { makePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './private-files'

export const SETTINGS_VERSION = 1

export type SettingsFile = {
  schemaVersion: number
  settings: unknown
}

/** What SettingsStore needs of conf (or electron-store): the whole file, and where it is. */
export interface SettingsBackend {
  store: Partial<SettingsFile>
  readonly path: string
  /** Called (and awaited) before the first write: a backend may load its library here. */
  prepare?(): Promise<void>
}

/** Opens settings.json in `cwd`; conf by default, electron-store in the desktop app. */
export type SettingsBackendFactory = (options: ConfOptions<SettingsFile> & { cwd: string; configName: string }) => SettingsBackend

/**
 * conf, loaded on the first write. Until then the file is read as conf reads it with these
 * options (no defaults, schema, migrations or encryption): the JSON in `cwd/configName.json`,
 * an empty object when there is none, a JSON error thrown as conf throws it.
 */
export const confBackend: SettingsBackendFactory = (options) => {
  let conf: SettingsBackend | undefined
  const path = join(options.cwd, `${options.configName}.json`)
  return {
    path,
    async prepare() {
      const { default: Conf } = await import('conf')
      conf ??= new Conf<SettingsFile>(options)
    },
    get store(): Partial<SettingsFile> {
      if (conf) return conf.store
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as Partial<SettingsFile>
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
        throw error
      }
    },
    set store(value: Partial<SettingsFile>) {
      if (!conf) throw new Error('settings backend written before prepare()')
      conf.store = value
    }
  }
}

export class SettingsStore {
  private readonly conf: SettingsBackend
  private cached: Settings = DEFAULT_SETTINGS

  constructor(
    private readonly dataDir: string,
    private readonly backupsDir: string,
    private readonly onWarning: (message: string) => void,
    createBackend: SettingsBackendFactory = confBackend
  ) {
    makePrivateDir(dataDir)
    // conf reads the file as it starts and throws on bad JSON: check first, set aside if damaged.
    const path = join(dataDir, 'settings.json')
    try {
      JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.setAside(path, `it is not valid JSON (${(error as Error).message})`)
    }
    this.conf = createBackend({
      cwd: dataDir,
      configName: 'settings',
      clearInvalidConfig: false,
      configFileMode: PRIVATE_FILE_MODE,
      accessPropertiesByDotNotation: false,
      serialize: (value) => JSON.stringify(value, null, 2)
    })
  }

  get path(): string {
    return this.conf.path
  }

  /** Reads settings from disk (another process may have changed them). */
  read(): Settings {
    let file: Partial<SettingsFile>
    try {
      file = this.conf.store
    } catch (error) {
      this.setAside(this.conf.path, `it is not valid JSON (${(error as Error).message})`)
      return (this.cached = DEFAULT_SETTINGS)
    }
    if (file.schemaVersion !== undefined && file.schemaVersion > SETTINGS_VERSION) {
      this.onWarning(
        `Your settings were saved by a newer version of Afterview. They were left untouched and defaults are used until you update.`
      )
      return (this.cached = DEFAULT_SETTINGS)
    }
    if (file.settings === undefined) return (this.cached = DEFAULT_SETTINGS)
    const parsed = Settings.safeParse(file.settings)
    if (!parsed.success) {
      this.setAside(this.conf.path, describeInvalid(parsed.error))
      return (this.cached = DEFAULT_SETTINGS)
    }
    return (this.cached = parsed.data)
  }

  get current(): Settings {
    return this.cached
  }

  async update(change: (current: Settings) => Settings): Promise<Settings> {
    try {
      await this.conf.prepare?.()
    } catch (error) {
      // conf reads the file as it starts: damaged since Afterview opened it, it is set aside as at start-up.
      if (!(error instanceof SyntaxError)) throw error
      this.setAside(this.conf.path, `it is not valid JSON (${error.message})`)
      await this.conf.prepare?.()
    }
    return withFileLock(this.conf.path, () => {
      const next = Settings.safeParse(change(this.read()))
      if (!next.success) throw new AfterviewError('invalid_input', `Those settings could not be saved: ${describeInvalid(next.error)}.`)
      this.conf.store = { schemaVersion: SETTINGS_VERSION, settings: next.data }
      return (this.cached = next.data)
    })
  }

  private setAside(path: string, why: string): void {
    mkdirSync(this.backupsDir, { recursive: true, mode: PRIVATE_DIR_MODE })
    const backup = join(this.backupsDir, `settings.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
    try {
      renameSync(path, backup)
      this.onWarning(
        `Your settings file could not be read (${why}). It was moved to ${backup} and the default settings are used; your applications are not affected.`
      )
    } catch (error) {
      this.onWarning(
        `Your settings file could not be read (${why}) and could not be set aside (${(error as Error).message}). Default settings are used for now.`
      )
    }
  }
}
