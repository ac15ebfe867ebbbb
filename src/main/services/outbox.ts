/**
 * The outbox half of the API: drafts, templates, sending now or later, and the user's
 * answers about uncertain or late sends. No Electron here.
 */
import type { OutboxRecord, Services } from '../../shared/api'
import { AfterviewError } from '../../shared/api'
import { renderTemplate, templateFor, templateValues } from '../../shared/core/templates'
import { resolveTimeZone } from '../../shared/core/time'
import { applyPatch, draftView, findDraft, getApplication, openDraft } from '../outbox/drafts'
import { createMailAccess, type MailAccess, type SecretLookup } from '../outbox/mail-access'
import { recoverOutbox, sendDue, type RecoveryReport } from '../outbox/recovery'
import { nextBusinessMorning } from '../outbox/schedule'
import { describeRecord, finishSent, scheduleDraft, sendAgain, sendDraftNow, type SenderDeps } from '../outbox/sender'
import { listTemplates, removeTemplate, saveTemplate, templatesForDrafting } from '../outbox/templates'
import type { ServiceContext } from '../service-context'
import { plansOf } from '../store/plans'

export type OutboxServices = Pick<
  Services,
  | 'openDraft'
  | 'getDraft'
  | 'saveDraft'
  | 'discardDraft'
  | 'sendDraft'
  | 'scheduleDraft'
  | 'cancelScheduled'
  | 'resolveSend'
  | 'listOutbox'
  | 'listTemplates'
  | 'saveTemplate'
  | 'removeTemplate'
>

export interface OutboxRuntime {
  /** Start-up recovery; its questions are also in listOutbox. */
  recovered: Promise<RecoveryReport>
  /** Resolves once a look for due sends that began after this call has finished (tests wait on it, never on a sleep). */
  nextCheck(): Promise<void>
  stop(): void
}

export interface OutboxControl {
  /** Settles what a crash left behind, then sends scheduled mail when due (long-running hosts only). */
  startOutbox(options?: { tickMs?: number }): OutboxRuntime
}

export function createOutboxServices(ctx: ServiceContext, mail: MailAccess | SecretLookup): OutboxServices & OutboxControl {
  const access = typeof mail === 'function' ? createMailAccess(ctx.store, mail) : mail
  const deps: SenderDeps = { store: ctx.store, mail: access, now: ctx.now, changed: ctx.changed }
  const view = (id: string) => draftView(deps, findDraft(ctx.store, id))
  const editable = (r: OutboxRecord) => r.state === 'failed' || r.state === 'queued'
  const cancellable = (r: OutboxRecord) => r.state === 'scheduled' || r.state === 'overdue-needs-confirmation'
  const refuseChange = (r: OutboxRecord) =>
    new AfterviewError('conflict', `${describeRecord(deps, r)} Cancel it first if you want to change it.`)
  const locked = (id: string) => {
    const r = ctx.store.outbox.current(id) // another process may be sending it
    if (r && !editable(r)) throw refuseChange(r)
  }
  const ownSubject = (draftId: string) => () => {
    const d = findDraft(ctx.store, draftId)
    const app = getApplication(ctx.store, d.applicationId)
    const action = plansOf(ctx.store)
      .of(app, ctx.now())
      .find((a) => a.key === d.actionKey)
    const template = templateFor(d.actionKind, templatesForDrafting(ctx.store))
    if (!action || !template) return d.subject.replace(/^Re:\s*/i, '')
    return renderTemplate(template.subject, templateValues({ application: app, action, settings: ctx.store.settings.current })).text
  }

  return {
    async openDraft({ applicationId, actionKey }) {
      return draftView(deps, await openDraft(deps, applicationId, actionKey))
    },
    async getDraft({ draftId }) {
      return view(draftId)
    },
    async saveDraft({ draftId, patch }) {
      locked(draftId)
      const subject = ownSubject(draftId)
      const saved = await ctx.store.drafts.update(draftId, (d) => applyPatch(d, patch, subject, ctx.now()))
      return draftView(deps, saved)
    },
    async discardDraft({ draftId }) {
      const { removed, current } = await ctx.store.outbox.removeIf(draftId, editable)
      if (!removed && current) throw refuseChange(current)
      await ctx.store.drafts.remove(draftId)
      return { discarded: true as const }
    },
    async sendDraft({ draftId }) {
      return sendDraftNow(deps, draftId)
    },
    async scheduleDraft({ draftId, sendAt }) {
      const tz = resolveTimeZone(ctx.store.settings.current.planner.timeZone)
      return scheduleDraft(deps, draftId, sendAt === 'next-morning' ? nextBusinessMorning(ctx.now(), tz).at : Date.parse(sendAt))
    },
    async cancelScheduled({ draftId }) {
      // Decided under the lock from the file: the timer of another process may have started sending it.
      await ctx.store.outbox.removeIf(draftId, cancellable)
      return view(draftId)
    },
    async resolveSend({ draftId, choice }) {
      const r = ctx.store.outbox.current(draftId) // another window may have settled it
      if (!r) throw new AfterviewError('not_found', 'That send no longer exists: it may have been settled in another window.')
      if (choice === 'send_again') return sendAgain(deps, draftId)
      if (choice === 'was_sent') {
        if (r.state !== 'unknown') return { record: { ...r, raw: undefined }, message: describeRecord(deps, r) }
        const sent = await ctx.store.outbox.update(draftId, (cur) => ({
          ...cur,
          state: cur.state === 'unknown' ? 'sent' : cur.state,
          sentAt: cur.sentAt ?? cur.updatedAt,
          message: undefined
        }))
        const done = sent.state === 'sent' ? await finishSent(deps, sent) : sent
        return { record: { ...done, raw: undefined }, message: describeRecord(deps, done) }
      }
      if (choice === 'send_now') return sendDraftNow(deps, draftId, ['overdue-needs-confirmation', 'scheduled'])
      const { removed, current } = await ctx.store.outbox.removeIf(draftId, cancellable)
      if (!removed) {
        if (!current) throw new AfterviewError('not_found', 'That send no longer exists: it may have been settled in another window.')
        return { record: { ...current, raw: undefined }, message: describeRecord(deps, current) }
      }
      if (choice === 'cancel') {
        await ctx.store.drafts.remove(draftId)
        return { message: `The ${r.what} will not be sent. The follow-up stays on your list.` }
      }
      return { message: `The ${r.what} is back in your drafts: edit it, then send or schedule it again.` }
    },
    async listOutbox() {
      return ctx.store.outbox
        .all()
        .filter((r) => r.state !== 'sent')
        .map((r) => ({ ...r, raw: undefined }))
        .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    },
    async listTemplates() {
      return listTemplates(ctx.store)
    },
    async saveTemplate(input) {
      return saveTemplate(ctx.store, input)
    },
    async removeTemplate({ id }) {
      return removeTemplate(ctx.store, id)
    },
    startOutbox(options = {}) {
      const recovered = recoverOutbox(deps)
      let busy: Promise<unknown> = recovered
      let waiting: Array<() => void> = []
      const timer = setInterval(() => {
        const thisCheck = waiting
        waiting = []
        busy = busy
          .then(() => sendDue(deps))
          .catch(() => undefined)
          .then(() => thisCheck.forEach((done) => done()))
      }, options.tickMs ?? 15_000)
      timer.unref?.()
      return { recovered, nextCheck: () => new Promise<void>((resolve) => waiting.push(resolve)), stop: () => clearInterval(timer) }
    }
  }
}
