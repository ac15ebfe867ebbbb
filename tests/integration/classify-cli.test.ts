/**
 * The built CLI as a user runs it on a folder of saved mail: `afterview import
 * applications.json`, then `afterview classify --json mail/*.eml` prints one line per file
 * with its application, category, confidence and reasons, and changes nothing;
 * `afterview explain` says the same in plain words. Runs the built CLI (out/: `npm test` builds it first).
 */
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBuiltApp } from '../support/built-app'
import { tempDataDir } from '../support/temp-dir'

const root = join(__dirname, '..', '..')
const corpus = join(root, 'tests', 'fixtures', 'mail')
const FILES = [
  'rej-acme-firmware-priya.eml',
  'off-acme-dana.eml',
  'int-fernwood-calendar-invite.eml',
  'unr-dana-ooo-autoreply.eml',
  'ack-northwind-greenhouse.eml',
  'upd-northwind-delay.eml'
]
const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as Record<
  string,
  { applicationId: string | null; category: string }
>
let data: ReturnType<typeof tempDataDir>
let mailDir = ''
let mailTemp: ReturnType<typeof tempDataDir>

function cli(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin', 'afterview.js'), ...args, '--data-dir', data.dir],
      { cwd, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      }
    )
  })
}

const snapshot = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => `${f}:${readFileSync(join(dir, f), 'utf8')}`)
    .join('\n')

beforeAll(async () => {
  requireBuiltApp()
  data = tempDataDir()
  mailTemp = tempDataDir('afterview-mail-')
  mailDir = join(mailTemp.dir, 'mail')
  mkdirSync(mailDir, { recursive: true })
  for (const f of FILES) copyFileSync(join(corpus, f), join(mailDir, f))
  const imported = await cli(['import', join(corpus, 'applications.json')])
  expect(imported.code).toBe(0)
}, 120_000)
afterAll(() => {
  data?.cleanup()
  mailTemp?.cleanup()
})

describe('afterview classify / explain (built CLI)', () => {
  it('classify --json prints one line per file with the labelled application and category, and changes nothing', async () => {
    const before = snapshot(join(data.dir, 'applications'))
    const files = readdirSync(mailDir)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => join(mailDir, f))
    const run = await cli(['classify', '--json', ...files])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; applicationId: string | null; category: string; confidence: number; reasons: string[] })
    expect(lines).toHaveLength(FILES.length)
    for (const line of lines) {
      const name = line.file.split('/').pop()!
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['file', 'applicationId', 'category', 'confidence', 'reasons']))
      expect({ name, applicationId: line.applicationId, category: line.category }).toEqual({
        name,
        applicationId: labels[name].applicationId,
        category: labels[name].category
      })
      expect(line.confidence).toBeGreaterThan(0)
      expect(line.reasons.length).toBeGreaterThan(0)
    }
    const ooo = lines.find((l) => l.file.endsWith('unr-dana-ooo-autoreply.eml'))!
    expect(ooo.reasons.join(' ')).toMatch(/automatic reply/)
    expect(snapshot(join(data.dir, 'applications'))).toBe(before)
  })

  it('classify --json adds what the mail said: the promised date, its sentence and whom to answer', async () => {
    const run = await cli(['classify', '--json', join(mailDir, 'upd-northwind-delay.eml'), join(mailDir, 'unr-dana-ooo-autoreply.eml')])
    const [delay, ooo] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { facts: Record<string, unknown> })
    expect(Object.keys(delay.facts).sort()).toEqual(['candidateDeadline', 'evidence', 'nextStep', 'replyTo', 'respondBy', 'timelineGiven'])
    expect(delay.facts).toMatchObject({
      timelineGiven: true,
      respondBy: '2026-12-04',
      candidateDeadline: null,
      evidence: "We'll get back to you by Friday, December 4 at the latest.",
      replyTo: { name: 'Lena Ortiz', email: 'lena.ortiz@northwind-analytics.io' }
    })
    // An out-of-office says nothing about the process.
    expect(ooo.facts).toEqual({
      timelineGiven: false,
      respondBy: null,
      candidateDeadline: null,
      replyTo: null,
      nextStep: null,
      evidence: null
    })
    const explained = await cli(['explain', join(mailDir, 'upd-northwind-delay.eml')])
    expect(explained.stdout).toContain(
      'They said you will hear back by Fri, Dec 4: "We\'ll get back to you by Friday, December 4 at the latest."'
    )
    expect(explained.stdout).toContain('Answer Lena Ortiz <lena.ortiz@northwind-analytics.io>')
  })

  it('explain says where a rejection was filed, why, what it proposes and that it waits for the user', async () => {
    const run = await cli(['explain', join(mailDir, 'rej-acme-firmware-priya.eml')])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Filed on Acme Robotics — Firmware Engineer because .*Priya Raman/)
    expect(run.stdout).toMatch(/this looks like a rejection \(confidence 0\.\d\d\) because it says ".+"/)
    expect(run.stdout).toContain(
      'Afterview would propose: close the application as Rejected, with a gracious reply (always waits for you).'
    )
  })

  it('explain says an out-of-office reply does not count as an answer', async () => {
    const run = await cli(['explain', join(mailDir, 'unr-dana-ooo-autoreply.eml')])
    expect(run.stdout).toContain('this is not about your applications')
    expect(run.stdout).toContain('does not count as an answer and cancels no follow-up')
  })

  it('a missing or unreadable file is reported in plain words, the others still classified', async () => {
    const empty = join(mailDir, 'empty.eml')
    writeFileSync(empty, '')
    const run = await cli(['classify', '--json', join(mailDir, 'missing.eml'), empty, join(mailDir, 'off-acme-dana.eml')])
    expect(run.code).toBe(1)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines[0]).toEqual({ file: join(mailDir, 'missing.eml'), error: 'there is no such file' })
    expect(lines[1]).toEqual({ file: empty, error: 'The mail is empty.' })
    expect(lines[2]).toMatchObject({ applicationId: 'acme-swe', category: 'offer' })
    const usage = await cli(['classify'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('Give one or more .eml files')
  })
})
