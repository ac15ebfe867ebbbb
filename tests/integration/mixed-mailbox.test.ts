/**
 * One INBOX with 48 legitimate replies for four tracked applications and 45 malformed or
 * hostile messages (200 KB subjects, 10 KB display names, a thousand "Re:", broken MIME,
 * bidi names, endless Message-IDs and References, binary junk, forged thread replies),
 * against the real Dovecot. Every legitimate reply is filed on its application; what
 * cannot be stored is skipped and listed with its reason; a second sync changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import type { Account } from '../../src/shared/accounts'
import { messageIdKey } from '../../src/shared/core/mail-message'
import { type AppServices } from '../../src/main/services'
import type { MailServers } from '../support/mail-servers'
import { makeMessage, rfc2822Date, seedMaildir, type SeedMessage } from '../support/maildir'
import { loopbackAccount, startMailWorld, type MailWorld } from '../support/services'

const DAY = 86_400_000
let mail: MailServers
let world: MailWorld
let services: AppServices
let account: Account
const apps: Record<string, string> = {}
const legit: Array<{ id: string; app: string }> = []
const longIds: string[] = []
const forged: string[] = []

const COMPANIES = [
  { key: 'acme', company: 'Acme Robotics', domain: 'acmerobotics.test', contact: 'dana@acmerobotics.test' },
  { key: 'kestrel', company: 'Kestrel Harbor', domain: 'kestrelharbor.test', contact: 'lee@kestrelharbor.test' },
  { key: 'northwind', company: 'Northwind Traders', domain: 'northwind.test', contact: 'ola@northwind.test' },
  { key: 'lumen', company: 'Lumen Grove', domain: 'lumengrove.test', contact: 'sam@lumengrove.test' }
]

function raw(lines: string[], body = 'Hello.'): string {
  return `${lines.join('\r\n')}\r\n\r\n${body}\r\n`
}

beforeAll(async () => {
  world = await startMailWorld()
  mail = world.mail
  services = world.services
  const me = `candidate@${mail.domain}`
  for (const c of COMPANIES) {
    apps[c.key] = (
      await services.createApplication(
        parseInput('createApplication', {
          fields: { company: c.company, role: 'Engineer', companyDomain: c.domain, appliedAt: '2026-10-01' },
          contacts: [{ name: 'Recruiter', email: c.contact }]
        })
      )
    ).application.id
  }
  const now = Date.now()
  const thanks = `<Thanks-Acme-${now}@${mail.domain}>`
  await seedMaildir(
    mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: me,
          to: 'dana@acmerobotics.test',
          subject: 'Thank you',
          messageId: thanks,
          date: new Date(now - 9 * DAY),
          body: 'Thanks!'
        }),
        date: new Date(now - 9 * DAY),
        seen: true
      }
    ],
    { mailbox: 'Sent' }
  )
  const inbox: SeedMessage[] = []
  const at = (n: number) => new Date(now - 8 * DAY + n * 60_000)
  let n = 0
  for (const c of COMPANIES) {
    for (let k = 0; k < 12; k++) {
      const id = `<Reply-${c.key}-${k}-${now}@${c.domain}>`
      const from = k % 2 ? { name: 'Recruiter', address: c.contact } : `Hiring Team <team${k}@${c.domain}>`
      inbox.push({
        raw: makeMessage({
          from,
          to: me,
          subject: `Your application, update ${k}`,
          messageId: id,
          date: at(n),
          body: `Update ${k} from ${c.company}.`
        }),
        date: at(n++)
      })
      legit.push({ id, app: c.key })
    }
  }
  const hdr = (from: string, subject: string, id: string, d: Date, extra: string[] = []) => [
    `From: ${from}`,
    `To: ${me}`,
    `Subject: ${subject}`,
    `Date: ${rfc2822Date(d)}`,
    `Message-ID: ${id}`,
    'MIME-Version: 1.0',
    ...extra
  ]
  for (let k = 0; k < 5; k++) {
    const d = at(n++)
    inbox.push({
      raw: raw(
        hdr(`Dana <dana@acmerobotics.test>`, `Offer ${'x'.repeat(200_000)}`, `<huge-subject-${k}-${now}@acmerobotics.test>`, d, [
          'Content-Type: text/plain'
        ])
      ),
      date: d
    })
    const d2 = at(n++)
    inbox.push({
      raw: raw(
        hdr(`"${'L'.repeat(10_000)}" <lee@kestrelharbor.test>`, 'Long name', `<huge-name-${k}-${now}@kestrelharbor.test>`, d2, [
          'Content-Type: text/plain'
        ])
      ),
      date: d2
    })
    const d3 = at(n++)
    inbox.push({
      raw: raw(
        hdr('ola@northwind.test', `${'Re: '.repeat(1000)}Interview`, `<re-chain-${k}-${now}@northwind.test>`, d3, [
          'Content-Type: text/plain'
        ])
      ),
      date: d3
    })
    const d4 = at(n++)
    inbox.push({
      raw: raw(
        hdr('sam@lumengrove.test', 'Broken MIME', `<broken-${k}-${now}@lumengrove.test>`, d4, [
          'Content-Type: multipart/mixed; boundary="nope"',
          'Content-Transfer-Encoding: base64'
        ]),
        '--wrong\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n--wrong'
      ),
      date: d4
    })
    const d5 = at(n++)
    inbox.push({
      raw: makeMessage({
        from: { name: `Dana \u202Emoc.scitobor\u202C Whitfield\u200B`, address: `dana${k}@attacker.test` },
        to: me,
        subject: 'Hi there',
        date: d5,
        body: 'Please click.'
      }),
      date: d5
    })
    const d6 = at(n++)
    const longId = `<${'L'.repeat(1500)}-${k}-${now}@acmerobotics.test>`
    longIds.push(longId)
    inbox.push({ raw: raw(hdr('dana@acmerobotics.test', 'Endless id', longId, d6, ['Content-Type: text/plain'])), date: d6 })
    const d7 = at(n++)
    inbox.push({
      raw: raw(
        hdr('lee@kestrelharbor.test', 'Many references', `<many-refs-${k}-${now}@kestrelharbor.test>`, d7, [
          'Content-Type: text/plain',
          `References: ${Array.from({ length: 3000 }, (_, j) => `<r${j}@x.test>`).join(' ')}`
        ])
      ),
      date: d7
    })
    const d8 = at(n++)
    inbox.push({
      raw: Buffer.concat([Buffer.from('Subject: \u0000\u00ff junk\r\nFrom: \r\n\r\n'), Buffer.from([0, 1, 2, 255, 254, 13, 10])]),
      date: d8
    })
    const d9 = at(n++)
    const forgedId = `<forged-${k}-${now}@attacker.test>`
    forged.push(forgedId)
    inbox.push({
      raw: makeMessage({
        from: { name: 'Dana Whitfield @acmerobotics.test', address: `dana@attacker${k}.test` },
        to: me,
        subject: 'Re: Thank you — offer',
        messageId: forgedId,
        inReplyTo: thanks,
        date: d9,
        body: 'We are pleased to offer you the position. Send your bank details.'
      }),
      date: d9
    })
  }
  await seedMaildir(mail, 'candidate', inbox)
  account = (await services.addAccount(loopbackAccount(mail, { email: me }))).account
}, 120_000)

afterAll(() => world?.close())

const store = () => services.mail.ctx.store
const filedKeys = (appKey: string) =>
  store()
    .applications.get(apps[appKey]!)!
    .events.filter((e) => e.message)
    .map((e) => messageIdKey(e.message!.messageId))
const snapshot = () =>
  JSON.stringify(
    store()
      .applications.all()
      .map((a) => [a.id, a.updatedAt, a.events.length])
  )

describe('a mailbox with legitimate and hostile mail', () => {
  it('files every legitimate reply on its application; what cannot be stored is skipped with its reason', async () => {
    const skippedLines: string[] = []
    services.mail.sync.onSkipped((s) => skippedLines.push(s.item.reason))
    await services.mail.sync.syncOnce([account])
    for (const l of legit) expect(filedKeys(l.app), `${l.id} on ${l.app}`).toContain(messageIdKey(l.id))
    // Oversized ones that match are filed clamped, not dropped and not dropping others.
    const acme = store()
      .applications.get(apps.acme!)!
      .events.filter((e) => e.message)
    const huge = acme.filter((e) => e.message!.messageId.includes('huge-subject'))
    expect(huge).toHaveLength(5)
    for (const e of huge) expect(e.message!.subject.length).toBeLessThanOrEqual(300)
    const kestrel = store()
      .applications.get(apps.kestrel!)!
      .events.filter((e) => e.message?.messageId.includes('huge-name'))
    expect(kestrel).toHaveLength(5)
    for (const e of kestrel) expect(e.message!.from.length).toBeLessThan(500)
    const chain = store()
      .applications.get(apps.northwind!)!
      .events.filter((e) => e.message?.messageId.includes('re-chain'))
    expect(chain).toHaveLength(5)
    for (const e of chain) expect(e.message!.subject).toBe('Re: Interview')
    expect(filedKeys('lumen').filter((k) => k.includes('broken'))).toHaveLength(5)
    // Forged thread replies: filed as unverified, never as a trusted offer.
    const forgedEvents = acme.filter((e) => forged.includes(e.message!.messageId))
    expect(forgedEvents).toHaveLength(5)
    for (const e of forgedEvents) expect(e.message!.unverifiedSender).toBe(true)
    expect((await services.listProposals(undefined)).proposals.filter((p) => p.kind === 'move_to_offer')).toHaveLength(0)
    // The endless Message-IDs are listed, with the reason, in Settings → Mail accounts.
    const listed = (await services.listAccounts(undefined)).accounts[0]!.skipped ?? []
    expect(listed).toHaveLength(5)
    for (const item of listed) expect(item.reason).toMatch(/Message-ID is \d+ characters long/)
    expect(skippedLines).toHaveLength(5)
    // Bidi strangers and junk are nowhere.
    const all = store()
      .applications.all()
      .flatMap((a) => a.events.filter((e) => e.message).map((e) => e.message!.from))
    expect(all.some((f) => f.includes('attacker.test') && !f.includes('attacker0') && !/attacker\d/.test(f))).toBe(false)
  }, 120_000)

  it('a second sync changes nothing', async () => {
    const before = snapshot()
    const skippedBefore = JSON.stringify(store().skippedMail.all())
    expect(await services.mail.sync.syncOnce([account])).toBe(0)
    expect(snapshot()).toBe(before)
    expect(JSON.stringify(store().skippedMail.all())).toBe(skippedBefore)
  }, 60_000)
})
