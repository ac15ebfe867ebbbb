/**
 * What the Insights page and `afterview stats` show: plain data, computed by
 * `computeInsights` from the applications alone. Rates are fractions (0–1) or null
 * when there is nothing to divide by; durations are whole calendar days.
 */

export interface ResponseRate {
  /** Applications sent in this group. */
  applications: number
  /** …of which a person answered (a reply by mail, an interview, an offer or a decision). */
  responded: number
  /** responded ÷ applications; null with no applications. */
  rate: number | null
}

/** Median and spread of a list of day counts. */
export interface DaySpread {
  count: number
  median: number | null
  /** The middle half lies between these (25th and 75th percentile). */
  p25: number | null
  p75: number | null
  min: number | null
  max: number | null
}

export interface CompanyTiming {
  company: string
  firstReply: DaySpread
  betweenRounds: DaySpread
}

export const FUNNEL_STEPS = ['applied', 'replied', 'interviewed', 'offer'] as const
export type FunnelStep = (typeof FUNNEL_STEPS)[number]

export interface FunnelRow {
  step: FunnelStep
  label: string
  count: number
  /** count ÷ applied; null with nothing applied. */
  share: number | null
}

export interface StalledApplication {
  applicationId: string
  company: string
  role: string
  stage: string
  /** When something last came from their side (or you applied). */
  quietSince: string
  daysQuiet: number
  /** The planned follow-up to write now, when there is one. */
  followUpKey?: string
}

export interface WeekActivity {
  /** The Monday the week starts on, YYYY-MM-DD, in the user's time zone. */
  weekStart: string
  applications: number
  interviews: number
  followUps: number
}

export interface Insights {
  generatedAt: string
  timeZone: string
  /** Only applications sent (or tracked) on or after this day, when given. */
  since?: string
  /** Applications considered (tracked on or after `since`). */
  tracked: number
  responseRate: {
    overall: ResponseRate
    bySource: Array<ResponseRate & { source: string }>
    byMonth: Array<ResponseRate & { month: string }>
  }
  timing: {
    /** Days from applying to the first answer from a person. */
    firstReply: DaySpread
    /** Days between one interview round and the next. */
    betweenRounds: DaySpread
    /** The companies with the most timings, most first (at most `COMPANY_LIMIT`). */
    byCompany: CompanyTiming[]
    companiesWithTimings: number
  }
  funnel: FunnelRow[]
  stalled: { afterDays: number; applications: StalledApplication[] }
  followUps: {
    /** Follow-ups sent whose week to answer has passed, or that were answered. */
    settled: number
    answeredWithinWindow: number
    /** answered ÷ settled; null with none settled. */
    rate: number | null
    /** Sent within the last `windowDays` and not answered yet. */
    waiting: number
    windowDays: number
  }
  weekly: WeekActivity[]
}
