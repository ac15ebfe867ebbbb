/**
 * While a sign-in waits in the browser: the provider's page address arrives as a notice
 * (services/oauth.ts), shown as a link in case no browser opened (browser mode, or no default
 * browser). Shared by "Sign in with your mail provider" and an account's "Sign in again".
 */
import { useEffect, useState } from 'react'
import { client } from '../api-client'
import { errorText } from '../lib/format'

/**
 * The address of the sign-in page the main process last told of (for `email` only, when given: two accounts signing in
 * again at once each show their own), and a way to forget it before the next sign-in.
 */
export function useConsentUrl(email?: string): [string | undefined, () => void] {
  const [url, setUrl] = useState<string>()
  useEffect(
    () =>
      client.on('notice', (n) => {
        const found = /open this address: (\S+)$/.exec(n.message)?.[1]
        if (found && (email === undefined || n.message.includes(`to connect ${email}.`))) setUrl(found)
      }),
    [email]
  )
  return [url, () => setUrl(undefined)]
}

/**
 * A sign-in through the browser: busy while it waits, its error in plain words, and the consent page's address
 * meanwhile (for `email` only, when given). `run` forgets the last try's error and address first.
 */
export function useBrowserSignIn(email?: string): {
  busy: boolean
  error: string | undefined
  consentUrl: string | undefined
  run: (signIn: () => Promise<void>) => Promise<void>
} {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [consentUrl, forgetConsentUrl] = useConsentUrl(email)
  const run = async (signIn: () => Promise<void>) => {
    setBusy(true)
    setError(undefined)
    forgetConsentUrl()
    try {
      await signIn()
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
      forgetConsentUrl()
    }
  }
  return { busy, error, consentUrl, run }
}

export function ConsentWaiting({ url }: { url: string | undefined }) {
  return (
    <p className="banner" role="status">
      <span>
        Finish signing in in your browser; Afterview waits here.
        {url && (
          <>
            {' '}
            If no browser opened,{' '}
            <a href={url} target="_blank" rel="noreferrer">
              open the sign-in page
            </a>
            .
          </>
        )}
      </span>
    </p>
  )
}
