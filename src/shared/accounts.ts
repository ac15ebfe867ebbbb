/**
 * Mail accounts: where the mailbox lives and how to reach it. The password is never part
 * of an Account: it lives in the keychain (src/main/secrets), keyed by the account id.
 */
import { z } from 'zod'
import { Id, Instant } from './model'
import { MailServer } from './mail-server'
import { OAuth2Auth } from './oauth-providers'

export { MailSecurity, SECURITY_LABELS, MailServer } from './mail-server'

/** "AB:CD:…" — 32 bytes in hex, as Node's `getPeerCertificate().fingerprint256` prints it. */
export const Fingerprint256 = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'is not a SHA-256 fingerprint like AB:CD:…')

/** How Afterview logs in: a password, or OAuth2 (XOAUTH2; see oauth-providers.ts). */
export const AccountAuth = z.discriminatedUnion('type', [z.object({ type: z.literal('password') }), OAuth2Auth])
export type AccountAuth = z.infer<typeof AccountAuth>

export const PRESET_IDS = ['gmail', 'outlook', 'yahoo', 'icloud', 'fastmail', 'proton-bridge', 'other'] as const
export const PresetId = z.enum(PRESET_IDS)
export type PresetId = z.infer<typeof PresetId>

export const Account = z.object({
  id: Id,
  email: z.string().trim().toLowerCase().email('is not an email address'),
  displayName: z.string().trim().max(200).default(''),
  preset: PresetId.default('other'),
  imap: MailServer,
  smtp: MailServer,
  /** Login name; usually the address. */
  user: z.string().trim().min(1, 'is empty').max(320),
  /** The user chose to trust this server's self-signed certificate; it is pinned below. */
  allowSelfSigned: z.boolean().default(false),
  pinnedFingerprint256: Fingerprint256.optional(),
  /** The pinned certificate itself (public, PEM), so TLS can verify against exactly it. */
  pinnedCertificate: z
    .string()
    .max(20000)
    .regex(/^-----BEGIN CERTIFICATE-----/, 'is not a PEM certificate')
    .optional(),
  /** First scan reaches back this many days. */
  lookbackDays: z.number().int().min(1).max(3650).default(180),
  auth: AccountAuth.default({ type: 'password' }),
  /** Found by SPECIAL-USE on the first sync. */
  sentFolder: z.string().max(500).optional(),
  createdAt: Instant,
  updatedAt: Instant.optional()
})
export type Account = z.infer<typeof Account>

/** What the user types to add or edit an account. */
export const AccountFields = Account.pick({
  email: true,
  displayName: true,
  preset: true,
  imap: true,
  smtp: true,
  user: true,
  allowSelfSigned: true,
  pinnedFingerprint256: true,
  lookbackDays: true
}).extend({ user: Account.shape.user.optional() })
export type AccountFields = z.input<typeof AccountFields>

/**
 * An edit of some fields: only what is given changes. (A plain `.partial()` would still
 * fill in defaults — allowSelfSigned false, lookback 180 days — and so undo settings the
 * edit never mentioned.)
 */
export const AccountFieldsPatch = z.object(
  Object.fromEntries(
    Object.entries(AccountFields.shape).map(([key, schema]) => [
      key,
      (schema instanceof z.ZodDefault ? schema.removeDefault() : schema).optional()
    ])
  )
) as unknown as ReturnType<typeof AccountFields.partial>

export interface AccountPreset {
  id: PresetId
  label: string
  imap?: MailServer
  smtp?: MailServer
  /** The provider refuses the normal password for IMAP: an app password is needed. */
  needsAppPassword: boolean
  /** Where to make one, for the hint. */
  appPasswordUrl?: string
  /** The server uses a self-signed certificate (Proton Mail Bridge). */
  selfSigned: boolean
  /** Gmail: the "All Mail" folder (\All) holds everything; scan it instead of INBOX. */
  scanAllMail: boolean
  /** Login name is the whole address (otherwise the user types it). */
  userIsEmail: boolean
  hint: string
}

const tls = (host: string, port = 993): MailServer => ({ host, port, security: 'tls' })
const starttls = (host: string, port = 587): MailServer => ({ host, port, security: 'starttls' })

