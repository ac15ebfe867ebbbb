/**
 * The OAuth2 sign-in behind the API (`signInWithOAuth`). The browser is opened through the
 * injected `openBrowser` (Electron: shell.openExternal); the address is also sent as a
 * notice, so browser mode and a user without a default browser can open it by hand.
 */
import type { Services } from '../../shared/api'
import type { MailHost } from './mail-host'
import { addOAuthAccount, signInAgain } from './oauth-account'

export type OAuthServices = Pick<Services, 'signInWithOAuth' | 'signInAgain'>

export function createOAuthServices(host: MailHost, openBrowser?: (url: string) => void | Promise<void>): OAuthServices {
  const browser = (email: string) => ({
    ...(openBrowser ? { openBrowser } : {}),
    onUrl: (url: string) =>
      host.emit('notice', {
        level: 'info',
        message: `Sign in in your browser to connect ${email}. If no browser opened, open this address: ${url}`
      })
  })
  return {
    async signInWithOAuth(input) {
      return addOAuthAccount(host, input, browser(input.fields.email))
    },
    async signInAgain({ id, clientSecret }) {
      return signInAgain(host, id, browser(host.ctx.store.accounts.get(id)?.email ?? 'your mailbox'), clientSecret ? { clientSecret } : {})
    }
  }
}
