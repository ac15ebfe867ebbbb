/**
 * What a mailbox's state keeps of the mail the server could not send (at most 500 UIDs): the
 * newest, in the order kept, which is the order they are asked for again in (askAgain). A cut
 * by position dropped the front of that order: the very messages to be asked next, never
 * asked again nor taken off the list once the server could send them.
 */
import { expect, it } from 'vitest'
import { remembered } from '../../src/main/mail/sync/pass'

it('keeps the 500 newest in the order of asking, whatever their place in it', () => {
  // 520 unreadable; the 20 oldest were just asked and went to the end of the turn.
  const order = [...Array.from({ length: 500 }, (_, k) => k + 21), ...Array.from({ length: 20 }, (_, k) => k + 1)]
  const kept = remembered(new Set(order))!
  expect(kept).toHaveLength(500)
  expect(kept.slice(0, 3)).toEqual([21, 22, 23]) // the next to ask are still first
  expect(kept).not.toContain(1) // the oldest are the ones given up
})

it('keeps all, in order, up to 500, and nothing for none', () => {
  expect(remembered(new Set([9, 3, 7]))).toEqual([9, 3, 7])
  expect(remembered(new Set())).toBeUndefined()
})
