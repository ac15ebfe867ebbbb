/**
 * Home screen: what to do next, most urgent first; suggestions (no due time) at the end.
 * A newcomer sees what Afterview does and how to start.
 */
import { useState, type ReactNode } from 'react'
import type { NextAction } from '../../../shared/core/planner'
import { ActionItem } from '../components/ActionItem'
import { OutboxNotices } from '../compose/OutboxNotices'
import { ImportButton } from '../components/ImportExport'
import { useOverview } from '../lib/data'
import { isDueWithinADay, isOverdue } from '../lib/format'

export function NextUpPage({ onAdd }: { onAdd: () => void }) {
  const { overview, error, now } = useOverview()
  if (!overview)
    return (
      <PageShell>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </PageShell>
    )

  const planned = overview.actions.filter((a) => a.dueAt)
  const suggestions = overview.actions.filter((a) => !a.dueAt)
  const overdue = planned.filter((a) => isOverdue(a.dueAt, now)).length
  const soon = planned.filter((a) => isDueWithinADay(a.dueAt, now)).length

  if (!overview.applications.length) {
    return (
      <PageShell>
        <div className="empty">
          <h2>Welcome to Afterview</h2>
          <p>
            Afterview keeps track of your job applications and interviews and tells you when to follow up: a thank-you within a day of each
            interview, a polite nudge when they go quiet.
          </p>
          <p>Start by adding an application you are waiting on, or bring in the list you already keep in a spreadsheet.</p>
          <div className="empty-actions">
            <button type="button" className="btn btn-primary" onClick={onAdd}>
              Add your first application
            </button>
            <ImportButton label="Import from a spreadsheet (CSV/JSON)" />
          </div>
        </div>
      </PageShell>
    )
  }

  return (
    <PageShell subtitle={summary(planned.length, soon, overdue)}>
      {planned.length === 0 && (
        <div className="empty empty-small">
          <h2>Nothing to do right now</h2>
          <p>You are all caught up. Afterview will put follow-ups here when they are due.</p>
        </div>
      )}
      {planned.length > 0 && (
        <section aria-labelledby="planned-heading">
          <h2 id="planned-heading" className="section-title">
            To do
          </h2>
          <ul className="action-list" aria-label="Next up">
            <Items actions={planned} now={now} />
          </ul>
        </section>
      )}
      {suggestions.length > 0 && (
        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading" className="section-title">
            Suggestions
          </h2>
          <ul className="action-list" aria-label="Suggestions">
            <Items actions={suggestions} now={now} />
          </ul>
        </section>
      )}
    </PageShell>
  )
}

const PAGE = 50

/** The first 50 actions, then "Show more": a long list stays quick and readable. */
function Items({ actions, now }: { actions: NextAction[]; now: number }) {
  const [limit, setLimit] = useState(PAGE)
  const left = actions.length - limit
  return (
    <>
      {actions.slice(0, limit).map((a) => (
        <ActionItem key={`${a.applicationId}/${a.key}`} action={a} now={now} />
      ))}
      {left > 0 && (
        <li className="show-more">
          <button type="button" className="btn" onClick={() => setLimit(limit + PAGE)}>
            Show {Math.min(PAGE, left)} more ({left} not shown)
          </button>
        </li>
      )}
    </>
  )
}

/** "7 things to do, 2 due within a day (1 overdue)": the second figure is the sidebar's badge. */
function summary(count: number, soon: number, overdue: number): string {
  if (!count) return 'Nothing due'
  const things = count === 1 ? '1 thing to do' : `${count} things to do`
  if (!soon) return things
  return `${things}, ${soon} due within a day${overdue ? ` (${overdue} overdue)` : ''}`
}

function PageShell({ children, subtitle }: { children: ReactNode; subtitle?: string }) {
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Next up</h1>
          {subtitle && <p className="page-subtitle muted">{subtitle}</p>}
        </div>
      </header>
      <OutboxNotices />
      {children}
    </div>
  )
}
