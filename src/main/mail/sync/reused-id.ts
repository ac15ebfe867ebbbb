/**
 * Mail that reuses the Message-ID of another mail. RFC 5322 makes each id unique, but some hiring systems give every
 * mail about one application the same one: the interview invitation that came days after the acknowledgement, under
 * its id, was dropped as mail already filed. A mail with the id of another date, and another sender or subject, is
 * another mail. The first keeps the id; the others are filed under one made from it and their date. That id
 * finds the mail again ("Open in full": find-filed.ts), and an answer threads to the id the mail has, as written
 * (writtenMessageId, kept as the entry's originalMessageId).
 *
 * The same mail twice (a copy in another folder, Gmail's All Mail, a forwarding rule, a list that tags its subject)
 * has the same date, or the same sender and subject, and stays one.
 */
import { addressOf } from '../../../shared/core/address'
import { messageIdKey, reusedId, reusedOf, type MailMessage } from '../../../shared/core/mail-message'
import { clampSubject, LIMITS } from './message-ref'

/** Ids the sync made for mail that had none, or had one another mail has: each is of one mail already. */
const MADE_UP = /@(?:reused\.)?afterview\.invalid>$/i
/** Ids the sync made for mail that had none: from its UID and date (read by its headers), or from its text. */
const NONE_OF_ITS_OWN = /^<(?:uid-\d+--?\d+|sha1-[0-9a-f]{40})@afterview\.invalid>$/
/** Of those, the one from its UID and date (header-message.ts): filed by its headers, its text not read. */
const BY_ITS_HEADERS = /^<uid-\d+--?\d+@afterview\.invalid>$/

/** Mail read from its body, as its headers were read and filed: under the id they were given, by the date they say. */
export function asItsHeaders(header: MailMessage, message: MailMessage): MailMessage {
  if (message === header) return message
  // mailparser dates a Date header it cannot read as the moment it parses; the headers, by the mail's arrival.
  const renamed = reusedOf(header.messageId) !== undefined && header.messageId !== message.messageId
  if (!renamed && message.date === header.date) return message
  return renamed
    ? { ...message, messageId: header.messageId, writtenMessageId: message.writtenMessageId ?? message.messageId, date: header.date }
    : { ...message, date: header.date }
}

/** Of a mail filed, listed as not filed, or read to be filed: what tells it from another with its Message-ID. */
export interface Taken {
  /** The date it says it was sent (ms). */
  at: number
  /** Its sender: an address, or "Name <address>" as a timeline entry keeps it. */
  from: string
  subject: string
}

/** The mail read, or its header index entry. */
export type MailSeen = Pick<MailMessage, 'messageId' | 'date' | 'subject'> & { from: { address: string } }

