/**
 * "Sign in with Google / Microsoft" (OAuth2, XOAUTH2 for IMAP and SMTP): the provider
 * presets and how an OAuth2 account records its sign-in. The refresh token is never part
 * of this: it lives in the secret store like a password, keyed by the account id.
 *
 * We ship no client secret: the user (or a packager) brings a client id, and for Google
 * desktop clients its secret, which also goes to the secret store, never to the account file.
 */
import { z } from 'zod'
import type { MailServer } from './mail-server'

export const OAUTH_PROVIDER_IDS = ['google', 'microsoft', 'generic'] as const
export const OAuthProviderId = z.enum(OAUTH_PROVIDER_IDS)
export type OAuthProviderId = z.infer<typeof OAuthProviderId>

const HttpUrl = z
  .string()
  .trim()
  .url('is not a web address')
  .regex(/^https?:\/\//, 'must start with https://')

export const OAuthEndpoints = z.object({
  authorizationUrl: HttpUrl,
  tokenUrl: HttpUrl
})
export type OAuthEndpoints = z.infer<typeof OAuthEndpoints>

/** The `auth` of an account that signs in with OAuth2. */
export const OAuth2Auth = z.object({
  type: z.literal('oauth2'),
  provider: OAuthProviderId,
  clientId: z.string().trim().min(1, 'is empty').max(500, 'is too long'),
  /** Generic providers: endpoints are discovered from `<issuer>/.well-known/openid-configuration`. */
  issuer: HttpUrl.optional(),
  /** Set for Google/Microsoft from the preset (Microsoft: per tenant); overrides discovery. */
  endpoints: OAuthEndpoints.optional(),
  scopes: z.array(z.string().trim().min(1).max(300)).min(1, 'needs at least one scope').max(20),
  /** A client secret was given and is kept in the secret store. */
  hasClientSecret: z.boolean().default(false)
})
export type OAuth2Auth = z.infer<typeof OAuth2Auth>

export interface OAuthProviderPreset {
  id: OAuthProviderId
  label: string
  endpoints?: OAuthEndpoints
  scopes: string[]
  /** Extra query parameters on the consent page (Google: ask for a refresh token). */
  authorizationParams: Record<string, string>
  imap?: MailServer
  smtp?: MailServer
  /** Where to create a client id, and the few steps to do it. */
  consoleUrl?: string
  steps: string[]
}

export const MICROSOFT_SCOPES = [
  'https://outlook.office.com/IMAP.AccessAsUser.All',
  'https://outlook.office.com/SMTP.Send',
  'offline_access'
]

/** Microsoft's endpoints for a tenant: 'common' (any account), 'consumers', 'organizations' or a tenant id. */
export function microsoftEndpoints(tenant = 'common'): OAuthEndpoints {
  const base = `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/oauth2/v2.0`
  return { authorizationUrl: `${base}/authorize`, tokenUrl: `${base}/token` }
}

export const OAUTH_PROVIDERS: Record<OAuthProviderId, OAuthProviderPreset> = {
  google: {
    id: 'google',
    label: 'Google (Gmail)',
    endpoints: { authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth', tokenUrl: 'https://oauth2.googleapis.com/token' },
    scopes: ['https://mail.google.com/'],
    authorizationParams: { access_type: 'offline', prompt: 'consent' },
    imap: { host: 'imap.gmail.com', port: 993, security: 'tls' },
    smtp: { host: 'smtp.gmail.com', port: 465, security: 'tls' },
    consoleUrl: 'https://console.cloud.google.com/apis/credentials',
    steps: [
      'Open the Google Cloud console (console.cloud.google.com) and create a project, e.g. "Afterview".',
      'Under "APIs & Services → OAuth consent screen", choose External, fill in the app name and your address, and add yourself as a test user.',
      'Under "Credentials → Create credentials → OAuth client ID", choose "Desktop app".',
      'Copy the client ID and the client secret shown, and paste both here. They stay on this computer.'
    ]
  },
  microsoft: {
    id: 'microsoft',
    label: 'Microsoft (Outlook.com, Microsoft 365)',
    endpoints: microsoftEndpoints('common'),
    scopes: MICROSOFT_SCOPES,
    authorizationParams: {},
    imap: { host: 'outlook.office365.com', port: 993, security: 'tls' },
    smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
    consoleUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    steps: [
      'Open the Microsoft Entra admin center (entra.microsoft.com) → "App registrations" → "New registration".',
      'Name it "Afterview"; for personal Outlook.com accounts choose "Accounts in any organizational directory and personal Microsoft accounts".',
      'Under "Redirect URI" choose "Public client/native (mobile & desktop)" and enter http://127.0.0.1/callback (Afterview listens there, on a port it picks each time; Microsoft ignores the port for this address).',
      'Under "API permissions" add IMAP.AccessAsUser.All, SMTP.Send and offline_access (Office 365 Exchange Online / delegated).',
      'Copy the "Application (client) ID" from the Overview page and paste it here. No secret is needed.'
    ]
  },
  generic: {
    id: 'generic',
    label: 'Other OAuth2 provider',
    scopes: [],
    authorizationParams: {},
    steps: [
      'Ask your mail provider for its OAuth2 issuer address (the one that has /.well-known/openid-configuration).',
      'Register a desktop (public) client with a loopback redirect (http://127.0.0.1) and copy its client id.',
      'Enter the scopes the provider needs for IMAP and SMTP, separated by spaces.'
    ]
  }
}

/** Environment variables that can hold a client id (and secret) for a provider. */
export function clientIdEnvNames(provider: OAuthProviderId): { id: string; secret: string } {
  const name = provider.toUpperCase()
  return { id: `AFTERVIEW_OAUTH_${name}_CLIENT_ID`, secret: `AFTERVIEW_OAUTH_${name}_CLIENT_SECRET` }
}
