import { writeFileSync } from 'node:fs'
import type { Insights } from '../../../shared/api'
import { describeSpread, formatRate } from '../../../shared/core/insights'
import { UsageError, type Command } from '../command'
import { CATALOG } from '../catalog'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const share = (r: { responded: number; applications: number; rate: number | null }) =>
  `${formatRate(r.rate)} (${r.responded} of ${r.applications})`

/** The figures in plain words, the same numbers the Insights page shows. */
export function statsText(f: Insights): string[] {
  const out = [`Applications sent: ${f.responseRate.overall.applications}${f.since ? ` since ${f.since}` : ''}`]
  out.push(`Response rate: ${share(f.responseRate.overall)}`)
  if (f.responseRate.bySource.length) out.push(`  by source: ${f.responseRate.bySource.map((s) => `${s.source} ${share(s)}`).join(' · ')}`)
  if (f.responseRate.byMonth.length)
    out.push(`  by month applied: ${f.responseRate.byMonth.map((m) => `${m.month} ${share(m)}`).join(' · ')}`)
  out.push(`Days to the first answer from a person: ${describeSpread(f.timing.firstReply)}`)
  out.push(`Days between interview rounds: ${describeSpread(f.timing.betweenRounds)}`)
  out.push(
    `Funnel: ${f.funnel.map((r, i) => (i === 0 ? `${r.label} ${r.count}` : `${r.label} ${r.count} (${formatRate(r.share)})`)).join(' → ')}`
  )
  const stalled = f.stalled.applications
  out.push(
    stalled.length
      ? `Stalled: ${plural(stalled.length, 'application')} with no reply for ${Math.round(f.stalled.afterDays / 7)}+ weeks`
      : `Stalled: none — nothing has been quiet for ${Math.round(f.stalled.afterDays / 7)}+ weeks`
  )
  for (const s of stalled.slice(0, 10)) out.push(`  • ${s.company}${s.role ? ` — ${s.role}` : ''}: quiet for ${s.daysQuiet} days`)
  if (stalled.length > 10) out.push(`  … and ${stalled.length - 10} more (--json lists all)`)
  const u = f.followUps
  out.push(
    `Follow-ups answered within ${u.windowDays} days: ${formatRate(u.rate)} (${u.answeredWithinWindow} of ${u.settled}${u.waiting ? `; ${u.waiting} still inside their week` : ''})`
  )
  out.push('Weekly activity (week starting · applications · interviews · follow-ups sent):')
  for (const w of f.weekly)
    out.push(
      `  ${w.weekStart}  ${String(w.applications).padStart(4)}  ${String(w.interviews).padStart(4)}  ${String(w.followUps).padStart(4)}`
    )
  return out
}

export const stats: Command = {
  ...CATALOG.stats,
  async run({ values }, ctx) {
    const since = values.since as string | undefined
    if (since !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(since))))
      throw new UsageError(`--since must be a date like 2026-09-01, not "${since}"`)
    const at = values.at as string | undefined
    if (at !== undefined && (Number.isNaN(Date.parse(at)) || !/T/.test(at)))
      throw new UsageError(`--at must be a date and time like 2026-11-18T16:00:00Z, not "${at}"`)
    const figures = await ctx
      .services()
      .getInsights({ ...(since ? { since } : {}), at: new Date(at ? Date.parse(at) : ctx.now()).toISOString() })
    if (values.json) ctx.io.out(JSON.stringify(figures, null, 2))
    else for (const line of statsText(figures)) ctx.io.out(line)
    return 0
  }
}

export const calendar: Command = {
  ...CATALOG.calendar,
  async run({ positionals }, ctx) {
    const [sub, file] = positionals
    if (sub !== 'export')
      throw new UsageError(
        sub ? `Unknown action "${sub}". Use: afterview calendar export [FILE]` : 'Say what to do: afterview calendar export [FILE]'
      )
    const { content } = await ctx.services().exportCalendar(undefined)
    if (!file) {
      process.stdout.write(content)
      return 0
    }
    try {
      writeFileSync(file, content)
    } catch (error) {
      ctx.io.err(`Could not write ${file}: ${(error as Error).message}`)
      return 1
    }
    const events = content.split('BEGIN:VEVENT').length - 1
    ctx.io.out(
      `Wrote ${plural(events, 'event')} to ${file}. Import it into your calendar; importing a newer export updates the same events.`
    )
    return 0
  }
}
