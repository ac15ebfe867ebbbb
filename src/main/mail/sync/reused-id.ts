/**
 * Mail that reuses the Message-ID of another mail. RFC 5322 makes each id unique, but some hiring systems give every
 * mail about one application the same one: the interview invitation that came days after the acknowledgement, under
 * its id, was dropped as mail already filed. A mail whose id a mail of another date has (the date it says it was
 * sent) is another mail. The first keeps the id; the others are filed under one made from it and their date. That id
 * finds the mail again ("Open in full": find-filed.ts), and an answer threads to the id the mail has, as written
 * (writtenMessageId, kept as the entry's originalMessageId).
 *
 * The same mail twice (a copy in another folder, Gmail's All Mail, a forwarding rule) has the same date, and stays one.
 */
import { messageIdKey, tidyMessageId, type MailMessage } from '../../../shared/core/mail-message'

const REUSED = /^<reused-(-?\d+)-(.+)$/
/** Ids the sync made for mail that had none: each is of one mail already (header-message.ts, parse-message.ts, unreadable.ts). */
const MADE_UP = /@afterview\.invalid>$/i

/** The id another mail with `messageId`, sent at `date` (ISO), is filed under. */
export function reusedId(messageId: string, date: string): string {
  return `<reused-${Date.parse(date)}-${tidyMessageId(messageId).slice(1)}`
}

/** Of an id made by reusedId: the Message-ID the mail has, and the date it was sent (ms). */
export function reusedOf(id: string): { messageId: string; date: number } | undefined {
  const m = REUSED.exec(id.trim())
  return m ? { messageId: `<${m[2]}`, date: Number(m[1]) } : undefined
}

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

/** Which Message-IDs are taken, by mail of which date: the filer's (filing.ts), with the mail being filed together. */
export class TakenIds {
  /** Of each id: the date (ms) of the mail filed, or listed as not filed, under it. */
  private readonly dates = new Map<string, number>()
  /** Ids (their keys) another mail has been filed under reusedId of. */
  private readonly reused = new Set<string>()

  clear(): void {
    this.dates.clear()
    this.reused.clear()
  }

  /** `messageId` is taken by a mail sent at `date` (the first one stays). */
  add(messageId: string, date: string): void {
    const key = messageIdKey(messageId)
    const other = reusedOf(key)
    if (other) this.reused.add(messageIdKey(other.messageId))
    else if (!this.dates.has(key)) this.dates.set(key, Date.parse(date))
  }

  /**
   * The id `message` is filed under, or is to be: its own, unless a mail of another date has it. Then reusedId, or its
   * own after all where that mail is gone and this one was never filed under another (`filed`). `batch`: the ids of the
   * mail filed with it, read before it (key: date), which this adds it to; the first of two keeps the id.
   */
  idOf(message: Pick<MailMessage, 'messageId' | 'date'>, filed: (id: string) => boolean, batch?: Map<string, number>): string {
    const key = messageIdKey(message.messageId)
    const at = this.dates.get(key) ?? batch?.get(key)
    if (at === undefined && !this.reused.has(key)) {
      batch?.set(key, Date.parse(message.date))
      return message.messageId
    }
    if (at === Date.parse(message.date) || MADE_UP.test(key)) return message.messageId
    const own = reusedId(message.messageId, message.date)
    if (at !== undefined || filed(own)) return own
    batch?.set(key, Date.parse(message.date))
    return message.messageId
  }
}

/** `message` under `id` (TakenIds.idOf), its own id kept as written for an answer to thread to. */
export function underId(message: MailMessage, id: string): MailMessage {
  return id === message.messageId ? message : { ...message, messageId: id, writtenMessageId: message.writtenMessageId ?? message.messageId }
}
