/**
 * Opens browser mode on a data directory in Debian's Chromium and measures, inside the
 * page, the time from switching to the Applications list until its first rows are shown.
 */
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { startServe, stopProcess } from '../e2e/fixtures'

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

const MEASURE = `(async () => {
  location.hash = '#/next'
  await new Promise((r) => setTimeout(r, 50))
  const t0 = performance.now()
  location.hash = '#/applications'
  await new Promise((resolve) => {
    const check = () => /(Acme Robotics|Kestrel Harbor|Northwind|Globex|Initech) \\d+/.test(document.querySelector('main')?.textContent ?? document.body.textContent ?? '') ? resolve() : requestAnimationFrame(check)
    check()
  })
  await new Promise((r) => requestAnimationFrame(r))
  return performance.now() - t0
})()`

export async function measureListRender(dataDir: string): Promise<number | undefined> {
  if (!existsSync(CHROMIUM)) return undefined
  const { url, child } = await startServe(dataDir)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const samples: number[] = []
    for (let i = 0; i < 5; i++) {
      await page.goto(url.replace('/?', `/?run=${i}&`))
      await page.waitForLoadState('networkidle')
      // A string, not a function: tsx would wrap named helpers in __name(), unknown in the page.
      samples.push(await page.evaluate<number>(MEASURE))
    }
    return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]
  } finally {
    await browser.close()
    await stopProcess(child)
  }
}
