/**
 * PKCE (RFC 7636) and the `state` value for the authorization-code flow: random values
 * from the OS, the S256 challenge, base64url without padding.
 */
import { createHash, randomBytes } from 'node:crypto'

export interface Pkce {
  verifier: string
  challenge: string
  method: 'S256'
}

/** A 43-character verifier (32 random bytes) and its S256 challenge. */
export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: challengeOf(verifier), method: 'S256' }
}

export function challengeOf(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url')
}

/** An unguessable `state` that ties the redirect to this sign-in. */
export function randomState(): string {
  return randomBytes(24).toString('base64url')
}
