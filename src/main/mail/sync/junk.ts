/**
 * Replies in the Junk folder. A spam filter takes a recruiter's reply for spam often enough
 * (a hiring system's mail, a first mail from a new address), and the user, who reads their
 * inbox, never sees it. Afterview looks at Junk with the other folders but files nothing from
 * it: mail there is what the provider distrusts, forged senders among it. It tells the user
 * instead, once for each such mail, to look and mark it as not junk in their mail app; from
 * the inbox it is then filed as any reply is. Until then it is listed under the account
 * (Settings → Mail accounts) with the mail that was not filed.
 */
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

/** Of the Junk folder's mail within the look-back window, the latest this many are looked at (spam can run to thousands). */
export const JUNK_LOOK_MAX = 2000
/** Message-IDs are kept to this length (the state's bound): what was told is looked up under it too. */
export const junkIdOf = (messageId: string) => messageId.slice(0, 1000)

/** A mail of the Junk folder and the application it would be filed on. */
export type JunkCandidate = { uid: number; header: MailMessage; applicationId: string }

/**
 * The Junk folder at `path`, read-only: the UIDs of its mail since `since`, and of those from `fromUid` on, the ones
 * `matches` would file (their headers only, newest last).
 */
export async function lookInJunk(
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

/** Hostile text (a spam's subject or company), as it may be shown or printed to a terminal: no control or bidi characters. */
const shown = (text: string, max: number) => neutralize(text.slice(0, max * 2)).slice(0, max)

/** The entry kept for a mail found in Junk: what is shown of it, bounded and neutralized. */
export function junkEntry(c: JunkCandidate, company: string, told: boolean, foundAt: string): JunkMail {
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
