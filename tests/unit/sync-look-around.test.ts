/**
 * While watching, how often the mailboxes besides the watched one are looked at (issue 14): every minute, so that a
 * reply a rule files into "Jobs" reaches the timeline within one where the server cannot tell of it (it waited five);
 * every five where it tells of new mail there (NOTIFY: tests/integration/watch-other-mailboxes.test.ts).
 */
import { expect, it } from 'vitest'
import { lookAroundEvery } from '../../src/main/mail/sync/watch'

it('looks every minute, every five where the server tells of new mail, as often as asked when asked', () => {
  expect(lookAroundEvery(undefined, false)).toBe(60_000)
  expect(lookAroundEvery(undefined, true)).toBe(5 * 60_000)
  expect(lookAroundEvery(1_500, true)).toBe(1_500)
  expect(lookAroundEvery({ told: 60_000, alone: 1_000 }, true)).toBe(60_000)
  expect(lookAroundEvery({ told: 60_000, alone: 1_000 }, false)).toBe(1_000)
})
