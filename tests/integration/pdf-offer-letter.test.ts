/**
 * An offer sent only as a PDF letter, through the real Dovecot and the sync: the letter is read,
 * the mail is filed as an offer with the reply-by date from the letter, also when the letter is
 * too large for the first 512 KB of the mail that the sync reads; a broken PDF next to it is
 * skipped with a reason and its mail is filed anyway.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeMessage, seedMaildir } from '../support/maildir'
import { SMALL_FETCH } from '../../src/main/mail/sync/pass'
import { makePdf, mailWithAttachment } from '../support/make-pdf'
import { startMailWorld, type MailWorld } from '../support/services'
import type { Account } from '../../src/shared/accounts'

let world: MailWorld
let acme = ''
let account: Account | undefined
/** A 600 KB letter, as a letter with embedded fonts often is: about 800 KB once base64-encoded in the mail. */
const largeLetter = (subject: string, id: string, by: string) =>
  mailWithAttachment(
    makePdf(['Offer of employment: Firmware Engineer', `Please confirm your acceptance by signing and returning this letter by ${by}.`], {
      paddingBytes: 600_000
    }),
    { filename: 'contract.pdf' }
  )
    .replace('offer-letter-1@', `${id}@`)
    .replace('Subject: Your letter', `Subject: ${subject}`)

beforeAll(async () => {
  world = await startMailWorld()
  acme = await world.track({
    company: 'Acme Robotics',
    role: 'Firmware Engineer',
    companyDomain: 'acme-robotics.example',
    stage: 'interviewing'
  })
  const broken = mailWithAttachment(Buffer.concat([makePdf(['x']).subarray(0, 100), Buffer.from('not a PDF body')]), {
    filename: 'notes.pdf',
    body: 'Hi Sam,\r\n\r\nNotes from our call attached.\r\n\r\nDana'
  })
    .replace('offer-letter-1@', 'notes-1@')
    .replace('Subject: Your letter', 'Subject: Call notes')
  await seedMaildir(world.mail, 'candidate', [
    {
      raw: readFileSync(join(__dirname, '../fixtures/attachments/offer-letter-pdf.eml'), 'latin1'),
      date: new Date('2026-11-30T10:15:00Z')
    },
    { raw: broken, date: new Date('2026-11-30T11:00:00Z') },
    { raw: largeLetter('Your contract', 'contract-1', '18 December 2026'), date: new Date('2026-11-30T12:00:00Z') },
    // More mail than a sync takes whole with its headers (SMALL_FETCH): the bodies are fetched apart, 512 KB each at most.
    ...Array.from({ length: SMALL_FETCH }, (_, i) => ({
      raw: makeMessage({ from: 'news@shop.example', to: 'candidate@mail.candidate.example', subject: `Weekly deals ${i}`, body: 'Deals.' }),
      date: new Date('2026-11-29T09:00:00Z')
    }))
  ])
  account = await world.connectAndSync()
}, 180_000)
afterAll(() => world?.close())

describe('an offer letter sent only as a PDF (real Dovecot, sync)', () => {
  it('files the mail as an offer with the reply-by date read from the letter', () => {
    const filed = world.filedOn(acme)
    const offer = filed.find((m) => m.subject === 'Your letter')
    expect(offer).toMatchObject({
      category: 'offer',
      facts: {
        candidateDeadline: '2026-12-11',
        deadlineEvidence: 'Please sign and return this letter by 11 December 2026 to accept the offer. (in the attached offer-letter.pdf)'
      }
    })
  })

  it('reads a letter too large for the first part of the mail the sync reads', () => {
    const filed = world.filedOn(acme)
    expect(filed.find((m) => m.subject === 'Your contract')).toMatchObject({
      category: 'offer',
      facts: { candidateDeadline: '2026-12-18' }
    })
  })

  it('reads such a letter when it arrives later too (a few new mails come whole with their headers)', async () => {
    await world.mail.deliver('candidate', largeLetter('Your revised contract', 'contract-2', '22 December 2026'))
    await world.services.mail.sync.syncOnce([account!])
    expect(world.filedOn(acme).find((m) => m.subject === 'Your revised contract')).toMatchObject({
      category: 'offer',
      facts: { candidateDeadline: '2026-12-22' }
    })
  })

  it('still files the mail whose PDF cannot be read', () => {
    const filed = world.filedOn(acme)
    expect(filed.find((m) => m.subject === 'Call notes')).toMatchObject({ category: 'update' })
  })
})
