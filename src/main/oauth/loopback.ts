/**
 * The one-shot loopback redirect listener of RFC 8252 §7.3: an HTTP server on 127.0.0.1
 * with a port the OS picks, answering exactly one redirect to `/callback`. The `state` is
 * compared in constant time; a mismatch, an error from the provider or a missing code ends
 * the sign-in with a plain-words error and no code. Then the listener closes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { timingSafeEqual } from 'node:crypto'
import { AfterviewError } from '../../shared/api'

export interface Redirect {
  /** The redirect_uri to send to the provider: http://127.0.0.1:<port>/callback */
  redirectUri: string
  /** The authorization code, once the browser came back (rejects on a bad redirect or timeout). */
  code: Promise<string>
  close(): void
}

const CALLBACK = '/callback'

function page(title: string, text: string): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return `<!doctype html><meta charset="utf-8"><title>${esc(title)}</title><body style="font-family:system-ui,sans-serif;max-width:34em;margin:4em auto"><h1>${esc(title)}</h1><p>${esc(text)}</p></body>`
}

function sameState(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Starts listening; the caller puts `redirectUri` in the authorization URL and awaits `code`. */
export async function listenForRedirect(options: { state: string; timeoutMs?: number }): Promise<Redirect> {
  const { createServer } = await import('node:http') // loaded for a sign-in, not by every process (issue 14)
  let settle!: { resolve: (code: string) => void; reject: (e: Error) => void }
  const code = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject }
  })
  code.catch(() => undefined) // the caller may close before awaiting
  let done = false
  const finish = (result: string | Error) => {
    if (done) return
    done = true
    clearTimeout(timer)
    if (typeof result === 'string') settle.resolve(result)
    else settle.reject(result)
    server.close()
    server.closeAllConnections?.()
  }
  const answer = (res: ServerResponse, status: number, title: string, text: string) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', connection: 'close' })
    res.end(page(title, text))
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (req.method !== 'GET' || url.pathname !== CALLBACK || done) {
      answer(res, 404, 'Not here', 'This address only answers the sign-in redirect.')
      return
    }
    const params = url.searchParams
    const state = params.get('state') ?? ''
    if (!sameState(state, options.state)) {
      answer(
        res,
        400,
        'Sign-in refused',
        'This answer does not belong to the sign-in Afterview started, so it was ignored. Start the sign-in again from Afterview.'
      )
      finish(
        new AfterviewError(
          'mail_auth',
          'The sign-in answer did not match the sign-in Afterview started (wrong "state"), so nothing was saved. Please sign in again.'
        )
      )
      return
    }
    const error = params.get('error')
    if (error) {
      const why = error === 'access_denied' ? 'you declined access' : `the provider said "${params.get('error_description') ?? error}"`
      answer(res, 400, 'Sign-in not finished', `Afterview did not get access because ${why}. You can close this tab.`)
      finish(new AfterviewError('mail_auth', `Sign-in was not finished: ${why}. Nothing was saved; try again when you are ready.`))
      return
    }
    const got = params.get('code')
    if (!got) {
      answer(res, 400, 'Sign-in not finished', 'The answer had no authorization code. Start the sign-in again from Afterview.')
      finish(new AfterviewError('mail_auth', 'The provider sent no authorization code back. Nothing was saved; please sign in again.'))
      return
    }
    answer(res, 200, 'Signed in', 'Afterview is now connected. You can close this tab and go back to Afterview.')
    finish(got)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const timer = setTimeout(
    () =>
      finish(
        new AfterviewError(
          'mail_auth',
          'The sign-in in the browser was not finished in time. Nothing was saved; start it again when you are ready.'
        )
      ),
    options.timeoutMs ?? 5 * 60_000
  )
  timer.unref?.()
  const { port } = server.address() as AddressInfo
  return {
    redirectUri: `http://127.0.0.1:${port}${CALLBACK}`,
    code,
    close: () => finish(new AfterviewError('mail_auth', 'The sign-in was cancelled. Nothing was saved.'))
  }
}
