// Over 300 lines: one pass from raw mail to MailMessage (addresses, ids, body, calendar, attachments); the calendar part could move out next.
/**
 * Raw RFC 822 mail -> MailMessage, the plain data the matcher and classifier read.
 * mailparser decodes charsets, quoted-printable/base64 bodies and encoded-word headers;
 * HTML-only mail is turned into text here (scripts, styles and tags never leak);
 * text/calendar parts are read with ical.js, PDF letters of a short mail with unpdf
 * (pdf-text.ts). These load when the first mail needs them,
 * not when a process starts (issue 14: `afterview --help` must not pay for them).
 */
import { createHash } from 'node:crypto'
import type { AddressObject, Attachment, ParsedMail } from 'mailparser'
import type ICALModule from 'ical.js'
import { attachedLetters } from './pdf-text'
import {
  MAIL_HEADERS_THAT_MATTER,
  messageIdKey,
  tidyMessageId,
  uniqueIds,
  type CalendarInvite,
  type MailAddress,
  type MailMessage
} from '../../shared/core/mail-message'

export class MailReadError extends Error {
  readonly code = 'mail_unreadable'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'MailReadError'
  }
}

export interface ParseMessageOptions {
  /** When the mail has no readable Date header (the IMAP INTERNALDATE, usually). */
  receivedAt?: Date
}

/** Bodies beyond this are cut: classifying needs the first screens, not a 5 MB newsletter. */
const MAX_TEXT_CHARS = 200_000
const MAX_HTML_CHARS = 2_000_000

/**
 * Loads mailparser now rather than at the first parse: a sync does it while the server opens a
 * mailbox. Then html-to-text's converter, which HTML-only mail needs (applicant-tracking notices
 * often are); it is not waited for, and a failure to load it shows at the first such mail.
 */
export async function loadMailParser(): Promise<void> {
  await import('mailparser')
  htmlConverter().catch(() => undefined)
}

