/**
 * What the tests of watching share (watch-other-mailboxes, watch-silent-and-stopped): the candidate's account behind a
 * tapping proxy, an AccountSync as the app makes one, the listening connection among the proxy's, a folder made on
 * the phone. The proxies made here are closed by closeProxies() after each test.
 */
import type { Account } from '../../src/shared/accounts'
import { parseInput } from '../../src/shared/api'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import type { ImapTuning } from '../../src/main/mail/connection'
import { loopbackAccount } from '../support/services'
import { tapProxy, type TappedConnection } from '../support/tap-proxy'
import type { JunkWorld } from './junk-world'

const proxies: Array<Awaited<ReturnType<typeof tapProxy>>> = []

/** The candidate's account, added through a proxy of the test's (tapProxy with `tap`), and read once; its connections. */
export async function accountBehind(
  w: JunkWorld,
  tap: Parameters<typeof tapProxy>[1] = {}
): Promise<{ account: Account; conns: TappedConnection[] }> {
  const proxy = await tapProxy(w.mail.imap.port, tap)
  proxies.push(proxy)
  const input = loopbackAccount(w.mail)
  const fields = { ...input.fields, imap: { host: '127.0.0.1', port: proxy.port, security: 'none' } }
  const { account } = await w.services.addAccount(parseInput('addAccount', { ...input, fields }))
  await w.services.mail.sync.syncOnce([account])
  return { account, conns: proxy.conns }
}

export async function closeProxies(): Promise<void> {
  for (const proxy of proxies.splice(0)) await proxy.close()
}

/** An AccountSync for `account` as the app makes one (not yet watching), looking around every `lookAroundEveryMs`. */
export function syncOf(w: JunkWorld, account: Account, lookAroundEveryMs?: number, tuning?: ImapTuning): AccountSync {
  return new AccountSync(w.services.mail.ctx.store.accounts.get(account.id)!, {
    store: w.services.mail.ctx.store,
    filer: w.services.mail.sync.filer,
    secret: async () => w.mail.password,
    now: () => w.clock,
    lookAroundEveryMs,
    tuning
  })
}

/** The connection that asked to be told of new mail (NOTIFY SET), while it is open. */
export const listenerOf = (conns: TappedConnection[]) => conns.find((c) => c.open && / NOTIFY SET /.test(c.up))

/** The candidate makes a folder on the phone; its path. */
export async function makeFolder(w: JunkWorld, name: string): Promise<string> {
  const phone = await w.mail.imapClient('candidate')
  try {
    return (await phone.mailboxCreate([name])).path
  } finally {
    await phone.logout()
  }
}