const senderOf = (from: string): string => (from.includes('<') ? (addressOf(from) ?? from) : from).trim().toLowerCase()
/** A subject without its "Re:" and "Fwd:", case, spaces and marks; as far as a timeline entry keeps it (clampSubject). */
const subjectOf = (subject: string): string =>
  subject
    .toLowerCase()
    .replace(/^(?:\s*(?:re|aw|fwd?|wg|sv|antw)\s*(?:\[\d+\])?\s*:)+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .slice(0, 120)

/**
 * Another mail than `first`: another date, and another sender or subject. The date alone does not tell: the timeline
 * dates a mail sent from Afterview when the server took it, its Date header a moment before, to the second; an
 * application imported from a file dates its mail as that file says. (A system that sends two mails with one id, one
 * sender and one subject on two days still has the second taken for the first.)
 */
export function another(first: Taken, mail: MailSeen): boolean {
  return (
    first.at !== Date.parse(mail.date) &&
    (senderOf(first.from) !== senderOf(mail.from.address) || subjectOf(first.subject) !== subjectOf(mail.subject))
  )
}

/** Which Message-IDs are taken, by which mail: the filer's (filing.ts), with the mail being filed together. */
export class TakenIds {
  /** Of each id (its key): the mail filed, or listed as not filed, under it. */
  private readonly first = new Map<string, Taken>()
  /** Ids (their keys) another mail has been filed under reusedId of. */
  private readonly reused = new Set<string>()
  /** Mail without a Message-ID filed by its headers, under an id made from its UID: its id, by what its headers say. */
  private readonly byHeaders = new Map<string, string>()
  /** Mail without a Message-ID filed with its text, under an id made from it: its id, by what its headers say. */
  private readonly withText = new Map<string, string>()

  clear(): void {
    this.first.clear()
    this.reused.clear()
    this.byHeaders.clear()
    this.withText.clear()
  }

  /** `messageId` is taken by a mail sent at `date` (ISO), from `from`, about `subject` (the first one stays). */
  add(messageId: string, date: string, from: string, subject: string): void {
    const key = messageIdKey(messageId)
    const other = reusedOf(key)
    if (other) this.reused.add(messageIdKey(other.messageId))
    else if (!this.first.has(key)) this.first.set(key, { at: Date.parse(date), from, subject })
    const said = headersSay({ at: Date.parse(date), from, subject })
    const kind = BY_ITS_HEADERS.test(key) ? this.byHeaders : NONE_OF_ITS_OWN.test(key) ? this.withText : undefined
    if (kind && !kind.has(said)) kind.set(said, messageId)
  }

  /**
   * A mail without a Message-ID to be filed by its headers alone (its body not read): the id of the one filed already
   * that its sender, subject and date say it is, by its headers or with its text (read whole in another mailbox: its
   * copy there had another UID). Its headers tell nothing more.
   */
  filedAlike(mail: MailSeen): string | undefined {
    if (!NONE_OF_ITS_OWN.test(messageIdKey(mail.messageId))) return undefined
    const said = headersSay(takenBy(mail))
    return this.byHeaders.get(said) ?? this.withText.get(said)
  }

  /**
   * The id `mail` is filed under, or is to be: its own, unless another mail has it (another). Then reusedId, or its
   * own after all where that mail is gone and this one was never filed under another (`filed`). `batch`: the mail
   * read to be filed with it, before it (by id key), which this adds it to; the first of two keeps the id.
   */
  idOf(mail: MailSeen, filed: (id: string) => boolean, batch?: Map<string, Taken>): string {
    const key = messageIdKey(mail.messageId)
    // A mail without a Message-ID filed by its headers has an id made from its UID there: its copy in another mailbox
    // (archived on the phone, copied by a rule) has another UID, and read whole, an id made from its text. The same
    // sender, subject and date (to the second) are that mail: it is filed once, and its entry takes its text.
    if (NONE_OF_ITS_OWN.test(key) && !this.first.has(key)) {
      const same = this.byHeaders.get(headersSay(takenBy(mail)))
      if (same !== undefined) return same
    }
    const first = this.first.get(key) ?? batch?.get(key)
    if (first === undefined && !this.reused.has(key)) {
      batch?.set(key, takenBy(mail))
      return mail.messageId
    }
    if (MADE_UP.test(key) || (first !== undefined && !another(first, mail))) return mail.messageId
    const own = reusedId(mail.messageId, mail.date)
    if (own.length > LIMITS.messageId) return mail.messageId // a Message-ID of a thousand characters: taken as before
    if (first !== undefined || filed(own)) return own
    batch?.set(key, takenBy(mail))
    return mail.messageId
  }
}

/** The mail read to be filed together (TakenIds.idOf). */
export type Batch = Map<string, Taken>

/** What the headers of a mail without a Message-ID say of it: the key of TakenIds.byHeaders. */
const headersSay = (mail: Taken): string => `${mail.at}\u0000${senderOf(mail.from)}\u0000${clampSubject(mail.subject)}`

const takenBy = (mail: MailSeen): Taken => ({ at: Date.parse(mail.date), from: mail.from.address, subject: mail.subject })

/** `message` under `id` (TakenIds.idOf), its own id kept as written for an answer to thread to. */
export function underId(message: MailMessage, id: string): MailMessage {
  return id === message.messageId ? message : { ...message, messageId: id, writtenMessageId: message.writtenMessageId ?? message.messageId }
}
