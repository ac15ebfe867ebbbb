/**
 * Message-IDs kept exactly as received: a reply to a mixed-case Message-ID carries it byte
 * for byte in In-Reply-To and References, in the SMTP data and in the Sent copy, and
 * Dovecot's THREAD REFERENCES puts it in the original's thread (a lower-cased copy, as
 * Afterview used to send, lands outside it — the control that shows the check can fail).
 */
import type { ImapFlow } from 'imapflow'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import type { AppServices } from '../../src/main/services'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { makeMessage, seedMaildir } from '../support/maildir'
import { INTERVIEW_END, deliveredWith, fetchRaw, setUp } from './send-fixture'

let mail: MailServers
let env: Awaited<ReturnType<typeof setUp>>
let services: AppServices
const ORIGINAL = '<CAF+Mixed.Case_Id=42@Mail.Example.TEST>'

type Atom = { type?: string; value?: string } | Atom[]
const numbers = (node: Atom): number[] =>
  Array.isArray(node) ? node.flatMap(numbers) : node.value && /^\d+$/.test(node.value) ? [Number(node.value)] : []

/** UID THREAD REFERENCES UTF-8 ALL on INBOX: each thread as the list of its UIDs. */
async function threads(client: ImapFlow): Promise<number[][]> {
  const found: number[][] = []
  const exec = (client as unknown as { exec: (c: string, a: unknown[], o: unknown) => Promise<{ next: () => void }> }).exec.bind(client)
  const response = await exec(
    'UID THREAD',
    [
      { type: 'ATOM', value: 'REFERENCES' },
      { type: 'ATOM', value: 'UTF-8' },
      { type: 'ATOM', value: 'ALL' }
    ],
    {
      untagged: {
        THREAD: async (untagged: { attributes: Atom[] }) => {
          for (const t of untagged.attributes) found.push(numbers(t))
        }
      }
    }
  )
  response.next()
  return found
}

async function uidOf(client: ImapFlow, messageId: string): Promise<number> {
  const uids = await client.search({ header: { 'message-id': messageId } }, { uid: true })
  if (!Array.isArray(uids) || uids.length !== 1) throw new Error(`${messageId}: ${JSON.stringify(uids)}`)
  return uids[0]!
}

beforeAll(async () => {
  mail = await startMailServers()
  env = await setUp(mail)
  services = env.services
  const at = new Date(INTERVIEW_END + 20 * 60_000)
  const original = makeMessage({
    from: { name: 'Dana Søndergaard', address: `interviewer@${mail.domain}` },
    to: `candidate@${mail.domain}`,
    subject: 'Second round?',
    messageId: ORIGINAL,
    date: at,
    body: 'Thanks for today! Could you do a second interview next Tuesday at 10:00? Please let me know.'
  })
  await seedMaildir(mail, 'candidate', [{ raw: original, date: at }])
  // Dana keeps her own copy of what she sent (here: in her INBOX, so THREAD sees both).
  await seedMaildir(mail, 'interviewer', [{ raw: original, date: at }])
}, 120_000)

afterAll(async () => {
  services?.dispose()
  await mail?.stop()
  env?.cleanup()
})

describe('answering a mail whose Message-ID has upper-case letters', () => {
  let replyId = ''

  it('files it with the Message-ID as received, and drafts the answer threaded on it exactly', async () => {
    const account = services.mail.ctx.store.accounts.all()[0]!
    await services.mail.sync.syncOnce([account])
    const app = (await services.getApplication({ id: env.applicationId })).application
    expect(app.events.find((e) => e.message?.direction === 'in')?.message?.messageId).toBe(ORIGINAL)
    const detail = await services.getApplication({ id: env.applicationId })
    const answer = detail.actions.find((a) => a.replyToMessageId === ORIGINAL)
    expect(answer, JSON.stringify(detail.actions.map((a) => [a.kind, a.replyToMessageId]))).toBeDefined()
    const view = await services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: answer!.key }))
    expect(view.draft.inReplyTo).toBe(ORIGINAL)
    expect(view.draft.references).toContain(ORIGINAL)
    replyId = view.draft.messageId
    await services.saveDraft(
      parseInput('saveDraft', {
        draftId: view.draft.id,
        patch: { subject: 'Tuesday works', body: 'Hi Dana,\n\nTuesday at 10:00 works for me.\n\nZoë\n' }
      })
    )
    const sent = await services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))
    expect(sent.record?.state).toBe('sent')
  }, 60_000)

  it('carries it byte for byte in In-Reply-To and References, in the SMTP data and in the Sent copy', async () => {
    const smtp = deliveredWith(mail, replyId)
    expect(smtp).toHaveLength(1)
    // (Subjects differ on purpose: THREAD REFERENCES also groups by subject, which would hide the headers' effect.)
    for (const raw of [smtp[0]!.raw.toString('utf8'), (await fetchRaw(mail, 'candidate', 'Sent', replyId)).raw]) {
      const headers = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
      expect(headers).toMatch(new RegExp(`^In-Reply-To: ${ORIGINAL.replace(/[.+=]/g, '\\$&')}$`, 'm'))
      expect(headers).toMatch(new RegExp(`^References: .*${ORIGINAL.replace(/[.+=]/g, '\\$&')}`, 'm'))
      expect(headers).not.toContain(ORIGINAL.toLowerCase())
    }
  })

  it("Dovecot's THREAD REFERENCES puts the reply in the original's thread; a lower-cased one stays outside", async () => {
    const lowered = '<lowered-control@example.test>'
    await mail.deliver(
      'interviewer',
      makeMessage({
        from: `candidate@${mail.domain}`,
        to: `interviewer@${mail.domain}`,
        subject: 'A different subject',
        messageId: lowered,
        inReplyTo: ORIGINAL.toLowerCase(),
        body: 'Lower-cased In-Reply-To.'
      })
    )
    const client = await mail.imapClient('interviewer')
    try {
      await client.mailboxOpen('INBOX', { readOnly: true })
      const original = await uidOf(client, ORIGINAL)
      const reply = await uidOf(client, replyId)
      const control = await uidOf(client, lowered)
      const all = await threads(client)
      console.log('THREAD REFERENCES:', JSON.stringify(all), { original, reply, control })
      const thread = all.find((t) => t.includes(original))!
      expect(thread).toContain(reply)
      expect(thread).not.toContain(control)
    } finally {
      await client.logout()
    }
  })
})
