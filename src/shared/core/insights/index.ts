export * from './types'
export { computeInsights, COMPANY_LIMIT, FOLLOW_UP_WINDOW_DAYS, type InsightsOptions } from './figures'
export { formatDays, formatRate, formatSpread } from './numbers'
export { sourceGroup, SOURCE_SUGGESTIONS, NOT_RECORDED } from './sources'
