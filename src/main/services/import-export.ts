/**
 * Import (JSON, CSV) and export (JSON that re-imports losslessly, CSV for spreadsheets).
 * Import is all or nothing: every row is checked before anything is saved.
 */
import type { Services } from '../../shared/api'
import { AfterviewError } from '../../shared/api'
import type { Application } from '../../shared/model'
import { STAGE_LABELS } from '../../shared/model'
import { writeCsv } from '../../shared/core/csv'
import { ImportProblems, parseImport } from '../../shared/core/import'
import type { ServiceContext } from '../service-context'
import { event } from './applications'
import { newId } from '../store/ids'
import { applicationWrites, sameApplication } from '../store/application-writes'
import { plansOf } from '../store/plans'

export type ImportExportServices = Pick<Services, 'importData' | 'exportData'>

export const EXPORT_FORMAT = 'afterview-export'

/** Folds an imported application into an existing one with the same id. */
function merge(existing: Application, incoming: Application, now: number): Application {
  const contacts = [...existing.contacts]
  const idMap = new Map<string, string>()
  for (const c of incoming.contacts) {
    const same = contacts.find((x) => x.id === c.id || (c.email && x.email === c.email) || x.name.toLowerCase() === c.name.toLowerCase())
    if (same) {
      idMap.set(c.id, same.id)
      Object.assign(same, { ...c, id: same.id })
    } else contacts.push(c)
  }
  const interviews = [...existing.interviews]
  for (const i of incoming.interviews) {
    const mapped = { ...i, contactIds: i.contactIds.map((id) => idMap.get(id) ?? id) }
    const index = interviews.findIndex((x) => x.id === i.id || x.startsAt === i.startsAt)
    if (index >= 0) interviews[index] = { ...mapped, id: interviews[index].id }
    else interviews.push(mapped)
  }
  return {
    ...existing,
    company: incoming.company,
    role: incoming.role || existing.role,
    companyDomain: incoming.companyDomain ?? existing.companyDomain,
    jobUrl: incoming.jobUrl ?? existing.jobUrl,
    source: incoming.source ?? existing.source,
    appliedAt: incoming.appliedAt ?? existing.appliedAt,
    stage: incoming.stage,
    expectedResponseBy: incoming.expectedResponseBy ?? existing.expectedResponseBy,
    notes: incoming.notes || existing.notes,
    contacts,
    interviews,
    actions: { ...existing.actions, ...incoming.actions },
    sentMessageIds: [...new Set([...existing.sentMessageIds, ...incoming.sentMessageIds])],
    events: [...existing.events, event(now, 'imported', 'Updated from an import')],
    updatedAt: new Date(now).toISOString()
  }
}

const SHOWN = 50

/** Every problem, one per line, after a first line that says nothing was imported. */
function importRefusal({ problems, ambiguousDates }: ImportProblems): string {
  const head =
    problems.length === 1 ? 'Nothing was imported: 1 problem to fix.' : `Nothing was imported: ${problems.length} problems to fix.`
  const more = problems.length > SHOWN ? [`… and ${problems.length - SHOWN} more like these.`] : []
  const order = ambiguousDates
    ? [
        'To read dates like 03/04/2026 one way, choose day first or month first under Settings → Import and export (or: afterview import --date-order day-first).'
      ]
    : []
  return [head, ...problems.slice(0, SHOWN).map((p) => `• ${p}`), ...more, ...order].join('\n')
}

export function createImportExportServices(ctx: ServiceContext): ImportExportServices {
  const { store } = ctx
  const writes = applicationWrites(ctx)
  return {
    // The content decides JSON or CSV (a CSV saved as .txt, or with a wrong `format`, still reads).
    async importData({ content, dateOrder }) {
      const now = ctx.now()
      // csv-parse loads with the first import, not with every process (5 ms of each `sync --once`: issue 14).
      const { readCsv } = await import('./read-csv')
      let apps: Application[]
      try {
        apps = parseImport(content, { now, newId, readCsv, dateOrder: dateOrder ?? store.settings.current.dateOrder })
      } catch (error) {
        if (error instanceof ImportProblems) throw new AfterviewError('invalid_input', importRefusal(error))
        throw error
      }
      let imported = 0
      let updated = 0
      const ids: string[] = []
      // Re-importing updates instead of duplicating: the same id, else the same company + role + applied date.
      for (const app of apps) {
        const same = store.applications.get(app.id) ?? store.applications.all().find((a) => sameApplication(a, app))
        if (same) {
          await writes.change(same.id, (current) => {
            Object.assign(current, merge(current, app, now))
          })
          ids.push(same.id)
          updated++
        } else {
          await writes.put(app)
          ids.push(app.id)
          imported++
        }
      }
      return { imported, updated, applicationIds: ids }
    },

    async exportData({ format }) {
      const apps = store.applications.all().sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      const day = new Date(ctx.now()).toISOString().slice(0, 10)
      if (format === 'json') {
        return {
          fileName: `afterview-${day}.json`,
          content: JSON.stringify(
            { format: EXPORT_FORMAT, version: 1, exportedAt: new Date(ctx.now()).toISOString(), applications: apps },
            null,
            2
          )
        }
      }
      const plans = plansOf(store)
      const rows = apps.map((a) => {
        const next = plans.of(a, ctx.now())[0]
        const contact = a.contacts[0]
        return [
          a.id,
          a.company,
          a.role,
          STAGE_LABELS[a.stage],
          a.appliedAt ?? '',
          contact?.name ?? '',
          contact?.email ?? '',
          a.companyDomain ?? '',
          a.jobUrl ?? '',
          a.source ?? '',
          a.notes,
          next?.title ?? '',
          next?.dueAt ?? ''
        ]
      })
      return {
        fileName: `afterview-${day}.csv`,
        content: writeCsv(
          [
            'id',
            'company',
            'role',
            'status',
            'applied date',
            'contact name',
            'contact email',
            'domain',
            'job url',
            'source',
            'notes',
            'next action',
            'due'
          ],
          rows
        )
      }
    }
  }
}
