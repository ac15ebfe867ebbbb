/**
 * A thread spread over the INBOX, the Archive and Sent: a reply archived on the phone that answers the invitation still
 * in the INBOX, a chain of replies archived newest first, a reply in the INBOX to an archived one, the user's own answer
 * in Sent. Sent and the Archive are read before the INBOX, so mail there may answer mail filed only later; each case is
 * run with the application tracked before the mail is read (the scan) and after (retroactive filing, the user who
 * connects the mailbox first). Retroactive filing lost every one of these but the simplest (found by reviews of
 * acfa1b69); the scan lost the user's answer to a reply in the INBOX. The same mail left in the INBOX is a control, but
 * for the answer in Sent. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { archiveOnPhone, makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }
const DANA = [{ name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }]

async function invitation(t: number, subject = 'Interview next week'): Promise<string> {
  const id = `<invite-${t}@acmerobotics.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
      to: `candidate@${w.mail.domain}`,
      subject,
      messageId: id,
      date: new Date(t - 60_000),
      body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
    })
  )
  return id
}

/** A reply from a personal address (a hiring manager copied in), answering `inReplyTo` alone unless `references`. */
async function reply(t: number, name: string, inReplyTo: string, subject = 'Re: Interview next week', references?: string[]) {
  const id = `<${name}-${t}@mail.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: { name: `${name} Person`, address: `${name}@mail.test` },
      to: `candidate@${w.mail.domain}`,
      cc: 'dana@acmerobotics.test',
      subject,
      messageId: id,
      inReplyTo,
      ...(references ? { references } : {}),
      date: new Date(t),
      body: 'Small change: we will meet in room 4B on the second floor, not the lobby. See you Tuesday!'
    })
  )
  return id
}

/** The user's own answer, in Sent, to a reply from a personal address. */
async function answerInSent(t: number, inReplyTo: string, references: string[]): Promise<string> {
  const id = `<mine-${t}@${w.mail.domain}>`
  await w.mail.appendTo(
    'candidate',
    'Sent',
    makeMessage({
      from: { name: 'Casey Candidate', address: `candidate@${w.mail.domain}` },
      to: 'priya@mail.test',
      subject: 'Re: Interview next week',
      messageId: id,
      inReplyTo,
      references,
      date: new Date(t + 5000),
      body: 'Room 4B, got it. Thanks!'
    }),
    { flags: ['\\Seen'] }
  )
  return id
}

/** Tracks Acme before or after the first sync, then syncs twice more, the last time in a new process; what is filed. */
async function trackAndSync(when: 'before' | 'after'): Promise<string[]> {
  let acme = when === 'before' ? await w.track(ACME, DANA) : undefined
  const account = await w.connectAndSync()
  acme ??= await w.track(ACME, DANA) // retroactive filing, at the next sync
  await w.services.mail.sync.syncOnce([account])
  await w.services.mail.sync.syncOnce([account])
  await w.accountSync(account).syncOnce()
  return w.filedOn(acme).map((m) => m.messageId)
}

const cases: Array<[string, (t: number, archived: boolean) => Promise<string[]>]> = [
  [
    'a reply to the invitation',
    async (t, archived) => {
      const inv = await invitation(t)
      const r = await reply(t, 'priya', inv)
      if (archived) await archiveOnPhone(w.mail, 'candidate', r)
      return [inv, r]
    }
  ],
  [
    'a reply whose subject names the employer (read for its body)',
    async (t, archived) => {
      const inv = await invitation(t, 'Acme Robotics interview next week')
      const r = await reply(t, 'priya', inv, 'Re: Acme Robotics interview next week')
      if (archived) await archiveOnPhone(w.mail, 'candidate', r)
      return [inv, r]
    }
  ],
  [
    'a reply with an acknowledgement-shaped subject',
    async (t, archived) => {
      const inv = await invitation(t, 'Your application')
      const r = await reply(t, 'priya', inv, 'Re: Your application')
      if (archived) await archiveOnPhone(w.mail, 'candidate', r)
      return [inv, r]
    }
  ],
  [
    'a chain of two replies, the second answering the first alone, archived newest first',
    async (t, archived) => {
      const inv = await invitation(t)
      const r1 = await reply(t, 'priya', inv)
      const r2 = await reply(t + 1000, 'sam', r1)
      if (archived) {
        await archiveOnPhone(w.mail, 'candidate', r2)
        await archiveOnPhone(w.mail, 'candidate', r1)
      }
      return [inv, r1, r2]
    }
  ],
  [
    'a chain of two replies with full References, archived newest first',
    async (t, archived) => {
      const inv = await invitation(t)
      const r1 = await reply(t, 'priya', inv)
      const r2 = await reply(t + 1000, 'sam', r1, 'Re: Interview next week', [inv, r1])
      if (archived) {
        await archiveOnPhone(w.mail, 'candidate', r2)
        await archiveOnPhone(w.mail, 'candidate', r1)
      }
      return [inv, r1, r2]
    }
  ],
  [
    'a chain of eight replies, each answering the one before alone, archived newest first (more than one run has rounds for)',
    async (t, archived) => {
      const ids = [await invitation(t)]
      for (let k = 0; k < 8; k++) ids.push(await reply(t + k * 1000, `p${k}`, ids[ids.length - 1]!))
      if (archived) for (const id of ids.slice(1).reverse()) await archiveOnPhone(w.mail, 'candidate', id)
      return ids
    }
  ],
  [
    'a reply in the INBOX answering the first reply alone, that one archived',
    async (t, archived) => {
      const inv = await invitation(t)
      const r1 = await reply(t, 'priya', inv)
      const r2 = await reply(t + 1000, 'sam', r1)
      if (archived) await archiveOnPhone(w.mail, 'candidate', r1)
      return [inv, r1, r2]
    }
  ],
  [
    "the user's answer in Sent to a reply",
    async (t, archived) => {
      const inv = await invitation(t)
      const r1 = await reply(t, 'priya', inv)
      const mine = await answerInSent(t, r1, [inv, r1])
      if (archived) await archiveOnPhone(w.mail, 'candidate', r1)
      return [inv, r1, mine]
    }
  ]
]

for (const [what, make] of cases)
  for (const archived of [false, true])
    for (const when of ['before', 'after'] as const)
      it(`${what}, ${archived ? 'archived' : 'in the INBOX'}, tracked ${when} the mail is read: all filed`, async () => {
        const expected = await make(Date.now(), archived)
        expect(await trackAndSync(when)).toEqual(expected)
      }, 120_000)

it('a reply archived and filed retroactively stays filed once when another application is added later', async () => {
  const t = Date.now()
  const inv = await invitation(t)
  const r = await reply(t, 'priya', inv)
  await archiveOnPhone(w.mail, 'candidate', r)
  const account = await w.connectAndSync()
  const acme = await w.track(ACME, DANA)
  await w.services.mail.sync.syncOnce([account])
  await w.track({ company: 'Globex', role: 'Analyst', companyDomain: 'globex.test' })
  await w.services.mail.sync.syncOnce([account])
  await w.accountSync(account).syncOnce()
  expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([inv, r])
}, 120_000)
