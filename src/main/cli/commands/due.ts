import { isOverdue } from '../../../shared/core/due'
import { formatRelative } from '../../../shared/core/time'
import { UsageError, type Command } from '../command'
import { CATALOG } from '../catalog'

export const due: Command = {
  ...CATALOG.due,
  async run({ values }, ctx) {
    const at = values.at as string | undefined
    if (at !== undefined && (Number.isNaN(Date.parse(at)) || !/T/.test(at)))
      throw new UsageError(`--at must be a date and time like 2026-11-18T16:00:00Z, not "${at}"`)
    const now = at ? Date.parse(at) : ctx.now()
    const { actions } = await ctx.api().getOverview({ at: new Date(now).toISOString() })
    if (values.json) {
      for (const a of actions)
        ctx.io.out(
          JSON.stringify({ applicationId: a.applicationId, kind: a.kind, dueAt: a.dueAt, reason: a.reason, title: a.title, key: a.key })
        )
      // A script reads no lines; a person at a terminal is told why there are none.
      if (actions.length === 0 && ctx.io.outIsTerminal) ctx.io.err('Nothing is due.')
      return 0
    }
    if (actions.length === 0) {
      ctx.io.out('Nothing is due right now. Add an interview or an application and Afterview will plan the follow-ups.')
      return 0
    }
    for (const a of actions) {
      const when = a.dueAt
        ? `${isOverdue(a.dueAt, now) ? 'OVERDUE ' : ''}due ${formatRelative(Date.parse(a.dueAt), now)} (${a.dueAt})`
        : 'suggestion'
      ctx.io.out(`• ${a.title} — ${a.company}${a.role ? `, ${a.role}` : ''}\n  ${when}\n  ${a.reason}`)
    }
    return 0
  }
}
