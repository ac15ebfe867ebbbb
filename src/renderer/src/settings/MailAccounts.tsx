/**
 * Settings → Mail accounts: the connected mailboxes with their sync state and a progress
 * bar, and the form to add one (AddAccountForm.tsx). The password goes to the main process
 * once and is never shown again.
 */
import { useCallback, useEffect, useState } from 'react'
import { SkippedMail } from './SkippedMail'
import type { AccountList } from '../../../shared/api'
import type { AccountView } from '../../../shared/accounts'
import { client } from '../api-client'
import { ConfirmDialog } from '../components/Dialog'
import { useToast } from '../components/Toasts'
import { checkedAt, errorText } from '../lib/format'
import { accountBadgeOf } from '../lib/mail-status'
import { AddAccountForm } from './AddAccountForm'
import { PasswordNeeded } from './PasswordNeeded'
import { SignInAgain } from './SignInAgain'

interface Progress {
  phase: string
  done: number
  total: number
  message?: string
}

export function MailAccounts() {
  const [list, setList] = useState<AccountList>()
  const [error, setError] = useState<string>()
  const [progress, setProgress] = useState<Record<string, Progress>>({})
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<AccountView>()
  /** Accounts being checked after "Sync now", with the "last checked" time they had before. */
  const [checking, setChecking] = useState<Record<string, string | undefined>>({})
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
    return () => {
      offData()
      offProgress()
    }
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

  // "Sync now" is done when "last checked" moves (or the sync reports a problem).
  useEffect(() => {
    if (!list) return
    setChecking((all) => {
      const still = Object.fromEntries(
        Object.entries(all).filter(([id, before]) => {
          const a = list.accounts.find((x) => x.id === id)
          return a && a.sync.state !== 'error' && a.sync.lastSyncAt === before
        })
      )
      return Object.keys(still).length === Object.keys(all).length ? all : still
    })
  }, [list])
  const syncNow = async (a: AccountView) => {
    setChecking((all) => ({ ...all, [a.id]: a.sync.lastSyncAt }))
    setTimeout(() => setChecking(({ [a.id]: _, ...rest }) => rest), 30_000) // never "Checking…" for ever
    try {
      await client.syncNow({ id: a.id })
    } catch (e) {
      setChecking(({ [a.id]: _, ...rest }) => rest)
      setError(errorText(e))
    }
  }

  if (!list) return <p className="muted">{error ?? 'Loading…'}</p>
  return (
    <div className="mail-accounts">
      {list.secretStore.notice && (
        <p className="banner banner-info" role="status">
          {list.secretStore.notice}
        </p>
      )}
      {list.accounts.length === 0 && !adding && (
        <p className="muted">No mailbox is connected yet. Connect one and Afterview files the replies to your applications by itself.</p>
      )}
      <ul className="account-list" aria-label="Mail accounts" style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 12 }}>
        {list.accounts.map((a) => {
          const p = progress[a.id]
          const badge = accountBadgeOf(a.sync)
          return (
            <li key={a.id} className="card account">
              <div className="card-header">
                <strong className="email">{a.email}</strong>
                <span className={`badge badge-sync-${badge.tone}`}>{badge.label}</span>
              </div>
              <p className="small muted">
                IMAP {a.imap.host}:{a.imap.port} · SMTP {a.smtp.host}:{a.smtp.port}
                {a.pinnedFingerprint256 && <> · trusted certificate {a.pinnedFingerprint256.slice(0, 23)}…</>}
                {a.id in checking ? (
                  <>
                    {' '}
                    · <span role="status">checking for new mail…</span>
                  </>
                ) : (
                  a.sync.lastSyncAt && (
                    <>
                      {' '}
                      · <span role="status">last checked {checkedAt(a.sync.lastSyncAt)}</span>
                    </>
                  )
                )}
                {a.secretKind === 'missing' && (
                  <>
                    {' '}
                    · <strong>{a.auth.type === 'oauth2' ? 'sign-in needed' : 'password needed'}</strong>
                  </>
                )}
              </p>
              {a.folders && (
                <p className="small muted">
                  Also reads your {a.folders.length === 1 ? 'folder' : 'folders'} {a.folders.map((f) => `“${f}”`).join(', ')}.
                </p>
              )}
              {a.sync.message &&
                (!badge.calm ? (
                  <p className="form-error" role="alert">
                    {a.sync.message}
                  </p>
                ) : (
                  // Mends itself (the server out of reach): what it last answered, calmly, and that it keeps trying.
                  <p className="small sync-note" role="status">
                    {a.sync.message} Afterview keeps trying by itself
                    {a.sync.troubleSince ? ` (since ${checkedAt(a.sync.troubleSince, { seconds: false }).replace(/^at /, '')})` : ''}.
                  </p>
                ))}
              {/* What the server said, then how to mend it. */}
              <PasswordNeeded account={a} onSaved={() => void load()} />
              <SignInAgain account={a} onDone={() => void load()} />
              {a.skipped && <SkippedMail items={a.skipped} />}
              {p && p.total > 0 && p.done < p.total && (
                <div className="sync-progress">
                  <progress max={p.total} value={p.done} aria-label={`Sync of ${a.email}`} />
                  <span className="small muted">{p.message}</span>
                </div>
              )}
              <div className="button-row">
                <button type="button" className="btn" disabled={a.id in checking} onClick={() => void syncNow(a)}>
                  {a.id in checking ? 'Checking…' : 'Sync now'}
                </button>
                <button
                  type="button"
                  className="btn"
                  onClick={() =>
                    void act(async () => {
                      const r = await client.testAccount({ id: a.id })
                      if (!r.ok) throw new Error(r.imap.ok ? r.smtp.message : r.imap.message)
                    }, 'Connection works')
                  }
                >
                  Test connection
                </button>
                <button type="button" className="btn btn-danger" onClick={() => setRemoving(a)}>
                  Remove
                </button>
              </div>
            </li>
          )
        })}
      </ul>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {adding ? (
        <AddAccountForm
          secretKind={list.secretStore.kind}
          onDone={() => {
            setAdding(false)
            void load()
          }}
        />
      ) : (
        <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
          Add mail account
        </button>
      )}
      {removing && (
        <ConfirmDialog
          title={`Disconnect ${removing.email}?`}
          message="Afterview stops reading this mailbox and forgets its password. Messages already filed stay on their applications."
          confirmLabel="Disconnect"
          danger
          onConfirm={() => {
            const a = removing
            setRemoving(undefined)
            void act(() => client.removeAccount({ id: a.id }), `Disconnected ${a.email}`)
          }}
          onClose={() => setRemoving(undefined)}
        />
      )}
    </div>
  )
}
