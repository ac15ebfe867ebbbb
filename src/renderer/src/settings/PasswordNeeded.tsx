/**
 * An account without a saved password (its server or user name changed, or the keychain
 * forgot it after a restart), or whose password the server now refuses (changed elsewhere, an
 * app password revoked), asks for it right on its card. A refused one is tried on the server
 * before it replaces the saved one. The password goes to the main process and is never shown again.
 */
import { useState, type FormEvent } from 'react'
import type { AccountView } from '../../../shared/accounts'
import { client } from '../api-client'
import { errorText } from '../lib/format'

export function PasswordNeeded({ account, onSaved }: { account: AccountView; onSaved: () => void }) {
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const refused = account.secretKind !== 'missing' && account.sync.problem === 'sign-in'
  if ((account.secretKind !== 'missing' && !refused) || account.auth.type !== 'password') return null
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    try {
      if (refused) {
        // Another wrong one is said here and now, and the saved one stays.
        const report = await client.testAccount({ id: account.id, password })
        // The card says already what the server said of the saved one.
        if (!report.imap.ok)
          throw new Error(
            report.imap.code === 'mail_auth' ? 'The server refused this password too. Nothing was changed.' : report.imap.message
          )
      }
      await client.updateAccount({ id: account.id, fields: {}, password })
      setPassword('')
      setError(undefined)
      onSaved()
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="password-needed" onSubmit={(e) => void submit(e)}>
      <label>
        <span className="small">
          {refused ? 'The current password' : 'Password'} for {account.user} on {account.imap.host}
        </span>{' '}
        <input type="password" required value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" />
      </label>{' '}
      <button type="submit" className="btn btn-small btn-primary" disabled={busy || !password}>
        Save password
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
