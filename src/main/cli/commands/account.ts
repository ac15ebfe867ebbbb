import { guessPreset, presetOf, type MailSecurity, type MailServer, type PresetId } from '../../../shared/accounts'
import { STEP_LABELS } from '../../../shared/autoconfig'
import { AfterviewError } from '../../../shared/api'
import type { AccountView } from '../../../shared/accounts'
import { UsageError, type Command, type CliContext } from '../command'
import { CATALOG } from '../catalog'
import { readPassword } from '../password'
import { addWithOAuth, signInAgain } from './account-oauth'
import { MEMORY_NOTICE_CLI, noPasswordSaved } from '../../secrets'

/** The window's notice names no environment variable; the command line's says AFTERVIEW_PASSWORD. */
const noticeForCli = (store: { kind: string; notice: string }) => (store.kind === 'memory' ? MEMORY_NOTICE_CLI : store.notice)

function hostPort(value: unknown, flag: string): { host: string; port: number } {
  if (typeof value !== 'string' || !value) throw new UsageError(`${flag} is required, like ${flag} imap.example.com:993`)
  const m = /^(.+):(\d{1,5})$/.exec(value.trim())
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535)
    throw new UsageError(`${flag} must look like host:port (e.g. mail.example.com:993), not "${value}"`)
  return { host: m[1]!, port: Number(m[2]) }
}

function security(value: unknown, port: number, flag: string, kind: 'imap' | 'smtp'): MailSecurity {
  if (value === undefined) return (kind === 'imap' ? port === 993 : port === 465) ? 'tls' : 'starttls'
  if (value === 'tls' || value === 'starttls' || value === 'none') return value
  throw new UsageError(`${flag} must be tls, starttls or none, not "${String(value)}"`)
}

async function findAccount(ctx: CliContext, key: string | undefined): Promise<AccountView> {
  const all = (await ctx.api().listAccounts(undefined)).accounts
  if (!key) {
    if (all.length === 1) return all[0]!
    throw new UsageError(
      all.length === 0
        ? 'No mail account is connected yet. Add one with "afterview account add".'
        : 'Several accounts are connected: name one by id or address (see "afterview account list").'
    )
  }
  const found = all.find((a) => a.id === key || a.email === key.toLowerCase())
  if (!found) throw new AfterviewError('not_found', `No connected account is called "${key}". See "afterview account list".`)
  return found
}

type Flags = Record<string, string | boolean | string[] | undefined>

/**
 * The servers to use: from --imap and --smtp when given, otherwise looked up from the address alone
 * (presets, autoconfig, MX, SRV, common names: the same lookup as the app's form), saying how.
 */
async function serversFor(
  email: string,
  values: Flags,
  ctx: CliContext
): Promise<{ imap: MailServer; smtp: MailServer; user?: string; preset?: PresetId }> {
  const securityFlags = { imap: values.security, smtp: values['smtp-security'] ?? values.security }
  if (values.imap !== undefined || values.smtp !== undefined) {
    if (values.imap === undefined || values.smtp === undefined)
      throw new UsageError('Give both --imap and --smtp, or neither to look the servers up from the address.')
    const imap = hostPort(values.imap, '--imap')
    const smtp = hostPort(values.smtp, '--smtp')
    return {
      imap: { ...imap, security: security(securityFlags.imap, imap.port, '--security', 'imap') },
      smtp: { ...smtp, security: security(securityFlags.smtp, smtp.port, '--smtp-security', 'smtp') }
    }
  }
  ctx.io.err(`Looking up the mail servers of ${email.split('@')[1]}…`)
  const { found, steps } = await ctx.api().discoverAccount({ email })
  if (!found)
    throw new AfterviewError(
      'not_found',
      [
        `Could not find the mail servers for ${email}:`,
        ...steps.map((step) => `  ${STEP_LABELS[step.source]}: ${step.result}`),
        'Give them with --imap HOST:PORT --smtp HOST:PORT (your provider’s help pages list them).'
      ].join('\n')
    )
  const line = (kind: string, server: MailServer): string => `${kind} ${server.host}:${server.port} (${server.security})`
  ctx.io.out(`${found.how} ${line('IMAP', found.imap)}, ${line('SMTP', found.smtp)}.`)
  // --security and --smtp-security still say how to connect to what was found.
  const override = (server: MailServer, value: unknown, flag: string, kind: 'imap' | 'smtp'): MailServer =>
    value === undefined ? server : { ...server, security: security(value, server.port, flag, kind) }
  return {
    imap: override(found.imap, securityFlags.imap, '--security', 'imap'),
    smtp: override(found.smtp, securityFlags.smtp, '--smtp-security', 'smtp'),
    preset: found.preset,
    ...(found.user ? { user: found.user } : {})
  }
}

const SECRET_WORDS = {
  keychain: 'kept in the system keychain',
  safeStorage: 'kept encrypted by the app',
  memory: 'kept in memory for this session',
  missing: 'not saved on this computer (give it with AFTERVIEW_PASSWORD)'
} as const

