/**
 * The IPC transport answers only the top frame of Afterview's own window showing
 * Afterview's own page, and validates every input before a service sees it.
 */
import { describe, expect, it, vi } from 'vitest'
import { registerIpc, type SenderPolicy } from '../../src/main/electron/ipc'
import { channelOf, methodNames, type Services } from '../../src/shared/api'

const APP = 'file:///opt/Afterview/resources/app.asar/out/renderer/index.html'
const policy: SenderPolicy = { windows: () => [{ id: 1 } as never], isAppUrl: (u) => u.split('#')[0] === APP }

function setup() {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown> | unknown>()
  const ipcMain = {
    handle: vi.fn((ch: string, fn: never) => void handlers.set(ch, fn)),
    removeHandler: vi.fn((ch: string) => void handlers.delete(ch))
  }
  const getApplication = vi.fn(async ({ id }: { id: string }) => ({ application: { id }, actions: [] }))
  const services = new Proxy({ getApplication } as Record<string, unknown>, {
    get: (t, k) => t[k as string] ?? vi.fn(async () => 'called')
  }) as unknown as Services
  const unregister = registerIpc(ipcMain, services, policy)
  const call = (event: unknown, input: unknown) => handlers.get(channelOf('getApplication'))!(event, input)
  return { handlers, call, getApplication, unregister }
}

const event = (over: { senderId?: number; parent?: unknown; url?: string; noFrame?: boolean } = {}) => ({
  sender: { id: over.senderId ?? 1 },
  senderFrame: over.noFrame ? null : { parent: over.parent ?? null, url: over.url ?? `${APP}#/next` }
})

describe('IPC sender check', () => {
  it('registers one handler per API method, and removes them all', () => {
    const { handlers, unregister } = setup()
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(channelOf).sort())
    unregister()
    expect(handlers.size).toBe(0)
  })

  it('answers the app window', async () => {
    const { call, getApplication } = setup()
    expect(await call(event(), { id: 'acme' })).toEqual({ ok: true, value: { application: { id: 'acme' }, actions: [] } })
    expect(getApplication).toHaveBeenCalledOnce()
  })

  it.each([
    ['a sub-frame', event({ parent: {} })],
    ['another webContents', event({ senderId: 2 })],
    ['a foreign page', event({ url: 'https://evil.example/' })],
    ['another local file', event({ url: 'file:///tmp/evil.html' })],
    ['a destroyed frame', event({ noFrame: true })]
  ])('refuses %s with "forbidden", without calling the service', async (_what, e) => {
    const { call, getApplication } = setup()
    const answer = (await call(e, { id: 'acme' })) as { ok: boolean; error: { code: string; message: string } }
    expect(answer.ok).toBe(false)
    expect(answer.error.code).toBe('forbidden')
    expect(answer.error.message).toMatch(/refused/)
    expect(getApplication).not.toHaveBeenCalled()
  })

  it('validates input before the service sees it, in plain words', async () => {
    const { call, getApplication } = setup()
    const answer = (await call(event(), { id: '../../etc/passwd' })) as {
      ok: boolean
      error: { code: string; message: string; fields: Record<string, string> }
    }
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(answer.error.message).toMatch(/^Id may only contain letters/)
    expect(answer.error.fields).toEqual({ id: 'Id may only contain letters, digits, dot, dash, colon and underscore' })
    expect(await call(event(), { id: 'acme', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { extra: 'Extra is not a field Afterview knows' } }
    })
    expect(getApplication).not.toHaveBeenCalled()
  })
})
