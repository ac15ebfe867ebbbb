/**
 * A rejection that waits in Review. The classifier's word is a reading of the mail, not a fact: until the user
 * confirms it, the application keeps its stage, so the plan must not close it out as if it were settled. It asks
 * the user to check the reading instead; once they accept, the stage is Rejected (and the close-out reply is drafted);
 * once they dismiss it, the mail is an ordinary reply and no close-out is suggested. Pure.
 */
import { messageIdKey } from '../mail-message'
import { formatDay } from '../time'
import type { RuleContext } from './rules'
import { quotedSentence, writerOf } from './rules'
import { SURE, type NextAction, type Reply, type StageProposal } from './types'

/** The proposal to close the application on this reply's rejection, open or dismissed, if there is one. */
export function rejectionInReview(reply: Reply | undefined, proposals: readonly StageProposal[]): StageProposal | undefined {
  if (!reply || reply.message.category !== 'rejection') return undefined
  const id = messageIdKey(reply.message.messageId)
  return proposals.find((p) => p.kind === 'close_application' && messageIdKey(p.messageId) === id)
}

/** "Is this a rejection?": the only action while the rejection waits in Review. */
export function checkRejection(c: RuleContext, proposal: StageProposal): NextAction {
  const r = c.lastReply!
  const writer = writerOf(c.app, r.message)
  const unsure = r.message.confidence !== undefined && r.message.confidence < SURE
  const said = proposal.evidence?.trim() ? `: ${quotedSentence(proposal.evidence)}` : '.'
  return {
    ...c.base,
    key: `check_in_review:${proposal.id}`,
    kind: 'check_in_review',
    title: `Is this a rejection from ${c.app.company}?`,
    reason:
      `Afterview ${unsure ? 'thinks, but is not sure, that' : 'reads'} ${writer.name}'s mail of ${formatDay(r.at, c.tz)} ${unsure ? 'is' : 'as'} a rejection${said} ` +
      `Nothing has changed yet: accept it in Review to close the application and draft a gracious reply, or dismiss it if they did not say no.`,
    dueAt: null,
    contactIds: [],
    replyToMessageId: r.message.messageId,
    proposalId: proposal.id
  }
}
