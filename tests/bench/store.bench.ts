/**
 * Store, planner and list rendering with a big history: 5,000 applications and 50,000
 * events. Prints load time, median mutation time, Next-up computation time and the
 * first render of the application list in Chromium, each next to its target.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices } from '../../src/main/services'
import { openStore, APPLICATION_FORMAT_VERSION } from '../../src/main/store'
import type { Application } from '../../src/shared/model'
import { measureListRender } from './list-render'

const APPS = 5_000
const EVENTS_PER_APP = 10
const companies = [
  'Acme Robotics',
  'Kestrel Harbor',
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Hooli',
  'Vandelay Imports',
  'Stark Analytics',
  'Wayne Logistics'
]
const stages = ['applied', 'interviewing', 'offer', 'rejected', 'closed'] as const

function generate(i: number, now: number): Application {
  const company = `${companies[i % companies.length]} ${Math.floor(i / companies.length)}`
  const applied = new Date(now - (i % 120) * 86_400_000)
  const iso = applied.toISOString()
  return {
    id: `app-${i}`,
    company,
    role: ['Software Engineer', 'Data Engineer', 'Product Manager', 'Designer'][i % 4],
    companyDomain: `c${i}.example.com`,
    appliedAt: iso.slice(0, 10),
    stage: stages[i % stages.length],
    stageHistory: [],
    notes: 'Referred by a friend. Team works on fleet telemetry.',
    contacts: [{ id: `c-${i}`, name: 'Dana Whitfield', email: `dana@c${i}.example.com`, title: 'Engineering Manager' }],
    interviews:
      i % 3 === 0
        ? [
            {
              id: `i-${i}`,
              startsAt: new Date(now - (i % 10) * 86_400_000).toISOString(),
              durationMinutes: 45,
              kind: 'video',
              contactIds: [`c-${i}`],
              topics: 'system design',
              timelineGiven: i % 2 === 0
            }
          ]
        : [],
    events: Array.from({ length: EVENTS_PER_APP }, (_, k) => ({
      id: `e-${i}-${k}`,
      at: new Date(applied.getTime() + k * 3_600_000).toISOString(),
      type: k % 3 === 0 ? ('message' as const) : ('note' as const),
      text: `Event ${k} of application ${i}`,
      ...(k % 3 === 0
        ? {
            message: {
              messageId: `<m${i}.${k}@c${i}.example.com>`,
              direction: k % 2 ? ('out' as const) : ('in' as const),
              from: `dana@c${i}.example.com`,
              to: [],
              subject: 'Re: your application',
              snippet: 'Thanks for your time yesterday, we will get back to you soon.',
              reason: 'sender is a known contact',
              automatic: false,
              category: 'update' as const
            }
          }
        : {})
    })),
    actions: {},
    sentMessageIds: [],
    createdAt: iso,
    updatedAt: iso
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]
const line = (label: string, value: number, target: number, unit = 'ms') =>
  console.log(
    `${label.padEnd(34)} ${value.toFixed(1).padStart(8)} ${unit}   target < ${target} ${unit}   ratio ${(value / target).toFixed(2)} ${value < target ? 'OK' : 'MISSED'}`
  )

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'afterview-bench-'))
  const now = Date.now()
  mkdirSync(join(dir, 'applications'), { recursive: true })
  for (let i = 0; i < APPS; i++) {
    writeFileSync(
      join(dir, 'applications', `app-${i}.json`),
      JSON.stringify({ schemaVersion: APPLICATION_FORMAT_VERSION, data: generate(i, now) })
    )
  }
  console.log(`${APPS} applications, ${APPS * EVENTS_PER_APP} events in ${dir}`)

  let t = performance.now()
  const store = openStore(dir)
  const loadMs = performance.now() - t
  const services = createServices({ store, mode: 'browser', version: 'bench', emit: () => {} })

  const mutations: number[] = []
  for (let i = 0; i < 200; i++) {
    t = performance.now()
    await services.addNote({ applicationId: `app-${(i * 37) % APPS}`, text: `Bench note ${i}` })
    mutations.push(performance.now() - t)
  }
  const plannerOnly: number[] = []
  const { planAll } = await import('../../src/shared/core/planner')
  const apps = store.applications.all()
  for (let i = 0; i < 20; i++) {
    t = performance.now()
    planAll(apps, store.settings.current.planner, Date.now())
    plannerOnly.push(performance.now() - t)
  }
  const nextUp: number[] = []
  for (let i = 0; i < 20; i++) {
    t = performance.now()
    await services.getOverview(undefined)
    nextUp.push(performance.now() - t)
  }
  services.dispose()

  console.log('')
  console.log(`${'load (open the data directory)'.padEnd(34)} ${loadMs.toFixed(1).padStart(8)} ms`)
  line('mutation, median', median(mutations), 30)
  console.log(`${'mutation, p95'.padEnd(34)} ${p95(mutations).toFixed(1).padStart(8)} ms`)
  line('Next up (planner, all apps)', median(plannerOnly), 20)
  console.log(
    `${'Next up, first time after loading'.padEnd(34)} ${plannerOnly[0].toFixed(1).padStart(8)} ms   (plans are kept until an application changes or a planned moment passes)`
  )
  console.log(`${'overview call incl. summaries'.padEnd(34)} ${median(nextUp).toFixed(1).padStart(8)} ms`)
  const render = await measureListRender(dir)
  if (render === undefined) console.log('first render of the list: skipped (no Chromium at /usr/bin/chromium)')
  else line('first render of the list (Chromium)', render, 200)
  console.log(`${'peak RSS'.padEnd(34)} ${(process.memoryUsage().rss / 1048576).toFixed(0).padStart(8)} MB`)
  rmSync(dir, { recursive: true, force: true })
}

void main()
