/**
 * The lists of mail the server could not send (unreadable.ts), per mailbox, as one account's
 * sync keeps them: UIDs it sends nothing of (left out of every fetch) and UIDs it sends only
 * the headers of (filed by those). They live in the mailbox's sync state. Another process on
 * the same data folder (`afterview sync` beside the app) may change them meanwhile: each read
 * and each write merges what it changed into what this one knows (a three-way merge from what
 * this process last saw on file), so neither loses the other's.
 */
import type { Store } from '../../store'
import { syncStateId, type MailboxRole, type SyncState } from '../../store/sync-state'
import { ASK_EARLY_MS, TRY_AGAIN_AFTER_MS } from './unreadable'

/** Per mailbox: UIDs the server sends nothing of (left out of every fetch), and those it sends only the headers of. */
export interface Unreadable {
  whole: Set<number>
  body: Set<number>
  /** When `whole` and `body` were last asked for (TRY_AGAIN_AFTER_MS). */
  triedAt?: number
}

/** A mailbox's lists as its state keeps them, and when they were last asked for. */
interface Listed {
  whole: readonly number[]
  body: readonly number[]
  triedAt?: number
}

/** What the lists need of the account's sync. */
export interface ListsHost {
  readonly account: { id: string }
  readonly deps: { store: Pick<Store, 'syncState'> }
  now(): number
}

const keyOf = (role: MailboxRole, path: string, uidValidity: string) => `${role}\u0000${path}\u0000${uidValidity}`

/** What `saved` lists of the mailbox at `path` and `uidValidity` (nothing for another mailbox, or another UIDVALIDITY). */
function listedIn(saved: SyncState | undefined, path: string, uidValidity: string): Listed {
  if (saved?.path !== path || saved.uidValidity !== uidValidity) return { whole: [], body: [] }
  const triedAt = saved.unreadableTriedAt ? Date.parse(saved.unreadableTriedAt) : undefined
  return { whole: saved.unreadable ?? [], body: saved.noBody ?? [], ...(triedAt !== undefined ? { triedAt } : {}) }
}

/** At most the 500 newest (highest UIDs), in the order kept: that order is askAgain's turns, whose next are at the front. */
const MAX_REMEMBERED = 500

/** Into `mine`: what `now` lists that `before` did not, and not what `before` listed that `now` does not. */
export function mergeInto(mine: Set<number>, before: readonly number[], now: readonly number[]): void {
  if (before === now) return
  const was = new Set(before)
  const is = new Set(now)
  // A list at its cap keeps the newest (remembered): what is below its lowest was cut, not read. (Or read by the other
  // process: then it is asked for once more, and leaves the list when it comes.)
  const cut = now.length >= MAX_REMEMBERED ? Math.min(...now) : -Infinity
  for (const uid of before) if (!is.has(uid) && uid > cut) mine.delete(uid)
  for (const uid of now) if (!was.has(uid)) mine.add(uid)
}

/** The UIDs a sync state keeps of those the server could not send: the newest 500 (SyncState's limit). */
export const remembered = (unreadable: ReadonlySet<number>): number[] | undefined => {
  if (!unreadable.size) return undefined
  if (unreadable.size <= MAX_REMEMBERED) return [...unreadable]
  const newest = new Set([...unreadable].sort((a, b) => b - a).slice(0, MAX_REMEMBERED))
  return [...unreadable].filter((u) => newest.has(u))
}

/** What the mailbox's state keeps of `u`. */
export const rememberedOf = (u: Unreadable): Pick<SyncState, 'unreadable' | 'noBody' | 'unreadableTriedAt'> => ({
  unreadable: remembered(u.whole),
  noBody: remembered(u.body),
  unreadableTriedAt: (u.whole.size || u.body.size) && u.triedAt !== undefined ? new Date(u.triedAt).toISOString() : undefined
})

/** `state` without the optional fields that are unset (the file keeps no undefined). */
function withoutUnset(state: SyncState): SyncState {
  for (const k of ['highestModseq', 'listedAt', 'unreadable', 'noBody', 'unreadableTriedAt'] as const)
    if (state[k] === undefined) delete state[k]
  return state
}

/** UIDs whose bodies are not to be asked for: filed by their headers. */
export type NoBodies = { has(uid: number): boolean }
export const withoutBodies = (u: Unreadable | undefined): NoBodies | undefined =>
  u && (u.whole.size || u.body.size) ? { has: (uid) => u.whole.has(uid) || u.body.has(uid) } : undefined

