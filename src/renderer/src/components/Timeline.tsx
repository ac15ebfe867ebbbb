/**
 * One vertical line: what happened (events, newest first at the bottom of the past),
 * then what is planned, each marked "Planned" with its due time.
 */
import type { NextAction } from '../../../shared/core/planner'
import { safeSender } from '../../../shared/core/safe-sender'
import { SenderLine } from './SenderLine'
import type { Application, Interview, MessageCategory, TimelineEvent } from '../../../shared/model'
import { dueText, formatDateTime, isOverdue } from '../lib/format'
import { interviewKindLabel } from './InterviewForm'
import { isUnsure } from '../review/confidence'
import { OpenMessageButton } from './MessageView'
import { ReplyFactsLine } from './ReplyFactsLine'

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

type Entry =
  | { kind: 'event'; at: string; event: TimelineEvent }
  | { kind: 'interview'; at: string; interview: Interview }
  | { kind: 'planned'; at: string; action: NextAction }

export function Timeline({ application: app, actions, now }: { application: Application; actions: NextAction[]; now: number }) {
  // Interviews sit on the line at the time they happen, not when they were typed in.
  const entries: Entry[] = [
    ...app.events
      .filter((e) => e.type !== 'interview_added' && e.type !== 'interview_updated')
      .map((e): Entry => ({ kind: 'event', at: e.at, event: e })),
    ...app.interviews.map((i): Entry => ({ kind: 'interview', at: i.startsAt, interview: i }))
  ]
  const past = entries.filter((e) => Date.parse(e.at) <= now).sort((a, b) => a.at.localeCompare(b.at))
  const future = [
    ...entries.filter((e) => Date.parse(e.at) > now),
    ...actions.map((a): Entry => ({ kind: 'planned', at: a.dueAt ?? '9999', action: a }))
  ].sort((a, b) => a.at.localeCompare(b.at))
  const knownDomains = [app.companyDomain ?? '', ...app.contacts.map((c) => c.email?.split('@')[1] ?? '')].filter(Boolean)
  const names = (ids: string[]) =>
    ids
      .map((id) => app.contacts.find((c) => c.id === id)?.name)
      .filter(Boolean)
      .join(', ')
  const render = (e: Entry) => {
    if (e.kind === 'event') return <PastEvent key={e.event.id} event={e.event} applicationId={app.id} knownDomains={knownDomains} />
    if (e.kind === 'interview') {
      const i = e.interview
      return (
        <li key={`interview-${i.id}`} className="timeline-item timeline-interview">
          <span className="timeline-dot" aria-hidden="true" />
          <div className="timeline-meta">
            <span className="timeline-type">{Date.parse(i.startsAt) > now ? 'Upcoming interview' : 'Interview'}</span>
            <time className="muted" dateTime={i.startsAt}>
              {formatDateTime(i.startsAt)}
            </time>
            <span className="muted">
              · {i.durationMinutes} min · {interviewKindLabel(i.kind)}
            </span>
          </div>
          {i.contactIds.length > 0 && <div className="timeline-text">With {names(i.contactIds)}</div>}
          {i.topics && <div className="small muted pre-line">{i.topics}</div>}
        </li>
      )
    }
    const a = e.action
    return (
      <li key={a.key} className={`timeline-item timeline-planned${isOverdue(a.dueAt, now) ? ' timeline-overdue' : ''}`}>
        <span className="timeline-dot" aria-hidden="true" />
        <div className="timeline-meta">
          <span className="badge badge-planned">Planned</span>
          <span className={isOverdue(a.dueAt, now) ? 'due-overdue' : 'muted'}>
            {a.dueAt ? `${dueText(a.dueAt, now)} · ${formatDateTime(a.dueAt)}` : 'Suggestion'}
          </span>
        </div>
        <div className="timeline-text">{a.title}</div>
        <div className="small muted">{a.reason}</div>
      </li>
    )
  }
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <header className="card-header">
        <h2 id="timeline-heading">Timeline</h2>
      </header>
      <ol className="timeline" aria-label="Timeline">
        {past.map(render)}
        {future.length > 0 && (
          <li className="timeline-now" aria-label="Now">
            <span>Now</span>
          </li>
        )}
        {future.map(render)}
      </ol>
    </section>
  )
}

