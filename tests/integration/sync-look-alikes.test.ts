/**
 * Look-alike mail on the real sync (Dovecot over IMAP, issue 14): of a run of mails of one
 * shape (one sender, one subject but for its numbers) that the header gate lets through only
^ * for an acknowledgement-shaped subject, the first two bodies are read; the rest only when
 * one of those was worth it. A shop's receipts are not all read; an untracked employer's
 * identical "Thank you for your application" mails all are, and each proposes its role.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ImapFlow, type FetchQueryObject } from 'imapflow'
import { makeMessage, seedMaildir } from '../support/maildir'
import { syncWorld, type SyncWorld } from './sync-support'

const DAY = 86_400_000
const ROLES = ['Ward Clerk', 'Pharmacy Technician', 'Porter', 'Theatre Assistant', 'Receptionist']

let world: SyncWorld
/** The subjects of the mails whose bodies the sync fetched, per pass. */
const bodiesRead: string[][] = []
let subjectOf = new Map<number, string>()

/** UIDs of an IMAP set such as "3:5,9". */
const uidsOf = (set: string): number[] =>
  set.split(',').flatMap((part) => {
    const [from, to] = part.split(':').map(Number)
    return to === undefined ? [from!] : Array.from({ length: to - from! + 1 }, (_, k) => from! + k)
  })

async function pass(): Promise<string[]> {
  const read: string[] = []
  const fetch = ImapFlow.prototype.fetch
  const spy = vi.spyOn(ImapFlow.prototype, 'fetch').mockImplementation(function (this: ImapFlow, range, query: FetchQueryObject, options) {
    if (query.source && !query.headers && typeof range === 'string')
      for (const uid of uidsOf(range)) read.push(subjectOf.get(uid) ?? `uid ${uid}`)
    return fetch.call(this, range, query, options)
  })
  try {
    await world.services.mail.sync.syncOnce([world.account])
  } finally {
    spy.mockRestore()
  }
  return read
}

beforeAll(async () => {
  world = await syncWorld()
  const me = `candidate@${world.mail.domain}`
  const now = Date.now()
  await seedMaildir(world.mail, 'candidate', [
    ...Array.from({ length: 16 }, (_, k) => ({
      raw: makeMessage({
        from: 'Corner Shop <orders@cornershop.test>',
        to: me,
        subject: `Receipt for order #${10031 + k * 27}`,
        date: new Date(now - (30 - k) * DAY),
        body: `Thanks for shopping with us. Order ${10031 + k * 27}: 2 items, total 14.50. Keep this receipt for returns.`
      }),
      date: new Date(now - (30 - k) * DAY)
    })),
    ...ROLES.map((role, k) => ({
      raw: makeMessage({
        from: 'Harbourlight Hospital Recruitment <jobs@harbourlight.test>',
        to: me,
        subject: 'Thank you for your application',
        date: new Date(now - (9 - k) * DAY),
        body: `Dear applicant,\n\nThank you for applying for the ${role} position at Harbourlight Hospital. We have received your application and will review it carefully. We aim to contact shortlisted candidates within three weeks.\n\nHarbourlight Hospital Recruitment Team`
      }),
      date: new Date(now - (9 - k) * DAY)
    }))
  ])
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: world.mail.imap.port,
    secure: false,
    logger: false,
    auth: { user: 'candidate', pass: world.mail.password },
    tls: { ca: [world.mail.certPem], servername: 'localhost' }
  })
  await client.connect()
  const lock = await client.getMailboxLock('INBOX')
  try {
    subjectOf = new Map()
    for await (const m of client.fetch('1:*', { uid: true, envelope: true })) subjectOf.set(m.uid, m.envelope?.subject ?? '')
  } finally {
    lock.release()
    await client.logout()
  }
  bodiesRead.push(await pass())
  bodiesRead.push(await pass())
}, 120_000)
afterAll(async () => world?.close())

describe('look-alike mail on the real sync', () => {
  it('reads two of a shop’s sixteen receipts, and none again on the next pass', () => {
    expect(bodiesRead[0]!.filter((s) => s.startsWith('Receipt for order'))).toHaveLength(2)
    expect(bodiesRead[1]).toEqual([])
  })

  it('reads every one of an employer’s identical acknowledgements and proposes tracking each role', async () => {
    expect(bodiesRead[0]!.filter((s) => s === 'Thank you for your application')).toHaveLength(ROLES.length)
    const { proposals } = await world.services.listProposals(undefined)
    const tracked = proposals.filter((p) => p.kind === 'track_application' && p.fields.company?.includes('Harbourlight'))
    expect(tracked.map((p) => p.fields.role).sort()).toEqual([...ROLES].sort())
  })

  it('still files the tracked applications’ mail', () => {
    expect(bodiesRead[0]).toContain('Re: Thank you for the interview')
  })
})
