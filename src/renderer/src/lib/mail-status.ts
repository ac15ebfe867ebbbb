/**
 * What the sidebar says of the user's mail, from the accounts' sync states: whether replies are being read, and when
 * they are not, why and what to do. The worst account speaks for all.
 */
import type { AccountView } from '../../../shared/accounts'

export interface MailStatusLine {
  /**
   * ok: watched; idle: read now and then, not watched (no desktop app); busy: being read; warn: cannot be reached,
   * trying again; problem: only the user can fix it; none: no mailbox.
   */
  tone: 'ok' | 'idle' | 'busy' | 'warn' | 'problem' | 'none'
  title: string
  detail?: string
  /** A link to Settings → Mail accounts, when there is something to do or read there. */
  link?: string
}

type Clock = (iso: string) => string

export function mailStatusOf(accounts: readonly AccountView[], checkedAt: Clock): MailStatusLine {
  if (accounts.length === 0)
    return {
      tone: 'none',
      title: 'No mailbox connected',
      detail: 'Afterview files replies by itself once you connect one.',
      link: 'Connect your mailbox'
    }
  /** "Replies are not being read.", or with several accounts "you@example.com: replies are not being read." */
  const said = (a: AccountView, words: string) => (accounts.length > 1 ? `${a.email}: ${words}` : words[0]!.toUpperCase() + words.slice(1))
  const needsYou = accounts.find((a) => a.sync.problem === 'sign-in' || a.sync.problem === 'settings')
  if (needsYou) {
    const signIn = needsYou.sync.problem === 'sign-in'
    return {
      tone: 'problem',
      title: signIn ? 'Cannot sign in to your mail' : 'Cannot connect safely to your mail',
      detail: said(needsYou, 'replies are not being read.'),
      link: signIn ? (needsYou.auth.type === 'oauth2' ? 'Sign in again' : 'Enter your password again') : 'See what to do'
    }
  }
  const unreachable = accounts.find((a) => a.sync.problem === 'connection')
  if (unreachable)
    return {
      tone: 'warn',
      title: 'Cannot reach your mail server',
      detail: said(
        unreachable,
        `trying again${unreachable.sync.troubleSince ? ` since ${checkedAt(unreachable.sync.troubleSince).replace(/^at /, '')}` : ''}.`
      ),
      link: 'Details'
    }
  if (accounts.some((a) => a.sync.state === 'syncing' && !a.sync.lastSyncAt)) return { tone: 'busy', title: 'Reading your mail…' }
  // Checked: the account checked longest ago.
  const checked = accounts.map((a) => a.sync.lastSyncAt).filter((t): t is string => t !== undefined)
  const oldest = checked.length === accounts.length ? checked.sort()[0] : undefined
  const detail = oldest ? `Checked ${checkedAt(oldest)}` : undefined
  if (accounts.every((a) => a.sync.state === 'watching' || a.sync.state === 'syncing'))
    return { tone: 'ok', title: 'Watching your mail', ...(detail ? { detail } : {}) }
  return { tone: 'idle', title: oldest ? 'Mail checked' : 'Mail not checked yet', ...(detail ? { detail } : {}) }
}

/** The badge on an account's card in Settings, and whether what the server last said is told calmly. */
export interface AccountBadge {
  label: string
  tone: MailStatusLine['tone']
  /**
   * The server out of reach: its last words are a note (it keeps trying by itself). Anything else the sync says (a
   * refused sign-in, a changed certificate, a folder the server would not open) stays an alert for the user.
   */
  calm: boolean
}

/**
 * While the server cannot be reached, the sync flips between trying again and failing: the card says "Trying again"
 * throughout, not "Syncing…" beside a red error, nor "Problem" for what mends itself.
 */
export function accountBadgeOf(sync: AccountView['sync']): AccountBadge {
  if (sync.problem === 'sign-in') return { label: 'Cannot sign in', tone: 'problem', calm: false }
  if (sync.problem === 'settings') return { label: 'Cannot connect safely', tone: 'problem', calm: false }
  if (sync.problem === 'connection') return { label: 'Trying again', tone: 'warn', calm: true }
  switch (sync.state) {
    case 'syncing':
      return { label: sync.lastSyncAt ? 'Checking…' : 'Reading your mail…', tone: 'busy', calm: false }
    case 'watching':
      return { label: 'Watching for new mail', tone: 'ok', calm: false }
    case 'error':
      return { label: 'Problem', tone: 'problem', calm: false }
    case 'stopped':
      return { label: 'Stopped', tone: 'idle', calm: false }
    default:
      return { label: 'Not watching', tone: 'idle', calm: false }
  }
}