export async function parseMessage(raw: Buffer | string, options: ParseMessageOptions = {}): Promise<MailMessage> {
  if (typeof raw !== 'string' && !Buffer.isBuffer(raw)) {
    throw new MailReadError('This is not a mail message: expected the raw text of the mail.')
  }
  if (raw.length === 0) throw new MailReadError('The mail is empty.')
  let parsed: ParsedMail
  try {
    const { simpleParser } = await import('mailparser')
    parsed = await simpleParser(raw, {
      skipHtmlToText: true,
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      maxHtmlLengthToParse: MAX_HTML_CHARS
    })
  } catch (cause) {
    throw new MailReadError(`The mail could not be read: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
  }
  const headers = selectedHeaders(parsed)
  const from = addresses(parsed.from)[0] ?? { name: '', address: '' }
  const replyTo = addresses(parsed.replyTo)[0]
  const offset = dateHeaderOffsetMinutes(parsed)
  const calendar = parsed.attachments.some(isCalendarPart)
    ? firstCalendarInvite(parsed.attachments, offset ?? 0, await loadIcal())
    : undefined
  const html = needsHtmlToText(parsed) ? await htmlConverter() : undefined
  const inReplyTo = firstMessageId(parsed.inReplyTo)
  const messageId = parsed.messageId ? tidyMessageId(parsed.messageId) : syntheticMessageId(raw)
  const written = parsed.messageId ? writtenIds(parsed.messageId)[0] : undefined
  const writtenReferences = writtenIds(parsed.references)
  const text = bodyText(parsed, html) || unreadableHeaderText(parsed)
  const attachments = await attachedLetters(parsed.attachments, text)
  return {
    messageId,
    ...(written && written !== messageId ? { writtenMessageId: written } : {}),
    ...(writtenReferences.some((r) => r !== messageIdKey(r)) ? { writtenReferences } : {}),
    ...(inReplyTo ? { inReplyTo } : {}),
    references: messageIds(parsed.references),
    date: messageDate(parsed, options),
    ...(offset !== undefined ? { dateOffsetMinutes: offset } : {}),
    from,
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    ...(replyTo && replyTo.address !== from.address ? { replyTo } : {}),
    subject: (parsed.subject ?? '').replace(/\s+/g, ' ').trim(),
    text,
    headers,
    hasCalendarInvite: calendar !== undefined,
    ...(calendar ? { calendar } : {}),
    ...(attachments.length > 0 ? { attachments } : {})
  }
}

function addresses(field: AddressObject | AddressObject[] | undefined): MailAddress[] {
  if (!field) return []
  const out: MailAddress[] = []
  const visit = (entry: { address?: string; name?: string; group?: unknown[] }): void => {
    if (Array.isArray(entry.group)) {
      for (const member of entry.group) visit(member as typeof entry)
      return
    }
    const address = (entry.address ?? '').trim().toLowerCase()
    if (address !== '' || entry.name) out.push({ name: (entry.name ?? '').trim(), address })
  }
  for (const object of Array.isArray(field) ? field : [field]) for (const entry of object.value ?? []) visit(entry)
  return out
}

function messageIds(value: string | string[] | undefined): string[] {
  if (!value) return []
  const all = (Array.isArray(value) ? value : [value]).flatMap((v) => v.match(/<[^<>\s]+>/g) ?? (v.trim() ? [v.trim()] : []))
  return uniqueIds(all.map(tidyMessageId))
}

/** Message-IDs as the sender wrote them (servers and clients compare them case-sensitively). */
function writtenIds(value: string | string[] | undefined): string[] {
  if (!value) return []
  const all = (Array.isArray(value) ? value : [value]).flatMap(
    (v) => v.match(/<[^<>\s]+>/g) ?? (v.trim() ? [`<${v.trim().replace(/^<|>$/g, '')}>`] : [])
  )
  return [...new Set(all)].slice(-50)
}

function firstMessageId(value: string | undefined): string | undefined {
  return messageIds(value)[0]
}

/** The Message-ID Afterview gives a mail that has none: from its text (as read, BODY_MAX_BYTES at most, by a sync). */
export function syntheticMessageId(raw: Buffer | string): string {
  return `<sha1-${createHash('sha1').update(raw).digest('hex')}@afterview.invalid>`
}

function messageDate(parsed: ParsedMail, options: ParseMessageOptions): string {
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : options.receivedAt
  return (date ?? new Date()).toISOString()
}

/** The sender's UTC offset from the Date header ("+0100"), used for floating calendar times. */
function dateHeaderOffsetMinutes(parsed: ParsedMail): number | undefined {
  const line = parsed.headerLines.find((h) => h.key === 'date')?.line ?? ''
  const match = /([+-])(\d{2})(\d{2})\s*(?:\(.*\))?\s*$/.exec(line)
  if (!match) return /\b(?:GMT|UT|UTC)\s*$/.test(line) ? 0 : undefined
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
}

function selectedHeaders(parsed: ParsedMail): Record<string, string> {
  const wanted = new Set<string>(MAIL_HEADERS_THAT_MATTER)
  const out: Record<string, string> = {}
  for (const { key, line } of parsed.headerLines) {
    const name = key.toLowerCase()
    if (!wanted.has(name) || name in out) continue
    out[name] = line
      .replace(/^[^:]*:/, '')
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim()
      .slice(0, 2000)
  }
  return out
}

const HTML_TO_TEXT_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'td', format: 'block' },
    { selector: 'th', format: 'block' },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'block' }
  ]
}

let converter: Promise<(html: string) => string> | undefined
/**
 * html-to-text's converter for these options, compiled once, on the first HTML-only mail.
 * `htmlToText(html, options)` compiles the options on every call: 0.45 ms a mail against
 * 0.05 for the conversion itself, 0.5 s of a first scan with 1,250 HTML-only mails (issue 14).
 */
function htmlConverter(): Promise<(html: string) => string> {
  converter ??= import('html-to-text').then(
    ({ compile }) => compile(HTML_TO_TEXT_OPTIONS),
    (cause: unknown) => {
      converter = undefined // tried again with the next mail
      throw cause
    }
  )
  return converter
}

/** HTML-only mail: its text comes from html-to-text. */
function needsHtmlToText(parsed: ParsedMail): boolean {
  return (typeof parsed.text !== 'string' || parsed.text.trim() === '') && typeof parsed.html === 'string' && parsed.html.trim() !== ''
}

function bodyText(parsed: ParsedMail, htmlToText?: (html: string) => string): string {
  let text = typeof parsed.text === 'string' ? parsed.text : ''
  if (htmlToText && typeof parsed.html === 'string') {
    try {
      text = htmlToText(parsed.html.slice(0, MAX_HTML_CHARS))
    } catch {
      // Unconvertible HTML: fall back to a crude tag strip rather than losing the mail.
      text = parsed.html
        .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&nbsp;/g, ' ')
    }
  }
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-misleading-character-class -- each of these invisible characters is removed on its own
      .replace(/[\u00a0\u200b\u200c\u200d\ufeff]/g, (c) => (c === '\u00a0' ? ' ' : ''))
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, MAX_TEXT_CHARS)
  )
}

/** Input without any recognisable header: mailparser files every line as a broken header. Keep the words. */
function unreadableHeaderText(parsed: ParsedMail): string {
  if (parsed.headerLines.length === 0 || parsed.headerLines.some((h) => h.key !== '')) return ''
  return parsed.headerLines
    .map((h) => h.line)
    .join('\n')
    .trim()
    .slice(0, MAX_TEXT_CHARS)
}

function isCalendarPart(part: Attachment): boolean {
  const type = (part.contentType ?? '').toLowerCase()
  return type === 'text/calendar' || type === 'application/ics' || /\.ics$/i.test(part.filename ?? '')
}

type ICAL = typeof ICALModule
let icalModule: ICAL | undefined
async function loadIcal(): Promise<ICAL> {
  icalModule ??= (await import('ical.js')).default
  return icalModule
}

function firstCalendarInvite(parts: Attachment[], floatingOffsetMinutes: number, ICAL: ICAL): MailMessage['calendar'] {
  for (const part of parts) {
    if (!isCalendarPart(part)) continue
    const invite = calendarInviteOf(ICAL, part.content.toString('utf8'), floatingOffsetMinutes)
    if (invite) return invite
  }
  return undefined
}

/** Outlook writes Windows zone names; the common ones, mapped to IANA. */
const WINDOWS_ZONES: Record<string, string> = {
  'pacific standard time': 'America/Los_Angeles',
  'mountain standard time': 'America/Denver',
  'central standard time': 'America/Chicago',
  'eastern standard time': 'America/New_York',
  'gmt standard time': 'Europe/London',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'india standard time': 'Asia/Kolkata',
  'aus eastern standard time': 'Australia/Sydney',
  utc: 'UTC'
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number }

/** Minutes east of UTC that an IANA zone has at an instant, or undefined for an unknown zone. */
function ianaOffsetMinutes(zone: string, instant: number): number | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    }).formatToParts(new Date(instant))
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0)
    return Math.round((Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant) / 60_000)
  } catch {
    return undefined
  }
}

function wallClockInZone(wall: WallClock, zone: string): number | undefined {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  const first = ianaOffsetMinutes(zone, asUtc)
  if (first === undefined) return undefined
  const second = ianaOffsetMinutes(zone, asUtc - first * 60_000) ?? first
  return asUtc - second * 60_000
}

/** DTSTART/DTEND as an ISO instant: UTC, TZID (with or without a VTIMEZONE), floating, or an all-day date. */
function calendarTime(
  ICAL: ICAL,
  event: ICALModule.Component,
  name: string,
  zones: Map<string, ICALModule.Timezone>,
  floatingOffsetMinutes: number
): string | undefined {
  const property = event.getFirstProperty(name)
  const value = property?.getFirstValue()
  if (!property || !(value instanceof ICAL.Time)) return undefined
  const wall: WallClock = {
    year: value.year,
    month: value.month,
    day: value.day,
    hour: value.hour,
    minute: value.minute,
    second: value.second
  }
  if (value.isDate)
    return `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  if (value.zone === ICAL.Timezone.utcTimezone || /Z$/i.test(String(property.toJSON()[3] ?? ''))) return new Date(asUtc).toISOString()
  const tzidParameter = property.getParameter('tzid')
  const tzid = (Array.isArray(tzidParameter) ? tzidParameter[0] : tzidParameter)?.replace(/^"|"$/g, '')
  if (tzid) {
    const defined = zones.get(tzid)
    if (defined) return new Date(asUtc - defined.utcOffset(value) * 1000).toISOString()
    const instant = wallClockInZone(wall, WINDOWS_ZONES[tzid.toLowerCase()] ?? tzid)
    if (instant !== undefined) return new Date(instant).toISOString()
  }
  return new Date(asUtc - floatingOffsetMinutes * 60_000).toISOString()
}

function calendarAddress(property: ICALModule.Property | null): MailAddress | undefined {
  if (!property) return undefined
  const value = String(property.getFirstValue() ?? '')
  const cn = property.getParameter('cn')
  const name = (Array.isArray(cn) ? cn[0] : cn) ?? ''
  return {
    name: String(name).replace(/^"|"$/g, '').trim(),
    address: value
      .replace(/^mailto:/i, '')
      .trim()
      .toLowerCase()
  }
}

/** The first VEVENT of an iCalendar text, or undefined when it cannot be read. */
export async function readCalendarInvite(ics: string, floatingOffsetMinutes = 0): Promise<CalendarInvite | undefined> {
  return calendarInviteOf(await loadIcal(), ics, floatingOffsetMinutes)
}

function calendarInviteOf(ICAL: ICAL, ics: string, floatingOffsetMinutes: number): CalendarInvite | undefined {
  let root: ICALModule.Component
  try {
    const parsed: unknown = ICAL.parse(ics.replace(/\r*\n/g, '\r\n'))
    const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed
    root = new ICAL.Component(first as unknown[])
  } catch {
    return undefined
  }
  const event = root.getFirstSubcomponent('vevent')
  if (!event) return undefined
  const zones = new Map<string, ICALModule.Timezone>()
  for (const component of root.getAllSubcomponents('vtimezone')) {
    try {
      const timezone = new ICAL.Timezone(component)
      zones.set(timezone.tzid, timezone)
    } catch {
      // A broken VTIMEZONE: the TZID is then read as an IANA name, if it is one.
    }
  }
  const organizer = calendarAddress(event.getFirstProperty('organizer'))
  const start = calendarTime(ICAL, event, 'dtstart', zones, floatingOffsetMinutes)
  const end = calendarTime(ICAL, event, 'dtend', zones, floatingOffsetMinutes)
  return {
    method: String(root.getFirstPropertyValue('method') ?? '').toUpperCase(),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(organizer ? { organizer } : {}),
    attendees: event.getAllProperties('attendee').flatMap((p) => calendarAddress(p) ?? []),
    summary: String(event.getFirstPropertyValue('summary') ?? '').trim(),
    uid: String(event.getFirstPropertyValue('uid') ?? '').trim()
  }
}
