/**
 * Is a mail worth reading in full although it matched no application? (The sync fetches
 * bodies only for matched mail and for these.) Moved here unchanged from the sync.
 */
import { domainOf, type MailMessage } from '../mail-message'
import { hiringSystemForDomain } from './senders'

const JOB_WORDS =
  /\b(interview|application|applied|applying|candidate|candidacy|position|role|offer|recruit\w*|hiring|assessment|opportunity|next steps)\b/i

/** Worth fetching the body even without a match: a hiring system wrote, or the subject is about a job. */
export function looksJobRelated(message: MailMessage): boolean {
  if (hiringSystemForDomain(domainOf(message.from.address))) return true
  return message.headers['list-id'] === undefined && JOB_WORDS.test(message.subject)
}
