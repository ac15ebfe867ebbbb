/**
 * Which mailboxes of an account a pass reads: Sent, the Archive, the user's own folders and
 * the INBOX (Gmail: All Mail), found by their SPECIAL-USE flags, and Junk, looked at last
 * (junk.ts). Listed with LIST (LIST-STATUS where the server has it), or remembered from the
 * sync states an earlier pass wrote, for an hour.
 */
import type { ImapFlow, ListResponse } from 'imapflow'
import { specialUse } from 'imapflow/lib/special-use.js'
import { presetOf, type Account } from '../../../shared/accounts'
import type { Store } from '../../store'
import {
  MAILBOX_ROLES,
  folderRole,
  isFolderRole,
  ownFoldersRead,
  syncStateId,
  type MailboxRole,
  type SyncState
} from '../../store/sync-state'
import type { ServerMailbox } from './decision'

/**
 * A mailbox list remembered from an earlier pass (its sync states) is trusted this long: a folder the user made since
 * ("Jobs", a reply moved there on the phone) is read within the hour. Listing again costs a round trip an hour.
 */
const REMEMBERED_LIST_MS = 3_600_000

export type Box = { role: MailboxRole; path: string }

/** At most this many of the user's own folders are read (each costs a STATUS in every pass). */
export const MAX_OWN_FOLDERS = 20

/**
 * Folders whose name (any level of the path, any case) says they hold no mail from the user's correspondents, or none
 * to file: what servers without SPECIAL-USE call Sent, Drafts, Trash and Junk, and the folders Exchange and Outlook
 * list beside mail (the calendar, the contacts, …), each a STATUS in every pass for nothing.
 */
const NOT_CORRESPONDENCE = new Set(
  [
    'Drafts',
    'Draft',
    'Trash',
    'Deleted',
    'Deleted Items',
    'Deleted Messages',
    'Bin',
    'Spam',
    'Junk',
    'Junk E-mail',
    'Junk Email',
    'Bulk Mail',
    'Sent',
    'Sent Items',
    'Sent Messages',
    'Sent Mail',
    'Outbox',
    'Templates',
    'Notes',
    'Calendar',
    'Contacts',
    'Tasks',
    'Journal',
    'Conversation History',
    'Sync Issues',
    'RSS Feeds',
    'RSS Subscriptions',
    // Exchange names its folders in the mailbox's language: the calendar, contacts, tasks, notes, journal, outbox,
    // conversation history and sync issues in German, French, Spanish, Dutch, Italian and Portuguese. (Drafts, Trash,
    // Junk and Sent in any language: imapflow's names, below.) Not Dutch "Agenda": a folder a user may make for
    // interviews. Leaving out a folder of mail loses its replies; reading a calendar costs a STATUS.
    ...['Kalender', 'Kontakte', 'Aufgaben', 'Notizen', 'Postausgang', 'Aufgezeichnete Unterhaltungen', 'Synchronisierungsprobleme'],
    ...['Calendrier', 'Tâches', "Boîte d'envoi", 'Historique des conversations', 'Problèmes de synchronisation'],
    ...['Calendario', 'Contactos', 'Tareas', 'Notas', 'Bandeja de salida', 'Historial de conversaciones', 'Problemas de sincronización'],
    ...['Contactpersonen', 'Taken', 'Notities', 'Logboek', 'Postvak UIT', 'Gespreksgeschiedenis', 'Synchronisatieproblemen'],
    ...['Contatti', 'Attività', 'Posta in uscita', 'Cronologia conversazioni', 'Problemi di sincronizzazione'],
    ...['Calendário', 'Contatos', 'Tarefas', 'Caixa de Saída', 'Histórico de Conversas', 'Problemas de Sincronização'],
    ...['RSS-Feeds', 'RSS-Abonnements', 'Flux RSS', 'Fuentes RSS', 'Feed RSS']
  ].map((n) => n.toLowerCase().normalize('NFKC'))
)

/**
 * A name that says Sent, Drafts, Trash or Junk in any language imapflow knows ("Entwürfe", "Gelöschte Elemente",
 * "Brouillons"): imapflow gives each SPECIAL-USE to one folder only, so a second one (German Outlook's beside the
 * server's English ones) came through as a folder of the user's own, and its drafts and deleted mail were filed.
 */
