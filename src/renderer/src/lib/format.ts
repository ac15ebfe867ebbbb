/**
 * Dates and times in the user's words and local time zone.
 */
import { STAGE_LABELS, type Stage } from '../../../shared/model'
import { formatSpan } from '../../../shared/core/time'

const MINUTE = 60_000

const dayTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
})
const dayOnly = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric' })
const dayYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' })

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
const minutes = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
/** "at 17:20:05" today (so a check seconds ago visibly moves it; "at 17:20" without `seconds`), else the day and time. */
export function checkedAt(iso: string, { seconds = true }: { seconds?: boolean } = {}): string {
  const d = new Date(iso)
  return d.toDateString() === new Date().toDateString() ? `at ${(seconds ? clock : minutes).format(d)}` : formatDateTime(iso)
}

/** "Thu, Nov 19, 15:45" */
export function formatDateTime(iso: string): string {
  return dayTime.format(new Date(iso))
}

/** "Thu, Nov 19" for an instant, or for a calendar date YYYY-MM-DD (taken as that local day). */
export function formatDate(value: string): string {
  return dayOnly.format(parseDay(value))
}

/** "Nov 19, 2026" */
export function formatDateWithYear(value: string): string {
  return dayYear.format(parseDay(value))
}

function parseDay(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(value)
}

/** The core's one meaning of overdue (due at or before now). */
export { isDueWithinADay, isOverdue } from '../../../shared/core/due'

/** "due in 5 h", "overdue by 2 days", "due now" (days are calendar days: see formatSpan) */
export function dueText(dueAt: string, now: number): string {
  const at = Date.parse(dueAt)
  if (Math.abs(at - now) < MINUTE) return 'due now'
  return at > now ? `due in ${formatSpan(at, now)}` : `overdue by ${formatSpan(at, now)}`
}

/** "5 h ago", "3 days ago", "just now", "in 2 days" */
export function agoText(iso: string, now: number): string {
  const at = Date.parse(iso)
  if (Math.abs(at - now) < MINUTE) return 'just now'
  return at < now ? `${formatSpan(at, now)} ago` : `in ${formatSpan(at, now)}`
}

/** Value for <input type="datetime-local"> from an ISO instant, in local time. */
export function toLocalInput(iso: string | number): string {
  const d = new Date(iso)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`
}

/** ISO instant from a datetime-local value read as the user's local time; undefined when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value)
  if (!m) return undefined
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]))
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString()
}

/** Today as YYYY-MM-DD in local time. */
export function todayDate(): string {
  return toLocalInput(Date.now()).slice(0, 10)
}

/** Tomorrow at 9:00 local time. */
export function tomorrowMorning(now: number): string {
  const d = new Date(now)
  d.setDate(d.getDate() + 1)
  d.setHours(9, 0, 0, 0)
  return d.toISOString()
}

export const stageLabel = (stage: Stage): string => STAGE_LABELS[stage]

/** The message an error carries, for the user. */
export function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error && typeof (error as Error).message === 'string')
    return (error as Error).message
  return 'Something went wrong. Please try again.'
}

/**
 * Each field's problem from an invalid-input error, as the services sent it (data, not
 * parsed from the message), keyed by the field's path inside what was sent: "company",
 * "jobUrl", "contacts.0.email", "to.0" (the leading "fields."/"contact."/… is dropped).
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const fields = error && typeof error === 'object' ? (error as { fields?: unknown }).fields : undefined
  if (!fields || typeof fields !== 'object') return {}
  const out: Record<string, string> = {}
  for (const [path, message] of Object.entries(fields as Record<string, unknown>)) {
    if (typeof message === 'string') out[path.replace(/^(fields|contact|interview|patch)\./, '')] = message
  }
  return out
}
