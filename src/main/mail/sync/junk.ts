/**
 * Replies in the Junk folder. A spam filter takes a recruiter's reply for spam often enough
 * (a hiring system's mail, a first mail from a new address), and the user, who reads their
 * inbox, never sees it. Afterview looks at Junk with the other folders but files nothing from
 * it: mail there is what the provider distrusts, forged senders among it. It tells the user
 * instead, once for each such mail, to look and mark it as not junk in their mail app; from
 * the inbox it is then filed as any reply is. Until then it is listed under the account
 * (Settings → Mail accounts) with the mail that was not filed.
 */
import { createHash } from 'node:crypto'
import type { ImapFlow } from 'imapflow'
import type { SkippedMailItem } from '../../../shared/accounts'
import { messageIdKey, type MailMessage } from '../../../shared/core/mail-message'
import { neutralize, safeSender } from '../../../shared/core/safe-sender'
import { isCustomerMail } from '../../../shared/core/customer-mail'
import type { MessageMatch } from '../../../shared/core/message-match'
import { parseMessage } from '../parse-message'
import { BODY_MAX_BYTES } from './body-parser'
import { FETCH_HEADERS, headerMessage } from './header-message'
import { syncStateId, type JunkMail } from '../../store/sync-state'
import type { Store } from '../../store'
import type { ServerMailbox } from './decision'
import type { MessageFiler } from './filing'

/** Of the Junk folder's mail within the look-back window, the latest this many are looked at (spam can run to thousands). */
const JUNK_LOOK_MAX = 2000
/** Message-IDs are kept to this length (the state's bound): what was told is looked up under it too. */
const junkIdOf = (messageId: string) => messageId.slice(0, 1000)

/** A mail of the Junk folder and the application it would be filed on. */
export type JunkCandidate = { uid: number; header: MailMessage; applicationId: string }

/**
 * The Junk folder at `path`, read-only: the UIDs of its mail since `since`, and of those from `fromUid` on, the ones
 * `matches` would file (their headers only, newest last).
 */
async function readJunk(
  client: ImapFlow,
  path: string,
  since: number,
  fromUid: number,
  matches: (header: MailMessage) => MessageMatch | null | undefined
): Promise<{ uids: Set<number>; found: JunkCandidate[] }> {
  const lock = await client.getMailboxLock(path, { readOnly: true })
  try {
    if (!client.mailbox || client.mailbox.exists === 0) return { uids: new Set(), found: [] }
    const uids = ((await client.search({ since: new Date(since) }, { uid: true })) || []).slice(-JUNK_LOOK_MAX)
    const wanted = uids.filter((u) => u >= fromUid)
    const found: JunkCandidate[] = []
    const byDomain = new Set<number>()
    if (wanted.length) {
      const items = { uid: true, internalDate: true, headers: FETCH_HEADERS }
      for await (const fetched of client.fetch(wanted, items, { uid: true })) {
        const header = headerMessage(fetched)
        const match = matches(header)
        if (!match) continue
        found.push({ uid: fetched.uid, header, applicationId: match.applicationId })
        if (match.strength === 'domain') byDomain.add(fetched.uid)
      }
    }
    // Matched by the employer's domain alone: its body tells an order, a bill or a council's notice from a reply, as a
    // scan's does; such mail in the INBOX is not filed, and in Junk it is not told either.
    const service = new Set<number>()
    if (byDomain.size) {
      const items = { uid: true, internalDate: true, source: { maxLength: BODY_MAX_BYTES } }
      for await (const fetched of client.fetch([...byDomain], items, { uid: true })) {
        if (!fetched.source) continue
        const read = await parseMessage(fetched.source, fetched.internalDate ? { receivedAt: new Date(fetched.internalDate) } : {}).catch(
          () => undefined
        )
        if (read && isCustomerMail(read)) service.add(fetched.uid)
      }
    }
    return { uids: new Set(uids), found: found.filter((c) => !service.has(c.uid)) }
  } finally {
    lock.release()
  }
}

