/**
 * Insights with 5,000 applications (the e2e seed repeated, with replies, interviews,
 * follow-ups and stage histories): the figures in the core, the API call, and the
 * Insights page in Chromium from switching to it until its figures are shown (the
 * round trip to browser mode included). Target: the page in < 200 ms.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { createServices } from '../../src/main/services'
import { APPLICATION_FORMAT_VERSION, openStore } from '../../src/main/store'
import { computeInsights } from '../../src/shared/core/insights'
import { parseImport } from '../../src/shared/core/import'
import { readCsv } from '../../src/main/services/read-csv'
import { stageHistoryAfter } from '../../src/shared/core/stage-history'
import { startServe, stopProcess } from '../e2e/fixtures'
import { seedApplications } from '../e2e/insights-seed'

const COPIES = 417 // × 12 = 5,004 applications
const CHROMIUM = '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic'
]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const line = (label: string, value: number, target: number) =>
  console.log(
    `${label.padEnd(40)} ${value.toFixed(1).padStart(8)} ms   target < ${target} ms   ratio ${(value / target).toFixed(2)} ${value < target ? 'OK' : 'MISSED'}`
  )

const MEASURE = `(async () => {
  location.hash = '#/next'
  await new Promise((r) => setTimeout(r, 100))
  const t0 = performance.now()
  location.hash = '#/insights'
  await new Promise((resolve) => {
    const check = () => document.querySelector('.insights[data-ready] [data-figure="response-rate"]') ? resolve() : requestAnimationFrame(check)
    check()
  })
  await new Promise((r) => requestAnimationFrame(r))
  return performance.now() - t0
})()`

async function measurePage(dataDir: string): Promise<number | undefined> {
  if (!existsSync(CHROMIUM)) return undefined
  const { url, child } = await startServe(dataDir)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const samples: number[] = []
    for (let i = 0; i < 5; i++) {
      await page.goto(url.replace('/?', `/?run=${i}&`))
      await page.waitForLoadState('networkidle')
      samples.push(await page.evaluate<number>(MEASURE))
    }
    return median(samples)
  } finally {
    await browser.close()
    await stopProcess(child)
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'afterview-bench-insights-'))
  const now = Date.now()
  let n = 0
  const apps = parseImport(JSON.stringify({ applications: seedApplications(now, COPIES) }), {
    now,
    readCsv,
    newId: (p = '') => `${p}${(n++).toString(36)}`
  }).map((a) => ({ ...a, stageHistory: stageHistoryAfter(a) }))
  mkdirSync(join(dir, 'applications'), { recursive: true })
  for (const a of apps)
    writeFileSync(
      join(dir, 'applications', `${encodeURIComponent(a.id)}.json`),
      JSON.stringify({ schemaVersion: APPLICATION_FORMAT_VERSION, data: a })
    )
  console.log(`${apps.length} applications in ${dir}`)

  const store = openStore(dir)
  const loaded = store.applications.all()
  const planner = store.settings.current.planner
  const core: number[] = []
  for (let i = 0; i < 20; i++) {
    const t = performance.now()
    computeInsights(loaded, { now, planner, timeZone: 'UTC' })
    core.push(performance.now() - t)
  }
  const services = createServices({ store, mode: 'browser', version: 'bench', emit: () => {} })
  const call: number[] = []
  let size = 0
  for (let i = 0; i < 10; i++) {
    const t = performance.now()
    size = JSON.stringify(await services.getInsights(undefined)).length
    call.push(performance.now() - t)
  }
  services.dispose()
  console.log('')
  console.log(`${'figures (core), first time'.padEnd(40)} ${core[0].toFixed(1).padStart(8)} ms`)
  line('figures (core), median', median(core), 100)
  console.log(
    `${'getInsights call, median'.padEnd(40)} ${median(call).toFixed(1).padStart(8)} ms   (${(size / 1024).toFixed(0)} KB of JSON)`
  )
  const page = await measurePage(dir)
  if (page === undefined) console.log('Insights page: skipped (no Chromium at /usr/bin/chromium)')
  else line('Insights page shown (Chromium)', page, 200)
  rmSync(dir, { recursive: true, force: true })
}

void main()