function PastEvent({ event: e, applicationId, knownDomains }: { event: TimelineEvent; applicationId: string; knownDomains: string[] }) {
  const m = e.message
  return (
    <li className={`timeline-item timeline-${e.type}${m ? ` timeline-message-${m.direction}` : ''}`}>
      <span className="timeline-dot" aria-hidden="true" />
      <div className="timeline-meta">
        <span className="timeline-type">{m ? (m.direction === 'in' ? 'Received' : 'Sent') : TYPE_LABELS[e.type]}</span>
        <time className="muted" dateTime={e.at}>
          {formatDateTime(e.at)}
        </time>
        {m?.unverifiedSender && (
          <span
            className="badge badge-unverified"
            title="Filed by its thread or because it names the company, but the sender is neither a contact, at the company's domain, nor a hiring system Afterview knows. Nothing was changed because of it."
          >
            Unverified sender
          </span>
        )}
        {m?.category && !m.unverifiedSender && (
          <span
            className={`badge badge-${m.category}`}
            title={m.confidence !== undefined ? `${Math.round(m.confidence * 100)} % sure` : undefined}
          >
            {CATEGORY_LABELS[m.category]}
          </span>
        )}
        {m?.direction === 'in' && isUnsure(m.confidence) && <span className="badge badge-unsure">Not sure — please look</span>}
        {m?.automatic && m.category !== 'acknowledgement' && <span className="badge">Automatic reply</span>}
      </div>
      {m ? (
        <div className="message">
          {m.direction === 'in' ? (
            <SenderLine from={m.from} knownDomains={knownDomains} />
          ) : (
            <RecipientsLine to={m.to} notDelivered={m.notDelivered} />
          )}
          {m.subject && <div className="message-subject">{m.subject}</div>}
          {m.snippet && <div className="message-snippet muted">{m.snippet}</div>}
          {m.textUnread && (
            <div className="message-text-unread small">
              Afterview could not read the text of this mail, only {m.direction === 'in' ? 'who sent it' : 'whom it went to'} and its
              subject. Read it in your mail program.
            </div>
          )}
          {m.reason && <div className="message-reason small muted">Filed here because: {m.reason}</div>}
          {m.direction === 'in' && (m.facts || m.textUnread) && (
            <ReplyFactsLine
              applicationId={applicationId}
              eventId={e.id}
              facts={m.facts}
              noTimelineExpected={m.category === 'rejection' || !!m.needsAnswer}
              textUnread={!!m.textUnread}
            />
          )}
          {m.accountId && <OpenMessageButton applicationId={applicationId} messageId={m.messageId} />}
        </div>
      ) : (
        e.text && <div className={e.type === 'note' ? 'timeline-text pre-line' : 'timeline-text'}>{e.text}</div>
      )}
    </li>
  )
}

/** Whom a mail went to; an address the outgoing server refused is marked: that person did not get it. */
function RecipientsLine({ to, notDelivered = [] }: { to: string[]; notDelivered?: string[] }) {
  if (!to.length) return <div className="message-from">To unknown</div>
  const refused = new Set(notDelivered.map((a) => a.toLowerCase()))
  return (
    <div className="message-from">
      To{' '}
      {to.map((t, k) => {
        const who = safeSender(t)
        return (
          <span key={k}>
            {k > 0 && ', '}
            {refused.has(who.address) ? (
              <span className="not-delivered" title="The outgoing mail server refused this address: this person did not get the mail.">
                {who.label} (not delivered)
              </span>
            ) : (
              who.label
            )}
          </span>
        )
      })}
    </div>
  )
}
