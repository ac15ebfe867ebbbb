/**
 * One vertical line: what happened (events, newest first at the bottom of the past),
 * then what is planned, each marked "Planned" with its due time.
 */
import type { NextAction } from '../../../shared/core/planner'
import type { Application, MessageCategory, TimelineEvent } from '../../../shared/model'
import { dueText, formatDateTime, isOverdue } from '../lib/format'

const TYPE_LABELS: Record<TimelineEvent['type'], string> = {
  created: 'Started tracking',
  applied: 'Applied',
  note: 'Note',
  stage_changed: 'Stage changed',
  interview_added: 'Interview',
  interview_updated: 'Interview updated',
  contact_added: 'Contact added',
  action_done: 'Done',
  action_dismissed: 'Dismissed',
  action_snoozed: 'Snoozed',
  action_reopened: 'Reopened',
  message: 'Message',
  imported: 'Imported'
}

const CATEGORY_LABELS: Record<MessageCategory, string> = {
  acknowledgement: 'Automatic acknowledgement',
  interview_request: 'Interview request',
  assessment: 'Assessment',
  rejection: 'Rejection',
  offer: 'Offer',
  update: 'Update',
  unrelated: 'Unrelated'
}

export function Timeline({ application: app, actions, now }: { application: Application; actions: NextAction[]; now: number }) {
  const past = [...app.events].sort((a, b) => a.at.localeCompare(b.at))
  const planned = [...actions].sort((a, b) => (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9'))
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <header className="card-header"><h2 id="timeline-heading">Timeline</h2></header>
      <ol className="timeline" aria-label="Timeline">
        {past.map((e) => <PastEvent key={e.id} event={e} />)}
        {planned.length > 0 && <li className="timeline-now" aria-label="Now"><span>Now</span></li>}
        {planned.map((a) => (
          <li key={a.key} className={`timeline-item timeline-planned${isOverdue(a.dueAt, now) ? ' timeline-overdue' : ''}`}>
            <span className="timeline-dot" aria-hidden="true" />
            <div className="timeline-meta">
              <span className="badge badge-planned">Planned</span>
              <span className="muted">{a.dueAt ? `${dueText(a.dueAt, now)} · ${formatDateTime(a.dueAt)}` : 'Suggestion'}</span>
            </div>
            <div className="timeline-text">{a.title}</div>
            <div className="small muted">{a.reason}</div>
          </li>
        ))}
      </ol>
    </section>
  )
}

function PastEvent({ event: e }: { event: TimelineEvent }) {
  const m = e.message
  return (
    <li className={`timeline-item timeline-${e.type}${m ? ` timeline-message-${m.direction}` : ''}`}>
      <span className="timeline-dot" aria-hidden="true" />
      <div className="timeline-meta">
        <span className="timeline-type">{m ? (m.direction === 'in' ? 'Received' : 'Sent') : TYPE_LABELS[e.type]}</span>
        <time className="muted" dateTime={e.at}>{formatDateTime(e.at)}</time>
        {m?.category && <span className={`badge badge-${m.category}`}>{CATEGORY_LABELS[m.category]}</span>}
        {m?.automatic && m.category !== 'acknowledgement' && <span className="badge">Automatic reply</span>}
      </div>
      {m ? (
        <div className="message">
          <div className="message-from">{m.direction === 'in' ? `From ${m.from || 'unknown sender'}` : `To ${m.to.join(', ') || 'unknown'}`}</div>
          {m.subject && <div className="message-subject">{m.subject}</div>}
          {m.snippet && <div className="message-snippet muted">{m.snippet}</div>}
          {m.reason && <div className="message-reason small muted">Filed here because: {m.reason}</div>}
        </div>
      ) : (
        e.text && <div className={e.type === 'note' ? 'timeline-text pre-line' : 'timeline-text'}>{e.text}</div>
      )}
    </li>
  )
}
