/**
 * An account without a saved password (its server or user name changed, or the keychain
 * forgot it after a restart) asks for it right on its card. The password goes to the main
 * process once and is never shown again.
 */
import { useState, type FormEvent } from 'react'
import type { AccountView } from '../../../shared/accounts'
import { client } from '../api-client'
import { errorText } from '../lib/format'

export function PasswordNeeded({ account, onSaved }: { account: AccountView; onSaved: () => void }) {
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  if (account.secretKind !== 'missing' || account.auth.type !== 'password') return null
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    try {
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
          Password for {account.user} on {account.imap.host}
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
