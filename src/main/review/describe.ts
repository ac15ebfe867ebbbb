/**
 * Proposals in plain words, for the review queue and the CLI.
 */
import type { Proposal, ProposalView } from '../../shared/api/review'
import { STAGE_LABELS, type Application } from '../../shared/model'
import { dateAtLocalHour, formatDay, formatDayTime, resolveTimeZone } from '../../shared/core/time'

export const formatWhen = (iso: string, timeZone: string | undefined): string => formatDayTime(Date.parse(iso), resolveTimeZone(timeZone))
/** A calendar date (YYYY-MM-DD) as the app writes days: "Sun, Dec 6". */
export const formatCalendarDay = (date: string, timeZone: string | undefined): string => {
  const tz = resolveTimeZone(timeZone)
  return formatDay(dateAtLocalHour(date, 12, tz), tz)
}

export function applicationLabel(p: Proposal, app: Application | undefined): string {
  if (p.kind === 'track_application' || !app) return [p.fields.company, p.fields.role].filter(Boolean).join(' — ') || 'A new application'
  return app.role ? `${app.company} — ${app.role}` : app.company
}

export function summarize(p: Proposal, app: Application | undefined, timeZone: string | undefined): string {
  const name = app?.company ?? p.fields.company ?? 'this application'
  const f = p.fields
  switch (p.kind) {
    case 'track_application':
      return `Track this application: ${f.role ? `${f.role} at ` : ''}${f.company ?? 'an unknown company'}${f.appliedAt ? `, applied on ${formatCalendarDay(f.appliedAt, timeZone)}` : ''}.`
    case 'close_application':
      return `Close ${name}: move it to ${STAGE_LABELS[f.stage ?? 'rejected']}${f.offerReply === false ? '' : ', and draft a short, gracious reply'}.`
    case 'move_to_offer':
      return `Move ${name} to Offer.`
    case 'add_interview': {
      const people = (f.attendees ?? []).map((a) => a.name)
      return `Add an interview on ${f.startsAt ? formatWhen(f.startsAt, timeZone) : 'a time to be set'} (${f.durationMinutes ?? 60} min)${people.length ? ` with ${people.join(', ')}` : ''}.`
    }
    case 'add_contact':
      return `Add ${f.contact?.name ?? 'the person who wrote'}${f.contact?.title ? ` (${f.contact.title})` : ''} <${f.contact?.email ?? ''}> as a contact of ${name}.`
    case 'move_interview':
      return `Move the interview${f.previousStartsAt ? ` of ${formatWhen(f.previousStartsAt, timeZone)}` : ''} to ${f.startsAt ? formatWhen(f.startsAt, timeZone) : 'a new time'}.`
  }
}

export function viewOf(p: Proposal, app: Application | undefined, timeZone: string | undefined): ProposalView {
  return { ...p, applicationLabel: applicationLabel(p, app), summary: summarize(p, app, timeZone) }
}
