// Over 300 lines: the add-account form and its address lookup status are one screen's state; the lookup's words could move to their own component when it grows.
/**
 * Settings → Mail accounts → Add: type the address and Afterview finds the servers
 * (presets, the domain's autoconfig, MX, SRV records, common names) and says how it found
 * them. The server fields stay visible and editable: manual entry is always possible.
 * Trusting a self-signed certificate is offered by its fingerprint, shown once.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { AccountList } from '../../../shared/api'
import type { AccountPreset, ConnectionReport, MailSecurity, PresetId } from '../../../shared/accounts'
import { STEP_LABELS, type DiscoveredSettings, type Discovery } from '../../../shared/autoconfig'
import { client } from '../api-client'
import { Field } from '../components/Field'
import { useToast } from '../components/Toasts'
import { errorText } from '../lib/format'

const SECURITY: Array<[MailSecurity, string]> = [
  ['tls', 'TLS'],
  ['starttls', 'STARTTLS'],
  ['none', 'None']
]

interface Draft {
  preset: PresetId
  email: string
  displayName: string
  user: string
  password: string
  imapHost: string
  imapPort: string
  imapSecurity: MailSecurity
  smtpHost: string
  smtpPort: string
  smtpSecurity: MailSecurity
  lookbackDays: string
}

const EMPTY: Draft = {
  preset: 'other',
  email: '',
  displayName: '',
  user: '',
  password: '',
  imapHost: '',
  imapPort: '993',
  imapSecurity: 'tls',
  smtpHost: '',
  smtpPort: '465',
  smtpSecurity: 'tls',
  lookbackDays: '180'
}

const PASSWORD_HINTS: Record<AccountList['secretStore']['kind'], string> = {
  keychain: "Kept in your system keychain, never in Afterview's files.",
  safeStorage: "Kept encrypted with your system's key, never in Afterview's files as plain text.",
  memory: 'Kept only while Afterview runs (no system keychain); you will be asked again after a restart.'
}

export function AddAccountForm({ secretKind, onDone }: { secretKind: AccountList['secretStore']['kind']; onDone: () => void }) {
  const [presets, setPresets] = useState<AccountPreset[]>([])
  const [d, setD] = useState<Draft>(EMPTY)
  const [busy, setBusy] = useState(false)
  const [finding, setFinding] = useState(false)
  const [discovery, setDiscovery] = useState<Discovery>()
  /** Found, but not filled in: the user had typed servers of their own. */
  const [kept, setKept] = useState(false)
  const [error, setError] = useState<string>()
  const [report, setReport] = useState<ConnectionReport>()
  const toast = useToast()
  useEffect(() => {
    void client.getAccountPresets(undefined).then(setPresets)
  }, [])
  const preset = presets.find((p) => p.id === d.preset)
  const set = (patch: Partial<Draft>) => {
    setD((x) => ({ ...x, ...patch }))
    setReport(undefined)
  }
  const choosePreset = (id: PresetId) => {
    const p = presets.find((x) => x.id === id)
    set({
      preset: id,
      ...(p?.imap ? { imapHost: p.imap.host, imapPort: String(p.imap.port), imapSecurity: p.imap.security } : {}),
      ...(p?.smtp ? { smtpHost: p.smtp.host, smtpPort: String(p.smtp.port), smtpSecurity: p.smtp.security } : {})
    })
  }
  const fillFrom = (f: DiscoveredSettings) =>
    set({
      preset: f.preset,
      user: f.user && f.user !== d.email.trim().toLowerCase() ? f.user : '',
      imapHost: f.imap.host,
      imapPort: String(f.imap.port),
      imapSecurity: f.imap.security,
      smtpHost: f.smtp.host,
      smtpPort: String(f.smtp.port),
      smtpSecurity: f.smtp.security
    })
  // Servers the user typed are theirs: a lookup started by leaving the address field never overwrites them.
  const typedServers = useRef(false)
  const findServers = async (asked: boolean) => {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(d.email.trim()) || finding) return
    setFinding(true)
    setError(undefined)
    try {
      const found = await client.discoverAccount({ email: d.email })
      setDiscovery(found)
      const f = found.found
      setKept(Boolean(f) && !asked && typedServers.current)
      if (f && (asked || !typedServers.current)) fillFrom(f)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setFinding(false)
    }
  }
  const fields = (trust?: string) => ({
    email: d.email,
    displayName: d.displayName,
    preset: d.preset,
    user: d.user || undefined,
    imap: { host: d.imapHost, port: Number(d.imapPort), security: d.imapSecurity },
    smtp: { host: d.smtpHost, port: Number(d.smtpPort), security: d.smtpSecurity },
    allowSelfSigned: trust !== undefined,
    lookbackDays: Number(d.lookbackDays) || 180
  })
  const add = async (trust?: string) => {
    setBusy(true)
    setError(undefined)
    try {
      await client.addAccount({ fields: fields(trust), password: d.password, ...(trust ? { trustCertificate: trust } : {}) })
      toast(`Connected ${d.email}. The first scan has started.`)
      onDone()
    } catch (e) {
      // Ask the server what it showed, to offer trusting a self-signed certificate.
      const tested =
        (e as { code?: string }).code === 'mail_tls'
          ? await client.testAccount({ fields: fields(), password: d.password }).catch(() => undefined)
          : undefined
      setReport(tested)
      // The offer below names the fingerprint; the error would only say it a second time.
      setError(tested?.untrustedCertificate ? undefined : errorText(e))
    } finally {
      setBusy(false)
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void add()
  }
  const found = discovery?.found
  return (
    <form className="form card" onSubmit={submit} aria-label="Add mail account">
      <div className="form-grid">
        <Field label="Email address">
          <input
            type="email"
            required
            value={d.email}
            onChange={(e) => {
              set({ email: e.target.value })
              setDiscovery(undefined)
            }}
            onBlur={() => {
              if (!discovery) void findServers(false)
            }}
            autoComplete="email"
          />
        </Field>
        <Field label="Your name" hint="Shown in From on the mail you send, e.g. Sam Rivera.">
          <input value={d.displayName} onChange={(e) => set({ displayName: e.target.value })} autoComplete="name" />
        </Field>
        <Field label={preset?.needsAppPassword ? 'App password' : 'Password'} hint={PASSWORD_HINTS[secretKind]}>
          <input type="password" required value={d.password} onChange={(e) => set({ password: e.target.value })} autoComplete="off" />
        </Field>
        <div className="field discover">
          <button type="button" className="btn" disabled={finding} onClick={() => void findServers(true)}>
            {finding ? 'Looking for your servers…' : 'Find my servers'}
          </button>
        </div>
      </div>
      <div role="status" className="discovery">
        {found && !kept && <p className="banner banner-info">{found.how} Check the servers below, then connect.</p>}
        {found && kept && (
          <div className="banner banner-info">
            <p>
              {found.how} It suggests {found.imap.host}:{found.imap.port} and {found.smtp.host}:{found.smtp.port}; the servers you typed are
              kept.
            </p>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                fillFrom(found)
                setKept(false)
              }}
            >
              Use the suggested servers
            </button>
          </div>
        )}
        {discovery && !found && (
          // What happened and what to do first; the lookup's steps, in its own terms, only for whoever asks (or helps).
          <div className="banner banner-info">
            <p>
              Afterview could not find the mail servers for {discovery.email}, so type them in below: your email provider’s help pages list
              them (search for “IMAP settings”), and for a work address your IT help desk can tell you.
            </p>
            <details className="small lookup-steps">
              <summary>What was tried</summary>
              <ul>
                {discovery.steps.map((s) => (
                  <li key={s.source}>
                    {STEP_LABELS[s.source]}: {s.result}
                  </li>
                ))}
              </ul>
            </details>
          </div>
        )}
      </div>
      <fieldset className="form-grid server-fields">
        <legend>Servers</legend>
        <Field label="Provider" hint={preset?.hint}>
          <select value={d.preset} onChange={(e) => choosePreset(e.target.value as PresetId)}>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="User name" hint="Leave empty to use the email address.">
          <input value={d.user} onChange={(e) => set({ user: e.target.value })} autoComplete="off" />
        </Field>
        <ServerFields kind="imap" d={d} set={set} onTyped={() => (typedServers.current = true)} />
        <ServerFields kind="smtp" d={d} set={set} onTyped={() => (typedServers.current = true)} />
        <Field label="Look back (days)" hint="How far back the first scan reads.">
          <input inputMode="numeric" value={d.lookbackDays} onChange={(e) => set({ lookbackDays: e.target.value })} />
        </Field>
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {report?.untrustedCertificate && (
        <div className="banner banner-info" role="alert">
          <p>
            The server at {d.imapHost} uses a self-signed certificate with the SHA-256 fingerprint{' '}
            <code className="fingerprint">{report.untrustedCertificate.fingerprint256}</code>. Trust it only if this is your own server or
            Proton Mail Bridge. Your password was not sent.
          </p>
          <button type="button" className="btn" disabled={busy} onClick={() => void add(report.untrustedCertificate!.fingerprint256)}>
            Trust this certificate and connect
          </button>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Testing the connection…' : 'Test and connect'}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** Host, port and security of the incoming (IMAP) or outgoing (SMTP) server. */
function ServerFields({
  kind,
  d,
  set,
  onTyped
}: {
  kind: 'imap' | 'smtp'
  d: Draft
  set: (patch: Partial<Draft>) => void
  onTyped: () => void
}) {
  const name = kind.toUpperCase()
  return (
    <>
      <Field label={kind === 'imap' ? 'Incoming server (IMAP)' : 'Outgoing server (SMTP)'}>
        <input
          required
          value={d[`${kind}Host`]}
          onChange={(e) => {
            onTyped()
            set({ [`${kind}Host`]: e.target.value })
          }}
          placeholder={`${kind}.example.com`}
        />
      </Field>
      <Field label={`${name} port`}>
        <input inputMode="numeric" required value={d[`${kind}Port`]} onChange={(e) => set({ [`${kind}Port`]: e.target.value })} />
      </Field>
      <Field label={`${name} security`}>
        <select value={d[`${kind}Security`]} onChange={(e) => set({ [`${kind}Security`]: e.target.value as MailSecurity })}>
          {SECURITY.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </Field>
    </>
  )
}
