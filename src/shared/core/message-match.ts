import type { Application, MessageRef, TimelineEvent } from '../model'

/** What the matcher says of a mail (which application, how sure, and why in plain words), and what it reads of an application. */
export type MatchStrength = 'thread' | 'contact' | 'domain' | 'ats'

export interface MessageMatch {
  applicationId: string
  /** 'out' when the user sent it. */
  direction: 'in' | 'out'
  /** Why, in plain words: "replied to your thank-you of Nov 19". */
  reason: string
  strength: MatchStrength
  /** A thread match from an address that is neither a contact nor on the application's (or its hiring system's) domains. */
  unverifiedSender?: boolean
}

/**
 * What the matcher reads of an application: a whole Application is one, and so is the much
 * smaller digest the sync keeps of each (store/application-digests.ts), which leaves out the
 * rest of the timeline (issue 14).
 */
export type MatchableApplication = Pick<
  Application,
  'id' | 'company' | 'role' | 'companyDomain' | 'stage' | 'appliedAt' | 'contacts' | 'sentMessageIds'
> & {
  interviews: ReadonlyArray<{ startsAt: string }>
  events: ReadonlyArray<Pick<TimelineEvent, 'at'> & { message?: MatchableMessage }>
}
/** What the matcher reads of a filed mail (and textUnread: the sync asks again for the text of such mail). */
export type MatchableMessage = Pick<
  MessageRef,
  'messageId' | 'direction' | 'subject' | 'snippet' | 'from' | 'to' | 'notDelivered' | 'unverifiedSender' | 'textUnread'
>
