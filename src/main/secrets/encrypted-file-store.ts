/**
 * Secrets encrypted with Electron's safeStorage (the OS's own key), one file per account.
 * Used inside Electron when keytar is not available. The Electron side passes safeStorage in.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileSync } from 'atomically'
import type { SecretStore } from './secret-store'

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
  /** Linux only: which secret store Chromium picked; "basic_text" means a hard-coded key. */
  getSelectedStorageBackend?(): string
}

/**
 * safeStorage protects something only when a real keychain backs it. On Linux without
 * one, Chromium falls back to "basic_text": encryption with a key written in its source,
 * which protects nothing, though isEncryptionAvailable() still says true.
 */
export function safeStorageProtects(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false
  if (platform !== 'linux') return true // Keychain on macOS, DPAPI on Windows
  const backend = safeStorage.getSelectedStorageBackend?.()
  return backend !== 'basic_text' && backend !== 'unknown'
}

export function createEncryptedFileStore(safeStorage: SafeStorageLike, dir: string): SecretStore {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const pathOf = (id: string) => join(dir, `${encodeURIComponent(id)}.bin`)
  return {
    kind: 'safeStorage',
    async get(id) {
      try {
        return safeStorage.decryptString(readFileSync(pathOf(id)))
      } catch {
        return undefined
      }
    },
    async set(id, secret) {
      writeFileSync(pathOf(id), safeStorage.encryptString(secret), { mode: 0o600 })
    },
    async delete(id) {
      rmSync(pathOf(id), { force: true })
    }
  }
}
