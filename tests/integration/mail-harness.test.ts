/**
 * The real mail-server harness (tests/support/mail-servers.ts) itself: Dovecot + smtp-server
 * on loopback, no mocks. Every later mail test relies on what is asserted here.
 */
import tls from 'node:tls'
import { ImapFlow } from 'imapflow'
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { freePorts } from '../support/processes'
import { makeMessage, seedMaildir } from '../support/maildir'

let mail: MailServers

beforeAll(async () => {
  mail = await startMailServers({ users: ['outage', 'seeded', { name: 'dana', password: 'other-pw' }] })
})

afterAll(async () => {
  await mail?.stop()
})

function transport(user = 'candidate', pass = mail.password): ReturnType<typeof nodemailer.createTransport> {
  return nodemailer.createTransport({
    host: mail.smtp.host,
    port: mail.smtp.port,
    secure: false,
    requireTLS: true,
    auth: { user: `${user}@${mail.domain}`, pass },
    tls: { ca: [mail.certPem], servername: 'localhost' }
  })
}

async function countMessages(user: string, mailbox = 'INBOX'): Promise<number> {
  const client = await mail.imapClient(user)
  try {
    const st = await client.status(mailbox, { messages: true })
    return st ? (st.messages ?? -1) : -1
  } finally {
    await client.logout()
  }
}

async function findBySubject(user: string, subject: string): Promise<number[]> {
  const client = await mail.imapClient(user)
  try {
    await client.mailboxOpen('INBOX', { readOnly: true })
    return (await client.search({ subject }, { uid: true })) || []
  } finally {
    await client.logout()
  }
}

describe('mail harness', () => {
  it('gives each of its listeners a port of its own', async () => {
    // One after another, a released port came back at once and Dovecot refused the configuration (CI, "duplicate listener").
    for (let k = 0; k < 200; k++) expect(new Set(await freePorts(3)).size).toBe(3)
    expect(new Set([mail.imap.port, mail.imap.tlsPort, mail.smtp.port]).size).toBe(3)
  })

  it('serves IMAP with STARTTLS (verified against certPem) and special-use folders', async () => {
    const client = new ImapFlow({
      host: mail.imap.host,
      port: mail.imap.port,
      secure: false,
      logger: false,
      auth: { user: 'candidate', pass: mail.password },
      tls: { ca: [mail.certPem], servername: 'localhost' }
    })
    await client.connect()
    try {
      expect(client.secureConnection).toBe(true)
      expect(client.capabilities.has('IDLE')).toBe(true)
      const folders = await client.list()
      const bySpecialUse = Object.fromEntries(folders.map((f) => [f.specialUse ?? '', f.path]))
      expect(bySpecialUse['\\Sent']).toBe('Sent')
      for (const use of ['\\Drafts', '\\Trash', '\\Junk', '\\Archive']) expect(bySpecialUse[use]).toBeTruthy()
    } finally {
      await client.logout()
    }
  })

  it('serves implicit-TLS IMAPS with the advertised certificate fingerprint', async () => {
    const peer = await new Promise<tls.PeerCertificate>((resolve, reject) => {
      const s = tls.connect({ host: '127.0.0.1', port: mail.imap.tlsPort, ca: [mail.certPem], servername: 'localhost' })
      s.once('secureConnect', () => {
        resolve(s.getPeerCertificate())
        s.destroy()
      })
      s.once('error', reject)
    })
    expect(peer.fingerprint256).toBe(mail.certFingerprint256)
    const client = await mail.imapClient('dana', { port: mail.imap.tlsPort, secure: true })
    expect(client.authenticated).toBeTruthy()
    await client.logout()
  })

  it('relays an authenticated SMTP send into the recipient INBOX and records it', async () => {
    const subject = `Follow-up ${Date.now()}`
    const info = await transport().sendMail({
      from: 'candidate@example.test',
      to: 'interviewer@example.test',
      cc: 'dana.whitfield@acmerobotics.com',
      subject,
      text: 'Thank you for your time.'
    })
    expect(info.accepted).toContain('interviewer@example.test')
    const rec = mail.smtp.received.find((r) => r.raw.toString().includes(subject))
    expect(rec?.authUser).toBe('candidate')
    expect(rec?.deliveredTo).toEqual(['interviewer'])
    expect(rec?.envelope.rcptTo).toContain('dana.whitfield@acmerobotics.com')
    expect(await findBySubject('interviewer', subject)).toHaveLength(1)
  })

  it('rejects a wrong password fast, repeatedly (no anvil penalty), over IMAP and SMTP', async () => {
    // Dovecot 2.3 answers a failure on its next 500 ms tick; with the anvil penalty the
    // second attempt would wait about 4.5 s.
    for (let i = 0; i < 2; i++) {
      const client = new ImapFlow({
        host: mail.imap.host,
        port: mail.imap.port,
        secure: false,
        logger: false,
        auth: { user: 'candidate', pass: 'wrong' },
        tls: { ca: [mail.certPem], servername: 'localhost' }
      })
      client.on('error', () => undefined)
      const t0 = Date.now()
      const err = (await client.connect().then(
        () => null,
        (e: unknown) => e
      )) as { authenticationFailed?: boolean } | null
      expect(err?.authenticationFailed).toBe(true)
      expect(Date.now() - t0).toBeLessThan(2000)
    }
    await expect(transport('candidate', 'wrong').verify()).rejects.toMatchObject({ code: 'EAUTH' })
    await expect(transport('dana', 'other-pw').verify()).resolves.toBe(true)
  })

  it('delivers over LMTP and an IDLE reader sees it within a few seconds', async () => {
    const client = await mail.imapClient('candidate', { autoIdleDelay: 50 })
    try {
      const box = await client.mailboxOpen('INBOX')
      const before = box.exists
      const seen = new Promise<number>((resolve) => client.on('exists', (e: { count: number }) => resolve(e.count)))
      for (let i = 0; i < 150 && !client.idling; i++) await new Promise((r) => setTimeout(r, 20))
      expect(client.idling).toBe(true) // started by autoIdleDelay, not by us
      const t0 = Date.now()
      await mail.deliver(
        'candidate',
        makeMessage({
          from: { name: 'Dana Whitfield', address: 'dana.whitfield@acmerobotics.com' },
          to: 'candidate@example.test',
          subject: 'Re: Interview',
          body: 'Thanks for coming in!'
        })
      )
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no exists event within 5 s')), 5000))
      expect(await Promise.race([seen, timeout])).toBe(before + 1)
      expect(Date.now() - t0).toBeLessThan(5000)
    } finally {
      await client.logout()
    }
  })

  it('survives stopDovecot/startDovecot with its messages (an outage)', async () => {
    await mail.deliver('outage', makeMessage({ from: 'a@acmerobotics.com', to: 'outage@example.test', subject: 'one' }))
    await mail.deliver('outage', makeMessage({ from: 'a@acmerobotics.com', to: 'outage@example.test', subject: 'two' }))
    expect(await countMessages('outage')).toBe(2)
    await mail.stopDovecot()
    await expect(mail.imapClient('outage')).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    await mail.startDovecot()
    expect(await countMessages('outage')).toBe(2)
  })

  it('resetUidValidity changes UIDVALIDITY and keeps the messages', async () => {
    const n = await countMessages('outage')
    expect(n).toBeGreaterThan(0)
    const { before, after } = await mail.resetUidValidity('outage')
    expect(after).not.toBe(before)
    const client = await mail.imapClient('outage')
    try {
      const st = await client.status('INBOX', { uidValidity: true, messages: true })
      expect(st && st.uidValidity).toBe(after)
      expect(st && st.messages).toBe(n)
    } finally {
      await client.logout()
    }
  })

  it("failNext('drop') makes the client fail although the message was delivered", async () => {
    const subject = `Dropped reply ${Date.now()}`
    mail.smtp.failNext({ afterData: 'drop' })
    await expect(
      transport().sendMail({ from: 'candidate@example.test', to: 'interviewer@example.test', subject, text: 'x' })
    ).rejects.toBeTruthy()
    expect(mail.smtp.received.find((r) => r.raw.toString().includes(subject))?.fault).toBe('drop')
    expect(await findBySubject('interviewer', subject)).toHaveLength(1)
  })

  it("failNext('reject') replies with the code and delivers nothing; the next send works", async () => {
    const subject = `Rejected ${Date.now()}`
    mail.smtp.failNext({ afterData: 'reject', code: 451, message: 'Try again later' })
    await expect(
      transport().sendMail({ from: 'candidate@example.test', to: 'interviewer@example.test', subject, text: 'x' })
    ).rejects.toMatchObject({ responseCode: 451 })
    expect(await findBySubject('interviewer', subject)).toHaveLength(0)
    await transport().sendMail({ from: 'candidate@example.test', to: 'interviewer@example.test', subject: `${subject} again`, text: 'x' })
    expect(await findBySubject('interviewer', `${subject} again`)).toHaveLength(1)
  })

  it('seedMaildir fills a mailbox in date order with INTERNALDATE and flags', async () => {
    await expectSeeded(mail, 'seeded')
  })
})

