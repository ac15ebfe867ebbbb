/**
 * Notices that say the user may be missing mail become desktop notifications too: the window
 * may be hidden in the tray, or not opened yet (the app started at login), and a banner or the
 * sidebar in it waits unseen. A reply in the Junk folder (a notice that asks for it), and an
 * account whose mail cannot be read (notifyMailTrouble). Other notices stay in the window.
 */
import type { EventPayload } from '../../shared/api'
import type { MailProblem } from '../../shared/accounts'

type Hub = { subscribe(listener: (event: string, payload: unknown) => void): () => void }

export function notifyDesktopNotices(hub: Hub, show: (title: string, body: string) => void): () => void {
  return hub.subscribe((event, payload) => {
    if (event !== 'notice') return
    const notice = payload as EventPayload<'notice'>
    if (notice.notify) show(notice.notify, notice.message)
  })
}

/**
 * Trouble that may pass by itself (the network, the server down) is told on the desktop once it has lasted this long:
 * a laptop waking before its Wi-Fi, or a server restarting, is not worth a notification.
 */
export const CONNECTION_TROUBLE_TOLD_AFTER_MS = 15 * 60_000

const TITLES: Record<MailProblem, string> = {
  'sign-in': 'Afterview cannot sign in to your mail',
  settings: 'Afterview cannot connect safely to your mail',
  connection: 'Afterview cannot reach your mail server'
}

/** Where the notification's click leads: the account, with what went wrong and the place to fix it. */
export const MAIL_ACCOUNTS_PATH = '/settings/mail'

interface Spell {
  told: boolean
  timer?: unknown
  problem: MailProblem
  message: string
}

export interface TroubleClock {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(timer: unknown): void
}

/**
 * An account whose mail cannot be read becomes a desktop notification, once per spell of trouble (until a pass works
 * again): at once where only the user can end it (the server refused the sign-in, a password changed or revoked; its
 * certificate changed), and after CONNECTION_TROUBLE_TOLD_AFTER_MS where it may pass by itself. The window's sidebar
 * says it all along, but a job seeker does not look there for days while the app sits in the tray, and replies would
 * wait unread all that time.
 */
export function notifyMailTrouble(
  hub: Hub,
  show: (title: string, body: string, path: string) => void,
  clock: TroubleClock = {
    now: Date.now,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (t) => clearTimeout(t as NodeJS.Timeout)
  }
): () => void {
  /** Per account, its spell of trouble: told yet, the timer that tells it, the latest of what went wrong. */
  const accounts = new Map<string, Spell>()
  const tell = (spell: Spell) => {
    spell.told = true
    show(TITLES[spell.problem], `${spell.message} Replies are not being read until then.`, MAIL_ACCOUNTS_PATH)
  }
  const unsubscribe = hub.subscribe((event, payload) => {
    if (event !== 'syncProgress') return
    const p = payload as EventPayload<'syncProgress'>
    if (!p.phase.startsWith('status:')) return
    const spell = accounts.get(p.accountId)
    if (!p.problem) {
      // Read again (the trouble is kept while it tries again): the next trouble is a new spell.
      if (spell?.timer !== undefined) clock.clearTimeout(spell.timer)
      accounts.delete(p.accountId)
      return
    }
    const current: Spell = spell ?? { told: false, problem: p.problem, message: '' }
    current.problem = p.problem
    current.message = p.message ?? ''
    accounts.set(p.accountId, current)
    if (current.told) return
    if (p.problem !== 'connection') {
      if (current.timer !== undefined) clock.clearTimeout(current.timer)
      current.timer = undefined
      return tell(current)
    }
    if (current.timer !== undefined) return
    const since = p.troubleSince ? Date.parse(p.troubleSince) : clock.now()
    current.timer = clock.setTimeout(
      () => {
        current.timer = undefined
        if (accounts.get(p.accountId) === current && !current.told) tell(current)
      },
      Math.max(0, since + CONNECTION_TROUBLE_TOLD_AFTER_MS - clock.now())
    )
  })
  return () => {
    unsubscribe()
    for (const spell of accounts.values()) if (spell.timer !== undefined) clock.clearTimeout(spell.timer)
    accounts.clear()
  }
}
