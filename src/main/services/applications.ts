/**
 * The application-tracking half of the API: applications, contacts, interviews, notes,
 * action state, settings, overview. No Electron here: the same object serves the desktop
 * app, browser mode and the CLI.
 */
import { applicationWrites, timelineEvent } from '../store/application-writes'
import type { ApplicationDetail, ApplicationSummary, Overview, Services } from '../../shared/api'
import { AfterviewError } from '../../shared/api'
import type { Application, TimelineEvent } from '../../shared/model'
import { STAGE_LABELS } from '../../shared/model'
import { lastHeardAt, nextInterview, type NextAction } from '../../shared/core/planner'
import type { ServiceContext } from '../service-context'
import { newId, slug } from '../store/ids'
import { plansOf, type Plans } from '../store/plans'

export type ApplicationServices = Pick<
  Services,
  | 'getOverview'
  | 'getApplication'
  | 'createApplication'
  | 'updateApplication'
  | 'setStage'
  | 'deleteApplication'
  | 'addNote'
  | 'saveContact'
  | 'removeContact'
  | 'saveInterview'
  | 'removeInterview'
  | 'setActionState'
  | 'getSettings'
  | 'updateSettings'
>

export function event(now: number, type: TimelineEvent['type'], text: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return timelineEvent(new Date(now).toISOString(), type, text, extra)
}

/** One row of the applications list, as of `now` (which interview is still to come), with what waits in Review. */
export function summarize(app: Application, actions: NextAction[], now: number, plans?: Pick<Plans, 'inReview'>): ApplicationSummary {
  const next = actions.find((a) => a.dueAt !== null) ?? actions[0]
  const inReview = plans?.inReview(app)
  const last = app.events.length ? app.events[app.events.length - 1].at : app.updatedAt
  const interview = nextInterview(app, now)
  const heard = lastHeardAt(app)
  return {
    id: app.id,
    company: app.company,
    role: app.role,
    stage: app.stage,
    appliedAt: app.appliedAt,
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
    nextAction: next ? { key: next.key, kind: next.kind, title: next.title, dueAt: next.dueAt } : undefined,
    ...(interview
      ? {
          nextInterview: {
            id: interview.id,
            startsAt: interview.startsAt,
            durationMinutes: interview.durationMinutes,
            kind: interview.kind
          }
        }
      : {}),
    ...(heard !== undefined ? { lastHeardAt: new Date(heard).toISOString() } : {}),
    lastActivityAt: last,
    ...(inReview ? { stageInReview: inReview } : {})
  }
}

