import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MailReadError, parseMessage, readCalendarInvite } from '../../src/main/mail/parse-message'

const fixture = (name: string): Buffer => readFileSync(join(__dirname, '../fixtures/mail', name))

const calendar = (dtstart: string, extra = ''): string =>
  [
    'BEGIN:VCALENDAR',
    'METHOD:REQUEST',
    extra,
    'BEGIN:VEVENT',
    dtstart,
    'SUMMARY:Interview',
    'UID:u1',
    'ORGANIZER;CN="Whitfield, Dana":mailto:Dana@Acme.example',
    'ATTENDEE;CN=Jordan:mailto:candidate@mail.candidate.example',
    'END:VEVENT',
    'END:VCALENDAR'
  ]
    .filter((l) => l !== '')
    .join('\r\n')

describe('reading a raw mail', () => {
  it('turns HTML-only mail into text without tags, styles or scripts', async () => {
    const message = await parseMessage(fixture('int-tidewater-icims-html.eml'))
    expect(message.text).toContain('We would like to invite you to a video interview with the hiring manager.')
    expect(message.text).not.toMatch(/<|font-family|tracking|Interview Invitation\n/)
  })

  it('gives text to an HTML + calendar alternative that has no text part', async () => {
    const raw = [
      'From: a@b.example',
      'To: c@d.example',
      'Subject: Invite',
      'Message-ID: <x@b.example>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><head><style>p{color:red}</style><script>var x=1</script></head><body><p>Pick a <b>time</b>: <a href="https://calendly.com/x">here</a></p></body></html>',
      '--b',
      'Content-Type: text/calendar; method=REQUEST',
      '',
      calendar('DTSTART:20261124T150000Z'),
      '--b--',
      ''
    ].join('\r\n')
    const message = await parseMessage(raw)
    expect(message.text).toBe('Pick a time: here [https://calendly.com/x]')
    expect(message.hasCalendarInvite).toBe(true)
  })

  it('decodes quoted-printable and base64 bodies and UTF-8 encoded subjects', async () => {
    const german = await parseMessage(fixture('ack-solenne-personio.eml'))
    expect(german.subject).toBe('Eingangsbestätigung Ihrer Bewerbung – Backend-Entwickler (m/w/d)')
    expect(german.text).toContain('Ihre Bewerbung ist bei uns eingegangen.')
    const spanish = await parseMessage(fixture('ack-vientos-teamtailor.eml'))
    expect(spanish.text).toContain('Hemos recibido tu candidatura para el puesto de Desarrollador Full Stack.')
    expect((await parseMessage(fixture('int-vientos-entrevista.eml'))).subject).toBe('Entrevista técnica - Desarrollador Full Stack')
  })

  it('keeps addresses lower-case, thread ids normalised and only the headers that matter', async () => {
    const message = await parseMessage(fixture('unr-dana-ooo-autoreply.eml'))
    expect(message.from).toEqual({ name: 'Dana Whitfield', address: 'dana.whitfield@acmerobotics.com' })
    expect(message.inReplyTo).toBe('<thanks-acme-1@mail.candidate.example>')
    expect(message.references).toEqual(['<thanks-acme-1@mail.candidate.example>'])
    expect(message.headers).toEqual({ 'auto-submitted': 'auto-replied', 'x-auto-response-suppress': 'All' })
    expect(message.date).toBe('2026-11-19T17:02:00.000Z')
    expect(message.dateOffsetMinutes).toBe(-480)
  })

  it('reads a calendar invite: method, times in UTC, organizer and attendees', async () => {
    const message = await parseMessage(fixture('int-fernwood-calendar-invite.eml'))
    expect(message.calendar).toEqual({
      method: 'REQUEST',
      start: '2026-11-26T18:00:00.000Z',
      end: '2026-11-26T19:00:00.000Z',
      organizer: { name: 'Ava Chen', address: 'ava.chen@fernwoodhealth.org' },
      attendees: [{ name: 'Jordan Ellis', address: 'candidate@mail.candidate.example' }],
      summary: 'Fernwood Health - ML Engineer technical interview',
      uid: '5m1q2rtn8v0c4o7b@google.com'
    })
  })

  it('converts calendar times from a TZID, an Outlook zone name, UTC, or a floating time', async () => {
    expect((await readCalendarInvite(calendar('DTSTART;TZID=America/New_York:20261124T150000')))?.start).toBe('2026-11-24T20:00:00.000Z')
    expect((await readCalendarInvite(calendar('DTSTART;TZID=Pacific Standard Time:20260710T090000')))?.start).toBe(
      '2026-07-10T16:00:00.000Z'
    )
    expect((await readCalendarInvite(calendar('DTSTART:20261124T150000Z')))?.start).toBe('2026-11-24T15:00:00.000Z')
    expect((await readCalendarInvite(calendar('DTSTART:20261124T150000'), 60))?.start).toBe('2026-11-24T14:00:00.000Z')
    expect((await readCalendarInvite(calendar('DTSTART;VALUE=DATE:20261124')))?.start).toBe('2026-11-24')
    expect((await readCalendarInvite(calendar('DTSTART:20261124T150000Z')))?.organizer).toEqual({
      name: 'Whitfield, Dana',
      address: 'dana@acme.example'
    })
  })

  it('uses a VTIMEZONE sent with the invite', async () => {
    const berlin = [
      'BEGIN:VTIMEZONE',
      'TZID:Custom Berlin',
      'BEGIN:STANDARD',
      'DTSTART:19701025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:19700329T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'END:VTIMEZONE'
    ].join('\r\n')
    expect((await readCalendarInvite(calendar('DTSTART;TZID=Custom Berlin:20260610T100000', berlin)))?.start).toBe(
      '2026-06-10T08:00:00.000Z'
    )
  })

  it('keeps reading when the calendar part is broken', async () => {
    const raw = [
      'From: a@b.example',
      'Subject: x',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'See invite.',
      '--b',
      'Content-Type: text/calendar',
      '',
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate',
      '--b--',
      ''
    ].join('\r\n')
    const message = await parseMessage(raw)
    expect(message).toMatchObject({ text: 'See invite.', hasCalendarInvite: false })
    expect(await readCalendarInvite('not a calendar')).toBeUndefined()
  })

  it('returns what it can read from malformed input, and explains what it cannot', async () => {
    const noHeaders = await parseMessage('just some words\nand more')
    expect(noHeaders.text).toBe('just some words\nand more')
    expect(noHeaders.messageId).toMatch(/^<sha1-[0-9a-f]{40}@afterview\.invalid>$/)
    expect((await parseMessage('just some words\nand more')).messageId).toBe(noHeaders.messageId)
    const noDate = await parseMessage('From: a@b.example\r\nSubject: hi\r\n\r\nbody', { receivedAt: new Date('2026-11-01T08:00:00Z') })
    expect(noDate.date).toBe('2026-11-01T08:00:00.000Z')
    await expect(parseMessage('')).rejects.toThrow(new MailReadError('The mail is empty.'))
    await expect(parseMessage(42 as unknown as string)).rejects.toThrow('This is not a mail message: expected the raw text of the mail.')
  })
})
