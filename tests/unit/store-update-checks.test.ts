/**
 * An update of an application validates again only the events it changed (CollectionOptions.unchangedItems; issue 14):
 * what is saved must be what validating the whole application would save, and anything invalid, new or changed, must
 * still be refused in the same plain words.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openStore, type Store } from '../../src/main/store'
import { Application, TimelineEvent } from '../../src/shared/model'
import { tempDataDir } from '../support/temp-dir'

const event = (k: number): TimelineEvent =>
  TimelineEvent.parse({
    id: `e-${k}`,
    at: `2026-11-${String(1 + (k % 28)).padStart(2, '0')}T10:00:00.000Z`,
    type: 'message',
    text: `Mail ${k}`,
    message: {
      messageId: `<m-${k}@ward.example>`,
      direction: 'in',
      from: 'Amira Okafor <amira@ward.example>',
      to: ['jordan@example.org'],
      subject: `Re: Night Nurse ${k}`,
      snippet: 'We will be in touch by Friday.'
    }
  })
const ward = () =>
  Application.parse({
    id: 'ward',
    company: 'Riverside Care Home',
    role: 'Night Nurse',
    events: Array.from({ length: 200 }, (_, k) => event(k)),
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z'
  })

let dir: string
let cleanup: () => void
let store: Store
beforeEach(async () => {
  ;({ dir, cleanup } = tempDataDir())
  store = openStore(dir)
  await store.applications.put(ward())
})
afterEach(() => {
  vi.restoreAllMocks()
  store.close()
  cleanup()
})

describe('an update of an application with a long timeline', () => {
  it('saves what validating the whole application would: a new event filled in, the others as they were', async () => {
    const added = { ...event(200), text: undefined, message: { ...event(200).message!, to: undefined } }
    const saved = await store.applications.update('ward', (a) => ({ ...a, events: [...a.events, added as unknown as TimelineEvent] }))
    const whole = Application.parse({ ...ward(), events: [...ward().events, added] })
    expect(saved).toEqual({ ...whole, stageHistory: saved.stageHistory })
    expect(saved.events.at(-1)).toMatchObject({ text: '', message: { to: [] } })
    store.close()
    store = openStore(dir)
    expect(store.applications.get('ward')).toEqual(saved)
    expect(store.warnings).toEqual([])
  })

  it('validates the event it added or changed, not the 200 it kept', async () => {
    const whole = vi.spyOn(Application, 'safeParse')
    const one = vi.spyOn(TimelineEvent, 'safeParse')
    await store.applications.update('ward', (a) => ({ ...a, events: [...a.events, event(200)] }))
    expect(one).toHaveBeenCalledTimes(1)
    // and an event it changed (its text read later, say): validated, and saved as changed
    const saved = await store.applications.update('ward', (a) => {
      a.events[42]!.message!.snippet = 'The panel meets on Monday.'
      return a
    })
    expect(one).toHaveBeenCalledTimes(2)
    expect(whole).not.toHaveBeenCalled()
    expect(saved.events[42]!.message!.snippet).toBe('The panel meets on Monday.')
  })

  it('refuses a new event that is not valid, in the words validation uses, and keeps the file as it was', async () => {
    const bad = { ...event(200), at: 'next Tuesday' }
    await expect(store.applications.update('ward', (a) => ({ ...a, events: [...a.events, bad] }))).rejects.toThrow(
      /could not be saved: At of event 201 is not a date and time/
    )
    expect(store.applications.get('ward')!.events).toHaveLength(200)
  })

  it('refuses an event already there that the change made invalid', async () => {
    const before = store.applications.get('ward')
    await expect(
      store.applications.update('ward', (a) => {
        a.events[17]!.message!.direction = 'sideways' as 'in'
        return a
      })
    ).rejects.toThrow(/could not be saved/)
    await expect(
      store.applications.update('ward', (a) => {
        a.events[3] = { ...a.events[3]!, type: 'gossip' as 'note' }
        return a
      })
    ).rejects.toThrow(/could not be saved/)
    expect(store.applications.get('ward')).toEqual(before)
  })

  it('refuses a kept event given a value that only prints like the one it had, as validating it whole would', async () => {
    const before = store.applications.get('ward')
    await expect(
      store.applications.update('ward', (a) => {
        ;(a.events[5] as { at: unknown }).at = new Date(a.events[5]!.at)
        return a
      })
    ).rejects.toThrow(/could not be saved/)
    expect(store.applications.get('ward')).toEqual(before)
  })

  it('saves a new event carrying a key it does not know, of any kind, without that key, as validating it whole would', async () => {
    const extra = { ...event(200), uidValidity: 7n }
    const saved = await store.applications.update('ward', (a) => ({ ...a, events: [...a.events, extra as unknown as TimelineEvent] }))
    expect(saved.events.at(-1)).toEqual(event(200))
  })

  it('refuses the rest of the application made invalid as before', async () => {
    await expect(store.applications.update('ward', (a) => ({ ...a, company: '' }))).rejects.toThrow(/could not be saved/)
    await expect(store.applications.update('ward', (a) => ({ ...a, events: 'none' as unknown as TimelineEvent[] }))).rejects.toThrow(
      /could not be saved/
    )
  })
})
