/**
 * What the sync remembers per account and mailbox, so a restart resumes where it
 * stopped: UIDVALIDITY, UIDNEXT and HIGHESTMODSEQ as the server last reported them.
 * Big integers are kept as decimal strings (JSON has no bigint).
 * Kept with the store (which saves it); the mail sync imports it from here.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { Id, Instant } from '../../shared/model'

const FixedRole = z.enum(['inbox', 'sent', 'all', 'archive', 'junk'])
/** A folder of the user's own ("Jobs", where a rule or the phone puts recruiters' mail): `folder.` and a hash of its path. */
export type FolderRole = `folder.${string}`
/** Which mailbox of an account: its role, or a folder of the user's own (FolderRole). */
export type MailboxRole = z.infer<typeof FixedRole> | FolderRole
const FOLDER_ROLE = /^folder\.[0-9a-f]{12}$/
export const MailboxRole: z.ZodType<MailboxRole> = z.union([
  FixedRole,
  z.custom<FolderRole>((v) => typeof v === 'string' && FOLDER_ROLE.test(v))
])
/**
 * Every role, in the order a pass reads them (Sent first: what the user wrote anchors the threads replies match by).
 * The user's own folders come after the Archive (MailboxList.roles). Junk last: looked at for replies to tell the user
 * of, never filed from (mail/sync/junk.ts).
 */
export const MAILBOX_ROLES: readonly MailboxRole[] = ['sent', 'archive', 'inbox', 'all', 'junk']

/** The role of the user's own folder at `path`: the same path, the same role, in every process. */
export const folderRole = (path: string): FolderRole => `folder.${createHash('sha256').update(path).digest('hex').slice(0, 12)}`
export const isFolderRole = (role: MailboxRole): role is FolderRole => role.startsWith('folder.')

/** A mail in the Junk folder that may be about an application (mail/sync/junk.ts): told to the user once. */
export const JunkMail = z.object({
  messageId: z.string().max(1000),
  /** Its UID in Junk (at the state's UIDVALIDITY): a later look keeps it while it is there, and fetches only newer mail. */
  uid: z.number().int().min(1),
  /** When Afterview found it there. */
  foundAt: Instant,
  applicationId: Id,
  company: z.string().max(200),
  from: z.string().max(300),
  subject: z.string().max(300),
  date: Instant,
  told: z.boolean()
})
export type JunkMail = z.infer<typeof JunkMail>

export const SyncState = z.object({
  /** `${accountId}.${role}` */
  id: Id,
  accountId: Id,
  role: MailboxRole,
  path: z.string().max(1000),
  uidValidity: z.string().regex(/^\d+$/),
  uidNext: z.number().int().min(0),
  highestModseq: z.string().regex(/^\d+$/).optional(),
  /** The look-back window this state covers (start, ISO). */
  since: Instant,
  lastSyncAt: Instant,
  /**
   * When the mailboxes were last listed (LIST). The list remembered from these states is trusted for an hour from then:
   * counted from lastSyncAt, a pass every day kept it for good, and a Sent folder made later was never read.
   */
  listedAt: Instant.optional(),
  /**
   * The Archive folder that listing found ('' for none): mail the user archived (on the phone, before the sync saw it)
   * is read there. Absent: listed by a version that did not look for one, so the list is not taken as remembered.
   */
  archivePath: z.string().max(1000).optional(),
  /** The user's own folders that listing found (mail/sync/mailbox-list.ts: ownFolders); absent as archivePath is. */
  folderPaths: z.array(z.string().max(1000)).max(100).optional(),
  /** The Junk folder that listing found ('' for none); absent as archivePath is. */
  junkPath: z.string().max(1000).optional(),
  /** Junk's state: what was looked at (its STATUS and the applications' files, as one hash), and what was found. */
  junkSeen: z.string().max(2000).optional(),
  /** What identified the applications then (identityStamp in mail/sync/identity.ts): another, and all of Junk is matched again. */
  junkIdentity: z.string().max(200).optional(),
  inJunk: z.array(JunkMail).max(100).optional(),
  /** Mail in Junk told before, by Message-ID (the latest 200): moved out and back (a new UID), it is not told again. */
  junkTold: z.array(z.string().max(1000)).max(200).optional(),
  /** UIDs the server could not send (mail/sync/unreadable.ts), left out of every fetch while UIDVALIDITY stays. */
  unreadable: z.array(z.number().int().min(1)).max(500).optional(),
  /** When those were last asked for: they are asked again after a while (a server's failure may pass). */
  unreadableTriedAt: Instant.optional(),
  /** UIDs whose headers the server sends but not their bodies: filed by their headers. */
  noBody: z.array(z.number().int().min(1)).max(500).optional()
})
export type SyncState = z.infer<typeof SyncState>

export const syncStateId = (accountId: string, role: MailboxRole) => `${accountId}.${role}`

/**
 * The user's own folders the sync reads for an account, as its last listing found them: the primary mailbox's state
 * (INBOX, or Gmail's All Mail) keeps the listing. Settings names them; "Open in full" and retroactive filing look there.
 */
export function ownFoldersRead(states: { get(id: string): SyncState | undefined }, accountId: string): string[] {
  return (states.get(syncStateId(accountId, 'inbox')) ?? states.get(syncStateId(accountId, 'all')))?.folderPaths ?? []
}