describe("mail harness, Dovecot keeping the mail as sdbox (the benchmarks' server that reads no folder again)", () => {
  let sdbox: MailServers
  beforeAll(async () => {
    sdbox = await startMailServers({ users: ['seeded'], mailFormat: 'sdbox' })
  })
  afterAll(async () => {
    await sdbox?.stop()
  })

  it('seedMaildir fills it the same way, and mail delivered afterwards comes after the seeded', async () => {
    await expectSeeded(sdbox, 'seeded')
    await sdbox.deliver('seeded', makeMessage({ from: 'jobs@acmerobotics.com', to: 'seeded@example.test', subject: 'Delivered' }))
    const client = await sdbox.imapClient('seeded')
    try {
      await client.mailboxOpen('INBOX')
      expect(client.mailbox && client.mailbox.exists).toBe(301)
      const last = await client.fetchOne('*', { envelope: true })
      expect(last && last.envelope?.subject).toBe('Delivered')
    } finally {
      await client.logout()
    }
  })
})

/** 300 messages given newest first: the mailbox holds them oldest first, with their dates and every other one \Seen. */
async function expectSeeded(servers: MailServers, user: string): Promise<void> {
  const start = Date.UTC(2026, 0, 1)
  const messages = Array.from({ length: 300 }, (_, i) => {
    const date = new Date(start + (299 - i) * 3_600_000) // given newest first on purpose
    return {
      raw: makeMessage({ from: 'jobs@acmerobotics.com', to: `${user}@example.test`, subject: `Seed ${299 - i}`, date }),
      date,
      seen: i % 2 === 0
    }
  })
  expect(await seedMaildir(servers, user, messages)).toBe(300)
  const client = await servers.imapClient(user)
  try {
    await client.mailboxOpen('INBOX')
    expect(client.mailbox && client.mailbox.exists).toBe(300)
    const got = await client.fetchAll('1:*', { uid: true, envelope: true, internalDate: true, flags: true })
    expect(got.map((m) => m.envelope?.subject)).toEqual(Array.from({ length: 300 }, (_, i) => `Seed ${i}`))
    expect(new Date(got[0]!.internalDate!).getTime()).toBe(start)
    expect(got.filter((m) => m.flags?.has('\\Seen'))).toHaveLength(150)
  } finally {
    await client.logout()
  }
}
