/**
 * An account that signs in through its provider (Google, Microsoft, another OAuth2 one) and
 * whose sign-in expired or was withdrawn asks, right on its card, to sign in again: the same
 * consent in the browser, for the same account. What it filed and read stays; the watch
 * starts again. (Before, the only way was to remove the account and add it anew.)
 */
import { useState } from 'react'
import type { AccountView } from '../../../shared/accounts'
import { OAUTH_PROVIDERS } from '../../../shared/oauth-providers'
import { client } from '../api-client'
import { useToast } from '../components/Toasts'
import { errorText } from '../lib/format'
import { ConsentWaiting, useConsentUrl } from './ConsentWaiting'

export function SignInAgain({ account, onDone }: { account: AccountView; onDone: () => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [consentUrl, forgetConsentUrl] = useConsentUrl()
  const toast = useToast()
  if (account.auth.type !== 'oauth2') return null
  // The server refused the sign-in, or this computer has none saved (the keychain forgot it).
  const needed = account.sync.problem === 'sign-in' || account.secretKind === 'missing'
  if (!needed && !busy && !error) return null
  const label = OAUTH_PROVIDERS[account.auth.provider].label
  const signIn = async () => {
    setBusy(true)
    setError(undefined)
    forgetConsentUrl()
    try {
      await client.signInAgain({ id: account.id })
      toast(`Signed in again. Afterview is reading the mail of ${account.email} again.`)
      onDone()
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
      forgetConsentUrl()
    }
  }
  return (
    <div className="sign-in-again">
      {busy && <ConsentWaiting url={consentUrl} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={() => void signIn()}>
        {busy ? 'Waiting for the sign-in…' : `Sign in again with ${label}`}
      </button>
    </div>
  )
}
