import type { MessageCategory } from './types'

/** Below this a result is a guess, and says so. */
export const LOW_CONFIDENCE = 0.6

/** A phrase or sentence as a reason quotes it: at most 120 characters. */
export const quote = (text: string): string => `"${text.length > 120 ? `${text.slice(0, 117)}...` : text}"`

/** Categories in the words a reason is read in. */
export const A_NAME: Record<MessageCategory, string> = {
  acknowledgement: 'an acknowledgement',
  interview_request: 'an interview request',
  assessment: 'an assessment',
  rejection: 'a rejection',
  offer: 'an offer',
  update: 'an update',
  unrelated: 'unrelated mail'
}
