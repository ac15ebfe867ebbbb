/**
 * Where mail passwords live: the OS keychain through keytar when it works; inside
 * Electron, safeStorage-encrypted files (injected by the Electron side, so this module
 * never imports electron); otherwise only in memory for this session, with a notice.
 * `AFTERVIEW_PASSWORD` (CLI, CI) is read by the callers, not stored here.
 *
 * Nothing here ever logs or throws a secret: errors name the account, never the value.
 */
import { createKeytarStore, type KeytarLike } from './keytar-store'
import { createEncryptedFileStore, safeStorageProtects, type SafeStorageLike } from './encrypted-file-store'
import type { SecretStore } from './secret-store'

export type { SecretKind, SecretStore } from './secret-store'

export const KEYCHAIN_SERVICE = 'Afterview'

/** What keeping passwords in memory means, for whoever reads Settings → Mail accounts: no environment variables there. */
export const MEMORY_NOTICE =
  'Afterview cannot use a keychain on this computer, so it keeps your mail password only until Afterview closes: you will be asked for it again the next time you open Afterview. To have it remembered, install and unlock a keychain such as GNOME Keyring, then restart Afterview.'

/** The same, as the command line says it (`afterview account add`, `account list`): there AFTERVIEW_PASSWORD is the way. */
export const MEMORY_NOTICE_CLI =
  'No system keychain is available, so Afterview keeps mail passwords in memory only: you will be asked again after a restart. (Install and unlock a keychain such as GNOME Keyring, or set AFTERVIEW_PASSWORD for the command line.)'

/** A password account with none saved: the window points to Settings; the command line also names AFTERVIEW_PASSWORD. */
export const noPasswordSaved = (email: string, where: 'window' | 'command line' = 'window'): string =>
  `No password is saved for ${email} on this computer. Enter it again in Settings → Mail accounts${where === 'command line' ? ' (or set AFTERVIEW_PASSWORD for the command line)' : ''}.`

export function createMemorySecretStore(notice: string | undefined = MEMORY_NOTICE): SecretStore {
  const secrets = new Map<string, string>()
  return {
    kind: 'memory',
    notice,
    get: async (id) => secrets.get(id),
    set: async (id, secret) => {
      secrets.set(id, secret)
    },
    delete: async (id) => {
      secrets.delete(id)
    }
  }
}

export interface SecretStoreOptions {
  /** Electron's safeStorage, passed in by the Electron side. */
  safeStorage?: SafeStorageLike
  /** Folder for safeStorage-encrypted secrets (inside the data dir). */
  secretsDir?: string
  /** For tests: a keytar module, or null to pretend keytar is missing. */
  keytar?: KeytarLike | null
}

/** Loads keytar if it was built on this machine (it is an optional dependency). */
export async function loadKeytar(): Promise<KeytarLike | null> {
  try {
    const mod = (await import('keytar')) as KeytarLike & { default?: KeytarLike }
    // Node's CJS interop names only some of keytar's exports (getPassword, not setPassword): prefer the whole module.
    const keytar = mod.default ?? mod
    return typeof keytar.setPassword === 'function' ? keytar : null
  } catch {
    return null
  }
}

/**
 * Picks the best store that works right now: keytar is probed with a harmless read, since
 * it loads fine without a D-Bus session and only fails on first use.
 */
export async function openSecretStore(options: SecretStoreOptions = {}): Promise<SecretStore> {
  const keytar = options.keytar === undefined ? await loadKeytar() : options.keytar
  if (keytar) {
    const store = createKeytarStore(keytar, KEYCHAIN_SERVICE)
    try {
      await withTimeout(store.get('afterview-probe'), 3000)
      return store
    } catch {
      // no Secret Service / locked keychain: fall through
    }
  }
  if (options.safeStorage && options.secretsDir) {
    try {
      // With the "basic_text" backend the passwords would be as good as plain text: say so, keep them in memory.
      if (safeStorageProtects(options.safeStorage)) return createEncryptedFileStore(options.safeStorage, options.secretsDir)
    } catch {
      // fall through
    }
  }
  return createMemorySecretStore()
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms)
    promise.then(
      (v) => {
        clearTimeout(timer)
        resolve(v)
      },
      (e: unknown) => {
        clearTimeout(timer)
        reject(e instanceof Error ? e : new Error(String(e)))
      }
    )
  })
}
