/**
 * Interviews and due follow-ups as an iCalendar file (RFC 5545) for the user's own
 * calendar. Every time is written in UTC ("…Z"), which RFC 5545 defines exactly, so no
 * VTIMEZONE is needed and the instants are right on either side of a DST change. UIDs
 * are derived from the application id and the interview id or action key, so importing a
 * newer export (or refreshing a subscription) updates events instead of duplicating them.
 * Pure: no clock, no I/O.
 */
import { INTERVIEW_KIND_WORDS, type Application } from '../model'
import type { NextAction } from './planner'

export const CALENDAR_NAME = 'Afterview'
/** How long a follow-up occupies in the calendar. */
const FOLLOW_UP_MINUTES = 15
const EPOCH_2020 = Date.UTC(2020, 0, 1)

/** 20261118T150000Z */
export function icsTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Lines longer than 75 octets are folded (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = ch.codePointAt(0)! < 0x80 ? 1 : ch.codePointAt(0)! < 0x800 ? 2 : ch.codePointAt(0)! < 0x10000 ? 3 : 4
    const limit = out.length === 0 ? 75 : 74 // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

/** A UID part made only of safe characters: ids are already [A-Za-z0-9._:-]. */
const uidPart = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '-')

export function interviewUid(applicationId: string, interviewId: string): string {
  return `interview-${uidPart(interviewId)}.${uidPart(applicationId)}@afterview`
}

export function actionUid(applicationId: string, actionKey: string): string {
  return `action-${uidPart(actionKey)}.${uidPart(applicationId)}@afterview`
}

/** A revision number that grows with each change of the application (seconds since 2020). */
const sequenceOf = (app: Application) => Math.max(0, Math.floor((Date.parse(app.updatedAt) - EPOCH_2020) / 1000))

export interface CalendarOptions {
  /** When the file is made (DTSTAMP). */
  now: number
}

/** The calendar: every interview of every application, and every follow-up with a due time. */
export function buildCalendar(apps: readonly Application[], actions: readonly NextAction[], options: CalendarOptions): string {
  const stamp = icsTime(options.now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Afterview//Interviews and follow-ups//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${CALENDAR_NAME}`,
    `X-WR-CALNAME:${CALENDAR_NAME}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H'
  ]
  const byId = new Map(apps.map((a) => [a.id, a]))
  const sorted = [...apps].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const app of sorted) {
    const where = app.role ? `${app.company} — ${app.role}` : app.company
    for (const i of [...app.interviews].sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1))) {
      const start = Date.parse(i.startsAt)
      const people = i.contactIds
        .map((id) => app.contacts.find((c) => c.id === id))
        .filter((c) => !!c)
        .map((c) => (c!.title ? `${c!.name} (${c!.title})` : c!.name))
      const description = [
        `${INTERVIEW_KIND_WORDS[i.kind] ?? 'Interview'} for ${where}.`,
        people.length ? `With ${people.join(', ')}.` : '',
        i.topics ? `Notes: ${i.topics}` : ''
      ]
        .filter(Boolean)
        .join('\n')
      lines.push(
        'BEGIN:VEVENT',
        `UID:${interviewUid(app.id, i.id)}`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${icsTime(start)}`,
        `DTEND:${icsTime(start + i.durationMinutes * 60_000)}`,
        `SUMMARY:${escapeText(`Interview: ${where}`)}`,
        `DESCRIPTION:${escapeText(description)}`,
        `URL:afterview://application/${encodeURIComponent(app.id)}`,
        `SEQUENCE:${sequenceOf(app)}`,
        `LAST-MODIFIED:${icsTime(Date.parse(app.updatedAt))}`,
        'STATUS:CONFIRMED',
        'TRANSP:OPAQUE',
        'END:VEVENT'
      )
    }
  }
  const due = actions
    .filter((a) => a.dueAt !== null && byId.has(a.applicationId))
    .sort((a, b) => (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : a.key < b.key ? -1 : 1))
  for (const a of due) {
    const app = byId.get(a.applicationId)!
    const start = Date.parse(a.dueAt!)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${actionUid(a.applicationId, a.key)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsTime(start)}`,
      `DTEND:${icsTime(start + FOLLOW_UP_MINUTES * 60_000)}`,
      `SUMMARY:${escapeText(`${a.title} (${a.company})`)}`,
      `DESCRIPTION:${escapeText(`${a.reason}\nOpen it in Afterview to write it.`)}`,
      `URL:afterview://application/${encodeURIComponent(a.applicationId)}`,
      `SEQUENCE:${sequenceOf(app)}`,
      `LAST-MODIFIED:${icsTime(Date.parse(app.updatedAt))}`,
      'STATUS:CONFIRMED',
      'TRANSP:TRANSPARENT',
      'CATEGORIES:Follow-up',
      'END:VEVENT'
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
