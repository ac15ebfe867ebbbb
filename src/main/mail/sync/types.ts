/**
 * What an account's sync is handed and what it reports (its own file, so the pass, the
 * watch loop and the account's sync share them without importing each other).
 */
import type { Store } from '../../store'
import type { JunkMail } from '../../store/sync-state'
import type { ImapTuning } from '../connection'
import type { MessageFiler } from './filing'
import type { SyncView } from '../../../shared/accounts'
import type { MailMessage } from '../../../shared/core/mail-message'
import type { MessageMatch } from '../../../shared/core/matcher'

/** An account's sync as it reports itself (the window's SyncView). */
export type SyncStatus = SyncView

export interface AccountSyncDeps {
  store: Store
  filer: MessageFiler
  /** The password; throws an AfterviewError in plain words when there is none. OAuth2: an access token (`renew`: a fresh one). */
  secret: (options?: { renew?: boolean }) => Promise<string>
  progress?: (p: { phase: string; done: number; total: number; message?: string }) => void
  onStatus?: (status: SyncStatus) => void
  /** Mail in the Junk folder that may be a reply, not told before (mail/sync/junk.ts): to tell the user. */
  junkFound?: (mails: JunkMail[]) => void
  now?: () => number
  tuning?: ImapTuning
  /** The other mailboxes (Sent, the Archive, the user's folders, Junk) are looked at this often while watching (ms; every minute otherwise). */
  lookAroundEveryMs?: number
  /** Keep the local header index (retroactive filing); on unless false (the benchmark compares). */
  headerIndex?: boolean
}

/**
 * A mail a pass (or retroactive filing) reads for its body and files if it matches, by its UID; `match` is what its
 * headers matched. `shape`: read only for an acknowledgement-shaped subject, one of a run of look-alikes (LookAlikes).
 */
export type Candidate = { uid: number; header: MailMessage; match: MessageMatch | null; shape?: string }
