/**
 * How the Insights figures are said, in plain words for someone tired of job hunting:
 * "usually about 8 days", "5 days (1 answer)", never "median", "middle half", "5 (1)",
 * "—" or "0 of 0". The numbers are the ones `computeInsights` worked out; only the way
 * they are written is chosen here. Pure, so the page and the CLI say the same thing.
 */
import { formatDays, formatRate } from './numbers'
import type { DaySpread, Insights } from './types'

/** 4,587 */
export const count = (n: number): string => n.toLocaleString('en-US')

const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`
const SMALL = ['no', 'one', 'two', 'three']
const weeksOf = (days: number) => Math.round(days / 7)
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "Aug 20, 2026" for a YYYY-MM-DD day. */
export function dayInWords(day: string): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}, ${day.slice(0, 4)}`
}

/**
 * The days themselves while there are three or fewer (they are the smallest, middle and
 * largest), else the usual one: "8 days", "4 and 12 days", "4, 8 and 12 days",
 * "usually about 8 days". Null with none.
 */
function daysInWords(s: DaySpread): string | null {
  if (s.median === null || s.min === null || s.max === null || s.count === 0) return null
  if (s.min === s.max) return s.count === 1 ? formatDays(s.min) : `${formatDays(s.min)} ${s.count === 2 ? 'both times' : 'each time'}`
  if (s.count === 2) return `${s.min} and ${formatDays(s.max)}`
  if (s.count === 3) return `${s.min}, ${s.median} and ${formatDays(s.max)}`
  return `usually about ${formatDays(s.median)}`
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * A spread of days as a sentence a tired reader takes in at a glance:
 * "Usually about 8 days (half took between 6 and 13; the quickest 4, the slowest 17)",
 * "4 and 12 days (two so far)", "8 days (just one so far)"; `none` when there are none.
 * The half is widened to whole days (6.5 is said as 6), so it never claims too little.
 */
export function describeSpread(s: DaySpread, none = 'None yet'): string {
  const days = daysInWords(s)
  if (days === null) return none
  if (s.count === 1) return `${capitalised(days)} (just one so far)`
  if (s.count <= 3) return `${capitalised(days)} (${SMALL[s.count]} so far)`
  if (s.min === s.max) return `${capitalised(days)} (${count(s.count)} so far)`
  const low = Math.floor(s.p25 ?? s.min!)
  const high = Math.ceil(s.p75 ?? s.max!)
  const half = low === high ? `half took ${formatDays(low)}` : `half took between ${low} and ${high}`
  return `${capitalised(days)} (${half}; the quickest ${s.min}, the slowest ${s.max})`
}

/**
 * One company's timing in a table cell, the count said with what it counts:
 * "5 days (1 answer)", "4 and 12 days (2 answers)", "usually about 7 days (5 waits)",
 * and "No answer yet" / "No second round" when there is nothing to time.
 */
export function describeCompanyTiming(s: DaySpread, kind: 'firstReply' | 'betweenRounds'): string {
  const days = daysInWords(s)
  if (days === null) return kind === 'firstReply' ? 'No answer yet' : 'No second round'
  return `${capitalised(days)} (${kind === 'firstReply' ? plural(s.count, 'answer') : plural(s.count, 'wait')})`
}

/**
 * The days within which most first answers came (the upper quartile, rounded up), said as
 * "Most answers came within 13 days": with three or more answers, null before. Not "three
 * in four": with a handful of answers, interpolating puts fewer than that inside.
 */
export function mostAnswersWithin(s: DaySpread): number | null {
  return s.p75 !== null && s.count >= 3 ? Math.ceil(s.p75) : null
}

/** The column headings of the per-company timing table. */
export const COMPANY_TIMING_HEAD = ['Company', 'First answer from a person', 'Wait between interview rounds'] as const

/** One headline card: a big number with what it means, or (with nothing to count) just words. */
export interface HeadlineFigure {
  id: 'response-rate' | 'first-reply-median' | 'stalled' | 'follow-up-rate'
  /** The big number; absent when there is nothing to show yet. */
  value?: string
  label: string
  detail: string
  /** The detail leads to the list of stalled applications. */
  detailLinksToStalled?: boolean
}

/** The four headline cards. Only asked for once some applications are sent (see `emptyInsights`). */
export function headlineFigures(f: Insights): HeadlineFigure[] {
  const o = f.responseRate.overall
  const first = f.timing.firstReply
  const stalled = f.stalled.applications.length
  const weeks = weeksOf(f.stalled.afterDays)
  const u = f.followUps
  const waiting = u.waiting ? ` · ${count(u.waiting)} sent in the last ${u.windowDays} days, not answered yet` : ''
  return [
    {
      id: 'response-rate',
      value: formatRate(o.rate),
      label: 'heard back from a person',
      detail: `${count(o.responded)} of ${plural(o.applications, 'application')}`
    },
    first.count && first.median !== null
      ? {
          id: 'first-reply-median',
          value: formatDays(first.median),
          label: 'is the usual wait for a first answer',
          detail: `going by ${plural(first.count, 'answer')} so far`
        }
      : {
          id: 'first-reply-median',
          label: 'No answers from a person yet',
          detail: 'How long a first answer takes shows here once one arrives.'
        },
    stalled
      ? {
          id: 'stalled',
          value: count(stalled),
          label: `quiet for ${weeks}+ weeks`,
          detail: 'Follow up or close them',
          detailLinksToStalled: true
        }
      : { id: 'stalled', value: '0', label: `quiet for ${weeks}+ weeks`, detail: 'nothing stalled' },
    u.settled && u.rate !== null
      ? {
          id: 'follow-up-rate',
          value: formatRate(u.rate),
          label: `of follow-ups answered within ${u.windowDays} days`,
          detail: `${count(u.answeredWithinWindow)} of ${plural(u.settled, 'follow-up')}${waiting}`
        }
      : u.waiting
        ? {
            id: 'follow-up-rate',
            value: count(u.waiting),
            label: `${u.waiting === 1 ? 'follow-up' : 'follow-ups'} sent in the last ${u.windowDays} days, not answered yet`,
            detail: `How many get answered within ${u.windowDays} days shows here once ${u.waiting === 1 ? 'its' : 'their'} ${u.windowDays} days have passed.`
          }
        : {
            id: 'follow-up-rate',
            label: 'No follow-ups sent yet',
            detail: `Once you send some, this shows how many are answered within ${u.windowDays} days.`
          }
  ]
}

/**
 * The one message Insights shows in place of its figures while no application has been
 * sent (in the period chosen); null once there is something to count.
 */
export function emptyInsights(f: Insights): { title: string; body: string } | null {
  if (f.responseRate.overall.applications > 0) return null
  const weeks = weeksOf(f.stalled.afterDays)
  const shows = `how many heard back, how long answers take, which have gone quiet for ${weeks} weeks, and what you did each week`
  if (f.since)
    return {
      title: `No applications sent since ${dayInWords(f.since)}`,
      body: `Choose “All time” above to see the earlier ones. Once you send one in this period, this page shows ${shows}.`
    }
  return {
    title: 'Nothing to show yet',
    body: `Once you add the applications you have sent, with the day you applied, this page shows ${shows}.`
  }
}

/** Under the page title: what the figures are drawn from. */
export function insightsSubtitle(f: Insights): string {
  const n = f.responseRate.overall.applications
  if (n === 0) return 'How your search is going.'
  return `From ${plural(n, 'application')} sent${f.since ? ` since ${dayInWords(f.since)}` : ''}.`
}

/**
 * What has stalled, in a headline and (with nothing stalled) a note on what would show
 * here. It claims nothing about the open applications: there may be none.
 */
export function stalledWording(stalled: Insights['stalled']): { headline: string; note?: string } {
  const n = stalled.applications.length
  const weeks = weeksOf(stalled.afterDays)
  if (n > 0) return { headline: `${plural(n, 'application')} with no reply for ${weeks}+ weeks` }
  return {
    headline: 'Nothing has stalled.',
    note: `An application that goes ${weeks} weeks without a word from them, and has no interview coming up, shows here so you can follow up or close it.`
  }
}
