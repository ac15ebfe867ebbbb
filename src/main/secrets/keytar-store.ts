/** The OS keychain through keytar (libsecret on Linux, Keychain on macOS, Credential Vault on Windows). */
import { AfterviewError } from '../../shared/api'
import type { SecretStore } from './secret-store'

export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

export function createKeytarStore(keytar: KeytarLike, service: string): SecretStore {
  const fail = (what: string) => () => {
    throw new AfterviewError('unavailable', `The system keychain refused to ${what}. Unlock your keychain and try again.`)
  }
  return {
    kind: 'keychain',
    get: async (id) => (await keytar.getPassword(service, id)) ?? undefined,
    set: (id, secret) => keytar.setPassword(service, id, secret).catch(fail('save the password')),
    delete: async (id) => {
      await keytar.deletePassword(service, id).catch(fail('delete the password'))
    }
  }
}
