/**
 * What every secret store offers (keychain, safeStorage files, memory). Its own file so
 * the stores and index.ts, which picks one, import it from below.
 */
export type SecretKind = 'keychain' | 'safeStorage' | 'memory'

export interface SecretStore {
  kind: SecretKind
  /** Plain words for the user when the passwords are not kept safely across restarts. */
  notice?: string
  get(accountId: string): Promise<string | undefined>
  set(accountId: string, secret: string): Promise<void>
  delete(accountId: string): Promise<void>
}