export function createApplicationServices(ctx: ServiceContext): ApplicationServices {
  const { store } = ctx
  const writes = applicationWrites(ctx)
  const detail = (app: Application): ApplicationDetail => {
    const plans = plansOf(store)
    return { application: app, actions: plans.of(app, ctx.now()), stageInReview: plans.inReview(app) }
  }
  const get = (id: string): Application => {
    const app = store.applications.get(id)
    if (!app) throw new AfterviewError('not_found', 'That application no longer exists. It may have been deleted in another window.')
    return app
  }
  const mutate = async (id: string, change: (app: Application, now: number) => void): Promise<ApplicationDetail> => {
    get(id)
    return detail(await writes.change(id, change))
  }
  const uniqueId = (base: string) => {
    let id = base || newId('app-')
    while (store.applications.get(id)) id = `${base}-${newId()}`
    return id
  }

  return {
    async getOverview(input) {
      const now = input?.at ? Date.parse(input.at) : ctx.now()
      const apps = store.applications.all()
      const plans = plansOf(store)
      const actions = plans.all(apps, now)
      // Each application's own plan is the one plans.all just made (the planner keeps it).
      const applications = apps
        .map((a) => summarize(a, plans.of(a, now), now, plans))
        .sort((a, b) => (a.lastActivityAt < b.lastActivityAt ? 1 : a.lastActivityAt > b.lastActivityAt ? -1 : 0))
      const overview: Overview = { now: new Date(now).toISOString(), actions, applications }
      return overview
    },

    async getApplication({ id }) {
      return detail(get(id))
    },

    async createApplication({ fields, contacts }) {
      const now = ctx.now()
      const app: Omit<Application, 'createdAt' | 'updatedAt'> = {
        ...fields,
        id: uniqueId(slug(`${fields.company} ${fields.role}`)),
        contacts: (contacts ?? []).map((c) => ({ ...c, id: newId('c-') })),
        interviews: [],
        stageHistory: [], // the store records the first stage on save
        events: [event(now, 'created', `Started tracking ${fields.role ? `${fields.role} at ` : ''}${fields.company}`)],
        actions: {},
        sentMessageIds: []
      }
      if (fields.appliedAt)
        app.events.push(event(now, 'applied', `Applied on ${fields.appliedAt}${fields.source ? ` via ${fields.source}` : ''}`))
      return detail(await writes.create(app))
    },

    async updateApplication({ id, fields }) {
      return mutate(id, (app, now) => {
        if (fields.stage && fields.stage !== app.stage)
          app.events.push(event(now, 'stage_changed', `Moved from ${STAGE_LABELS[app.stage]} to ${STAGE_LABELS[fields.stage]}`))
        if (fields.appliedAt && fields.appliedAt !== app.appliedAt) app.events.push(event(now, 'applied', `Applied on ${fields.appliedAt}`))
        Object.assign(app, fields)
      })
    },

    async setStage({ id, stage }) {
      return mutate(id, (app, now) => {
        if (stage === app.stage) return
        app.events.push(event(now, 'stage_changed', `Moved from ${STAGE_LABELS[app.stage]} to ${STAGE_LABELS[stage]}`))
        app.stage = stage
      })
    },

    async deleteApplication({ id }) {
      get(id)
      await writes.remove(id)
      return { deleted: true as const }
    },

    async addNote({ applicationId, text }) {
      return mutate(applicationId, (app, now) => {
        app.events.push(event(now, 'note', text))
      })
    },

    async saveContact({ applicationId, contactId, contact }) {
      return mutate(applicationId, (app, now) => {
        if (contactId) {
          const existing = app.contacts.find((c) => c.id === contactId)
          if (!existing) throw new AfterviewError('not_found', 'That contact is no longer on this application.')
          Object.assign(existing, contact)
          return
        }
        app.contacts.push({ ...contact, id: newId('c-') })
        app.events.push(event(now, 'contact_added', `Added ${contact.name}${contact.title ? ` (${contact.title})` : ''}`))
      })
    },

    async removeContact({ applicationId, contactId }) {
      return mutate(applicationId, (app) => {
        app.contacts = app.contacts.filter((c) => c.id !== contactId)
        for (const i of app.interviews) i.contactIds = i.contactIds.filter((id) => id !== contactId)
      })
    },

    async saveInterview({ applicationId, interviewId, interview }) {
      return mutate(applicationId, (app, now) => {
        const unknown = interview.contactIds.filter((id) => !app.contacts.some((c) => c.id === id))
        if (unknown.length)
          throw new AfterviewError('invalid_input', 'An interviewer you picked is no longer a contact of this application.')
        const when = new Date(interview.startsAt).toUTCString().replace(':00 GMT', ' UTC')
        if (interviewId) {
          const index = app.interviews.findIndex((i) => i.id === interviewId)
          if (index < 0) throw new AfterviewError('not_found', 'That interview is no longer on this application.')
          app.interviews[index] = { ...interview, id: interviewId }
          app.events.push(event(now, 'interview_updated', `Interview updated: ${when}`))
          return
        }
        app.interviews.push({ ...interview, id: newId('i-') })
        app.events.push(event(now, 'interview_added', `Interview on ${when}`))
        if (app.stage === 'applied' || app.stage === 'interested') {
          app.events.push(event(now, 'stage_changed', `Moved from ${STAGE_LABELS[app.stage]} to Interviewing`))
          app.stage = 'interviewing'
        }
      })
    },

    async removeInterview({ applicationId, interviewId }) {
      return mutate(applicationId, (app) => {
        app.interviews = app.interviews.filter((i) => i.id !== interviewId)
      })
    },

    async setActionState({ applicationId, key, status, until }) {
      const app = get(applicationId)
      const action = plansOf(store)
        .of(app, ctx.now())
        .find((a) => a.key === key)
      return mutate(applicationId, (current, now) => {
        const label = action?.title ?? 'Follow-up'
        if (status === 'open') {
          delete current.actions[key]
          current.events.push(event(now, 'action_reopened', `Reopened: ${label}`, { actionKey: key }))
          return
        }
        current.actions[key] = { status, at: new Date(now).toISOString(), ...(status === 'snoozed' ? { until } : {}) }
        const verb = status === 'done' ? 'Done' : status === 'dismissed' ? 'Dismissed' : `Snoozed until ${until}`
        current.events.push(
          event(
            now,
            status === 'done' ? 'action_done' : status === 'dismissed' ? 'action_dismissed' : 'action_snoozed',
            `${verb}: ${label}`,
            { actionKey: key }
          )
        )
      })
    },

    async getSettings() {
      return store.settings.read()
    },

    async updateSettings(input) {
      const next = await store.settings.update((current) => ({
        ...current,
        ...(input.userName !== undefined ? { userName: input.userName } : {}),
        ...(input.signature !== undefined ? { signature: input.signature } : {}),
        ...(input.dateOrder !== undefined ? { dateOrder: input.dateOrder } : {}),
        planner: { ...current.planner, ...(input.planner ?? {}) }
      }))
      ctx.changed()
      return next
    }
  }
}
