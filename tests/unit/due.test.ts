/**
 * "Overdue" means one thing everywhere (planner, window, `afterview due`, reminders): the
 * due time has come, at or before now. The window's helper is the core's, not a copy.
 */
import { describe, expect, it } from 'vitest'
import { isDueWithinADay, isOverdue } from '../../src/shared/core/due'
import { isOverdue as windowIsOverdue } from '../../src/renderer/src/lib/format'

const DUE = '2026-11-18T16:00:00.000Z'
const at = Date.parse(DUE)

describe('isOverdue', () => {
  it('is overdue from the due moment on, not a millisecond before', () => {
    expect(isOverdue(DUE, at - 1)).toBe(false)
    expect(isOverdue(DUE, at)).toBe(true)
    expect(isOverdue(DUE, at + 86_400_000)).toBe(true)
  })

  it('a suggestion without a due time is never overdue', () => {
    expect(isOverdue(null, at)).toBe(false)
    expect(isOverdue(undefined, at)).toBe(false)
  })

  it('the window uses the same helper', () => {
    expect(windowIsOverdue).toBe(isOverdue)
  })

  it('due within a day: overdue, or due less than 24 hours from now', () => {
    expect(isDueWithinADay(DUE, at + 1)).toBe(true)
    expect(isDueWithinADay(DUE, at - 86_400_000 + 1)).toBe(true)
    expect(isDueWithinADay(DUE, at - 86_400_000)).toBe(false)
    expect(isDueWithinADay(null, at)).toBe(false)
  })
})
