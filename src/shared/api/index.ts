/**
 * The one contract between the window and the main process: every call the window can
 * make (name, zod input schema, result type) and every event main sends to the window.
 * Both transports — Electron IPC and the browser-mode HTTP bridge — are generated from
 * this object; neither declares a method of its own. Each domain declares its methods in
 * its own file; add a domain by spreading it into `api` below.
 */
import { z } from 'zod'
import { MailProblem } from '../accounts'
import { applicationApi } from './applications'
import { accountsApi } from './accounts'
import { reminderApi } from './reminders'
import { outboxApi } from './outbox'
import { oauthApi } from './oauth'
import { reviewApi } from './review'
import { factsApi } from './facts'
import { classifyApi } from './classify'
import { insightsApi } from './insights'
import { AfterviewError, toErrorData, type Envelope, type Method } from './contract'
import { invalidInput, plainIssue } from './field-errors'

export * from './contract'
export * from './field-errors'
export * from './applications'
export * from './accounts'
export * from './reminders'
export * from './outbox'
export * from './oauth'
export * from './review'
export * from './facts'
export * from './classify'
export * from './insights'

export const api = {
  ...applicationApi,
  ...accountsApi,
  ...reminderApi,
  ...outboxApi,
  ...oauthApi,
  ...reviewApi,
  ...factsApi,
  ...classifyApi,
  ...insightsApi
} as const

export type Api = typeof api
export type MethodName = keyof Api
export type MethodInput<K extends MethodName> = z.input<Api[K]['input']>
export type MethodResult<K extends MethodName> = Api[K] extends Method<z.ZodType, infer R> ? R : never

/** What the main process implements: each method takes the validated input. */
export type Services = { [K in MethodName]: (input: z.output<Api[K]['input']>) => Promise<MethodResult<K>> }

/** What the window calls: `window.afterview.getOverview({})` in both transports. */
export type AfterviewClient = { [K in MethodName]: (input: MethodInput<K>) => Promise<MethodResult<K>> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

export const events = {
  /** Stored data changed (by this window, another process, or mail sync). */
  dataChanged: z.object({ applicationIds: z.array(z.string()).optional() }),
  /**
   * Something the user should read: a damaged file set aside, a sync failure, … `notify`: the title of a desktop
   * notification too (the window may be hidden in the tray): mail the user may be missing.
   */
  notice: z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string(), notify: z.string().optional() }),
  /**
   * Mail sync progress, per account. Its status as it changes: phase "status:<state>", with the trouble while its mail
   * cannot be read (`problem`, since `troubleSince`; shared/accounts.ts SyncView).
   */
  syncProgress: z.object({
    accountId: z.string(),
    phase: z.string(),
    done: z.number(),
    total: z.number(),
    message: z.string().optional(),
    problem: MailProblem.optional(),
    troubleSince: z.string().optional()
  }),
  /** Open a place in the window: a hash route like "/application/<id>?action=<key>" (notification click, tray, deep link). */
  navigate: z.object({ path: z.string().max(2000) }),
  /** Browser mode: reminders fell due; the tab shows a web notification. */
  remindersDue: z.object({ title: z.string(), body: z.string(), path: z.string(), keys: z.array(z.string()), count: z.number() })
} as const
export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = z.output<Events[E]>

export const methodNames = Object.keys(api) as MethodName[]
export const eventNames = Object.keys(events) as EventName[]

/** IPC channel of a method; the same prefix is refused for anything not in `api`. */
export const channelOf = (name: MethodName) => `afterview:${name}`
export const EVENT_CHANNEL = 'afterview:event'

/** Validates `input` for method `name`; throws AfterviewError('invalid_input') in plain words, with each field's problem as data. */
export function parseInput<K extends MethodName>(name: K, input: unknown): z.output<Api[K]['input']> {
  const result = api[name].input.safeParse(input, { error: plainIssue })
  if (!result.success) throw invalidInput(result.error)
  return result.data as z.output<Api[K]['input']>
}

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name)
}

/**
 * Calls a service method with validation, returning an envelope (never throws). An
 * unexpected error reaches the window as a calm "something went wrong"; its details go
 * to `onUnexpected` (the process log) so the cause can be found.
 */
export async function dispatch(
  services: Services,
  name: unknown,
  input: unknown,
  onUnexpected?: (method: string, error: unknown) => void
): Promise<Envelope<unknown>> {
  try {
    if (!isMethodName(name)) throw new AfterviewError('not_found', 'Unknown request.')
    const value = await (services[name] as (i: unknown) => Promise<unknown>)(parseInput(name, input))
    return { ok: true, value }
  } catch (error) {
    const data = toErrorData(error)
    if (data.code === 'internal') onUnexpected?.(String(name), error)
    return { ok: false, error: data }
  }
}

/** Builds a client from any transport; used by the preload (IPC) and the browser bridge (HTTP). */
export function createClient(
  call: (name: MethodName, input: unknown) => Promise<Envelope<unknown>>,
  subscribe: AfterviewClient['on']
): AfterviewClient {
  const client: Record<string, unknown> = { on: subscribe }
  for (const name of methodNames) {
    client[name] = async (input: unknown) => {
      const envelope = await call(name, input)
      if (envelope.ok) return envelope.value
      throw new AfterviewError(envelope.error.code, envelope.error.message, envelope.error.fields)
    }
  }
  return client as AfterviewClient
}