export const account: Command = {
  ...CATALOG.account,
  async run({ values, positionals }, ctx) {
    const [sub, target] = positionals
    const api = ctx.api()
    if (sub === 'add' && values.oauth !== undefined) return addWithOAuth(values, ctx, { hostPort, security })
    if (sub === 'add') {
      const email = values.email
      if (typeof email !== 'string' || !email.includes('@')) throw new UsageError('--email is required, like --email you@example.com')
      const servers = await serversFor(email, values, ctx)
      const lookback = values['lookback-days'] === undefined ? undefined : Number(values['lookback-days'])
      if (lookback !== undefined && (!Number.isInteger(lookback) || lookback < 1))
        throw new UsageError('--lookback-days must be a whole number of days')
      const password = await readPassword(ctx.io, `Password for ${email}: `)
      if (!password) throw new UsageError('No password given: pipe it on stdin or set AFTERVIEW_PASSWORD.')
      const { account: added } = await api
        .addAccount({
          fields: {
            email,
            preset: servers.preset ?? guessPreset(email),
            user: typeof values.user === 'string' ? values.user : servers.user,
            imap: servers.imap,
            smtp: servers.smtp,
            allowSelfSigned: values['allow-self-signed'] === true,
            ...(lookback ? { lookbackDays: lookback } : {})
          },
          password,
          skipTest: values['no-test'] === true
        })
        .catch((error: unknown) => {
          // The app's words name its button; here the same choice is a flag.
          if (error instanceof AfterviewError && error.code === 'mail_tls')
            throw new AfterviewError('mail_tls', error.message.replace('choose "Trust this certificate"', 'add --allow-self-signed'))
          throw error
        })
      ctx.io.out(`Added ${added.email} (id ${added.id}).`)
      if (added.pinnedFingerprint256)
        ctx.io.out(`Trusted the server's self-signed certificate, SHA-256 fingerprint:\n  ${added.pinnedFingerprint256}`)
      const { secretStore } = await api.listAccounts(undefined)
      if (secretStore.notice) ctx.io.err(noticeForCli({ kind: secretStore.kind, notice: secretStore.notice }))
      return 0
    }
    if (sub === 'test') {
      const found = await findAccount(ctx, target)
      // The app's words point to Settings; here the way to give the password is AFTERVIEW_PASSWORD.
      if (found.auth.type !== 'oauth2' && found.secretKind === 'missing' && !process.env.AFTERVIEW_PASSWORD)
        throw new AfterviewError('mail_auth', noPasswordSaved(found.email, 'command line'))
      const report = await api.testAccount({
        id: found.id,
        ...(process.env.AFTERVIEW_PASSWORD ? { password: process.env.AFTERVIEW_PASSWORD } : {})
      })
      ctx.io.out(`${report.imap.ok ? '✓' : '✗'} ${report.imap.message}`)
      ctx.io.out(`${report.smtp.ok ? '✓' : '✗'} ${report.smtp.message}`)
      if (report.untrustedCertificate) ctx.io.out(`The server's certificate fingerprint is ${report.untrustedCertificate.fingerprint256}.`)
      return report.ok ? 0 : 1
    }
    if (sub === 'list') {
      const { accounts, secretStore } = await api.listAccounts(undefined)
      if (values.json) {
        for (const a of accounts)
          ctx.io.out(
            JSON.stringify({
              id: a.id,
              email: a.email,
              imap: a.imap,
              smtp: a.smtp,
              user: a.user,
              preset: a.preset,
              pinnedFingerprint256: a.pinnedFingerprint256,
              signIn: a.auth.type === 'oauth2' ? `oauth2 (${a.auth.provider})` : 'password',
              secretKept: a.secretKind,
              lastSyncAt: a.sync.lastSyncAt
            })
          )
        if (accounts.length === 0 && ctx.io.outIsTerminal) ctx.io.err('No mail account is connected.')
        return 0
      }
      if (accounts.length === 0) ctx.io.out('No mail account is connected. Add one with "afterview account add --help".')
      for (const a of accounts)
        ctx.io.out(
          `${a.id}  ${a.email}  imap ${a.imap.host}:${a.imap.port} (${a.imap.security})  smtp ${a.smtp.host}:${a.smtp.port} (${a.smtp.security})  ${presetOf(a.preset).label}  ${a.auth.type === 'oauth2' ? `signed in with ${a.auth.provider}` : 'password'}: ${SECRET_WORDS[a.secretKind]}${a.sync.lastSyncAt ? `  last sync ${a.sync.lastSyncAt}` : ''}`
        )
      if (secretStore.notice) ctx.io.err(noticeForCli({ kind: secretStore.kind, notice: secretStore.notice }))
      return 0
    }
    if (sub === 'sign-in') return signInAgain(await findAccount(ctx, target), values, ctx)
    if (sub === 'remove') {
      if (!target) throw new UsageError('Name the account to remove by id or address.')
      const found = await findAccount(ctx, target)
      await api.removeAccount({ id: found.id })
      const secret = found.auth.type === 'oauth2' ? 'its sign-in' : 'its saved password'
      // Only what existed is said to be removed: a password that was never saved is not mentioned.
      ctx.io.out(
        `Removed ${found.email}${found.secretKind === 'missing' ? '' : ` and ${secret}`}. Messages already filed on applications stay there.`
      )
      return 0
    }
    throw new UsageError(
      sub ? `There is no "account ${sub}": say add, test, list, sign-in or remove.` : 'Say what to do: add, test, list, sign-in or remove.'
    )
  }
}