/** What a look at Junk needs of the account's pass. */
export interface JunkLook {
  accountId: string
  store: Store
  filer: Pick<MessageFiler, 'refreshIfChanged' | 'isFiled' | 'isSkipped' | 'match'>
  /** The start of the look-back window (ms). */
  since: number
  now: () => number
  /** The user's addresses (SyncPass.userAddresses). */
  users: () => string[]
  /** What identifies every application, as one hash (identity.ts: identityStamp): asked only when Junk has mail. */
  identity: () => string
  /** Told of mail found there and not told before (AccountSyncDeps.junkFound). */
  tell?: (untold: JunkMail[]) => void
}

/**
 * Mail in the Junk folder at `path` (its STATUS `server`) that would be filed on an application: told to the user once
 * each, never filed. Looked at again only when Junk or an application changed since: a pass with nothing new asks
 * Junk's STATUS alone. Then only Junk's newer mail is read, unless what identifies an application changed (all of it
 * is matched again).
 */
export async function lookInJunk(client: ImapFlow, path: string, server: ServerMailbox, look: JunkLook): Promise<void> {
  const { store, filer } = look
  const id = syncStateId(look.accountId, 'junk')
  const saved = store.syncState.get(id)
  // Junk empty, and nothing listed from it: nothing to look at, tell or write (a locked write with fsync, every pass
  // that filed mail, cost a short sync about 10 ms). A later look at a full Junk then matches all of it.
  if (!server.exists && !saved?.inJunk?.length) return
  const since = new Date(look.since).toISOString()
  const seen = createHash('sha256')
    .update(
      [path, server.uidValidity, server.uidNext, server.exists, server.highestModseq ?? '', since]
        .concat(store.applications.fingerprint() ?? '')
        .join('\u0000')
    )
    .digest('base64')
  if (saved?.junkSeen === seen) return
  // An empty Junk (its STATUS says so) needs nothing matched: neither what identifies the applications nor the filer's
  // index is read for it.
  const identity = server.exists ? look.identity() : (saved?.junkIdentity ?? '')
  // Only Junk's newer mail is read while nothing else changed: not when what identifies an application did, and not
  // once a day (the window moves): a mail there that matches only now (it answers mail filed since) is found then.
  // (Nor when Junk's UIDNEXT went back, a server restored from a backup: its newer mail has UIDs below the one kept.)
  const same =
    saved?.path === path &&
    saved.uidValidity === String(server.uidValidity) &&
    saved.uidNext <= server.uidNext &&
    saved.junkIdentity === identity &&
    saved.since === since
  const users = look.users()
  let ready = false
  const { uids, found } = !server.exists
    ? { uids: new Set<number>(), found: [] }
    : await readJunk(client, path, look.since, same ? saved.uidNext : 1, (header) => {
        if (!ready) {
          filer.refreshIfChanged() // the matcher is built only when Junk has mail to match
          ready = true
        }
        if (filer.isFiled(header.messageId) || filer.isSkipped(header.messageId)) return undefined
        return filer.match(header, users)
      })
  const companies = new Map(found.length ? store.applicationDigests.all().map((a) => [a.id, a.company]) : [])
  const now = new Date(look.now()).toISOString()
  // Told from another account's Junk (the same reply in two mailboxes), by this process or another.
  const toldElsewhere = new Set(
    store.accounts
      .all()
      .filter((a) => a.id !== look.accountId)
      .flatMap((a) => store.syncState.get(syncStateId(a.id, 'junk'))?.inJunk ?? [])
      .filter((m) => m.told)
      .map((m) => messageIdKey(m.messageId))
  )
  let untold: JunkMail[] = []
  // Under the file's lock: what another process (the app, `afterview sync`) told meanwhile is not told again.
  await store.syncState.upsert(id, (current) => {
    const before = new Map(current?.inJunk?.map((m) => [messageIdKey(m.messageId), m]))
    const toldBefore = new Set(current?.junkTold?.map(messageIdKey))
    // What was found before and is still there (kept unless all of Junk was matched again; not once filed from another
    // account), and what is new.
    const kept = same
      ? (current?.inJunk ?? []).filter((m) => uids.has(m.uid) && !filer.isFiled(m.messageId) && !filer.isSkipped(m.messageId))
      : []
    const fresh = found
      .filter((c) => !kept.some((m) => m.uid === c.uid))
      .map((c) => {
        const key = messageIdKey(junkIdOf(c.header.messageId))
        const was = before.get(key)
        const told = was?.told ?? (toldBefore.has(key) || toldElsewhere.has(key))
        return junkEntry(c, companies.get(c.applicationId) ?? 'a company you track', told, was?.foundAt ?? now)
      })
    const inJunk = [...kept, ...fresh].slice(-100)
    untold = inJunk.filter((m) => !m.told)
    return {
      id,
      accountId: look.accountId,
      role: 'junk',
      path,
      uidValidity: String(server.uidValidity),
      uidNext: server.uidNext,
      since,
      lastSyncAt: now,
      junkSeen: seen,
      junkIdentity: identity,
      inJunk: inJunk.map((m) => ({ ...m, told: true })),
      junkTold: [...new Set([...(current?.junkTold ?? []), ...inJunk.map((m) => m.messageId)])].slice(-200)
    }
  })
  if (untold.length) look.tell?.(untold)
}

