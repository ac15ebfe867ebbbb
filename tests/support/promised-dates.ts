/**
 * The promised-dates test rounds (promised-dates-fresh5…9) write sentences into the same short reply and check the
 * date read against a window: both live here once.
 */
import { expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { mailMessage } from './mail-message'

/** A short reply from Sam Carter with `text` as its body, sent at `date` from a zone `offset` minutes east of UTC. */
export const replyMail = (text: string, date = '2026-11-05T09:00:00Z', offset = 60): MailMessage =>
  mailMessage({
    date,
    dateOffsetMinutes: offset,
    from: { name: 'Sam Carter', address: 'sam.carter@employer.example' },
    subject: 'Re: your application',
    text: `Hello Jordan,\n\n${text}\n\nKind regards,\nSam Carter`
  })

/** A sentence, and the window its promised date must fall in (null: no promised date at all). */
export type PromiseCase = [text: string, earliest: string | null, latest: string | null]

/** One test per sentence: the promised date read from the reply falls in its window. */
export function checkRespondBy(cases: PromiseCase[], date?: string, offset?: number): void {
  it.each(cases)('%s', (text, earliest, latest) => {
    const facts = extractFacts(replyMail(text, date, offset))
    if (earliest === null) expect(facts.respondBy).toBeNull()
    else {
      const day = facts.respondBy ?? 'null'
      expect(day >= earliest && day <= (latest as string), `${day} in ${earliest}..${latest}`).toBe(true)
    }
  })
}
