/**
 * Insights: how the search is going, in numbers that lead to an action. The headline
 * figures on top, what has stalled (follow up or close), then the charts, each with its
 * numbers as a table, and the calendar export. With no application sent yet, one message
 * in place of the figures says what will appear and when. The words are chosen in
 * core/insights/wording.
 */
import { useMemo, useState } from 'react'
import type { Insights } from '../../../shared/api'
import { emptyInsights, headlineFigures, insightsSubtitle, stalledWording, type HeadlineFigure } from '../../../shared/core/insights'
import { CalendarCard } from './CalendarCard'
import { FunnelSection, MonthsSection, SourcesSection, TimingSection, WeeklySection } from './sections'
import { StalledList } from './StalledList'
import { useInsights } from './useInsights'
import './insights.css'

const PERIODS = [
  { value: 'all', label: 'All time', days: 0 },
  { value: '90', label: 'Last 90 days', days: 90 },
  { value: '30', label: 'Last 30 days', days: 30 }
] as const

function localDay(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function InsightsPage() {
  const [period, setPeriod] = useState<(typeof PERIODS)[number]['value']>('all')
  const since = useMemo(() => {
    const days = PERIODS.find((p) => p.value === period)?.days ?? 0
    return days ? localDay(Date.now() - days * 86_400_000) : undefined
  }, [period])
  const { insights, error } = useInsights(since)
  return (
    <div className="page insights" data-ready={insights ? 'true' : undefined}>
      <header className="page-header">
        <div>
          <h1>Insights</h1>
          <p className="page-subtitle muted">{insights ? insightsSubtitle(insights) : 'How your search is going.'}</p>
        </div>
        <label className="insights-period">
          <span className="inline-label">Applications sent</span>
          <select value={period} onChange={(e) => setPeriod(e.target.value as typeof period)}>
            {PERIODS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!insights && !error && <p className="muted">Loading…</p>}
      {insights && <Figures insights={insights} />}
      <CalendarCard />
    </div>
  )
}

function Figures({ insights: f }: { insights: Insights }) {
  const empty = emptyInsights(f)
  if (empty)
    return (
      <section className="empty empty-small" aria-labelledby="insights-empty-heading" data-figure="empty">
        <h2 id="insights-empty-heading">{empty.title}</h2>
        <p className="muted">{empty.body}</p>
      </section>
    )
  const stalled = stalledWording(f.stalled)
  return (
    <>
      <section className="figures" aria-label="Headline figures">
        {headlineFigures(f).map((figure) => (
          <Figure key={figure.id} figure={figure} />
        ))}
      </section>
      <section className="card" aria-labelledby="stalled-heading">
        <h2 id="stalled-heading" className="section-title">
          What has stalled
        </h2>
        <p data-figure="stalled-headline">
          <strong>{stalled.headline}</strong>
        </p>
        <StalledList stalled={f.stalled} />
      </section>
      <FunnelSection funnel={f.funnel} />
      <SourcesSection bySource={f.responseRate.bySource} />
      <TimingSection timing={f.timing} />
      <MonthsSection byMonth={f.responseRate.byMonth} />
      <WeeklySection weekly={f.weekly} />
    </>
  )
}

/** A headline card: the number and what it means, or only words while there is nothing to count. */
function Figure({ figure: { id, value, label, detail, detailLinksToStalled } }: { figure: HeadlineFigure }) {
  return (
    <div className={value === undefined ? 'figure card figure-none' : 'figure card'} data-figure-card={id}>
      {value !== undefined && (
        <div className="figure-value" data-figure={id}>
          {value}
        </div>
      )}
      <div className="figure-label">{label}</div>
      <div className="small muted">
        {detailLinksToStalled ? (
          <a
            href="#stalled-heading"
            onClick={(e) => {
              e.preventDefault()
              document.getElementById('stalled-heading')?.scrollIntoView()
            }}
          >
            {detail}
          </a>
        ) : (
          detail
        )}
      </div>
    </div>
  )
}
