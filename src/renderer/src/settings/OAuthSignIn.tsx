/**
 * Settings → Sign in with Google or Microsoft: for mailboxes that refuse passwords
 * (Outlook.com since 2024, Microsoft 365, Gmail without app passwords). It first says who
 * needs it and sends everyone else to Mail accounts → Add mail account (a password, or
 * Gmail's app password, is the simpler way). Then it explains in a few steps how to make
 * your own client id (Afterview ships none), and signs in through the browser. The address
 * to open also arrives as a notice, so it is shown as a link in case no browser opened
 * (browser mode). Tokens never reach this window.
 */
import { useState, type FormEvent } from 'react'
import { OAUTH_PROVIDERS, type OAuthProviderId } from '../../../shared/oauth-providers'
import type { MailSecurity } from '../../../shared/accounts'
import { client } from '../api-client'
import { Field } from '../components/Field'
import { hrefTo } from '../lib/router'
import { useToast } from '../components/Toasts'
import { ConsentWaiting, useBrowserSignIn } from './ConsentWaiting'

interface Draft {
  provider: OAuthProviderId
  email: string
  clientId: string
  clientSecret: string
  tenant: string
  issuer: string
  scopes: string
  imapHost: string
  imapPort: string
  smtpHost: string
  smtpPort: string
}

const EMPTY: Draft = {
  provider: 'google',
  email: '',
  clientId: '',
  clientSecret: '',
  tenant: '',
  issuer: '',
  scopes: '',
  imapHost: '',
  imapPort: '993',
  smtpHost: '',
  smtpPort: '465'
}
const security = (port: number, kind: 'imap' | 'smtp'): MailSecurity =>
  (kind === 'imap' ? port === 993 : port === 465) ? 'tls' : 'starttls'

export function OAuthSignIn() {
  return (
    <>
      {/* Who this page is for, and the simpler way for everyone else, before any client ID (the README's table of providers). */}
      <div className="banner banner-info oauth-intro">
        <p>
          You need this page only for Outlook.com or Microsoft 365, which no longer take a password for mail, or for Gmail if you would
          rather not make an app password.
        </p>
        <p>
          For any other mailbox, and for Gmail with an app password, the simpler way is{' '}
          <a href={hrefTo({ page: 'settings', section: 'mail' })}>Mail accounts → Add mail account</a>: type your address and password, and
          Afterview finds the rest.
        </p>
      </div>
      <SignInForm />
    </>
  )
}

/** The provider, the address and the client ID (with how to make one), then the sign-in in the browser. */
function SignInForm() {
  const [d, setD] = useState<Draft>(EMPTY)
  const { busy, error, consentUrl, run } = useBrowserSignIn()
  const toast = useToast()
  const preset = OAUTH_PROVIDERS[d.provider]
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }))

  const server = (kind: 'imap' | 'smtp') => {
    const known = preset[kind]
    if (known) return known
    const port = Number(kind === 'imap' ? d.imapPort : d.smtpPort)
    return { host: kind === 'imap' ? d.imapHost : d.smtpHost, port, security: security(port, kind) }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    return run(async () => {
      const result = await client.signInWithOAuth({
        fields: { email: d.email, imap: server('imap'), smtp: server('smtp') },
        oauth: {
          provider: d.provider,
          ...(d.clientId.trim() ? { clientId: d.clientId.trim() } : {}),
          ...(d.clientSecret.trim() ? { clientSecret: d.clientSecret.trim() } : {}),
          ...(d.provider === 'microsoft' && d.tenant.trim() ? { tenant: d.tenant.trim() } : {}),
          ...(d.provider === 'generic' ? { issuer: d.issuer.trim(), scopes: d.scopes.split(/[\s,]+/).filter(Boolean) } : {})
        }
      })
      toast(`Signed in and connected ${result.account.email}. The first scan has started.`)
      setD(EMPTY)
    })
  }

  return (
    <form className="form card" onSubmit={(e) => void submit(e)} aria-label="Sign in with your mail provider">
      <div className="form-grid">
        <Field label="Provider">
          <select value={d.provider} onChange={(e) => set({ provider: e.target.value as OAuthProviderId })}>
            {Object.values(OAUTH_PROVIDERS).map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Email address">
          <input type="email" required value={d.email} onChange={(e) => set({ email: e.target.value })} autoComplete="email" />
        </Field>
      </div>
      <details className="oauth-steps">
        <summary>How to get a client ID for {preset.label} (a few minutes, once)</summary>
        <ol>
          {preset.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {preset.consoleUrl && (
          <p>
            Start here:{' '}
            <a href={preset.consoleUrl} target="_blank" rel="noreferrer">
              {preset.consoleUrl}
            </a>
          </p>
        )}
        <p className="muted">
          Afterview ships no client ID of its own: yours stays on this computer. Whoever packaged Afterview may have set one already — then
          leave the field empty.
        </p>
      </details>
      <div className="form-grid">
        <Field label="Client ID" hint="Leave empty if your copy of Afterview already has one.">
          <input value={d.clientId} onChange={(e) => set({ clientId: e.target.value })} autoComplete="off" />
        </Field>
        {d.provider !== 'microsoft' && (
          <Field
            label="Client secret"
            hint={
              d.provider === 'google'
                ? 'Google shows one for desktop apps. Kept in your keychain.'
                : 'Only if your provider gave you one. Kept in your keychain.'
            }
          >
            <input type="password" value={d.clientSecret} onChange={(e) => set({ clientSecret: e.target.value })} autoComplete="off" />
          </Field>
        )}
        {d.provider === 'microsoft' && (
          <Field label="Tenant" hint="Leave empty for personal and most work accounts; your administrator may give you one.">
            <input value={d.tenant} onChange={(e) => set({ tenant: e.target.value })} placeholder="common" />
          </Field>
        )}
        {d.provider === 'generic' && (
          <>
            <Field label="Issuer address" hint="The address with /.well-known/openid-configuration.">
              <input
                type="url"
                required
                value={d.issuer}
                onChange={(e) => set({ issuer: e.target.value })}
                placeholder="https://login.example.com"
              />
            </Field>
            <Field label="Scopes" hint="Separated by spaces, as your provider lists them for IMAP and SMTP.">
              <input required value={d.scopes} onChange={(e) => set({ scopes: e.target.value })} />
            </Field>
            <Field label="Incoming server (IMAP)">
              <input required value={d.imapHost} onChange={(e) => set({ imapHost: e.target.value })} placeholder="imap.example.com" />
            </Field>
            <Field label="IMAP port">
              <input inputMode="numeric" required value={d.imapPort} onChange={(e) => set({ imapPort: e.target.value })} />
            </Field>
            <Field label="Outgoing server (SMTP)">
              <input required value={d.smtpHost} onChange={(e) => set({ smtpHost: e.target.value })} placeholder="smtp.example.com" />
            </Field>
            <Field label="SMTP port">
              <input inputMode="numeric" required value={d.smtpPort} onChange={(e) => set({ smtpPort: e.target.value })} />
            </Field>
          </>
        )}
      </div>
      {busy && <ConsentWaiting url={consentUrl} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Waiting for the sign-in…' : `Sign in with ${preset.label}`}
        </button>
      </div>
    </form>
  )
}
