/**
 * Insights: how the search is going, in numbers that lead to an action. The headline
 * figures on top, what has stalled (follow up or close), then the charts, each with its
 * numbers as a table, and the calendar export.
 */
import { useMemo, useState, type ReactNode } from 'react'
import type { Insights } from '../../../shared/api'
import { formatDays, formatRate } from '../../../shared/core/insights'
import { count } from './sections'
import { CalendarCard } from './CalendarCard'
import { FunnelSection, MonthsSection, SourcesSection, TimingSection, WeeklySection } from './sections'
import { StalledList, stalledHeadline } from './StalledList'
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
          <p className="page-subtitle muted">{insights ? subtitle(insights) : 'How your search is going.'}</p>
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

function subtitle(f: Insights): string {
  const n = f.responseRate.overall.applications
  if (f.tracked === 0) return 'No applications yet. Add or import the ones you have sent, and the figures appear here.'
  return `From ${count(n)} application${n === 1 ? '' : 's'} sent${f.since ? ` since ${f.since}` : ''}.`
}

function Figures({ insights: f }: { insights: Insights }) {
  const o = f.responseRate.overall
  const u = f.followUps
  return (
    <>
      <section className="figures" aria-label="Headline figures">
        <Figure
          id="response-rate"
          value={formatRate(o.rate)}
          label="heard back from a person"
          detail={`${count(o.responded)} of ${count(o.applications)} applications`}
        />
        <Figure
          id="first-reply-median"
          value={formatDays(f.timing.firstReply.median)}
          label="to a first answer (median)"
          detail={
            f.timing.firstReply.count
              ? `from ${count(f.timing.firstReply.count)} answer${f.timing.firstReply.count === 1 ? '' : 's'}`
              : 'no answers yet'
          }
        />
        <Figure
          id="stalled"
          value={count(f.stalled.applications.length)}
          label={`quiet for ${Math.round(f.stalled.afterDays / 7)}+ weeks`}
          detail={
            f.stalled.applications.length ? (
              <a
                href="#stalled-heading"
                onClick={(e) => {
                  e.preventDefault()
                  document.getElementById('stalled-heading')?.scrollIntoView()
                }}
              >
                Follow up or close them
              </a>
            ) : (
              'nothing stalled'
            )
          }
        />
        <Figure
          id="follow-up-rate"
          value={formatRate(u.rate)}
          label={`of follow-ups answered within ${u.windowDays} days`}
          detail={`${count(u.answeredWithinWindow)} of ${count(u.settled)}${u.waiting ? ` · ${count(u.waiting)} still inside their week` : ''}`}
        />
      </section>
      <section className="card" aria-labelledby="stalled-heading">
        <h2 id="stalled-heading" className="section-title">
          What has stalled
        </h2>
        <p data-figure="stalled-headline">
          <strong>{stalledHeadline(f.stalled)}</strong>
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

function Figure({ id, value, label, detail }: { id: string; value: string; label: string; detail: ReactNode }) {
  return (
    <div className="figure card">
      <div className="figure-value" data-figure={id}>
        {value}
      </div>
      <div className="figure-label">{label}</div>
      <div className="small muted">{detail}</div>
    </div>
  )
}
