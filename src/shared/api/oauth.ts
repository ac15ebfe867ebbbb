/**
 * "Sign in with Google / Microsoft / another OAuth2 provider" for a mail account. The call
 * opens the provider's consent page in the system browser (and says its address in a
 * `notice`), waits for the sign-in to come back, tests IMAP and SMTP with the token, and
 * saves the account. Tokens never come back through the API.
 */
import { z } from 'zod'
import { AccountFields, Fingerprint256 } from '../accounts'
import { Id } from '../model'
import { OAuthProviderId } from '../oauth-providers'
import { method } from './contract'
import type { AddAccountResult } from './accounts'

export const OAuthSignInRequest = z
  .object({
    provider: OAuthProviderId,
    /** Missing: taken from AFTERVIEW_OAUTH_<PROVIDER>_CLIENT_ID or the build's setting. */
    clientId: z.string().trim().min(1).max(500).optional(),
    clientSecret: z.string().trim().min(1).max(500).optional(),
    /** Generic providers: where /.well-known/openid-configuration lives. */
    issuer: z.string().trim().url('is not a web address').optional(),
    /** Microsoft: 'common' (default), 'consumers', 'organizations' or a tenant id. */
    tenant: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.-]{1,100}$/, 'is not a tenant name or id')
      .optional(),
    scopes: z.array(z.string().trim().min(1).max(300)).max(20).optional()
  })
  .strict()
export type OAuthSignInRequest = z.input<typeof OAuthSignInRequest>

export const oauthApi = {
  signInWithOAuth: method(
    z
      .object({
        fields: AccountFields,
        oauth: OAuthSignInRequest,
        skipTest: z.boolean().optional(),
        trustCertificate: Fingerprint256.optional()
      })
      .strict()
  )<AddAccountResult>(),
  /**
   * An OAuth2 account whose sign-in expired or was withdrawn: the same consent in the browser, the new sign-in tried on
   * the mail server, then kept for the same account (what it filed and read stays).
   */
  signInAgain: method(
    z
      .object({
        id: Id,
        /** Only when the keychain lost it with the sign-in (Google desktop clients need theirs). */
        clientSecret: z.string().trim().min(1).max(500).optional()
      })
      .strict()
  )<{ email: string }>()
} as const
