/**
 * A review card quotes what decided it. Only a sentence of the mail is captioned as one; a header
 * line, a signature or a calendar invite is a "Why". How sure Afterview is shows only when it is not.
 */
import { describe, expect, it } from 'vitest'
import { evidenceCaption, evidenceText, isSentence } from '../../src/renderer/src/review/evidence'
import { isUnsure } from '../../src/renderer/src/review/confidence'
import { LOW_CONFIDENCE } from '../../src/shared/core/classifier/names'

describe('the caption of the evidence', () => {
  it.each([
    'I am delighted to offer you the position of Care Coordinator at Sunrise Senior Living, starting January 11 at an annual salary of $58,000.',
    'We have received your application and our recruiting team will review it.',
    'Would you be available for a call on Thursday?',
    'Le agradecemos su interés en el puesto.',
    '¿Podría venir el jueves?',
    'We are pleased to offer you the role. (in the attached offer-letter.pdf)',
    'Thanks for your patience!"'
  ])('a sentence of the mail: %s', (evidence) => {
    expect(isSentence(evidence)).toBe(true)
    expect(evidenceCaption(evidence)).toBe('The sentence that decided it')
  })

  it.each([
    'From: Front Desk <frontdesk@lakesidefamilydental.com>',
    'Reply-To: Maria López <maria.lopez@riverside.test>',
    'calendar invite "Kestrel Harbor - Data Engineer interview" (METHOD:REQUEST)',
    'Maria López, Recruitment Coordinator, maria.lopez@riverside.test',
    '"offer letter"',
    'Offer - Care Coordinator',
    ''
  ])('not a sentence: %s', (evidence) => {
    expect(isSentence(evidence)).toBe(false)
    expect(evidenceCaption(evidence)).toBe('Why')
  })

  it('a calendar invite reads as one', () => {
    expect(evidenceText('calendar invite "Kestrel Harbor - Data Engineer interview" (METHOD:REQUEST)')).toBe(
      'Calendar invite "Kestrel Harbor - Data Engineer interview"'
    )
  })
})

describe('how sure', () => {
  it('says so only under the classifier’s own threshold', () => {
    expect(isUnsure(LOW_CONFIDENCE - 0.01)).toBe(true)
    expect(isUnsure(0.4)).toBe(true)
    expect(isUnsure(LOW_CONFIDENCE)).toBe(false)
    expect(isUnsure(0.93)).toBe(false)
    expect(isUnsure(undefined)).toBe(false)
  })
})
