/**
 * Where passwords live. With a Secret Service on the machine (CI runs this file inside
 * dbus-run-session + gnome-keyring-daemon, see RECIPES "Keychain"), keytar is tested for
 * real; otherwise the memory fallback and its notice are.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KEYCHAIN_SERVICE, loadKeytar, openSecretStore } from '../../src/main/secrets'
import { needsKeychain } from '../support/keychain'

const keytar = await loadKeytar()

describe('secret store', () => {
  it('keeps a password in the real keychain and deletes it', async (ctx) => {
    needsKeychain(ctx)
    const store = await openSecretStore()
    expect(store.kind).toBe('keychain')
    expect(store.notice).toBeUndefined()
    const id = `acct-test-${Date.now()}`
    await store.set(id, 'hunter2-keychain')
    expect(await store.get(id)).toBe('hunter2-keychain')
    expect(await keytar!.getPassword(KEYCHAIN_SERVICE, id)).toBe('hunter2-keychain')
    await store.delete(id)
    expect(await store.get(id)).toBeUndefined()
  })

  it('falls back to memory for this session, with a notice, when no keychain works', async () => {
    const broken = {
      getPassword: async () => {
        throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
      },
      setPassword: async () => {},
      deletePassword: async () => true
    }
    const store = await openSecretStore({ keytar: broken })
    expect(store.kind).toBe('memory')
    // Said for the window: what it means for the password and what to do, no environment variable.
    expect(store.notice).toMatch(/keeps your mail password only until Afterview closes/)
    expect(store.notice).toMatch(/install and unlock a keychain such as GNOME Keyring, then restart Afterview/)
    expect(store.notice).not.toMatch(/AFTERVIEW_PASSWORD/)
    await store.set('a', 'pw-in-memory')
    expect(await store.get('a')).toBe('pw-in-memory')
    await store.delete('a')
    expect(await store.get('a')).toBeUndefined()
    const missing = await openSecretStore({ keytar: null })
    expect(missing.kind).toBe('memory')
  })

  it('inside Electron without a keychain, encrypts with safeStorage and never writes the password in clear', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterview-secrets-'))
    try {
      const safeStorage = {
        isEncryptionAvailable: () => true,
        encryptString: (s: string) => Buffer.from(Buffer.from(s).map((b) => b ^ 0x5a)),
        decryptString: (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a)).toString()
      }
      const store = await openSecretStore({ keytar: null, safeStorage, secretsDir: dir })
      expect(store.kind).toBe('safeStorage')
      await store.set('acct-1', 'pw-safe-storage')
      expect(await store.get('acct-1')).toBe('pw-safe-storage')
      for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).toString()).not.toContain('pw-safe-storage')
      await store.delete('acct-1')
      expect(await store.get('acct-1')).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
