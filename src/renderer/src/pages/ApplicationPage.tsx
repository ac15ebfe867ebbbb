/**
 * One application: header with stage and edit, what to do next, the timeline, notes,
 * contacts and interviews. `#/application/<id>?action=<key>` highlights that action.
 */
import { useEffect, useState } from 'react'
import { STAGES, type Stage } from '../../../shared/model'
import { client } from '../api-client'
import { ActionItem } from '../components/ActionItem'
import { ApplicationForm } from '../components/ApplicationForm'
import { ContactsSection } from '../components/ContactsSection'
import { ConfirmDialog } from '../components/Dialog'
import { InterviewsSection } from '../components/InterviewsSection'
import { NoteForm } from '../components/NoteForm'
import { StageInReviewHint } from '../components/StagePill'
import { Timeline } from '../components/Timeline'
import { useToast } from '../components/Toasts'
import { useApplication, useOverview } from '../lib/data'
import { errorText, formatDate, stageLabel } from '../lib/format'
import { hrefTo, navigate } from '../lib/router'
import { ComposeForRoute } from '../compose/WriteButton'

export function ApplicationPage({ id, action }: { id: string; action?: string }) {
  const { detail, error, setDetail } = useApplication(id)
  const { now } = useOverview()
  const toast = useToast()
  const [editing, setEditing] = useState(false)
  const [deleting, setDeleting] = useState(false)

  useEffect(() => {
    if (!detail || !action) return
    document.querySelector(`[data-action-key="${CSS.escape(action)}"]`)?.scrollIntoView({ block: 'center' })
  }, [detail, action])

  if (!detail) {
    return (
      <div className="page">
        <a className="back-link" href={hrefTo({ page: 'applications' })}>
          ← Applications
        </a>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
    )
  }
  const app = detail.application

  const changeStage = async (stage: Stage) => {
    try {
      setDetail(await client.setStage({ id: app.id, stage }))
      toast(`Moved to ${stageLabel(stage)}`)
    } catch (e) {
      toast(errorText(e), { tone: 'error' })
    }
  }
  const remove = async () => {
    setDeleting(false)
    try {
      await client.deleteApplication({ id: app.id })
      toast(`Deleted ${app.company}`)
      navigate({ page: 'applications' })
    } catch (e) {
      toast(errorText(e), { tone: 'error' })
    }
  }

  return (
    <div className="page">
      <a className="back-link" href={hrefTo({ page: 'applications' })}>
        ← Applications
      </a>
      <header className="page-header app-header">
        <div>
          <h1>{app.company}</h1>
          <p className="page-subtitle">{app.role || <span className="muted">No role given</span>}</p>
          <p className="small muted app-facts">
            {[
              app.appliedAt && `Applied ${formatDate(app.appliedAt)}`,
              app.source && `via ${app.source}`,
              app.companyDomain,
              app.expectedResponseBy && `Answer expected by ${formatDate(app.expectedResponseBy)}`
            ]
              .filter(Boolean)
              .join(' · ')}
            {app.jobUrl && (
              <>
                {' '}
                ·{' '}
                <a href={app.jobUrl} target="_blank" rel="noreferrer noopener">
                  Job posting
                </a>
              </>
            )}
          </p>
        </div>
        <div className="app-header-side">
          <div className="app-header-controls">
            <label className="inline-label" htmlFor="stage-select">
              Stage
            </label>
            <select id="stage-select" value={app.stage} onChange={(e) => void changeStage(e.target.value as Stage)}>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(s)}
                </option>
              ))}
            </select>
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="btn btn-quiet btn-danger-text" onClick={() => setDeleting(true)}>
              Delete
            </button>
          </div>
          {detail.stageInReview && <StageInReviewHint inReview={detail.stageInReview} link />}
        </div>
      </header>

      <div className="app-columns">
        <div className="app-main">
          <section className="card" aria-labelledby="todo-heading">
            <header className="card-header">
              <h2 id="todo-heading">Next up</h2>
            </header>
            {detail.actions.length === 0 ? (
              <p className="muted">Nothing planned for this application right now.</p>
            ) : (
              <ul className="action-list action-list-compact" aria-label="Planned actions">
                {detail.actions.map((a) => (
                  <ActionItem key={a.key} action={a} now={now} showCompany={false} highlighted={a.key === action} />
                ))}
              </ul>
            )}
          </section>
          <Timeline application={app} actions={detail.actions} now={now} />
          <NoteForm applicationId={app.id} />
        </div>
        <aside className="app-side">
          <ContactsSection application={app} />
          <InterviewsSection application={app} now={now} />
          {app.notes && (
            <section className="card">
              <header className="card-header">
                <h2 id="notes-heading">Notes</h2>
              </header>
              <p className="pre-line">{app.notes}</p>
            </section>
          )}
        </aside>
      </div>

      <ComposeForRoute applicationId={app.id} actionKey={action} actions={detail.actions} />
      {editing && <ApplicationForm application={app} onClose={() => setEditing(false)} />}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${app.company}?`}
          message="This removes the application with its contacts, interviews, notes and timeline. It cannot be undone."
          confirmLabel="Delete application"
          danger
          onConfirm={() => void remove()}
          onClose={() => setDeleting(false)}
        />
      )}
    </div>
  )
}
