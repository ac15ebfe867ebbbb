/**
 * The Insights charts: SVG drawn with visx (scales, bars, axes), coloured from the theme's
 * CSS variables so light and dark both work. Each chart is an image with a title and a
 * one-sentence description for screen readers; its numbers are always also in a table.
 */
import { useId, type ReactNode } from 'react'
import { AxisBottom, AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'

const WIDTH = 960
const tickLabel = { fill: 'currentColor', fontSize: 12, fontFamily: 'inherit' } as const

export interface BarRow {
  label: string
  value: number
  /** What the bar says next to it: "42% (5 of 12)". */
  text: string
}

/** Horizontal bars, one per row, longest scale `max` (default: the largest value). */
export function BarChart({ title, description, rows, max }: { title: string; description: string; rows: BarRow[]; max?: number }) {
  const id = useId()
  const rowHeight = 30
  const left = 150
  const right = 170
  const height = rows.length * rowHeight + 8
  const top = Math.max(max ?? 0, ...rows.map((r) => r.value), 1e-9)
  const x = scaleLinear<number>({ domain: [0, top], range: [0, WIDTH - left - right] })
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {rows.map((r, i) => {
        const y = 4 + i * rowHeight
        const w = Math.max(r.value > 0 ? 2 : 0, x(r.value))
        return (
          <g key={r.label}>
            <text x={left - 10} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
              {truncate(r.label, 20)}
            </text>
            <rect x={left} y={y + 5} width={WIDTH - left - right} height={rowHeight - 10} className="chart-track" rx={3} />
            <Bar x={left} y={y + 5} width={w} height={rowHeight - 10} className="chart-bar" rx={3} />
            <text x={left + w + 8} y={y + rowHeight / 2} dominantBaseline="middle" className="chart-value">
              {r.text}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

export interface ColumnSeries {
  key: string
  label: string
  /** CSS class that colours it (chart-series-1…3). */
  className: string
}

/** Vertical columns per category, one column per series side by side, with axes. */
export function ColumnChart<T extends Record<string, number | string>>({
  title,
  description,
  data,
  category,
  series,
  formatCategory,
  percent
}: {
  title: string
  description: string
  data: T[]
  category: keyof T & string
  series: ColumnSeries[]
  formatCategory: (value: string) => string
  /** Values are fractions 0–1 shown as percentages. */
  percent?: boolean
}) {
  const id = useId()
  const height = 240
  const margin = { top: 12, right: 12, bottom: 34, left: 44 }
  const innerW = WIDTH - margin.left - margin.right
  const innerH = height - margin.top - margin.bottom
  const top = percent ? 1 : Math.max(1, ...data.flatMap((d) => series.map((s) => Number(d[s.key]) || 0)))
  // Few categories get modest columns, not a wall of colour.
  const used = Math.min(innerW, Math.max(1, data.length) * 70 * series.length)
  const x = scaleBand<string>({ domain: data.map((d) => String(d[category])), range: [0, used], padding: 0.25 })
  const inner = scaleBand<string>({ domain: series.map((s) => s.key), range: [0, x.bandwidth()], padding: 0.1 })
  const y = scaleLinear<number>({ domain: [0, top], range: [innerH, 0], nice: true })
  const every = Math.max(1, Math.ceil(data.length / 12))
  const ticks = y.ticks(4).filter((t) => percent || Number.isInteger(t))
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      <Group left={margin.left} top={margin.top}>
        {ticks.map((t) => (
          <line key={t} x1={0} x2={used} y1={y(t)} y2={y(t)} className="chart-grid" />
        ))}
        {data.map((d) => (
          <Group key={String(d[category])} left={x(String(d[category])) ?? 0}>
            {series.map((s) => {
              const v = Number(d[s.key]) || 0
              return (
                <Bar
                  key={s.key}
                  x={inner(s.key) ?? 0}
                  y={y(v)}
                  width={inner.bandwidth()}
                  height={innerH - y(v)}
                  className={`chart-bar ${s.className}`}
                >
                  <title>{`${formatCategory(String(d[category]))} · ${s.label}: ${percent ? `${Math.round(v * 100)}%` : v}`}</title>
                </Bar>
              )
            })}
          </Group>
        ))}
        <AxisLeft
          scale={y}
          tickValues={ticks}
          tickFormat={(v) => (percent ? `${Math.round(Number(v) * 100)}%` : String(v))}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{ ...tickLabel, textAnchor: 'end', dx: -4, dy: 4 }}
        />
        <AxisBottom
          top={innerH}
          scale={x}
          stroke="currentColor"
          tickStroke="currentColor"
          tickValues={x.domain().filter((_, i) => i % every === 0)}
          tickFormat={(v) => formatCategory(String(v))}
          tickLabelProps={{ ...tickLabel, textAnchor: 'middle' }}
        />
      </Group>
    </svg>
  )
}

export function Legend({ series }: { series: ColumnSeries[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key}>
          <span className={`chart-swatch ${s.className}`} />
          {s.label}
        </li>
      ))}
    </ul>
  )
}

/** A chart's numbers as a table, behind a toggle that keeps the page short. */
export function NumbersTable({ caption, head, rows, open }: { caption: string; head: string[]; rows: ReactNode[][]; open?: boolean }) {
  return (
    <details className="numbers" open={open}>
      <summary>{caption} as a table</summary>
      <div className="numbers-scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {head.map((h, i) => (
                <th key={h} scope="col" className={i ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={head.length} className="muted">
                  No data yet.
                </td>
              </tr>
            )}
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j} className="num">
                      {c}
                    </td>
                  )
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text
}
