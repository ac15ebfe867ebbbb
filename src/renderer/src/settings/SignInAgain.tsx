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
import { ConsentWaiting, useBrowserSignIn } from './ConsentWaiting'

export function SignInAgain({ account, onDone }: { account: AccountView; onDone: () => void }) {
  const { busy, error, consentUrl, run } = useBrowserSignIn(account.email)
  const [clientSecret, setClientSecret] = useState('')
  const toast = useToast()
  if (account.auth.type !== 'oauth2') return null
  // The server refused the sign-in, or this computer has none saved (the keychain forgot it).
  const needed = account.sync.problem === 'sign-in' || account.secretKind === 'missing'
  if (!needed && !busy && !error) return null
  const label = OAUTH_PROVIDERS[account.auth.provider].label
  // The keychain lost the client secret with the sign-in: Google's desktop clients cannot sign in without it.
  const askSecret = account.auth.hasClientSecret && account.secretKind === 'missing'
  const signIn = () =>
    run(async () => {
      await client.signInAgain({ id: account.id, ...(askSecret && clientSecret.trim() ? { clientSecret: clientSecret.trim() } : {}) })
      toast(`Signed in again. Afterview is reading the mail of ${account.email} again.`)
      onDone()
    })
  return (
    <div className="sign-in-again">
      {busy && <ConsentWaiting url={consentUrl} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {askSecret && (
        <label>
          Client secret (it was not kept on this computer){' '}
          <input
            type="password"
            value={clientSecret}
            onChange={(e) => setClientSecret(e.target.value)}
            autoComplete="off"
            disabled={busy}
          />
        </label>
      )}
      <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={() => void signIn()}>
        {busy ? 'Waiting for the sign-in…' : `Sign in again with ${label}`}
      </button>
    </div>
  )
}
