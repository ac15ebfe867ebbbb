/**
 * The desktop app keeps settings through electron-store, the project's settings library
 * for Electron. It is conf with Electron's paths and version, so it reads and writes the
 * very settings.json that conf does in browser mode and the CLI. This module is the only
 * place that imports it: plain Node never loads Electron.
 */
import ElectronStore from 'electron-store'
import type { SettingsBackendFactory, SettingsFile } from '../store/settings-store'

export const electronStoreBackend: SettingsBackendFactory = ({ configName, ...options }) =>
  new ElectronStore<SettingsFile>({ ...options, name: configName })
