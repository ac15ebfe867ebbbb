/**
 * Finding a filed mail again in an open mailbox ("Open in full"): by its Message-ID, or, for
 * a mail that had none, by the id the sync made for it (header-message.ts from its UID and
 * date, parse-message.ts from its text).
 */
import type { ImapFlow } from 'imapflow'
import { addressOf } from '../../../shared/core/address'
import type { MessageRef } from '../../../shared/model'
import { syntheticMessageId } from '../parse-message'
import { FETCH_HEADERS, headerMessage } from './header-message'
import { LETTER_MAIL_MAX_BYTES } from './pass'
import { BODY_MAX_BYTES } from './body-parser'
import { reusedOf } from '../../../shared/core/mail-message'
import { another } from './reused-id'

const DAY = 86_400_000

/** Made-up Message-IDs of mail that had none: from its UID and date (filed by its headers), or from its text. */
const MADE_UP_ID = /^<(?:uid-(\d+)-(-?\d+)|sha1-[0-9a-f]{40})@afterview\.invalid>$/
/** The mail looked at, at most, to find one filed under a made-up id. */
const MADE_UP_CANDIDATES = 50
/** A made-up id from a UID and a date, without the UID: the same mail has another UID in another mailbox. */
const withoutUid = (id: string) => id.replace(/^<uid-\d+-/, '<uid-')

/**
 * The UID, in the open mailbox, of the filed mail `ref`, dated `at`: found by its Message-ID. A mail that had none was
 * filed under an id the sync made for it: from its text (its first BODY_MAX_BYTES, or the whole of a large mail whose
 * letter was read whole), or, filed by its headers, from its UID and date. It is looked for among the mail from the
 * same sender within two days of it, by the date it says it was sent or by its arrival (a mail without a Date header
 * has only the latter); a server that finds none by that sender (Dovecot cannot search an address with a backslash)
 * is asked for the whole window. Its text's id is exact. Of one filed by its headers, the UID in the id is looked at
 * first; in another mailbox (Gmail's All Mail) the mail has another UID, and only the one mail of exactly that sender,
 * subject and date is taken: with two alike (a forged copy, or a system that sent two in one second), none is, rather
 * than the wrong one, whose text would then be written into the entry.
 */
export async function uidOfFiled(client: ImapFlow, ref: MessageRef, at: string): Promise<number | undefined> {
  const made = MADE_UP_ID.exec(ref.messageId)
  if (!made) return uidById(client, ref, at)
  const t = Date.parse(at)
  const since = new Date(t - 2 * DAY)
  const before = new Date(t + 2 * DAY)
  const window = {
    or: [
      { sentSince: since, sentBefore: before },
      { since, before }
    ]
  }
  const sender = addressOf(ref.from) ?? ''
  let found = sender ? (await client.search({ from: sender, ...window }, { uid: true })) || [] : []
  if (!found.length) found = (await client.search(window, { uid: true })) || []
  const own = made[1] ? Number(made[1]) : undefined
  const candidates = [...new Set([...(own !== undefined ? [own] : []), ...found])].slice(0, MADE_UP_CANDIDATES)
  const alike: number[] = []
  for (const uid of candidates) {
    const items = { uid: true, internalDate: true, headers: FETCH_HEADERS, source: { maxLength: BODY_MAX_BYTES } }
    const m = await client.fetchOne(String(uid), items, { uid: true }).catch(() => undefined)
    if (!m || !m.headers || !m.source) continue
    if (own === undefined) {
      if (syntheticMessageId(m.source) === ref.messageId) return uid
      if (m.source.length < BODY_MAX_BYTES) continue
      const whole = await client
        .fetchOne(String(uid), { uid: true, source: { maxLength: LETTER_MAIL_MAX_BYTES } }, { uid: true })
        .catch(() => undefined)
      if (whole && whole.source && syntheticMessageId(whole.source) === ref.messageId) return uid
      continue
    }
    const header = headerMessage(m)
    const same =
      withoutUid(header.messageId) === withoutUid(ref.messageId) && header.from.address === sender && header.subject === ref.subject
    if (same && uid === own) return uid
    if (same) alike.push(uid)
  }
  return alike.length === 1 ? alike[0] : undefined
}

/**
 * The UID of the filed mail `ref`, dated `at`, by its Message-ID. Several mails may have it (a hiring system that gives
 * it to every mail about one application: reused-id.ts), and the one filed may be gone (archived) while another with
 * its id is still here: the one taken is the one the sync would take for the same mail, of the same date, or of the same
 * sender and subject. One filed under an id made from its Message-ID and date is looked for by those.
 */
async function uidById(client: ImapFlow, ref: MessageRef, at: string): Promise<number | undefined> {
  const reused = reusedOf(ref.messageId)
  const found = (await client.search({ header: { 'message-id': reused?.messageId ?? ref.messageId } }, { uid: true })) || []
  const filed = { at: reused?.date ?? Date.parse(at), from: ref.from, subject: ref.subject }
  for (const uid of found.slice(0, MADE_UP_CANDIDATES)) {
    const m = await client
      .fetchOne(String(uid), { uid: true, internalDate: true, headers: FETCH_HEADERS }, { uid: true })
      .catch(() => undefined)
    if (m && m.headers && !another(filed, headerMessage(m))) return uid
  }
  return undefined
}
