/** What the matcher says of a mail: which application, how sure, and why in plain words. */
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
