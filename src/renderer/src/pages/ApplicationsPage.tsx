/**
 * Every application, searchable by company or role and filterable by stage. The list is
 * virtualized so thousands of rows scroll smoothly.
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useDeferredValue, useMemo, useRef, useState } from 'react'
import type { ApplicationSummary } from '../../../shared/api'
import { STAGES, type Stage } from '../../../shared/model'
import { ImportButton } from '../components/ImportExport'
import { StageInReviewHint, StagePill } from '../components/StagePill'
import { useOverview } from '../lib/data'
import { nextStep, lastNews } from '../lib/application-row'
import { stageLabel } from '../lib/format'
import { hrefTo } from '../lib/router'

const ROW_HEIGHT = 64

export function ApplicationsPage({ onAdd }: { onAdd: () => void }) {
  const { overview, error, now } = useOverview()
  const [query, setQuery] = useState('')
  const [stage, setStage] = useState<Stage | ''>('')
  const deferredQuery = useDeferredValue(query)
  const all = overview?.applications
  const rows = useMemo(() => filter(all ?? [], deferredQuery, stage), [all, deferredQuery, stage])

  return (
    <div className="page page-fill">
      <header className="page-header">
        <div>
          <h1>Applications</h1>
          {all && (
            <p className="page-subtitle muted">{rows.length === all.length ? `${all.length} in all` : `${rows.length} of ${all.length}`}</p>
          )}
        </div>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {all && all.length === 0 ? (
        <div className="empty">
          <h2>No applications yet</h2>
          <p>Add the jobs you applied to, and Afterview will plan your follow-ups.</p>
          <div className="empty-actions">
            <button type="button" className="btn btn-primary" onClick={onAdd}>
              Add your first application
            </button>
            <ImportButton label="Import from a spreadsheet (CSV/JSON)" />
          </div>
        </div>
      ) : (
        <>
          <div className="toolbar" role="search">
            <input
              type="search"
              className="search"
              placeholder="Search company or role"
              aria-label="Search applications"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <select aria-label="Stage" value={stage} onChange={(e) => setStage(e.target.value as Stage | '')}>
              <option value="">All stages</option>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(s)}
                </option>
              ))}
            </select>
          </div>
          {all && rows.length === 0 ? (
            <p className="empty-small muted">
              No application matches “{query}”{stage ? ` in ${stageLabel(stage)}` : ''}.
            </p>
          ) : (
            <VirtualList key={`${deferredQuery}|${stage}`} rows={rows} now={now} />
          )}
        </>
      )}
    </div>
  )
}

function filter(list: ApplicationSummary[], query: string, stage: Stage | ''): ApplicationSummary[] {
  const q = query.trim().toLowerCase()
  if (!q && !stage) return list
  return list.filter(
    (a) => (!stage || a.stage === stage) && (!q || a.company.toLowerCase().includes(q) || a.role.toLowerCase().includes(q))
  )
}

function VirtualList({ rows, now }: { rows: ApplicationSummary[]; now: number }) {
  const parent = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8
  })
  return (
    <div ref={parent} className="app-list-scroll" data-testid="applications-scroll">
      <div role="list" aria-label="Applications" className="app-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const a = rows[item.index]
          return <ApplicationRow key={a.id} application={a} start={item.start} now={now} position={item.index + 1} total={rows.length} />
        })}
      </div>
    </div>
  )
}

// Only the rows in view exist: each says its place in the whole list (aria-posinset/setsize).
const ApplicationRow = memo(function ApplicationRow({
  application: a,
  start,
  now,
  position,
  total
}: {
  application: ApplicationSummary
  start: number
  now: number
  position: number
  total: number
}) {
  const step = nextStep(a, now)
  const news = lastNews(a, now)
  return (
    <div
      role="listitem"
      aria-posinset={position}
      aria-setsize={total}
      className="app-row"
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
    >
      <a href={hrefTo({ page: 'application', id: a.id })} className="app-row-link">
        <span className="app-row-name">
          <span className="app-row-company">{a.company}</span> <span className="app-row-role muted">{a.role || 'No role given'}</span>
        </span>{' '}
        <span className="app-row-stage">
          <StagePill stage={a.stage} />
          {a.stageInReview && <StageInReviewHint inReview={a.stageInReview} />}
        </span>{' '}
        <span className="app-row-next">
          <span className={step.planned ? 'app-row-next-title' : 'muted'}>{step.title}</span>{' '}
          {(step.when || step.then) && (
            <span>
              {step.when && <span className={step.overdue ? 'due-overdue' : 'muted'}>{step.when}</span>}
              {step.then && <span className="muted">{step.when ? ` · ${step.then}` : step.then}</span>}
            </span>
          )}
        </span>{' '}
        <span className="app-row-activity">
          <span className="muted">{news.label}</span> <span>{news.when}</span>
        </span>
      </a>
    </div>
  )
})
