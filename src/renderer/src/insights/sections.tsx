/**
 * The chart sections of Insights: each a chart and the same numbers as a table. They are
 * shown once some application is sent (the page says so in one message until then).
 */
import { useState } from 'react'
import type { Insights } from '../../../shared/api'
import {
  COMPANY_TIMING_HEAD,
  count,
  describeCompanyTiming,
  describeSpread,
  formatDays,
  formatRate,
  mostAnswersWithin
} from '../../../shared/core/insights'
import { BarChart, ColumnChart, Legend, NumbersTable, type ColumnSeries } from './charts'

const of = (r: { responded: number; applications: number; rate: number | null }) =>
  `${formatRate(r.rate)} (${count(r.responded)} of ${count(r.applications)})`
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monthName = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`
const weekName = (d: string) => `${MONTHS[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8, 10))}`

export function FunnelSection({ funnel }: { funnel: Insights['funnel'] }) {
  const applied = funnel[0]?.count ?? 0
  return (
    <section className="card" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading" className="section-title">
        From application to offer
      </h2>
      <BarChart
        title="Stage funnel"
        description={funnel.map((r) => `${r.label}: ${r.count}`).join(', ')}
        max={applied}
        rows={funnel.map((r, i) => ({
          label: r.label,
          value: r.count,
          text: i === 0 ? count(r.count) : `${count(r.count)} (${formatRate(r.share)})`
        }))}
      />
      <NumbersTable
        caption="Stage funnel"
        head={['Step', 'Applications', 'Share of applied']}
        rows={funnel.map((r) => [r.label, r.count, formatRate(r.share)])}
      />
    </section>
  )
}

export function SourcesSection({ bySource }: { bySource: Insights['responseRate']['bySource'] }) {
  // Only groups with a few applications say anything; compare the best and the worst of them.
  const sized = bySource.filter((s) => s.applications >= 3 && s.source !== 'Not recorded').sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0))
  const best = sized.length >= 2 && (sized[0].rate ?? 0) > (sized[sized.length - 1].rate ?? 0) ? sized[0] : undefined
  const worst = sized[sized.length - 1]
  return (
    <section className="card" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="section-title">
        Response rate by source
      </h2>
      {best && (
        <p>
          {best.source} answers most often (<strong>{formatRate(best.rate)}</strong>), {worst.source} least ({formatRate(worst.rate)}). Put
          more of your energy into {best.source.toLowerCase()}.
        </p>
      )}
      {!best && <p className="small muted">With three or more applications from two sources, this compares which answers more often.</p>}
      <BarChart
        title="Response rate by source"
        description={bySource.map((s) => `${s.source}: ${of(s)}`).join(', ')}
        max={1}
        rows={bySource.map((s) => ({ label: s.source, value: s.rate ?? 0, text: of(s) }))}
      />
      <NumbersTable
        caption="Response rate by source"
        head={['Source', 'Applications', 'Heard back', 'Rate']}
        rows={bySource.map((s) => [s.source, s.applications, s.responded, formatRate(s.rate)])}
      />
    </section>
  )
}

const RATE: ColumnSeries[] = [{ key: 'rate', label: 'Response rate', className: 'chart-series-1' }]

export function MonthsSection({ byMonth }: { byMonth: Insights['responseRate']['byMonth'] }) {
  const shown = byMonth.slice(-12).map((m) => ({ month: m.month, rate: m.rate ?? 0 }))
  return (
    <section className="card" aria-labelledby="months-heading">
      <h2 id="months-heading" className="section-title">
        Response rate by month applied
      </h2>
      <ColumnChart
        title="Response rate by month applied"
        description={byMonth
          .slice(-12)
          .map((m) => `${monthName(m.month)}: ${of(m)}`)
          .join(', ')}
        data={shown}
        category="month"
        series={RATE}
        formatCategory={monthName}
        percent
      />
      {byMonth.length > 12 && <p className="small muted">The chart shows the last 12 months; the table has all {byMonth.length}.</p>}
      <NumbersTable
        caption="Response rate by month applied"
        head={['Month', 'Applications', 'Heard back', 'Rate']}
        rows={byMonth.map((m) => [m.month, m.applications, m.responded, formatRate(m.rate)])}
      />
    </section>
  )
}

const ACTIVITY: ColumnSeries[] = [
  { key: 'applications', label: 'Applications', className: 'chart-series-1' },
  { key: 'interviews', label: 'Interviews', className: 'chart-series-2' },
  { key: 'followUps', label: 'Follow-ups sent', className: 'chart-series-3' }
]

export function WeeklySection({ weekly }: { weekly: Insights['weekly'] }) {
  const total = weekly.reduce((n, w) => n + w.applications + w.interviews + w.followUps, 0)
  const rows = weekly.map((w) => ({
    weekStart: w.weekStart,
    applications: w.applications,
    interviews: w.interviews,
    followUps: w.followUps
  }))
  return (
    <section className="card" aria-labelledby="weekly-heading">
      <h2 id="weekly-heading" className="section-title">
        Weekly activity
      </h2>
      {total === 0 ? (
        <p className="muted">No applications, interviews or follow-ups in these {weekly.length} weeks.</p>
      ) : (
        <>
          <Legend series={ACTIVITY} />
          <ColumnChart
            title="Weekly activity"
            description={`${weekly.length} weeks from ${weekly[0]?.weekStart ?? ''}: ${total} things done in all. The table lists each week.`}
            data={rows}
            category="weekStart"
            series={ACTIVITY}
            formatCategory={weekName}
          />
        </>
      )}
      <NumbersTable
        caption="Weekly activity"
        head={['Week starting', 'Applications', 'Interviews', 'Follow-ups sent']}
        rows={[...weekly].reverse().map((w) => [w.weekStart, w.applications, w.interviews, w.followUps])}
      />
    </section>
  )
}

export function TimingSection({ timing }: { timing: Insights['timing'] }) {
  const [all, setAll] = useState(false)
  const companies = all ? timing.byCompany : timing.byCompany.slice(0, 8)
  const followUpAfter = mostAnswersWithin(timing.firstReply)
  const heading = (
    <h2 id="timing-heading" className="section-title">
      How long they take
    </h2>
  )
  if (timing.firstReply.count === 0 && timing.betweenRounds.count === 0)
    return (
      <section className="card" aria-labelledby="timing-heading">
        {heading}
        <p className="muted" data-figure="first-reply">
          No answers from a person yet. How long they take shows here once some arrive.
        </p>
      </section>
    )
  return (
    <section className="card" aria-labelledby="timing-heading">
      {heading}
      <dl className="timing">
        <dt>First answer from a person</dt>
        <dd data-figure="first-reply">{describeSpread(timing.firstReply, 'No answers yet')}</dd>
        <dt>Wait between interview rounds</dt>
        <dd data-figure="between-rounds">{describeSpread(timing.betweenRounds, 'No second rounds yet')}</dd>
      </dl>
      {followUpAfter !== null && (
        <p data-figure="follow-up-after">
          Most answers came within <strong>{formatDays(followUpAfter)}</strong>. Past that, a short follow-up is worth sending.
        </p>
      )}
      <div className="numbers-scroll">
        <table aria-labelledby="timing-heading">
          <thead>
            <tr>
              {COMPANY_TIMING_HEAD.map((h, i) => (
                <th key={h} scope="col" className={i ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {companies.map((c) => (
              <tr key={c.company}>
                <th scope="row">{c.company}</th>
                <td className={c.firstReply.count ? 'num' : 'num muted'}>{describeCompanyTiming(c.firstReply, 'firstReply')}</td>
                <td className={c.betweenRounds.count ? 'num' : 'num muted'}>{describeCompanyTiming(c.betweenRounds, 'betweenRounds')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {timing.byCompany.length > 8 && (
        <button type="button" className="btn btn-quiet" onClick={() => setAll(!all)}>
          {all
            ? 'Show fewer'
            : `Show all ${timing.byCompany.length}${timing.companiesWithTimings > timing.byCompany.length ? ` (of ${timing.companiesWithTimings})` : ''}`}
        </button>
      )}
    </section>
  )
}
