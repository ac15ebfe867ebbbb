/**
 * One meaning of "overdue" for the planner's actions, the window, the command line and the
 * reminders: the due time has come (at or before now). A suggestion (no due time) never is.
 */
export function isOverdue(dueAt: string | null | undefined, now: number): boolean {
  return !!dueAt && Date.parse(dueAt) <= now
}

const DAY_MS = 86_400_000

/** Due within a day (or overdue): what the Next up badge counts and the page repeats. */
export function isDueWithinADay(dueAt: string | null | undefined, now: number): boolean {
  return !!dueAt && Date.parse(dueAt) - now < DAY_MS
}
