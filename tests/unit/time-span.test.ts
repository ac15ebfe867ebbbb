import { describe, expect, it } from 'vitest'
import { formatRelative, formatSpan } from '../../src/shared/core/time'

const at = (iso: string): number => Date.parse(iso)

describe('how far away a due time is, as people count it', () => {
  it('counts calendar days once it is a day or more away', () => {
    // Seen on Fri, Dec 4 at 21:32 in New York, a follow-up due Mon, Dec 14 at 09:00 is 10 days away (9.5 days of elapsed time).
    expect(formatSpan(at('2026-12-14T14:00:00Z'), at('2026-12-05T02:32:00Z'), 'America/New_York')).toBe('10 days')
    expect(formatRelative(at('2026-12-14T14:00:00Z'), at('2026-12-05T02:32:00Z'), 'America/New_York')).toBe('in 10 days')
    // The same instants in Tokyo fall on Sat, Dec 5 and Mon, Dec 14: 9 days.
    expect(formatSpan(at('2026-12-14T14:00:00Z'), at('2026-12-05T02:32:00Z'), 'Asia/Tokyo')).toBe('9 days')
  })

  it('says hours and minutes within a day, even across midnight', () => {
    expect(formatSpan(at('2026-12-05T14:00:00Z'), at('2026-12-05T02:32:00Z'), 'America/New_York')).toBe('11 h')
    expect(formatSpan(at('2026-12-05T03:17:00Z'), at('2026-12-05T02:32:00Z'), 'America/New_York')).toBe('45 min')
  })

  it('counts overdue days the same way', () => {
    // Due Tue, Dec 1 at 17:00, now Fri, Dec 4 at 09:00 in Berlin: 3 days overdue (2.67 days of elapsed time).
    expect(formatRelative(at('2026-12-01T16:00:00Z'), at('2026-12-04T08:00:00Z'), 'Europe/Berlin')).toBe('3 days ago')
    expect(formatRelative(at('2026-12-03T08:00:00Z'), at('2026-12-04T09:00:00Z'), 'Europe/Berlin')).toBe('1 day ago')
  })
})
