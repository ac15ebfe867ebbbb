import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../src/main/mail/parse-message'
import { MAX_PDF_BYTES, readPdfText } from '../../src/main/mail/pdf-text'
import { classifyMessage } from '../../src/shared/core/classifier'
import { extractFacts } from '../../src/shared/core/facts'
import { makePdf, mailWithAttachment } from '../support/make-pdf'

const offerMail = (): Buffer => readFileSync(join(__dirname, '../fixtures/attachments/offer-letter-pdf.eml'))

describe('an offer that arrives only as a PDF letter', () => {
  it('is read as an offer, with the reply-by date from the letter and the evidence saying where it was read', async () => {
    const message = await parseMessage(offerMail())
    expect(message.text).toBe('Hi Sam,\n\nPlease find the attached letter.\n\nBest,\nDana')
    expect(message.attachments?.[0]?.filename).toBe('offer-letter.pdf')
    const result = classifyMessage(message, { relatedToApplication: true })
    expect(result.category).toBe('offer')
    expect(result.confidence).toBeGreaterThanOrEqual(0.8)
    expect(result.reasons[0]).toMatch(/pleased to offer you the position.* in the attached offer-letter\.pdf$/)
    expect(result.evidence).toMatch(/Firmware Engineer.*\(in the attached offer-letter\.pdf\)$/)
    const facts = extractFacts(message)
    expect(facts.candidateDeadline).toBe('2026-12-11')
    expect(facts.deadlineEvidence).toBe(
      'Please sign and return this letter by 11 December 2026 to accept the offer. (in the attached offer-letter.pdf)'
    )
  })

  it('is only an update without the letter: the cover note alone says nothing', async () => {
    const raw = offerMail()
      .toString('latin1')
      .replace(/Content-Type: application\/pdf[\s\S]*?--part--/, '--part--')
    const message = await parseMessage(raw)
    expect(message.attachments).toBeUndefined()
    expect(classifyMessage(message, { relatedToApplication: true }).category).toBe('update')
    expect(extractFacts(message).candidateDeadline).toBeNull()
  })

  it('skips a broken PDF with a reason and still files the mail', async () => {
    const broken = Buffer.concat([
      makePdf(['We are pleased to offer you the position.']).subarray(0, 120),
      Buffer.from('garbage, not a PDF body')
    ])
    const message = await parseMessage(mailWithAttachment(broken))
    expect(message.text).toContain('Please find the attached letter.')
    expect(message.attachments).toEqual([
      { filename: 'offer-letter.pdf', text: '', skipped: expect.stringMatching(/^(unreadable PDF|no text in it)/) }
    ])
    const result = classifyMessage(message, { relatedToApplication: true })
    expect(result.category).toBe('update')
    expect(result.reasons.some((r) => r.startsWith('did not read the attached offer-letter.pdf: '))).toBe(true)
  })

  it('does not open a PDF larger than 5 MB, nor a file that only calls itself one', async () => {
    const huge = Buffer.concat([makePdf(['We are pleased to offer you the position.']), Buffer.alloc(MAX_PDF_BYTES, 0x20)])
    const message = await parseMessage(mailWithAttachment(huge))
    expect(message.attachments?.[0]).toMatchObject({ text: '', skipped: 'larger than 5 MB' })
    expect(await readPdfText(Buffer.from('<html>We are pleased to offer you the position</html>'))).toEqual({ skipped: 'not a PDF file' })
  })

  it('gives up on a PDF that takes longer than its time limit', async () => {
    expect(await readPdfText(makePdf(['We are pleased to offer you the position.']), { timeMs: 0 })).toEqual({
      skipped: 'took longer than 0 s to read'
    })
  })

  it('stops reading a PDF that is slow to read at its time limit, without freezing anything else meanwhile', async () => {
    // 100,000 lines on one page: PDF.js reads it in about 1-3 s, in stretches of over a second without a pause.
    const slow = makePdf(Array.from({ length: 100_000 }, (_, i) => `line ${i} of a very long letter`))
    await readPdfText(makePdf(['warm up: the PDF library loads on first use']))
    let longestPause = 0
    let last = performance.now()
    const ticker = setInterval(() => {
      longestPause = Math.max(longestPause, performance.now() - last)
      last = performance.now()
    }, 10)
    const started = performance.now()
    const result = await readPdfText(slow, { timeMs: 300 })
    const took = performance.now() - started
    clearInterval(ticker)
    expect(result).toEqual({ skipped: 'took longer than 0.3 s to read' })
    expect(took).toBeLessThan(1_000)
    // Timers, IMAP and the window's requests still run while a letter is read.
    expect(longestPause).toBeLessThan(250)
  })

  it('leaves the PDFs of a long mail unread: its body says what it is about', async () => {
    const body = `Hi Sam,\r\n\r\n${'Here are the notes from our call, with the attached brochure about the office. '.repeat(25)}\r\n\r\nDana`
    const message = await parseMessage(mailWithAttachment(makePdf(['We are pleased to offer you the position.']), { body }))
    expect(message.attachments).toBeUndefined()
  })
})