/** Hostile text (a spam's subject or company), as it may be shown or printed to a terminal: no control or bidi characters. */
const shown = (text: string, max: number) => neutralize(text.slice(0, max * 2)).slice(0, max)

/** The entry kept for a mail found in Junk: what is shown of it, bounded and neutralized. */
function junkEntry(c: JunkCandidate, company: string, told: boolean, foundAt: string): JunkMail {
  const h = c.header
  return {
    messageId: junkIdOf(h.messageId),
    uid: c.uid,
    foundAt,
    applicationId: c.applicationId,
    company: shown(company, 200),
    from: safeSender(h.from).label.slice(0, 300),
    subject: shown(h.subject, 300),
    date: new Date(Date.parse(h.date) || 0).toISOString(),
    told
  }
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })

/** What to tell of mail in Junk not told before, in plain words; undefined when there is none. */
export function junkNotice(untold: readonly JunkMail[], email: string): string | undefined {
  if (!untold.length) return undefined
  const advice =
    untold.length === 1
      ? 'If it is real, open Junk in your mail app and mark it as not junk: Afterview then files it like any reply.'
      : 'If they are real, open Junk in your mail app and mark them as not junk: Afterview then files them like any reply.'
  if (untold.length === 1) {
    const m = untold[0]!
    return (
      `A mail that may be about your application at ${m.company} is in the Junk folder of ${email}: ` +
      `“${m.subject || '(no subject)'}” from ${m.from}, ${day(m.date)}. ${advice}`
    )
  }
  const companies = [...new Set(untold.map((m) => m.company))]
  const latest = [...untold].sort((a, b) => a.date.localeCompare(b.date)).pop()!
  return (
    `${untold.length} mails that may be about your applications (${companies.join(', ')}) are in the Junk folder of ${email}, ` +
    `the latest “${latest.subject || '(no subject)'}” from ${latest.from}, ${day(latest.date)}. ${advice}`
  )
}

/** Mail in Junk as the account lists the mail it did not file (Settings → Mail accounts). */
export function asSkipped(m: JunkMail): SkippedMailItem {
  return {
    messageId: m.messageId,
    subject: m.subject,
    from: m.from,
    date: m.date,
    at: m.foundAt,
    reason: `It is in your Junk folder and may be about your application at ${m.company}. Afterview files nothing from Junk; if it is real, mark it as not junk in your mail app and it is filed like any reply.`
  }
}

/** What was told of mail found in Junk within the last day, per account: a window opened since shows it too (once). */
export function recentJunk(store: Pick<Store, 'accounts' | 'syncState'>, now: number): string[] {
  const shown = new Set<string>() // the same reply in two accounts' Junk: under the first
  return store.accounts.all().flatMap((account) => {
    const found = (store.syncState.get(syncStateId(account.id, 'junk'))?.inJunk ?? []).filter((m) => {
      const key = messageIdKey(m.messageId)
      if (!(now - Date.parse(m.foundAt) < 86_400_000) || shown.has(key)) return false
      shown.add(key)
      return true
    })
    return junkNotice(found, account.email) ?? []
  })
}