export const ACCOUNT_PRESETS: AccountPreset[] = [
  {
    id: 'gmail',
    label: 'Gmail',
    imap: tls('imap.gmail.com'),
    smtp: tls('smtp.gmail.com', 465),
    needsAppPassword: true,
    appPasswordUrl: 'https://myaccount.google.com/apppasswords',
    selfSigned: false,
    scanAllMail: true,
    userIsEmail: true,
    hint: 'Gmail needs an app password (Google account → Security → 2-Step Verification → App passwords).'
  },
  {
    id: 'outlook',
    label: 'Outlook / Microsoft 365',
    imap: tls('outlook.office365.com'),
    smtp: starttls('smtp.office365.com'),
    needsAppPassword: false,
    selfSigned: false,
    scanAllMail: false,
    userIsEmail: true,
    hint: 'If your organisation turned off password sign-in for mail, ask its administrator to allow IMAP.'
  },
  {
    id: 'yahoo',
    label: 'Yahoo Mail',
    imap: tls('imap.mail.yahoo.com'),
    smtp: tls('smtp.mail.yahoo.com', 465),
    needsAppPassword: true,
    appPasswordUrl: 'https://login.yahoo.com/account/security',
    selfSigned: false,
    scanAllMail: false,
    userIsEmail: true,
    hint: 'Yahoo needs an app password (Account security → Generate app password).'
  },
  {
    id: 'icloud',
    label: 'iCloud Mail',
    imap: tls('imap.mail.me.com'),
    smtp: starttls('smtp.mail.me.com'),
    needsAppPassword: true,
    appPasswordUrl: 'https://account.apple.com',
    selfSigned: false,
    scanAllMail: false,
    userIsEmail: true,
    hint: 'iCloud needs an app-specific password (account.apple.com → Sign-In and Security).'
  },
  {
    id: 'fastmail',
    label: 'Fastmail',
    imap: tls('imap.fastmail.com'),
    smtp: tls('smtp.fastmail.com', 465),
    needsAppPassword: true,
    appPasswordUrl: 'https://app.fastmail.com/settings/security/apps',
    selfSigned: false,
    scanAllMail: false,
    userIsEmail: true,
    hint: 'Fastmail needs an app password (Settings → Privacy & Security → App passwords).'
  },
  {
    id: 'proton-bridge',
    label: 'Proton Mail Bridge',
    imap: starttls('127.0.0.1', 1143),
    smtp: starttls('127.0.0.1', 1025),
    needsAppPassword: false,
    selfSigned: true,
    scanAllMail: false,
    userIsEmail: true,
    hint: 'Start Proton Mail Bridge first and use the password it shows (not your Proton password). Its certificate is self-signed: trust it when asked.'
  },
  {
    id: 'other',
    label: 'Other (IMAP/SMTP)',
    needsAppPassword: false,
    selfSigned: false,
    scanAllMail: false,
    userIsEmail: true,
    hint: 'Your provider lists its IMAP and SMTP servers in its help pages.'
  }
]

export function presetOf(id: PresetId): AccountPreset {
  return ACCOUNT_PRESETS.find((p) => p.id === id) ?? ACCOUNT_PRESETS[ACCOUNT_PRESETS.length - 1]!
}

/** Guesses the preset from the address (gmail.com → Gmail, …). */
export function guessPreset(email: string): PresetId {
  const domain = email.split('@')[1]?.toLowerCase() ?? ''
  if (/^(gmail|googlemail)\.com$/.test(domain)) return 'gmail'
  if (/^(outlook|hotmail|live|msn)\.[a-z.]+$/.test(domain)) return 'outlook'
  if (/^(yahoo|ymail)\.[a-z.]+$/.test(domain)) return 'yahoo'
  if (/^(icloud|me|mac)\.com$/.test(domain)) return 'icloud'
  if (/^fastmail\.(com|fm)$/.test(domain)) return 'fastmail'
  if (/^(proton\.me|protonmail\.com|pm\.me)$/.test(domain)) return 'proton-bridge'
  return 'other'
}

/**
 * Why an account's mail is not being read: the server refused the sign-in (a password changed or revoked, a sign-in
 * expired), its certificate or security settings (both need the user: nothing gets better by trying again), or the
 * connection (the network, the server down: tried again by itself).
 */
export const MailProblem = z.enum(['sign-in', 'settings', 'connection'])
export type MailProblem = z.infer<typeof MailProblem>

/** An account's sync as the window sees it. */
export interface SyncView {
  state: 'idle' | 'syncing' | 'watching' | 'error' | 'stopped'
  lastSyncAt?: string
  message?: string
  filed: number
  /** Set while the mail cannot be read (kept while it tries again), cleared by the next pass that works. */
  problem?: MailProblem
  /** Since when it has not been read (ISO): the first failure after the last pass that worked. */
  troubleSince?: string
}

/** An account as the window sees it, with where its password is kept and its sync state. */
export interface AccountView extends Account {
  secretKind: 'keychain' | 'safeStorage' | 'memory' | 'missing'
  sync: SyncView
  /** Mail that matched an application but could not be filed, newest first, with the reason. */
  skipped?: SkippedMailItem[]
  /** The user's own folders the sync reads beside the inbox, Sent and the Archive ("Jobs"), as the server names them. */
  folders?: string[]
}

/** A mail the sync deliberately left off the timeline, and why (shown in Settings → Mail accounts). */
export interface SkippedMailItem {
  messageId: string
  subject: string
  from: string
  date: string
  reason: string
  /** When it was skipped (ISO). */
  at: string
}

export interface ConnectionReport {
  ok: boolean
  imap: { ok: boolean; code?: string; message: string }
  smtp: { ok: boolean; code?: string; message: string }
  /** Set when a server showed a certificate the system does not trust: offer to pin it. */
  untrustedCertificate?: { fingerprint256: string; subject: string; server: 'imap' | 'smtp' }
}
