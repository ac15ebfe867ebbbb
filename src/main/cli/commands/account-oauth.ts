/**
 * `afterview account add --oauth google|microsoft|generic …`: signs in through the browser
 * (printing the address to open; a browser is launched only where a desktop exists), waits
 * for the loopback redirect, tests IMAP and SMTP with the token and saves the account. The
 * refresh token goes to the keychain; without one it lasts only for this run, and we say so.
 */
import { OAUTH_PROVIDERS, OAuthProviderId } from '../../../shared/oauth-providers'
import type { MailSecurity } from '../../../shared/accounts'
import type { AccountView } from '../../../shared/accounts'
import { AfterviewError } from '../../../shared/api'
import { UsageError, type CliContext } from '../command'

type Values = Record<string, string | boolean | string[] | undefined>
export interface ServerArgHelpers {
  hostPort(value: unknown, flag: string): { host: string; port: number }
  security(value: unknown, port: number, flag: string, kind: 'imap' | 'smtp'): MailSecurity
}

/** Opens the address with the desktop's opener, only where a desktop exists; never fails. */
export function openInDesktopBrowser(url: string): void {
  const hasDesktop = process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY
  if (!hasDesktop) return
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]]
  // node:child_process loads for a sign-in, not with every command (issue 14).
  void import('node:child_process')
    .then(({ spawn }) => {
      const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true })
      child.on('error', () => undefined)
      child.unref()
    })
    .catch(() => undefined) // the address is printed; the user opens it
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

/** The sign-in goes through the API like the window's; the address to open comes back here. */
function showSignInPage(email: string, values: Values, ctx: CliContext): void {
  ctx.browser.open = (url) => {
    ctx.io.out(
      `To connect ${email}, open this address in your browser and sign in:\n  ${url}\nWaiting for the sign-in to finish (up to 5 minutes)…`
    )
    if (!values['no-browser']) openInDesktopBrowser(url)
  }
}

/** `afterview account sign-in [ID|EMAIL]`: an OAuth2 account whose sign-in expired signs in again, and keeps what it filed. */
export async function signInAgain(account: AccountView, values: Values, ctx: CliContext): Promise<number> {
  if (account.auth.type !== 'oauth2')
    throw new AfterviewError(
      'invalid_input',
      `${account.email} signs in with a password. To change it: afterview account remove ${account.email}, then add it again.`
    )
  showSignInPage(account.email, values, ctx)
  const clientSecret = text(values['client-secret'])
  try {
    await ctx.api().signInAgain({ id: account.id, ...(clientSecret ? { clientSecret } : {}) })
  } catch (error) {
    ctx.services().dispose()
    throw error
  }
  ctx.io.out(`Signed in again with ${OAUTH_PROVIDERS[account.auth.provider].label}: ${account.email} is connected.`)
  // As `account add --oauth` says: without a keychain the sign-in ends with this command.
  const { secretStore } = await ctx.api().listAccounts(undefined)
  if (secretStore.kind === 'memory')
    ctx.io.err(
      'No system keychain is available, so this sign-in is kept only until this command ends: other commands will ask you to sign in again. Install and unlock a keychain such as GNOME Keyring.'
    )
  return 0
}

export async function addWithOAuth(values: Values, ctx: CliContext, helpers: ServerArgHelpers): Promise<number> {
  try {
    return await signInAndAdd(values, ctx, helpers)
  } catch (error) {
    // The runner closes the services only after success; without this a failed sign-in leaves the store open and the process waiting.
    ctx.services().dispose()
    throw error
  }
}

async function signInAndAdd(values: Values, ctx: CliContext, helpers: ServerArgHelpers): Promise<number> {
  const provider = OAuthProviderId.safeParse(values.oauth)
  if (!provider.success) throw new UsageError(`--oauth must be google, microsoft or generic, not "${String(values.oauth)}"`)
  const preset = OAUTH_PROVIDERS[provider.data]
  const email = values.email
  if (typeof email !== 'string' || !email.includes('@')) throw new UsageError('--email is required, like --email you@example.com')
  const server = (kind: 'imap' | 'smtp') => {
    const flag = `--${kind}`
    const known = preset[kind]
    if (values[kind] === undefined && known) return known
    const hp = helpers.hostPort(values[kind], flag)
    const sec = kind === 'imap' ? values.security : (values['smtp-security'] ?? values.security)
    return { ...hp, security: helpers.security(sec, hp.port, kind === 'imap' ? '--security' : '--smtp-security', kind) }
  }
  const lookback = values['lookback-days'] === undefined ? undefined : Number(values['lookback-days'])
  if (lookback !== undefined && (!Number.isInteger(lookback) || lookback < 1))
    throw new UsageError('--lookback-days must be a whole number of days')
  const scope = text(values.scope)
  showSignInPage(email, values, ctx)
  const { account: added } = await ctx.api().signInWithOAuth({
    fields: {
      email,
      user: text(values.user),
      imap: server('imap'),
      smtp: server('smtp'),
      allowSelfSigned: values['allow-self-signed'] === true,
      ...(lookback ? { lookbackDays: lookback } : {})
    },
    oauth: {
      provider: provider.data,
      ...(text(values['client-id']) ? { clientId: text(values['client-id']) } : {}),
      ...(text(values['client-secret']) ? { clientSecret: text(values['client-secret']) } : {}),
      ...(text(values.issuer) ? { issuer: text(values.issuer) } : {}),
      ...(text(values.tenant) ? { tenant: text(values.tenant) } : {}),
      ...(scope ? { scopes: scope.split(/[\s,]+/).filter(Boolean) } : {})
    },
    skipTest: values['no-test'] === true
  })
  ctx.io.out(`Signed in with ${preset.label}. Added ${added.email} (id ${added.id}).`)
  if (added.pinnedFingerprint256)
    ctx.io.out(`Trusted the server's self-signed certificate, SHA-256 fingerprint:\n  ${added.pinnedFingerprint256}`)
  if (added.secretKind === 'memory')
    ctx.io.err(
      'No system keychain is available, so this sign-in is kept only until this command ends: other commands will ask you to sign in again. Install and unlock a keychain such as GNOME Keyring.'
    )
  return 0
}