const NOT_MAIL_BY_NAME = new Set(['\\Sent', '\\Drafts', '\\Trash', '\\Junk'])
const namedNotMail = (name: string): boolean => {
  const flag = specialUse(false, { name, flags: new Set() }).flag
  return !!flag && NOT_MAIL_BY_NAME.has(flag)
}

/**
 * The user's own folders, in the list's order (imapflow sorts it by name): where a rule, or the user on the phone,
 * puts recruiters' mail ("Jobs", "Applications 2026") before Afterview reads the INBOX. Not the INBOX, not a folder
 * with a SPECIAL-USE (Sent, the Archive, Junk, Trash, Drafts, Gmail's labels of its own: imapflow also guesses these
 * from their names), not one that cannot be opened, and none for Gmail, whose All Mail holds every label's mail (the
 * caller's part). At most MAX_OWN_FOLDERS, the shallowest first: a rule's "Jobs" before twenty "Archives/2019".
 */
export function ownFolders(
  list: readonly (Pick<ListResponse, 'path' | 'name' | 'parent' | 'flags' | 'specialUse'> & { delimiter?: string })[],
  sentPath?: string,
  /** The prefixes of the other users' and shared namespaces ("shared.", "Public/"): mailboxes that are not the user's. */
  foreign: readonly string[] = []
): string[] {
  const candidates = list.filter(
    (m) =>
      m.path.toUpperCase() !== 'INBOX' &&
      m.path !== sentPath &&
      !m.specialUse &&
      !foreign.some((prefix) => (m.path + (m.delimiter ?? '')).startsWith(prefix)) &&
      ![...m.parent, m.name].some(namedNotMail) &&
      // Also a SPECIAL-USE imapflow does not know (Gmail's \Important, RFC 8457): not a folder the user made.
      ![...m.flags].some((f) => /^\\(noselect|nonexistent|all|archive|drafts|flagged|junk|sent|trash|important)$/i.test(f)) &&
      ![...m.parent, m.name].some((n) => NOT_CORRESPONDENCE.has(n.toLowerCase().normalize('NFKC')))
  )
  // More than can be read: the shallowest first (a rule's "Jobs" before "Archives/2019"), in the list's order within a level.
  const chosen = new Set([...candidates].sort((a, b) => a.parent.length - b.parent.length).slice(0, MAX_OWN_FOLDERS))
  return candidates.filter((m) => chosen.has(m)).map((m) => m.path)
}

export const STATUS_QUERY = { uidNext: true, uidValidity: true, highestModseq: true, messages: true } as const

/** UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ and EXISTS from a STATUS (or LIST-STATUS) answer; undefined when it lacks the first two. */
export function serverMailbox(
  status: { uidValidity?: bigint; uidNext?: number; highestModseq?: bigint; messages?: number } | false | undefined
): ServerMailbox | undefined {
  if (!status || status.uidValidity === undefined || status.uidNext === undefined) return undefined
  return { uidValidity: status.uidValidity, uidNext: status.uidNext, highestModseq: status.highestModseq, exists: status.messages ?? 0 }
}

/** What the list needs of the account's sync (its account is updated when Sent is found under another name). */
export interface ListHost {
  account: Account
  readonly deps: { store: Pick<Store, 'accounts' | 'syncState'> }
  now(): number
}

/**
 * A listing: when (`at`, and `listedAt` as the sync states keep it, ISO), the mailboxes to read, the user's own folders
 * among them (their paths), and Junk's path ('' for none).
 */
interface Listing {
  at: number
  boxes: Box[]
  listedAt: string
  folders: string[]
  junk: string
  /** Listed now (LIST), not remembered: folders no longer listed are forgotten (SyncPass.forgetFoldersGone). */
  fresh?: boolean
}

export class MailboxList {
  private listing?: Listing
  /** Told that a mailbox was made, renamed or deleted: the next pass lists, whatever is remembered. */
  private stale = false
  /** What LIST-STATUS said of each mailbox in the pass's one listing. */
  private readonly statusOf = new Map<string, ServerMailbox>()

  constructor(private readonly host: ListHost) {}

  /** The last listing, listed or remembered; undefined before the first. */
  get listed(): Listing | undefined {
    return this.listing
  }

  /** What LIST-STATUS said of each mailbox in the last listing (none when it was remembered). */
  get statuses(): ReadonlyMap<string, ServerMailbox> {
    return this.statusOf
  }

