/**
 * Settings → Mail accounts: the connected mailboxes with their sync state and a progress
 * bar, and a form to add one (provider presets, "Test connection", trusting a self-signed
 * certificate by its fingerprint). The password goes to the main process once and is never
 * shown again.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { SkippedMail } from './SkippedMail'
import type { AccountList } from '../../../shared/api'
import type { AccountPreset, ConnectionReport, MailSecurity, PresetId } from '../../../shared/accounts'
import { client } from '../api-client'
import { Field } from '../components/Field'
import { useToast } from '../components/Toasts'
import { errorText, formatDateTime } from '../lib/format'
import { PasswordNeeded } from './PasswordNeeded'

interface Progress { phase: string; done: number; total: number; message?: string }

const SECURITY: Array<[MailSecurity, string]> = [['tls', 'TLS'], ['starttls', 'STARTTLS'], ['none', 'None']]
const STATE_LABELS = { idle: 'Not watching', syncing: 'Syncing…', watching: 'Watching for new mail', error: 'Problem', stopped: 'Stopped' } as const

export function MailAccounts() {
  const [list, setList] = useState<AccountList>()
  const [error, setError] = useState<string>()
  const [progress, setProgress] = useState<Record<string, Progress>>({})
  const [adding, setAdding] = useState(false)
  const toast = useToast()
  const load = useCallback(async () => {
    try {
      setList(await client.listAccounts(undefined))
      setError(undefined)
    } catch (e) {
      setError(errorText(e))
    }
  }, [])
  useEffect(() => {
    void load()
    const offData = client.on('dataChanged', () => void load())
    const offProgress = client.on('syncProgress', (p) => {
      if (p.phase.startsWith('status:')) return void load()
      setProgress((all) => ({ ...all, [p.accountId]: p }))
    })
    return () => { offData(); offProgress() }
  }, [load])

  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what()
      toast(done)
      await load()
    } catch (e) {
      setError(errorText(e))
    }
  }

  if (!list) return <p className="muted">{error ?? 'Loading…'}</p>
  return (
    <div className="mail-accounts" style={{ overflowWrap: 'anywhere' }}>
      {list.secretStore.notice && <p className="banner banner-info" role="status">{list.secretStore.notice}</p>}
      {list.accounts.length === 0 && !adding && <p className="muted">No mailbox is connected yet. Connect one and Afterview files the replies to your applications by itself.</p>}
      <ul className="account-list" aria-label="Mail accounts" style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 12 }}>
        {list.accounts.map((a) => {
          const p = progress[a.id]
          return (
            <li key={a.id} className="card account">
              <div className="card-header">
                <strong>{a.email}</strong>
                <span className={`badge badge-sync-${a.sync.state}`}>{STATE_LABELS[a.sync.state]}</span>
              </div>
              <p className="small muted">
                IMAP {a.imap.host}:{a.imap.port} · SMTP {a.smtp.host}:{a.smtp.port}
                {a.pinnedFingerprint256 && <> · trusted certificate {a.pinnedFingerprint256.slice(0, 23)}…</>}
                {a.sync.lastSyncAt && <> · last checked {formatDateTime(a.sync.lastSyncAt)}</>}
                {a.secretKind === 'missing' && <> · <strong>password needed</strong></>}
              </p>
              <PasswordNeeded account={a} onSaved={() => void load()} />
              {a.sync.message && <p className="form-error" role="alert">{a.sync.message}</p>}
              {a.skipped && <SkippedMail items={a.skipped} />}
              {p && p.total > 0 && p.done < p.total && (
                <div className="sync-progress">
                  <progress max={p.total} value={p.done} aria-label={`Sync of ${a.email}`} />
                  <span className="small muted">{p.message}</span>
                </div>
              )}
              <div className="button-row">
                <button type="button" className="btn" onClick={() => void act(() => client.syncNow({ id: a.id }), 'Sync started')}>Sync now</button>
                <button type="button" className="btn" onClick={() => void act(async () => {
                  const r = await client.testAccount({ id: a.id })
                  if (!r.ok) throw new Error(r.imap.ok ? r.smtp.message : r.imap.message)
                }, 'Connection works')}>Test connection</button>
                <button type="button" className="btn btn-danger" onClick={() => {
                  if (window.confirm(`Disconnect ${a.email}? Messages already filed stay on their applications.`)) void act(() => client.removeAccount({ id: a.id }), 'Account removed')
                }}>Remove</button>
              </div>
            </li>
          )
        })}
      </ul>
      {error && <p className="form-error" role="alert">{error}</p>}
      {adding ? <AddAccountForm onDone={() => { setAdding(false); void load() }} /> : <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>Add mail account</button>}
    </div>
  )
}

interface Draft {
  preset: PresetId; email: string; user: string; password: string
  imapHost: string; imapPort: string; imapSecurity: MailSecurity
  smtpHost: string; smtpPort: string; smtpSecurity: MailSecurity
  lookbackDays: string
}

const EMPTY: Draft = { preset: 'other', email: '', user: '', password: '', imapHost: '', imapPort: '993', imapSecurity: 'tls', smtpHost: '', smtpPort: '465', smtpSecurity: 'tls', lookbackDays: '180' }

function AddAccountForm({ onDone }: { onDone: () => void }) {
  const [presets, setPresets] = useState<AccountPreset[]>([])
  const [d, setD] = useState<Draft>(EMPTY)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [report, setReport] = useState<ConnectionReport>()
  const toast = useToast()
  useEffect(() => { void client.getAccountPresets(undefined).then(setPresets) }, [])
  const preset = presets.find((p) => p.id === d.preset)
  const set = (patch: Partial<Draft>) => { setD((x) => ({ ...x, ...patch })); setReport(undefined) }
  const choosePreset = (id: PresetId) => {
    const p = presets.find((x) => x.id === id)
    set({ preset: id, ...(p?.imap ? { imapHost: p.imap.host, imapPort: String(p.imap.port), imapSecurity: p.imap.security } : {}), ...(p?.smtp ? { smtpHost: p.smtp.host, smtpPort: String(p.smtp.port), smtpSecurity: p.smtp.security } : {}) })
  }
  const fields = (trust?: string) => ({
    email: d.email, preset: d.preset, user: d.user || undefined,
    imap: { host: d.imapHost, port: Number(d.imapPort), security: d.imapSecurity },
    smtp: { host: d.smtpHost, port: Number(d.smtpPort), security: d.smtpSecurity },
    allowSelfSigned: trust !== undefined, lookbackDays: Number(d.lookbackDays) || 180
  })
  const add = async (trust?: string) => {
    setBusy(true)
    setError(undefined)
    try {
      await client.addAccount({ fields: fields(trust), password: d.password, ...(trust ? { trustCertificate: trust } : {}) })
      toast(`Connected ${d.email}. The first scan has started.`)
      onDone()
    } catch (e) {
      setError(errorText(e))
      // Ask the server what it showed, to offer trusting a self-signed certificate.
      if ((e as { code?: string }).code === 'mail_tls') setReport(await client.testAccount({ fields: fields(), password: d.password }).catch(() => undefined))
    } finally {
      setBusy(false)
    }
  }
  const submit = (e: FormEvent) => { e.preventDefault(); void add() }
  return (
    <form className="form card" onSubmit={submit} aria-label="Add mail account">
      <div className="form-grid">
        <Field label="Provider" hint={preset?.hint}>
          <select value={d.preset} onChange={(e) => choosePreset(e.target.value as PresetId)}>
            {presets.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
          </select>
        </Field>
        <Field label="Email address"><input type="email" required value={d.email} onChange={(e) => set({ email: e.target.value })} autoComplete="email" /></Field>
        <Field label={preset?.needsAppPassword ? 'App password' : 'Password'} hint="Kept in your system keychain, never in Afterview's files.">
          <input type="password" required value={d.password} onChange={(e) => set({ password: e.target.value })} autoComplete="off" />
        </Field>
        <Field label="User name" hint="Leave empty to use the email address."><input value={d.user} onChange={(e) => set({ user: e.target.value })} autoComplete="off" /></Field>
        <Field label="Incoming server (IMAP)"><input required value={d.imapHost} onChange={(e) => set({ imapHost: e.target.value })} placeholder="imap.example.com" /></Field>
        <Field label="IMAP port"><input inputMode="numeric" required value={d.imapPort} onChange={(e) => set({ imapPort: e.target.value })} /></Field>
        <Field label="IMAP security"><select value={d.imapSecurity} onChange={(e) => set({ imapSecurity: e.target.value as MailSecurity })}>{SECURITY.map(([v, l]) => <option key={v} value={v}>{l}</option>)}</select></Field>
        <Field label="Outgoing server (SMTP)"><input required value={d.smtpHost} onChange={(e) => set({ smtpHost: e.target.value })} placeholder="smtp.example.com" /></Field>
        <Field label="SMTP port"><input inputMode="numeric" required value={d.smtpPort} onChange={(e) => set({ smtpPort: e.target.value })} /></Field>
        <Field label="SMTP security"><select value={d.smtpSecurity} onChange={(e) => set({ smtpSecurity: e.target.value as MailSecurity })}>{SECURITY.map(([v, l]) => <option key={v} value={v}>{l}</option>)}</select></Field>
        <Field label="Look back (days)" hint="How far back the first scan reads."><input inputMode="numeric" value={d.lookbackDays} onChange={(e) => set({ lookbackDays: e.target.value })} /></Field>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      {report?.untrustedCertificate && (
        <div className="banner banner-info" role="alert">
          <p>The server uses a self-signed certificate with the SHA-256 fingerprint <code>{report.untrustedCertificate.fingerprint256}</code>. Trust it only if this is your own server or Proton Mail Bridge.</p>
          <button type="button" className="btn" disabled={busy} onClick={() => void add(report.untrustedCertificate!.fingerprint256)}>Trust this certificate and connect</button>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? 'Testing the connection…' : 'Test and connect'}</button>
        <button type="button" className="btn" onClick={onDone}>Cancel</button>
      </div>
    </form>
  )
}
