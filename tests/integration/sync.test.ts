/**
 * The mail sync against a real Dovecot: the first scan files the replies in a seeded
 * mailbox on the right applications with their reasons, re-scans never duplicate, and a
 * message delivered over LMTP while the app IDLEs is filed within seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { allFiledIds, filed, syncWorld, waitFor, type SyncWorld } from './sync-support'

let w: SyncWorld
beforeAll(async () => {
  w = await syncWorld()
})
afterAll(async () => {
  await w?.close()
})

describe('first scan of a mailbox', () => {
  it('files the interviewer reply, the thank-you and the company mail on the right applications, with reasons', async () => {
    const count = await w.services.mail.sync.syncOnce([w.account])
    expect(count).toBe(3)
    const kestrel = filed(w.services, w.kestrel)
    const reply = kestrel.find((m) => m.messageId === w.replyId)
    expect(reply).toMatchObject({ direction: 'in', subject: 'Re: Thank you for the interview', accountId: w.account.id })
    expect(reply!.reason).toMatch(/thank-you/i)
    expect(reply!.snippet).toContain('final round')
    const thanks = kestrel.find((m) => m.messageId === w.thankYouId)
    expect(thanks).toMatchObject({ direction: 'out' })
    expect(thanks!.reason).not.toBe('')
    const northwind = filed(w.services, w.northwind)
    expect(northwind.map((m) => m.subject)).toEqual(['Your application to Northwind Traders'])
    expect(northwind[0]!.reason).toMatch(/northwind/i)
    // The newsletter and the friend's mail are nowhere.
    expect(allFiledIds(w.services)).toHaveLength(3)
    expect(w.services.mail.ctx.store.accounts.get(w.account.id)!.sentFolder).toBe('Sent')
  })

  it('a second pass changes nothing and duplicates nothing', async () => {
    const count = await w.services.mail.sync.syncOnce([w.account])
    expect(count).toBe(0)
    expect(allFiledIds(w.services)).toHaveLength(3)
  })
})

describe('opening a filed message in full', () => {
  it('fetches the whole text from the mailbox, as plain text', async () => {
    const full = await w.services.getMessage({ applicationId: w.kestrel, messageId: w.replyId })
    expect(full).toMatchObject({ subject: 'Re: Thank you for the interview', from: 'Dana Whitfield <dana@kestrelharbor.test>' })
    expect(full.text).toContain('invite you to a final round next week')
    const sent = await w.services.getMessage({ applicationId: w.kestrel, messageId: w.thankYouId })
    expect(sent.text).toContain('Thank you for your time today')
    await expect(w.services.getMessage({ applicationId: w.northwind, messageId: w.replyId })).rejects.toMatchObject({ code: 'not_found' })
  })
})

describe('watching the inbox (IDLE)', () => {
  it('files a reply delivered over LMTP within seconds', async () => {
    w.services.mail.start()
    await waitFor(() => w.services.mail.sync.statusOf(w.account.id).state === 'watching', 10_000)
    const id = `<idle-${Date.now()}@kestrelharbor.test>`
    const started = Date.now()
    await w.mail.deliver(
      'candidate',
      makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
        to: `candidate@${w.mail.domain}`,
        subject: 'Final round scheduling',
        messageId: id,
        body: 'Does Tuesday at 10 work for you?'
      })
    )
    await waitFor(() => filed(w.services, w.kestrel).find((m) => m.messageId === id), 10_000)
    const elapsed = Date.now() - started
    console.log(`LMTP delivery -> filed on the timeline: ${elapsed} ms`)
    expect(elapsed).toBeLessThan(5000)
    expect(allFiledIds(w.services)).toHaveLength(4)
  })
})