  /**
   * Sent, the Archive, the user's own folders, then INBOX (Gmail: All Mail), found by SPECIAL-USE. The list is remembered — for
   * 10 minutes in this process, for an hour across processes (the mailboxes the sync states
   * name) — and each mailbox costs one STATUS; a STATUS that fails on a remembered mailbox
   * lists again. Without a remembered list, LIST (with LIST-STATUS, what each mailbox holds
   * in the same round trip). Remembered beats LIST-STATUS even where the server has it:
   * Dovecot answers LIST-STATUS for the INBOX 10-20 times slower than STATUS (15 against
   * 1.6 ms at 20,000 messages, 80-140 against 4 ms at 100,000), for one more round trip.
   */
  async boxes(client: ImapFlow, options: { fresh?: boolean } = {}): Promise<Box[]> {
    this.statusOf.clear()
    const withStatus = client.capabilities?.has('LIST-STATUS') === true
    if (!options.fresh && !this.stale) {
      if (this.listing && this.host.now() - this.listing.at < 10 * 60_000) return this.listing.boxes
      const remembered = this.remembered()
      if (remembered) return remembered
    }
    // Cleared before the LIST (a change told while it is answered is listed at the next pass), and set again when it
    // fails: the pass on the next connection would otherwise trust the listing that lacks the new folder.
    const stale = this.stale
    this.stale = false
    const list = await client.list(withStatus ? { statusQuery: STATUS_QUERY } : undefined).catch((error: unknown) => {
      this.stale ||= stale
      throw error
    })
    for (const m of list) {
      const status = serverMailbox(m.status)
      if (status) this.statusOf.set(m.path, status)
    }
    const sent = list.find((m) => m.specialUse === '\\Sent')
    const all = presetOf(this.host.account.preset).scanAllMail ? list.find((m) => m.specialUse === '\\All') : undefined
    // Mail archived before the sync saw it (a swipe on the phone, Outlook's Archive button): read there too. Gmail's
    // All Mail holds it already.
    const archive = all ? undefined : list.find((m) => m.specialUse === '\\Archive')
    const junk = list.find((m) => m.specialUse === '\\Junk')
    const namespaces = client.namespaces
    const foreign = [...(namespaces?.other || []), ...(namespaces?.shared || [])].flatMap((n) => (n.prefix ? [n.prefix] : []))
    const folders = all ? [] : ownFolders(list, sent?.path ?? this.host.account.sentFolder, foreign)
    if (sent && sent.path !== this.host.account.sentFolder) {
      this.host.account = await this.host.deps.store.accounts
        .update(this.host.account.id, (a) => ({ ...a, sentFolder: sent.path }))
        .catch(() => this.host.account)
    }
    const boxes = [
      ...(sent ? [{ role: 'sent' as const, path: sent.path }] : []),
      ...(archive ? [{ role: 'archive' as const, path: archive.path }] : []),
      ...folders.map((path) => ({ role: folderRole(path), path })),
      all ? { role: 'all' as const, path: all.path } : { role: 'inbox' as const, path: 'INBOX' }
    ]
    this.listing = {
      at: this.host.now(),
      boxes,
      listedAt: new Date(this.host.now()).toISOString(),
      folders,
      junk: junk?.path ?? '',
      fresh: true
    }
    return boxes
  }

  /**
   * The listing, kept with the primary mailbox's state even when nothing in that mailbox changed (its state is not
   * written then): a quiet INBOX kept an hour-old list, listed again at every pass, and the next process knew no folder
   * made since (retroactive filing, "open in full").
   */
  async remember(primary: Box): Promise<void> {
    const listed = this.listing
    const id = syncStateId(this.host.account.id, primary.role)
    const saved = this.host.deps.store.syncState.get(id)
    if (!listed || saved?.path !== primary.path) return
    const fields = {
      listedAt: listed.listedAt,
      archivePath: listed.boxes.find((b) => b.role === 'archive')?.path ?? '',
      folderPaths: listed.folders,
      junkPath: listed.junk
    }
    const same = (s: SyncState) =>
      s.listedAt === fields.listedAt &&
      s.archivePath === fields.archivePath &&
      s.junkPath === fields.junkPath &&
      JSON.stringify(s.folderPaths) === JSON.stringify(fields.folderPaths)
    // Another process (the app, `sync --once`) may have listed later: its listing, newer, stays.
    const newer = (s: SyncState) => !!s.listedAt && Date.parse(s.listedAt) > Date.parse(fields.listedAt)
    if (same(saved) || newer(saved)) return
    await this.host.deps.store.syncState
      .update(id, (s) => (s.path !== primary.path || same(s) || newer(s) ? s : { ...s, ...fields }))
      .catch(() => undefined) // only an optimisation and a hint: the next pass lists again
  }