export class UnreadableLists {
  /** Per mailbox (role, path, UIDVALIDITY): mail the server could not send. */
  private readonly known = new Map<string, Unreadable>()
  /** Per mailbox: its lists as this process last read or wrote them (of() merges from there). */
  private readonly onFile = new Map<string, Listed>()

  constructor(private readonly host: ListsHost) {}

  /**
   * Mail of `path` (at `uidValidity`) the server could not send: found by this pass, or remembered
   * by its state. Another process may have changed the state's lists since this one last read or
   * wrote them: the file is read again (a stat when it did not change), and what the other process
   * added is added here, what it took off taken off.
   */
  of(role: MailboxRole, path: string, uidValidity: string): Unreadable {
    const key = keyOf(role, path, uidValidity)
    const saved = this.host.deps.store.syncState.current(syncStateId(this.host.account.id, role))
    let found = this.known.get(key)
    if (!found) {
      const listed = listedIn(saved, path, uidValidity)
      found = { whole: new Set(listed.whole), body: new Set(listed.body), triedAt: listed.triedAt }
      this.known.set(key, found)
      this.onFile.set(key, listed)
    } else this.reconcile(key, found, saved, path, uidValidity)
    return found
  }

  /**
   * Into `known`: what another process changed in `saved`'s lists since this one last read or
   * wrote them (a three-way merge from what it saw then); and the later time of asking it wrote.
   */
  private reconcile(key: string, known: Unreadable, saved: SyncState | undefined, path: string, uidValidity: string): void {
    const now = listedIn(saved, path, uidValidity)
    const before = this.onFile.get(key) ?? { whole: [], body: [] }
    mergeInto(known.whole, before.whole, now.whole)
    mergeInto(known.body, before.body, now.body)
    // Only a time another process wrote (changed since this one's base): not this process's own, taken back after it cleared or reset it.
    if (now.triedAt !== undefined && now.triedAt !== before.triedAt && (known.triedAt === undefined || now.triedAt > known.triedAt))
      known.triedAt = now.triedAt
    this.onFile.set(key, now)
  }

  /**
   * Writes a mailbox's state; its lists of unreadable mail are those of `known`, merged under the
   * file's lock with what another process wrote meanwhile (reconcile), so neither loses the other's.
   */
  async saveState(state: SyncState, known: Unreadable): Promise<void> {
    const key = keyOf(state.role, state.path, state.uidValidity)
    const written = await this.host.deps.store.syncState.upsert(state.id, (s) => {
      this.reconcile(key, known, s, state.path, state.uidValidity)
      // Another process listed the mailboxes since this pass did: its listing, newer, stays (a folder made meanwhile).
      const newer = !!s?.listedAt && !!state.listedAt && Date.parse(s.listedAt) > Date.parse(state.listedAt)
      const listing = newer ? { listedAt: s.listedAt, archivePath: s.archivePath, folderPaths: s.folderPaths, junkPath: s.junkPath } : {}
      return withoutUnset({ ...state, ...listing, ...rememberedOf(known) })
    })
    this.onFile.set(key, listedIn(written, state.path, state.uidValidity))
  }

  /**
   * Writes what is known of `path`'s unreadable mail into its state, in one locked step from the
   * file, so another process's newer UIDNEXT is not written back over; `uidNext` lowers it.
   * A mailbox without a state yet (a first scan: it saves them when it completes) keeps them in memory.
   */
  async keep(role: MailboxRole, path: string, uidValidity: string, known: Unreadable, uidNext?: number): Promise<void> {
    const key = keyOf(role, path, uidValidity)
    await this.host.deps.store.syncState
      .update(syncStateId(this.host.account.id, role), (s) => {
        if (s.path !== path || s.uidValidity !== uidValidity) return s
        this.reconcile(key, known, s, path, uidValidity)
        return withoutUnset({ ...s, ...rememberedOf(known), ...(uidNext !== undefined && uidNext < s.uidNext ? { uidNext } : {}) })
      })
      .then((written) => this.onFile.set(key, listedIn(written, path, uidValidity)))
      .catch(() => undefined)
  }

  /** Mail the server could not send, last asked for long enough ago to ask again (TRY_AGAIN_AFTER_MS). */
  dueAgain(u: Unreadable): boolean {
    const now = this.host.now()
    // Some minutes early: the time asked is taken late in its pass, and a sync run every hour then asked every other.
    // A time ahead of the clock (the clock was set back) is no reason to wait.
    return (
      (u.whole.size > 0 || u.body.size > 0) &&
      (u.triedAt === undefined || now - u.triedAt >= TRY_AGAIN_AFTER_MS - ASK_EARLY_MS || u.triedAt > now)
    )
  }
}
