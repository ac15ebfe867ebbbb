import type { MessageCategory } from './types'

/** Below this a result is a guess, and says so. */
export const LOW_CONFIDENCE = 0.6

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
