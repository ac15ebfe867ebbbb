import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { classifyMessage } from '../../src/shared/core/classifier'
import { ENGLISH_PHRASES } from '../../src/shared/core/classifier/phrases-en'
import { GERMAN_PHRASES } from '../../src/shared/core/classifier/phrases-de'
import { SPANISH_PHRASES } from '../../src/shared/core/classifier/phrases-es'
import { createGate, requiredKeys } from '../../src/shared/core/classifier/prefilter'
import { prepareBody, prepareSubject } from '../../src/shared/core/classifier/text'
import { mailMessage } from '../support/mail-message'

const mail = (text: string, fields: Partial<MailMessage> = {}): MailMessage =>
  mailMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.com' },
    to: [{ name: 'Jordan', address: 'candidate@mail.candidate.example' }],
    subject: 'Senior Software Engineer',
    text,
    ...fields
  })
const classify = (text: string, fields: Partial<MailMessage> = {}) => classifyMessage(mail(text, fields), { relatedToApplication: true })

describe('classifying what the sender wrote', () => {
  it('does not call a reply a rejection because the quoted earlier mail says "unfortunately"', () => {
    const result = classify(
      'Thanks for following up! Could you share your availability for next week?\n\nOn Mon, Nov 9, 2026 at 8:12 AM Jordan <candidate@mail.candidate.example> wrote:\n> Unfortunately I have not heard back. We will not be moving forward...\n'
    )
    expect(result.category).toBe('interview_request')
  })

  it('ignores Outlook header blocks, German and Spanish quote lines the same way', () => {
    const outlook = classify(
      'Good news: your written offer is attached.\n\n-----Original Message-----\nFrom: Jordan\nSent: Tuesday\nSubject: x\n\nunfortunately I regret to inform you'
    )
    expect(outlook.category).toBe('offer')
    expect(
      classify(
        'Danke, wir melden uns bis Freitag.\n\nAm 2. Nov. 2026 um 09:14 schrieb Jordan Ellis <candidate@mail.candidate.example>:\n> Leider habe ich eine Absage bekommen.'
      ).category
    ).toBe('update')
    expect(
      classify(
        'Seguimos revisando candidaturas.\n\nEl lun, 2 nov 2026 a las 9:14, Jordan escribió:\n> hemos decidido continuar con otros candidatos'
      ).category
    ).toBe('update')
  })

  it('does not turn "unfortunately the meeting room changed" into a rejection', () => {
    const result = classify('Unfortunately the meeting room changed: please come to room 4B instead.')
    expect(result.category).not.toBe('rejection')
    expect(result.lowConfidence).toBe(true)
  })

  it('never reads "not an offer" or "if we extend an offer" as an offer', () => {
    expect(classify('To be clear, this is not an offer of employment; we are still interviewing.').category).not.toBe('offer')
    const hypothetical = classify(
      'If we decide to extend an offer, we will need two references first. Please send us two professional references.'
    )
    expect(hypothetical.category).toBe('update')
    expect(hypothetical.reasons).toContain('ignored "extend an offer" (after "If")')
  })

  it('calls an offer made to another candidate a rejection', () => {
    const result = classify('Thank you for your time. We have extended an offer to another candidate, who has accepted.')
    expect(result.category).toBe('rejection')
    expect(result.reasons[0]).toBe('"extended an offer to another candidate"')
  })

  it('reads a forwarded offer as an offer', () => {
    const result = classify(
      'FYI, see below.\n\n---------- Forwarded message ---------\nFrom: People Team <people@acme.example>\nDate: Fri, Nov 20, 2026\nSubject: Offer\nTo: Jordan\n\nDear Jordan,\n\nWe are delighted to offer you the position of Engineer.',
      { subject: 'Fwd: Offer' }
    )
    expect(result).toMatchObject({ category: 'offer', lowConfidence: false })
    expect(result.reasons).toContain('read the forwarded message')
  })

  it('drops signatures and disclaimers before reading', () => {
    const result = classify(
      'Thanks for your patience, we are still reviewing and will get back to you next week.\n\nBest regards,\nDana\n\nCONFIDENTIALITY NOTICE: This email does not constitute an offer of employment or a decision not to proceed.'
    )
    expect(result.category).toBe('update')
  })

  it('treats auto-replies as automatic and unrelated, by header or by wording', () => {
    const autoReplyHeaders: Record<string, string>[] = [
      { 'auto-submitted': 'auto-replied' },
      { 'x-autoreply': 'yes' },
      { precedence: 'auto_reply' }
    ]
    for (const headers of autoReplyHeaders) {
      expect(classify('Thanks for your message.', { headers })).toMatchObject({ category: 'unrelated', automatic: true })
    }
    expect(classify('I am out of the office until Monday with limited access to email.')).toMatchObject({
      category: 'unrelated',
      automatic: true
    })
    expect(classify('Ich bin bis einschließlich 30.11. nicht im Büro.')).toMatchObject({ category: 'unrelated', automatic: true })
    expect(classify('Estoy fuera de la oficina hasta el lunes.')).toMatchObject({ category: 'unrelated', automatic: true })
    expect(classify('Hello', { subject: 'Automatic reply: Thank you' }).automatic).toBe(true)
    expect(classify('We would like to invite you to an interview.', { headers: { 'auto-submitted': 'no' } })).toMatchObject({
      category: 'interview_request',
      automatic: false
    })
  })

  it('marks an acknowledgement as automatic, but not a rejection sent by the same system', () => {
    const ack = classify('We have received your application for Data Engineer. Our team will review your application.', {
      headers: { 'auto-submitted': 'auto-generated' }
    })
    expect(ack).toMatchObject({ category: 'acknowledgement', automatic: true })
    const rejection = classify('After careful consideration, we have decided to move forward with other candidates.', {
      headers: { 'auto-submitted': 'auto-generated' }
    })
    expect(rejection).toMatchObject({ category: 'rejection', automatic: false, lowConfidence: false })
  })

  it('calls job alerts unrelated even when they name a tracked company', () => {
    const result = classify('New jobs for you: Senior Software Engineer at Acme Robotics. Apply now.', {
      from: { name: 'LinkedIn', address: 'jobalerts-noreply@linkedin.com' }
    })
    expect(result).toMatchObject({ category: 'unrelated', automatic: true })
    expect(result.reasons[0]).toBe('sent by a job board (linkedin.com)')
  })

  it('takes a calendar invite as an interview request at its start time, and a cancellation as an update', () => {
    const calendar = {
      method: 'REQUEST',
      start: '2026-11-26T18:00:00.000Z',
      end: '2026-11-26T19:00:00.000Z',
      attendees: [],
      summary: 'Technical interview',
      uid: 'u1'
    }
    expect(classify('You have been invited.', { hasCalendarInvite: true, calendar })).toMatchObject({
      category: 'interview_request',
      proposedTime: '2026-11-26T18:00:00.000Z'
    })
    expect(
      classify('This event has been canceled.', { hasCalendarInvite: true, calendar: { ...calendar, method: 'CANCEL' } }).category
    ).toBe('update')
  })

  it('proposes a time only when one is clearly stated', () => {
    expect(classify('Your interview is confirmed for Tuesday, December 1 at 11:00 AM PT.').proposedTime).toBe('2026-12-01T19:00:00.000Z')
    expect(classify('Would any of these work: Nov 24 at 10am ET or Nov 25 at 2pm ET?').proposedTime).toBeUndefined()
    const german = classifyMessage(
      mail('Wir möchten Sie zu einem Vorstellungsgespräch einladen, am 3. Dezember um 14:00 Uhr.', { dateOffsetMinutes: 60 })
    )
    expect(german.proposedTime).toBe('2026-12-03T13:00:00.000Z')
  })

  it('quotes the decisive phrase and gives the sentence as evidence', () => {
    const result = classify(
      'Hi Jordan,\n\nThank you for applying. After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the role.\n\nBest,\nDana'
    )
    expect(result.reasons[0]).toBe('"decided to move forward with other candidates"')
    expect(result.evidence).toBe(
      'After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the role.'
    )
  })

  it('says it is unsure instead of guessing when nothing is recognisable', () => {
    expect(classifyMessage(mail('See you at the barbecue on Saturday!'))).toMatchObject({ category: 'unrelated', lowConfidence: true })
    expect(classifyMessage(mail('Sounds good, talk soon.'), { relatedToApplication: true })).toMatchObject({
      category: 'update',
      lowConfidence: true
    })
  })

  it('understands German and Spanish employer mail', () => {
    expect(classify('Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.').category).toBe(
      'rejection'
    )
    expect(classify('Wir freuen uns, Ihnen die Stelle als Backend-Entwickler anbieten zu können.').category).toBe('offer')
    expect(classify('Nos gustaría invitarte a una entrevista técnica. ¿Qué días te vienen bien?').category).toBe('interview_request')
    expect(classify('El siguiente paso es una prueba técnica que tienes 7 días para completar.').category).toBe('assessment')
  })

  it('does not sort the user’s own mail into employer categories', () => {
    expect(classifyMessage(mail('Happy to accept the offer!'), { direction: 'out' })).toMatchObject({
      category: 'update',
      reasons: ['you sent this message']
    })
  })
})

