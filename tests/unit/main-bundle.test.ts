/**
 * Smoke-loads the built main process (out/main/index.js) in plain Node with a stub
 * `electron`, and checks the wiring really ran: IPC for every API method, a locked-down
 * window on the app page, the tray, single instance, deep links, wake-up re-planning.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channelOf, methodNames } from '../../src/shared/api'
import { BUILT, requireBuiltApp } from '../support/built-app'

const root = join(__dirname, '..', '..')
const bundle = BUILT.main

let work: string
let report: {
  whenReadyCalled: boolean
  singleInstanceLock: boolean
  protocols: string[]
  appEvents: string[]
  ipcChannels: string[]
  windows: Array<{ options: { webPreferences: Record<string, unknown> }; url: string; openHandler: boolean; navigationGuard: boolean }>
  trays: Array<{ image: string; tooltip: string; menu: string[] }>
  permissionHandlers: number
  powerMonitorEvents: string[]
  errors: string[]
  applicationMenu: string[] | null
  applicationMenuItems: string[] | null
  errorBoxes: unknown[]
  exitCode: number | null
  v8Flags: string[]
}
let exitCode: number | null

const zoneOf = (offset: number): string => (offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`)
const weekdayIn = (zone: string): string => new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short' }).format(new Date())
const hourIn = (zone: string): number =>
  Number(new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(new Date()))
/**
 * A fixed-offset zone (Etc/GMT-3 is UTC+3) where it is now daytime, on a weekday when one is in reach: quiet hours
 * (21:00-08:00) and quiet weekends are on by default, and the tray says so. From Saturday morning to Sunday evening UTC
 * no zone has a weekday daytime; then the tray must say "(quiet hours)", and the test expects exactly that.
 */
const candidates = Array.from({ length: 27 }, (_, i) => zoneOf(i - 12)).filter((z) => hourIn(z) >= 9 && hourIn(z) <= 17)
const tray = candidates.find((z) => !['Sat', 'Sun'].includes(weekdayIn(z))) ?? candidates[0]!
const quietNow = ['Sat', 'Sun'].includes(weekdayIn(tray))

beforeAll(() => {
  requireBuiltApp()
  work = mkdtempSync(join(tmpdir(), 'afterview-bundle-'))
  const run = spawnSync(process.execPath, ['-r', join(root, 'tests', 'support', 'stub-electron.cjs'), bundle], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
    env: {
      ...process.env,
      AFTERVIEW_DATA_DIR: join(work, 'data'),
      STUB_ELECTRON_REPORT: join(work, 'report.json'),
      ELECTRON_RENDERER_URL: '',
      // Daytime wherever the clock stands now, on a weekday when possible (see `tray` above).
      TZ: tray
    }
  })
  exitCode = run.status
  if (!existsSync(join(work, 'report.json'))) throw new Error(`The main bundle did not finish loading:\n${run.stderr}`)
  report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'))
}, 60_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the built main process', () => {
  it('loads and wires up without throwing', () => {
    expect(report.errors).toEqual([])
    expect(exitCode).toBe(0)
    expect(report.whenReadyCalled).toBe(true)
    expect(report.errorBoxes).toEqual([])
    expect(report.exitCode).toBeNull()
  })

  it("replaces Electron's default menu with its own, with an Edit menu", () => {
    expect(report.applicationMenu).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window']))
    expect(report.applicationMenuItems).toEqual(expect.arrayContaining(['copy', 'paste', 'toggleDevTools'])) // a development run here
  })

  it('answers every API method over IPC, and nothing else', () => {
    expect([...report.ipcChannels].sort()).toEqual(methodNames.map(channelOf).sort())
  })

  it('opens one locked-down window on the built page', () => {
    expect(report.windows).toHaveLength(1)
    const [win] = report.windows
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false
    })
    expect(String(win.options.webPreferences.preload)).toMatch(/out[\\/]preload[\\/]index\.js$/)
    expect(win.url).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html$/)
    expect(win.openHandler).toBe(true)
    expect(win.navigationGuard).toBe(true)
    expect(report.permissionHandlers).toBe(2)
  })

  it('puts Afterview in the tray with its menu', () => {
    expect(report.trays).toHaveLength(1)
    expect(report.trays[0].image).toMatch(/resources[\\/]tray[\\/]tray-dark\.png$/)
    expect(report.trays[0].tooltip).toBe(quietNow ? 'Afterview — nothing due (quiet hours)' : 'Afterview — nothing due')
    expect(report.trays[0].menu).toEqual([
      'Nothing due right now',
      '---',
      'Open Afterview',
      'Check mail now',
      'Pause reminders for 1 hour',
      '---',
      'Quit'
    ])
  })

  it('runs as a single instance, handles afterview:// links and re-plans on wake-up', () => {
    expect(report.singleInstanceLock).toBe(true)
    expect(report.appEvents).toEqual(
      expect.arrayContaining(['second-instance', 'open-url', 'window-all-closed', 'before-quit', 'activate', 'will-quit'])
    )
    expect(report.protocols).toEqual(['afterview'])
    expect(report.powerMonitorEvents).toEqual(expect.arrayContaining(['resume']))
  })

  it('bounds its heap growth as the CLI does: the first scan it runs parses hundreds of MB of mail', () => {
    expect(report.v8Flags).toEqual(['--heap-growing-percent=75'])
  })
})

describe('the built main process, as the installed app', () => {
  it('ignores ELECTRON_RENDERER_URL, ships no developer menu, and keeps its data folder private', () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterview-packaged-'))
    try {
      const run = spawnSync(process.execPath, ['-r', join(root, 'tests', 'support', 'stub-electron.cjs'), bundle], {
        cwd: root,
        encoding: 'utf8',
        timeout: 20_000,
        env: {
          ...process.env,
          STUB_ELECTRON_PACKAGED: '1',
          XDG_CONFIG_HOME: join(dir, 'config'),
          AFTERVIEW_DATA_DIR: join(dir, 'data'),
          STUB_ELECTRON_REPORT: join(dir, 'report.json'),
          ELECTRON_RENDERER_URL: 'http://evil.example/'
        }
      })
      const packaged = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as typeof report
      expect(packaged.errors, run.stderr).toEqual([])
      expect(packaged.windows[0].url).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html$/)
      expect(packaged.applicationMenuItems).toEqual(expect.arrayContaining(['Edit', 'copy', 'paste']))
      for (const dev of ['toggleDevTools', 'reload', 'forceReload']) expect(packaged.applicationMenuItems).not.toContain(dev)
      expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
