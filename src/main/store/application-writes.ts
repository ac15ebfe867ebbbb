/**
 * The one owner of application writes. Every change to an Application — the window's
 * edits, filing a mail, recording a sent mail, accepting a proposal, import — goes through
 * here, so one place decides event ids, the order of the timeline, updatedAt (always the
 * injected clock), the one shape of a timeline message event, and who hears about it.
 *
 * Listeners registered with onApplicationsWritten() hear about every write in this process
 * (the sync uses it to file earlier mail on an application whose identity changed).
 */
import { randomUUID } from 'node:crypto'
import type { Application, MessageRef, TimelineEvent } from '../../shared/model'
import { messageIdKey } from '../../shared/core/mail-message'
import { companyKey } from '../../shared/core/company-names'
import type { Store } from './index'

export interface WriteDeps {
  store: Store
  now: () => number
  /** Tells windows which applications changed. */
  changed?: (applicationIds?: string[]) => void
}

type Listener = (applicationIds: string[]) => void
const listeners = new WeakMap<Store, Set<Listener>>()

/** Hears about every application written in this process through `store`; returns an unsubscribe. */
export function onApplicationsWritten(store: Store, listener: Listener): () => void {
  let set = listeners.get(store)
  if (!set) listeners.set(store, (set = new Set()))
  set.add(listener)
  return () => set!.delete(listener)
}

export const newEventId = (): string => `e-${randomUUID().slice(0, 8)}`

/** A timeline event at `at` (ISO). */
export function timelineEvent(at: string, type: TimelineEvent['type'], text: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id: newEventId(), at, type, text: text.slice(0, 4000), ...extra }
}

/** The one builder of a timeline message event. */
export function messageEvent(ref: MessageRef, at: string, text?: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  const who = ref.direction === 'in' ? `Mail from ${ref.from}` : `You wrote to ${ref.to.join(', ')}`
  return timelineEvent(at, 'message', text ?? `${who}: ${ref.subject}`, { ...extra, message: ref })
}

/** Inserts by date; equal dates keep the order they were added in. */
export function addEvent(app: Application, event: TimelineEvent): void {
  let at = app.events.length
  while (at > 0 && app.events[at - 1]!.at > event.at) at--
  app.events.splice(at, 0, event)
}

/** Is a mail with this Message-ID (any case, with or without brackets) on the timeline? */
export function hasMessage(app: Application, messageId: string): boolean {
  const key = messageIdKey(messageId)
  return app.events.some((e) => e.message !== undefined && messageIdKey(e.message.messageId) === key)
}

export interface ApplicationWrites {
  /** Creates a new application (createdAt/updatedAt from the clock). */
  create(app: Omit<Application, 'createdAt' | 'updatedAt'>): Promise<Application>
  /**
   * Read-modify-write under the document's lock. `change` edits the application in place;
   * returning false means "nothing to write". updatedAt is set here, never by callers.
   */
  change(id: string, change: (app: Application, now: number) => void | boolean): Promise<Application>
  /** Replaces or creates a whole application (import). */
  put(app: Application): Promise<Application>
  remove(id: string): Promise<void>
  now(): number
  iso(): string
}

export function applicationWrites(deps: WriteDeps): ApplicationWrites {
  const { store } = deps
  const notify = (ids: string[]) => {
    deps.changed?.(ids)
    for (const listener of listeners.get(store) ?? []) {
      try {
        listener(ids)
      } catch {
        // a listener must not fail a write
      }
    }
  }
  const iso = () => new Date(deps.now()).toISOString()
  return {
    now: () => deps.now(),
    iso,
    async create(app) {
      const at = iso()
      const saved = await store.applications.create({ ...app, createdAt: at, updatedAt: at } as Application)
      notify([saved.id])
      return saved
    },
    async change(id, change) {
      let wrote = true
      const now = deps.now()
      const app = await store.applications.update(id, (current) => {
        wrote = change(current, now) !== false
        if (wrote) current.updatedAt = new Date(now).toISOString()
        return current
      })
      if (wrote) notify([id])
      return app
    },
    async put(app) {
      const saved = await store.applications.put({ ...app, updatedAt: iso() })
      notify([saved.id])
      return saved
    },
    async remove(id) {
      await store.applications.remove(id)
      notify([id])
    }
  }
}

const norm = (s: string | undefined) => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()

/** The same real application: same company (legal suffix aside), same role, same applied date. */
export function sameApplication(
  a: Pick<Application, 'company' | 'role' | 'appliedAt'>,
  b: Pick<Application, 'company' | 'role' | 'appliedAt'>
): boolean {
  return companyKey(a.company) === companyKey(b.company) && norm(a.role) === norm(b.role) && (a.appliedAt ?? '') === (b.appliedAt ?? '')
}