  /**
   * After a fresh LIST, once: the sync states of the user's folders that are no longer listed (renamed, deleted, no
   * longer read), for the pass to forget (SyncPass.forgetFoldersGone). None when another process listed since.
   */
  foldersGone(): SyncState[] {
    const listed = this.listing
    if (!listed?.fresh) return []
    listed.fresh = false
    const states = this.host.deps.store.syncState
    // Another process listed since: its folders are the ones read now.
    const primary = states.get(syncStateId(this.host.account.id, this.primaryRole))
    if (primary?.listedAt && Date.parse(primary.listedAt) > Date.parse(listed.listedAt)) return []
    const kept = new Set(listed.folders.map(folderRole))
    return states.all().filter(
      (s) =>
        s.accountId === this.host.account.id &&
        isFolderRole(s.role) &&
        !kept.has(s.role) &&
        // Read since this listing was made: by another process, under a listing newer than this one that it has not
        // saved yet (it saves it with the INBOX, last). Forgotten, the folder was read anew in full at the next pass.
        !(Date.parse(s.lastSyncAt) > Date.parse(listed.listedAt))
    )
  }

  /** The next pass lists again (the server told of a mailbox made, renamed or deleted). */
  listAgain(): void {
    this.stale = true
  }

  /** The mailboxes of the last listing besides the primary one, Junk among them: where new mail calls for a pass while watching. */
  besidesPrimary(): ReadonlySet<string> {
    const listing = this.listing
    if (!listing) return new Set()
    return new Set([...listing.boxes.slice(0, -1).map((b) => b.path), ...(listing.junk ? [listing.junk] : [])])
  }

  /** The role of the mailbox where replies arrive: INBOX, or Gmail's All Mail. */
  get primaryRole(): MailboxRole {
    return presetOf(this.host.account.preset).scanAllMail ? 'all' : 'inbox'
  }

  /** The mailboxes an earlier pass (maybe another process) listed and synced, while that listing is recent. */
  private remembered(): Box[] | undefined {
    const primaryRole = this.primaryRole
    const primary = this.host.deps.store.syncState.get(syncStateId(this.host.account.id, primaryRole))
    if (!primary?.listedAt || !(this.host.now() - Date.parse(primary.listedAt) < REMEMBERED_LIST_MS)) return undefined
    const sent = this.host.deps.store.syncState.get(syncStateId(this.host.account.id, 'sent'))
    if (this.host.account.sentFolder && sent?.path !== this.host.account.sentFolder) return undefined
    // Listed before the Archive, Junk or the user's own folders were looked for.
    if (primary.archivePath === undefined || primary.junkPath === undefined || primary.folderPaths === undefined) return undefined
    const archive = primary.archivePath ? this.host.deps.store.syncState.get(syncStateId(this.host.account.id, 'archive')) : undefined
    if (primary.archivePath && archive?.path !== primary.archivePath) return undefined // not read through yet
    // A folder not read yet (it failed to open) is read from the path the listing found: no state is needed for that.
    const folders = primary.folderPaths.map((path) => ({ role: folderRole(path), path }))
    const boxes: Box[] = [
      ...(sent ? [{ role: 'sent' as const, path: sent.path }] : []),
      ...(archive ? [{ role: 'archive' as const, path: archive.path }] : []),
      ...folders,
      { role: primaryRole, path: primary.path }
    ]
    this.listing = { at: this.host.now(), boxes, listedAt: primary.listedAt, folders: primary.folderPaths, junk: primary.junkPath }
    return boxes
  }

  /**
   * Every role whose mail retroactive filing reads, in the order a pass reads them: the user's own folders after the
   * Archive, as the last listing found them (or, before this process listed, as the states remember).
   */
  roles(): MailboxRole[] {
    const paths = this.listing?.folders ?? ownFoldersRead(this.host.deps.store.syncState, this.host.account.id)
    const folders = paths.map(folderRole)
    return MAILBOX_ROLES.flatMap((role) => (role === 'archive' ? [role, ...folders] : [role]))
  }

  /** The mailbox at `path` is not on the server (LIST says so); false when LIST fails too. */
  async missing(client: ImapFlow, path: string): Promise<boolean> {
    const list = await client.list({ listOnly: true }).catch(() => undefined)
    return !!list && !list.some((m) => m.path === path)
  }
}