describe('the phrase prefilter', () => {
  it('derives the literal words a phrase needs', () => {
    // A run of words with a few alternatives between them stands for each way of writing it.
    expect(requiredKeys('regret to (?:inform|let you know)')).toEqual(['regret to inform', 'regret to let you know'])
    expect(requiredKeys('take[- ]home')).toEqual(['take-home', 'take home'])
    expect(requiredKeys('(?:send|pass) (?:it |them )?on')).toEqual([
      'send on',
      'send it on',
      'send them on',
      'pass on',
      'pass it on',
      'pass them on'
    ])
    // Too many ways (more than 16): the run starts again where they would overflow.
    expect(requiredKeys('(?:a|b|c|d|e)(?:f|g|h|i) (?:interview|meeting)')).toEqual(
      ['f', 'g', 'h', 'i'].flatMap((c) => [`${c} interview`, `${c} meeting`])
    )
    expect(requiredKeys('(?:a|b)?c')).toBeNull()
  })

  it('never hides a phrase that matches any mail of the corpus', async () => {
    const phrases = [...ENGLISH_PHRASES, ...GERMAN_PHRASES, ...SPANISH_PHRASES]
    const gate = createGate(phrases.map((p) => p.keys))
    const dir = join(__dirname, '../fixtures/mail')
    const { parseMessage } = await import('../../src/main/mail/parse-message')
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.eml'))
    const hidden: string[] = []
    for (const file of files) {
      const message = await parseMessage(readFileSync(join(dir, file)))
      for (const text of [prepareBody(message.text, prepareSubject(message.subject)).own, prepareSubject(message.subject).text]) {
        const open = gate(text.toLowerCase())
        phrases.forEach((p, i) => {
          p.pattern.lastIndex = 0
          if (p.pattern.test(text) && !open[i]) hidden.push(`${file}: ${p.pattern.source.slice(0, 60)}`)
        })
      }
    }
    expect(hidden).toEqual([])
  })
})
