/**
 * Promised dates, round 12b (issue 11, helper dates12, 5 Dec 2026): phrasings found missing while probing new sentences
 * after the training-19/21/22 causes (none is a corpus sentence). Against one mail: Thursday, Nov 5 2026, 10:00 +01:00.
 * This week = 2..8 Nov; next week = 9..15 Nov.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import { checkRespondBy, replyMail } from '../support/promised-dates'

const check = checkRespondBy

describe('"let me get back to you by Friday" is the writer\'s promise, not the candidate\'s limit', () => {
  check([
    ['Let me get back to you by Friday.', '2026-11-06', '2026-11-06'],
    ['Let me check with the team and come back to you on Monday.', '2026-11-09', '2026-11-09'],
    ['Lass mich das mit der Chefin klären, ich melde mich morgen.', '2026-11-06', '2026-11-06'],
    ['Laat me even overleggen, ik laat het je morgen weten.', '2026-11-06', '2026-11-06']
  ])
})

describe('…while "let me know", "laat ons weten", "let me have" still ask the candidate', () => {
  it.each([
    ['Let me know by Friday whether Tuesday works.', '2026-11-06'],
    ['Laat ons uiterlijk vrijdag weten of het lukt.', '2026-11-06'],
    ['Lassen Sie uns bis Freitag wissen, ob es passt.', '2026-11-06'],
    ['Please let me have the signed form by Monday.', '2026-11-09']
  ])('%s', (text, deadline) => {
    const facts = extractFacts(replyMail(text))
    expect(facts.candidateDeadline).toBe(deadline)
    expect(facts.respondBy).toBeNull()
  })
})
