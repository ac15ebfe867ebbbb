/**
 * Raw mail for the review tests: a plain reply and a calendar invite (METHOD:REQUEST) as a
 * calendar program sends it (text part + text/calendar part).
 */
export interface Person {
  name: string
  address: string
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

export function plainMail(o: {
  from: Person
  to: string
  subject: string
  body: string
  date: Date
  messageId: string
  headers?: Record<string, string>
}): string {
  return [
    `From: ${o.from.name} <${o.from.address}>`,
    `To: ${o.to}`,
    `Subject: ${o.subject}`,
    `Date: ${o.date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${o.messageId}`,
    ...Object.entries(o.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.body,
    ''
  ].join('\r\n')
}

export function inviteMail(o: {
  from: Person
  to: Person
  summary: string
  start: Date
  minutes: number
  uid: string
  sentAt: Date
  messageId: string
  sequence?: number
}): string {
  const end = new Date(o.start.getTime() + o.minutes * 60_000)
  const ics = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Afterview tests//EN',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `DTSTART:${stamp(o.start)}`,
    `DTEND:${stamp(end)}`,
    `DTSTAMP:${stamp(o.sentAt)}`,
    `ORGANIZER;CN=${o.from.name}:mailto:${o.from.address}`,
    `UID:${o.uid}`,
    `SEQUENCE:${o.sequence ?? 0}`,
    `ATTENDEE;CN=${o.from.name};ROLE=REQ-PARTICIPANT:mailto:${o.from.address}`,
    `ATTENDEE;CN=${o.to.name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${o.to.address}`,
    `SUMMARY:${o.summary}`,
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
    ''
  ].join('\r\n')
  const b = `b_${o.uid.replace(/[^a-z0-9]/gi, '')}`
  return [
    `From: ${o.from.name} <${o.from.address}>`,
    `To: ${o.to.name} <${o.to.address}>`,
    `Subject: Invitation: ${o.summary}`,
    `Date: ${o.sentAt.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${o.messageId}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `You have been invited to the following event: ${o.summary}.`,
    '',
    `--${b}`,
    'Content-Type: text/calendar; charset=utf-8; method=REQUEST',
    '',
    ics,
    `--${b}--`,
    ''
  ].join('\r\n')
}
