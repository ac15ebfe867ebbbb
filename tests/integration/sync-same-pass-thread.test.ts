/**
 * A reply tied to its application by its thread alone (a colleague of the interviewer answering from a personal
 * address), read in the same pass as the mail it answers. The matcher follows a thread only to filed mail, and a pass
 * matched every header before it filed any: the colleague's reply was left out, and no later pass came back for it.
 * That is the usual case after a night with the laptop shut, at the first sync, and when the user adds the
 * application after the mail came (thread-followers.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

const me = () => `candidate@${w.mail.domain}`
const ACME = { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' }

/** Dana's invitation, her colleague Sam's answer in her thread from his own address, and Lee's answer to Sam. */
function thread({
  danaSubject = 'Interview next week',
  samSubject = `Re: ${danaSubject}`
}: { danaSubject?: string; samSubject?: string } = {}) {
  const stamp = Date.now()
  const ids = { dana: `<invite-${stamp}@acmerobotics.test>`, sam: `<sam-${stamp}@mail.test>`, lee: `<lee-${stamp}@elsewhere.test>` }
  const dana = makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: me(),
    subject: danaSubject,
    messageId: ids.dana,
    date: new Date(stamp - 120_000),
    body: 'Could you come in on Tuesday at 10:00 for the on-site?'
  })
  const sam = makeMessage({
    from: { name: 'Sam Okafor', address: 'sam.okafor@mail.test' },
    to: me(),
    cc: 'dana@acmerobotics.test',
    subject: samSubject,
    messageId: ids.sam,
    inReplyTo: ids.dana,
    date: new Date(stamp - 60_000),
    body: 'I will join Dana on Tuesday. Please bring your portfolio.'
  })
  const lee = makeMessage({
    from: { name: 'Lee Park', address: 'lee.park@elsewhere.test' },
    to: me(),
    subject: `Re: ${samSubject}`,
    messageId: ids.lee,
    inReplyTo: ids.sam,
    references: [ids.dana, ids.sam],
    date: new Date(stamp),
    body: 'I can show you around the lab after the interview.'
  })
  return { ids, dana, sam, lee }
}

/** Mail of no interest, so that the pass reads more than a few messages and fetches bodies apart from headers. */
async function deliverOtherMail(count: number): Promise<void> {
  for (let i = 0; i < count; i++)
    await w.mail.deliver(
      'candidate',
      makeMessage({ from: `friend${i}@mail.test`, to: me(), subject: `Dinner on Friday ${i}`, body: 'See you there.' })
    )
}

describe('a reply read in the same pass as the mail it answers', () => {
  it('is filed, as from someone who is not a contact', async () => {
    const acme = await w.track(ACME)
    const account = await w.connectAndSync()
    const { ids, dana, sam } = thread()
    await w.mail.deliver('candidate', dana)
    await w.mail.deliver('candidate', sam)
    await w.services.mail.sync.syncOnce([account])
    const filed = w.filedOn(acme)
    expect(filed.map((m) => m.messageId)).toEqual([ids.dana, ids.sam])
    expect(filed[1]).toMatchObject({ unverifiedSender: true })
    expect(filed[0]!.unverifiedSender).toBeFalsy()
  }, 120_000)

  it('is filed at the first sync, with a reply to the reply, among other mail', async () => {
    const acme = await w.track(ACME)
    const { ids, dana, sam, lee } = thread()
    await deliverOtherMail(15)
    await w.mail.deliver('candidate', dana)
    await deliverOtherMail(10)
    await w.mail.deliver('candidate', sam)
    await w.mail.deliver('candidate', lee)
    await w.connectAndSync()
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([ids.dana, ids.sam, ids.lee])
  }, 120_000)

  it('is filed when the user adds the application after both came', async () => {
    const account = await w.connectAndSync()
    const { ids, dana, sam } = thread()
    await w.mail.deliver('candidate', dana)
    await w.mail.deliver('candidate', sam)
    await w.services.mail.sync.syncOnce([account]) // nothing tracked yet: both read, nothing filed
    const acme = await w.track(ACME)
    await w.services.mail.sync.fileEarlier([account]) // as the app does when it saves one
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([ids.dana, ids.sam])
  }, 120_000)

  // "Re:" keeps Dana's subject, and hers named the company: the reply is read for its body (a candidate), not left out.
  for (const [what, subject] of [
    ['whose subject names the employer', 'Re: Acme Robotics interview next week'],
    ['whose subject reads like an acknowledgement', 'Re: Tuesday, about the position']
  ] as const)
    it(`is filed when it is read for its body too, ${what}`, async () => {
      const acme = await w.track(ACME)
      const account = await w.connectAndSync()
      const { ids, dana, sam } = thread({ danaSubject: 'Acme Robotics interview next week', samSubject: subject })
      await w.mail.deliver('candidate', dana)
      await w.mail.deliver('candidate', sam)
      await w.services.mail.sync.syncOnce([account])
      expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([ids.dana, ids.sam])
    }, 120_000)

  it('is filed when it is read for its body and the user adds the application after both came', async () => {
    const account = await w.connectAndSync()
    const { ids, dana, sam } = thread({
      danaSubject: 'Acme Robotics interview next week',
      samSubject: 'Re: Acme Robotics interview next week'
    })
    await w.mail.deliver('candidate', dana)
    await w.mail.deliver('candidate', sam)
    await w.services.mail.sync.syncOnce([account])
    const acme = await w.track(ACME)
    await w.services.mail.sync.fileEarlier([account])
    expect(w.filedOn(acme).map((m) => m.messageId)).toEqual([ids.dana, ids.sam])
  }, 120_000)

  it('files nothing that answers mail the pass did not file', async () => {
    const acme = await w.track(ACME)
    const account = await w.connectAndSync()
    const { dana } = thread()
    const stamp = Date.now()
    // A friend's thread, read in the same pass: the friend's mail is not about Acme, nor is the answer to it.
    const friendId = `<plans-${stamp}@mail.test>`
    await w.mail.deliver('candidate', dana)
    await w.mail.deliver(
      'candidate',
      makeMessage({ from: 'kim@mail.test', to: me(), subject: 'Plans', messageId: friendId, body: 'Hike?' })
    )
    await w.mail.deliver(
      'candidate',
      makeMessage({ from: 'jo@mail.test', to: me(), subject: 'Re: Plans', inReplyTo: friendId, body: 'Count me in.' })
    )
    await w.services.mail.sync.syncOnce([account])
    expect(w.filedOn(acme).map((m) => m.subject)).toEqual(['Interview next week'])
  }, 120_000)
})
