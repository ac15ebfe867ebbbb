/**
 * Replies in the Junk folder. A spam filter takes a recruiter's reply for spam often enough
 * (a hiring system's mail, a first mail from a new address), and the user, who reads their
 * inbox, never sees it. Afterview looks at Junk with the other folders but files nothing from
 * it: mail there is what the provider distrusts, forged senders among it. It tells the user
 * instead, once for each such mail, to look and mark it as not junk in their mail app; from
 * the inbox it is then filed as any reply is.
 */
import type { ImapFlow } from 'imapflow'
import { formatAddress } from '../../../shared/core/address'
import type { MailMessage } from '../../../shared/core/mail-message'
import { FETCH_HEADERS, headerMessage } from './header-message'
import type { JunkMail } from '../../store/sync-state'

/** Of the Junk folder's mail within the look-back window, the latest this many are looked at (spam can run to thousands). */
export const JUNK_LOOK_MAX = 2000

/** A mail of the Junk folder and the application it would be filed on. */
export type JunkCandidate = { header: MailMessage; applicationId: string }

/**
 * The mail of the Junk folder at `path` since `since` that `matches` would file: the headers only,
 * in a read-only look, newest last.
 */
export async function junkMail(
  client: ImapFlow,
  path: string,
  since: number,
  matches: (header: MailMessage) => string | undefined
): Promise<JunkCandidate[]> {
  const lock = await client.getMailboxLock(path, { readOnly: true })
  try {
    if (!client.mailbox || client.mailbox.exists === 0) return []
    const uids = ((await client.search({ since: new Date(since) }, { uid: true })) || []).slice(-JUNK_LOOK_MAX)
    if (!uids.length) return []
    const found: JunkCandidate[] = []
    const items = { uid: true, internalDate: true, headers: FETCH_HEADERS }
    for await (const fetched of client.fetch(uids, items, { uid: true })) {
      const header = headerMessage(fetched)
      const applicationId = matches(header)
      if (applicationId) found.push({ header, applicationId })
    }
    return found
  } finally {
    lock.release()
  }
}

/** The entry kept for a mail found in Junk. */
export function junkEntry(c: JunkCandidate, company: string, told: boolean): JunkMail {
  const h = c.header
  return {
    messageId: h.messageId,
    applicationId: c.applicationId,
    company: company.slice(0, 200),
    from: formatAddress(h.from).slice(0, 300),
    subject: h.subject.slice(0, 300),
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
