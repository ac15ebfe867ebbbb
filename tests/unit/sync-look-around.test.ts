/**
 * While watching, how often the mailboxes besides the watched one are looked at (issue 14): every minute, so that a
 * reply a rule files into "Jobs" reaches the timeline within one where the server cannot tell of it (it waited five);
 * as often where it tells of new mail there (NOTIFY: tests/integration/watch-other-mailboxes.test.ts), which it does only
 * of mail that goes through it (a procmail rule's is not).
 */
import { expect, it } from 'vitest'
import { lookAroundEvery } from '../../src/main/mail/sync/watch'

it('looks every minute, where the server tells of new mail too, as often as asked when asked', () => {
  expect(lookAroundEvery(undefined, false)).toBe(60_000)
  expect(lookAroundEvery(undefined, true)).toBe(60_000) // a safety net as often: the server tells only of what goes through it
  expect(lookAroundEvery({ alone: 2_000 }, true)).toBe(2_000)
  expect(lookAroundEvery(1_500, true)).toBe(1_500)
  expect(lookAroundEvery({ told: 60_000, alone: 1_000 }, true)).toBe(60_000)
  expect(lookAroundEvery({ told: 60_000, alone: 1_000 }, false)).toBe(1_000)
})
