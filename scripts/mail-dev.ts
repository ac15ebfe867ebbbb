/**
 * `npm run mail:dev`: local IMAP + SMTP servers with a demo mailbox, for trying Afterview
 * without a real account. Same servers as the tests (tests/support/mail-servers.ts): a
 * throwaway Dovecot and an SMTP relay, bound to 127.0.0.1 only, removed again on Ctrl-C.
 *
 * Ports default to IMAP 3143 (STARTTLS), IMAPS 3993, SMTP 3025 (STARTTLS), LMTP 3024;
 * override with AFTERVIEW_MAIL_IMAP_PORT / _IMAPS_PORT / _SMTP_PORT / _LMTP_PORT. A busy
 * port falls back to a free one (printed). Password: AFTERVIEW_MAIL_PASSWORD or 'afterview'.
 * Needs Dovecot and openssl: `node tests/support/provision.mjs dovecot openssl`.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { DEMO_FILE_NAME, demoImport } from '../src/main/demo/demo-import'
import { portIsFree, startMailServers, type MailServers } from '../tests/support/mail-servers'
import { makeMessage, rfc2822Date, seedMaildir, type SeedMessage } from '../tests/support/maildir'

const DOMAIN = 'example.test'
const ME = { name: 'Alex Candidate', address: `candidate@${DOMAIN}` }
const DANA = { name: 'Dana Whitfield', address: 'dana.whitfield@acmerobotics.com' }
const PRIYA = { name: 'Priya Raman', address: 'priya.raman@acmerobotics.com' }
const ROLE = 'Senior Robotics Software Engineer'

async function choosePort(envName: string, fallback: number, notes: string[]): Promise<number> {
  const raw = process.env[envName]
  const wanted = raw ? Number(raw) : fallback
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) throw new Error(`${envName}=${raw} is not a port`)
  if (wanted === 0 || (await portIsFree(wanted))) return wanted
  notes.push(`port ${wanted} is busy, so a free port was used instead (set ${envName} to choose)`)
  return 0
}

const daysAgo = (days: number, hour: number, minute = 0): Date => {
  const d = new Date(Date.now() - days * 86_400_000)
  d.setUTCHours(hour, minute, 0, 0)
  return d
}

function interviewInvite(date: Date, when: Date): string {
  const stamp = (d: Date): string =>
    d
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')
  const end = new Date(when.getTime() + 60 * 60_000)
  const boundary = 'acme-invite-boundary'
  const text =
    `Hi Alex,\r\n\r\nThanks for your interest in the ${ROLE} role. We'd like to invite you to an onsite\r\n` +
    `interview with Dana Whitfield (Engineering Manager, Motion Planning) on ${rfc2822Date(when)}.\r\n\r\n` +
    'The calendar invitation is attached. Reply to this email if the time does not work for you.\r\n\r\nBest,\r\nPriya Raman\r\nRecruiting Coordinator, Acme Robotics\r\n'
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Acme Robotics//Recruiting//EN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:onsite-alex-candidate@acmerobotics.com`,
    `DTSTAMP:${stamp(date)}`,
    `DTSTART:${stamp(when)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:Onsite interview: ${ROLE}`,
    'LOCATION:Acme Robotics HQ, 200 Foundry Way, Pittsburgh',
    `ORGANIZER;CN=Priya Raman:mailto:${PRIYA.address}`,
    `ATTENDEE;CN=Alex Candidate;RSVP=TRUE:mailto:${ME.address}`,
    `ATTENDEE;CN=Dana Whitfield:mailto:${DANA.address}`,
    'END:VEVENT',
    'END:VCALENDAR'
  ].join('\r\n')
  const head = makeMessage({
    from: PRIYA,
    to: ME,
    cc: DANA,
    subject: `Interview invitation: ${ROLE} at Acme Robotics`,
    date,
    messageId: 'invite-7731@acmerobotics.com',
    body: ''
  })
    .split('\r\n\r\n')[0]!
    .replace('Content-Type: text/plain; charset=utf-8', `Content-Type: multipart/mixed; boundary="${boundary}"`)
    .replace(/\r\nContent-Transfer-Encoding: 7bit/, '')
  return (
    `${head}\r\n\r\n--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n` +
    `--${boundary}\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n` +
    `Content-Disposition: attachment; filename="invite.ics"\r\n\r\n${ics}\r\n--${boundary}--\r\n`
  )
}

async function seedDemo(mail: MailServers): Promise<void> {
  const applied = daysAgo(12, 14, 5)
  const inviteSent = daysAgo(8, 16, 40)
  const interview = daysAgo(3, 15, 0)
  const thanks = daysAgo(3, 19, 12)
  const reply = daysAgo(1, 13, 47)
  const inbox: SeedMessage[] = [
    {
      date: applied,
      seen: true,
      raw: makeMessage({
        from: { name: 'Acme Robotics Careers', address: 'careers@acmerobotics.com' },
        to: ME,
        date: applied,
        subject: `We received your application: ${ROLE}`,
        messageId: 'app-ack-40213@acmerobotics.com',
        headers: { 'Auto-Submitted': 'auto-generated' },
        body:
          `Hi Alex,\n\nThank you for applying for the ${ROLE} position (req. R-40213) at Acme Robotics.\n` +
          'Our team reviews every application and will get back to you within two weeks.\n\nAcme Robotics Talent Team\n'
      })
    },
    { date: inviteSent, seen: true, raw: interviewInvite(inviteSent, interview) },
    {
      date: daysAgo(2, 9, 30),
      seen: false,
      raw: makeMessage({
        from: { name: 'Robotics Weekly', address: 'digest@roboticsweekly.example' },
        to: ME,
        date: daysAgo(2, 9, 30),
        subject: 'This week: humanoid grippers, ROS 2 Jazzy tips',
        headers: { 'List-Unsubscribe': '<mailto:unsubscribe@roboticsweekly.example>' },
        body: 'Your weekly robotics digest.\n\n1. Grippers that learn\n2. ROS 2 Jazzy: five tips\n'
      })
    },
    {
      date: reply,
      seen: false,
      raw: makeMessage({
        from: DANA,
        to: ME,
        date: reply,
        subject: `Re: Thank you — ${ROLE} interview`,
        messageId: 'reply-dw-5519@acmerobotics.com',
        inReplyTo: 'thanks-1@example.test',
        body:
          'Hi Alex,\n\nThanks for the kind note, it was great talking with you about trajectory\n' +
          'optimization. The team is wrapping up interviews this week; you should hear from\n' +
          'Priya about next steps by Friday.\n\nBest,\nDana\n\n> Thank you again for taking the time to meet with me.\n'
      })
    }
  ]
  const sent: SeedMessage[] = [
    {
      date: thanks,
      seen: true,
      raw: makeMessage({
        from: ME,
        to: DANA,
        date: thanks,
        subject: `Thank you — ${ROLE} interview`,
        messageId: 'thanks-1@example.test',
        body:
          'Hi Dana,\n\nThank you again for taking the time to meet with me. I enjoyed our conversation\n' +
          'about the motion-planning stack and would love to help the team ship it.\n\nBest regards,\nAlex\n'
      })
    }
  ]
  await seedMaildir(mail, 'candidate', inbox)
  await seedMaildir(mail, 'candidate', sent, { mailbox: 'Sent' })
}

async function main(): Promise<void> {
  const notes: string[] = []
  const ports = {
    imap: await choosePort('AFTERVIEW_MAIL_IMAP_PORT', 3143, notes),
    imaps: await choosePort('AFTERVIEW_MAIL_IMAPS_PORT', 3993, notes),
    smtp: await choosePort('AFTERVIEW_MAIL_SMTP_PORT', 3025, notes),
    lmtp: await choosePort('AFTERVIEW_MAIL_LMTP_PORT', 3024, notes)
  }
  const password = process.env.AFTERVIEW_MAIL_PASSWORD || 'afterview'
  const t0 = Date.now()
  const mail = await startMailServers({ password, domain: DOMAIN, ports })
  let stopping = 0
  const shutdown = (signal: string): void => {
    if (stopping) {
      // tsx may pass on the same Ctrl-C a second time: only a later one forces the exit
      if (Date.now() - stopping < 2000) return
      console.error('\nForced exit while stopping.')
      process.exit(130)
    }
    stopping = Date.now()
    console.log(`\n${signal}: stopping the mail servers...`)
    mail.stop().then(
      () => {
        console.log('Stopped; temp folder removed.')
        process.exit(0)
      },
      (e: unknown) => {
        console.error('Stop failed:', e)
        process.exit(1)
      }
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  try {
    await seedDemo(mail)
  } catch (e) {
    await mail.stop()
    throw e
  }

  // The demo employer as an import file: the same application the demo mail is about.
  const demoFile = path.join(mail.dir, DEMO_FILE_NAME)
  writeFileSync(demoFile, demoImport({ now: Date.now() }))

  const row = (k: string, v: string): string => `  ${k.padEnd(14)}${v}`
  console.log(
    [
      '',
      `Afterview demo mail servers are running on 127.0.0.1 (started in ${Date.now() - t0} ms). Ctrl-C stops them.`,
      '',
      "Type this into Afterview's account setup:",
      row('Email', `candidate@${DOMAIN}`),
      row('Name', ME.name),
      row('Username', 'candidate'),
      row('Password', password),
      row('IMAP server', `${mail.imap.host}  port ${mail.imap.port}  security: STARTTLS`),
      row('', `(or port ${mail.imap.tlsPort}  security: SSL/TLS)`),
      row('SMTP server', `${mail.smtp.host}  port ${mail.smtp.port}  security: STARTTLS`),
      row('Certificate', 'self-signed: accept it when asked, checking the fingerprint'),
      row('', `SHA-256 ${mail.certFingerprint256}`),
      row('', `PEM: ${path.join(mail.dir, 'cert.pem')}`),
      '',
      `The INBOX holds mail from Acme Robotics (application acknowledgement, interview invite, a reply from`,
      `Dana Whitfield) and Sent holds the thank-you note she answered. A second account, interviewer@${DOMAIN},`,
      'has the same password. Sent mail to candidate@ or interviewer@ is delivered; other addresses are only',
      'shown below.',
      '',
      'The application this mail is about (Acme Robotics, with Dana Whitfield and the interview), as a file to import:',
      `  npx afterview import ${demoFile}      (or: npx afterview import --demo)`,
      'Import it before or after adding the account: the mail is filed on it either way.',
      ...notes.map((n) => `Note: ${n}`),
      ''
    ].join('\n')
  )

  let shown = 0
  setInterval(() => {
    for (; shown < mail.smtp.received.length; shown++) {
      const m = mail.smtp.received[shown]!
      const subject = /^Subject: (.*)$/im.exec(m.raw.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '')?.[1] ?? '(no subject)'
      const where = m.deliveredTo.length ? `delivered to ${m.deliveredTo.join(', ')}` : 'outside address, not delivered'
      console.log(
        `[smtp] ${new Date().toLocaleTimeString()} ${m.envelope.mailFrom} -> ${m.envelope.rcptTo.join(', ')}: "${subject}" (${where})`
      )
    }
  }, 500)
}

main().catch((e: unknown) => {
  console.error(`mail:dev failed: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
