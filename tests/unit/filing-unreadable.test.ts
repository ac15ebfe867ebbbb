/**
 * Filing never counts a mail as handled when its application could not be written: the sync
 * keeps its place (UIDNEXT) at a mail the filer reports as failed, and moves past one it says
 * was filed or deliberately left. An application's file that is there but cannot be read (a
 * newer Afterview wrote it, or a read error) is no deleted application: a reply filed on
 * "nothing" was lost for good. And a list of skipped mail two processes add to keeps both.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from '../../src/main/store'
import { MessageFiler } from '../../src/main/mail/sync/filing'
import type { MessageMatch } from '../../src/shared/core/matcher'
import { Application } from '../../src/shared/model'
import { mailMessage } from '../support/mail-message'
import { tempDataDir } from '../support/temp-dir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDataDir()))
afterEach(() => cleanup())

const acme = Application.parse({ id: 'acme', company: 'Acme', createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z' })
const match: MessageMatch = { applicationId: 'acme', direction: 'in', reason: 'from the contact', strength: 'contact' }

describe('filing on an application it cannot read', () => {
  it('reports the reply as failed, so the sync comes back for it', async () => {
    await openStore(dir).applications.put(acme)
    const path = join(dir, 'applications', 'acme.json')
    const { data } = JSON.parse(readFileSync(path, 'utf8')) as { data: unknown }
    writeFileSync(path, JSON.stringify({ schemaVersion: 99, data })) // a newer Afterview's file
    const filer = new MessageFiler(openStore(dir))
    const reply = mailMessage({ messageId: '<reply@acme.example>', subject: 'Interview' })
    const result = await filer.fileMany([{ match, message: reply }], 'acct')
    expect({ filed: result.filed.length, skipped: result.skipped.length, failed: result.failed.length }).toEqual({
      filed: 0,
      skipped: 0,
      failed: 1
    })
    expect(filer.isFiled(reply.messageId)).toBe(false)
  })

  it('still files nothing, and says so, on an application that was deleted', async () => {
    await openStore(dir).applications.put(acme)
    const filer = new MessageFiler(openStore(dir))
    await openStore(dir).applications.remove('acme')
    const result = await filer.fileMany([{ match, message: mailMessage({ messageId: '<late@acme.example>' }) }], 'acct')
    expect(result.failed).toEqual([])
    expect(result.filed).toEqual([])
  })
})

describe('the list of mail left unfiled', () => {
  it('keeps what another process added since this one opened the folder', async () => {
    const long = (n: number) => `<${'x'.repeat(1100)}${n}@acme.example>` // too long to file: left, and listed
    const app = openStore(dir)
    const cli = openStore(dir)
    await new MessageFiler(app).fileMany([{ match, message: mailMessage({ messageId: long(1) }) }], 'acct')
    await new MessageFiler(cli).fileMany([{ match, message: mailMessage({ messageId: long(2) }) }], 'acct')
    expect(openStore(dir).skippedMail.get('acct')!.items).toHaveLength(2)
  })
})
