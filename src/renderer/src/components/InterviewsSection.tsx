/**
 * Interviews of one application, newest first, with add / edit / remove.
 */
import { useState } from 'react'
import type { Application, Interview } from '../../../shared/model'
import { client } from '../api-client'
import { errorText, formatDate, formatDateTime } from '../lib/format'
import { ConfirmDialog } from './Dialog'
import { InterviewForm, interviewKindLabel } from './InterviewForm'
import { useToast } from './Toasts'

export function InterviewsSection({ application: app, now }: { application: Application; now: number }) {
  const [editing, setEditing] = useState<Interview | 'new'>()
  const [removing, setRemoving] = useState<Interview>()
  const toast = useToast()
  const names = (ids: string[]) =>
    ids
      .map((id) => app.contacts.find((c) => c.id === id)?.name)
      .filter(Boolean)
      .join(', ')
  const sorted = [...app.interviews].sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  const remove = async (i: Interview) => {
    setRemoving(undefined)
    try {
      await client.removeInterview({ applicationId: app.id, interviewId: i.id })
      toast('Interview removed')
    } catch (e) {
      toast(errorText(e), { tone: 'error' })
    }
  }
  return (
    <section className="card" aria-labelledby="interviews-heading">
      <header className="card-header">
        <h2 id="interviews-heading">Interviews</h2>
        <button type="button" className="btn btn-small" onClick={() => setEditing('new')}>
          Add interview
        </button>
      </header>
      {sorted.length === 0 ? (
        <p className="muted">No interviews yet. When you have one, add it here and Afterview will remind you to send a thank-you.</p>
      ) : (
        <ul className="plain-list" aria-label="Interviews">
          {sorted.map((i) => {
            const upcoming = Date.parse(i.startsAt) > now
            return (
              <li key={i.id} className="interview">
                <div>
                  <div className="interview-when">
                    {formatDateTime(i.startsAt)}{' '}
                    <span className="muted">
                      · {i.durationMinutes} min · {interviewKindLabel(i.kind)}
                    </span>
                    {upcoming && <span className="badge">Upcoming</span>}
                  </div>
                  {i.contactIds.length > 0 && <div className="small">With {names(i.contactIds)}</div>}
                  {i.topics && <div className="small muted pre-line">{i.topics}</div>}
                  {i.timelineGiven && (
                    <div className="small muted">
                      They said you'd hear back{i.expectedResponseBy ? ` by ${formatDate(i.expectedResponseBy)}` : ''}.
                    </div>
                  )}
                </div>
                <div className="button-row">
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    aria-label={`Edit interview of ${formatDateTime(i.startsAt)}`}
                    onClick={() => setEditing(i)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    aria-label={`Remove interview of ${formatDateTime(i.startsAt)}`}
                    onClick={() => setRemoving(i)}
                  >
                    Remove
                  </button>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      {editing && (
        <InterviewForm application={app} interview={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />
      )}
      {removing && (
        <ConfirmDialog
          title="Remove this interview?"
          message={`The interview of ${formatDateTime(removing.startsAt)} and its reminders will be removed.`}
          confirmLabel="Remove"
          danger
          onConfirm={() => void remove(removing)}
          onClose={() => setRemoving(undefined)}
        />
      )}
    </section>
  )
}
