/**
 * A proposal in plain words, as the review queue and `afterview review` show it: days as the app
 * writes them everywhere ("Sun, Dec 6"), never an ISO date.
 */
import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/main/review/describe'
import type { Proposal } from '../../src/shared/api/review'

const track = (fields: Proposal['fields']) => ({ kind: 'track_application', fields }) as Proposal

describe('a proposal to track an application', () => {
  it('says the day it was applied on as the app writes days', () => {
    expect(summarize(track({ company: 'Hartwell & Cole', role: 'Staff Accountant', appliedAt: '2026-12-06' }), undefined, 'UTC')).toBe(
      'Track this application: Staff Accountant at Hartwell & Cole, applied on Sun, Dec 6.'
    )
  })

  it('the day is the same day in every time zone (a date has no time to shift)', () => {
    for (const tz of ['Pacific/Auckland', 'America/Los_Angeles', 'Pacific/Honolulu', 'Asia/Kolkata', undefined])
      expect(summarize(track({ company: 'Northwind Traders', appliedAt: '2026-11-24' }), undefined, tz)).toBe(
        'Track this application: Northwind Traders, applied on Tue, Nov 24.'
      )
  })

  it('says nothing of a day it does not know', () => {
    expect(summarize(track({ company: 'Northwind Traders', role: 'Data Engineer' }), undefined, 'UTC')).toBe(
      'Track this application: Data Engineer at Northwind Traders.'
    )
  })
})
