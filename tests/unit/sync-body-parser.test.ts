/**
 * The bodies of a slice are read as the server sends them (issue 14): whatever order they
 * arrive in, each candidate gets its own mail; an unreadable or missing body leaves the mail
 * as its headers said (it is still filed); a body for a UID nobody asked for is ignored. The
 * server's answers are taken no faster than they are parsed, so large mail never piles up.
 */
import { describe, expect, it } from 'vitest'
import { BodyParser, UNPARSED_MAX_BYTES } from '../../src/main/mail/sync/body-parser'
import { makeMessage } from '../support/maildir'
import { mailMessage } from '../support/mail-message'

const candidate = (uid: number) => ({ uid, header: mailMessage({ messageId: `<h${uid}@test>`, subject: `Header ${uid}` }) })
const body = (uid: number, more = '') =>
  Buffer.from(
    makeMessage({
      from: { name: 'Dana Whitfield', address: 'dana@acme.example' },
      to: 'me@test',
      subject: `Body ${uid}`,
      body: `Thank you for your time, message ${uid}.${more}`,
      messageId: `<b${uid}@test>`,
      date: new Date('2026-11-20T10:00:00Z')
    })
  )

describe('reading a slice of bodies as they arrive', () => {
  it('gives every candidate its own mail, in candidate order, whatever order the bodies come in', async () => {
    const candidates = Array.from({ length: 70 }, (_, k) => candidate(100 + k)) // more than are parsed at once
    const reader = new BodyParser(candidates)
    for (const c of [...candidates].reverse()) reader.add(c.uid, body(c.uid))
    const messages = await reader.done()
    expect(messages.map((m) => m.subject)).toEqual(candidates.map((c) => `Body ${c.uid}`))
    expect(messages[3]!.text).toContain('message 103')
  })

  it('keeps the headers of a mail whose body is unreadable or did not come, and ignores a body nobody asked for', async () => {
    const candidates = [candidate(1), candidate(2), candidate(3)]
    const reader = new BodyParser(candidates)
    reader.add(2, Buffer.alloc(0)) // empty: unreadable
    reader.add(9, body(9))
    reader.add(3, body(3))
    const messages = await reader.done()
    expect(messages.map((m) => m.subject)).toEqual(['Header 1', 'Header 2', 'Body 3'])
    expect(messages[0]).toBe(candidates[0]!.header)
  })

  it('is done at once when no body came', async () => {
    const candidates = [candidate(1)]
    expect(await new BodyParser(candidates).done()).toEqual([candidates[0]!.header])
  })

  it('takes the next body from the server only while little mail waits to be parsed, and still reads every one', async () => {
    const big = (uid: number) => body(uid, `\n${'The role comes with a pension and 30 days of leave. '.repeat(40_000)}`)
    const candidates = Array.from({ length: 12 }, (_, k) => candidate(k + 1))
    const size = big(1).length
    expect(size * candidates.length).toBeGreaterThan(2 * UNPARSED_MAX_BYTES) // the server could send all of it at once
    const reader = new BodyParser(candidates)
    let most = 0
    async function* server(): AsyncGenerator<{ uid: number; source?: Buffer }> {
      for (const c of candidates) {
        most = Math.max(most, reader.unparsed) // what waited to be parsed when the next answer was asked for
        yield { uid: c.uid, source: big(c.uid) }
      }
      yield { uid: 99 } // an answer without a body
    }
    const messages = await reader.readFrom(server())
    expect(messages.map((m) => m.subject)).toEqual(candidates.map((c) => `Body ${c.uid}`))
    expect(most).toBeLessThan(UNPARSED_MAX_BYTES + size)
    expect(reader.unparsed).toBe(0)
  })
})
