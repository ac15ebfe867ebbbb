/**
 * The CLI as a user types it, run in-process: global options either side of the command,
 * unknown flags refused in plain words, --json one object per line (and nothing when
 * nothing is due), import problems listed through the API, and `account remove` saying
 * only what it removed.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../src/main/cli'
import type { CliIO } from '../../src/main/cli/command'
import { tempDataDir } from '../support/temp-dir'

let data: ReturnType<typeof tempDataDir>
beforeEach(() => {
  data = tempDataDir()
})
afterEach(() => data.cleanup())

async function run(
  args: string[],
  options: { terminal?: boolean } = {}
): Promise<{ code: number | 'keep-running'; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), stdin: process.stdin, outIsTerminal: options.terminal ?? false }
  const code = await main(args, io)
  return { code, out, err }
}

describe('global options', () => {
  it('--data-dir works before and after the command', async () => {
    const before = await run(['--data-dir', data.dir, 'due'])
    const after = await run(['due', '--data-dir', data.dir])
    for (const r of [before, after]) {
      expect(r.code).toBe(0)
      expect(r.err).toEqual([])
      expect(r.out.join('\n')).toMatch(/^Nothing is due right now/)
    }
    await run(['import', '--demo', '--data-dir', data.dir])
    expect((await run(['--data-dir', data.dir, 'due'])).out.join('\n')).toContain('Acme Robotics')
  })

  it('an unknown flag or a missing value is a plain usage error (exit 2), with the usage', async () => {
    const unknown = await run(['due', '--fromat', 'json', '--data-dir', data.dir])
    expect(unknown.code).toBe(2)
    expect(unknown.err[0]).toBe(
      '--fromat is not an option of this command.\nUsage: afterview due [--json] [--at ISO-TIME] [--data-dir DIR]\n  --json: one line per follow-up {applicationId, kind, dueAt, reason, title, key}; none due prints no lines (exit 0).'
    )
    const missing = await run(['due', '--data-dir'])
    expect(missing.code).toBe(2)
    expect(missing.err[0]).toMatch(/^--data-dir needs a value/)
    const noCommand = await run(['--data-dir', data.dir, 'dew'])
    expect(noCommand.code).toBe(2)
    expect(noCommand.err[0]).toBe('There is no command "dew".')
  })

  it('help says the --json convention', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.out.join('\n')).toMatch(/one JSON object per line, one line per item/)
  })
})

describe('--json', () => {
  it('prints one JSON object per line, and nothing (exit 0) when nothing is due', async () => {
    const empty = await run(['due', '--json', '--data-dir', data.dir])
    expect(empty).toEqual({ code: 0, out: [], err: [] })
    const atTerminal = await run(['due', '--json', '--data-dir', data.dir], { terminal: true })
    expect(atTerminal).toEqual({ code: 0, out: [], err: ['Nothing is due.'] })
    await run(['import', '--demo', '--data-dir', data.dir])
    const due = await run(['due', '--json', '--data-dir', data.dir])
    expect(due.out.length).toBeGreaterThan(0)
    for (const line of due.out)
      expect(JSON.parse(line)).toMatchObject({ applicationId: 'demo-acme-robotics', kind: expect.any(String), title: expect.any(String) })
  })
})

describe('import through the API', () => {
  it('lists every problem with line and column and imports nothing (exit 1); a CSV saved as .txt is read as CSV', async () => {
    const file = join(data.dir, 'jobs.txt')
    writeFileSync(file, 'company;role;applied\nAcme;Engineer;11/22/2026\nKestrel;PM\nNorthwind;Designer;03/04/2026\n')
    const refused = await run(['import', file, '--data-dir', data.dir])
    expect(refused.code).toBe(1)
    expect(refused.err[0]!.split('\n')).toEqual([
      'Nothing was imported: 2 problems to fix.',
      '• line 3: this row has 2 cells but the first row names 3 columns: a separator is missing, or a value that contains one needs "double quotes"',
      '• line 4, column "applied": "03/04/2026" could be 3 April 2026 or March 4, 2026: write it as 2026-04-03 or 2026-03-04, or say whether your dates put the day or the month first',
      'To read dates like 03/04/2026 one way, choose day first or month first under Settings → Import and export (or: afterview import --date-order day-first).'
    ])
    writeFileSync(file, 'company;role;applied\nAcme;Engineer;11/22/2026\nNorthwind;Designer;03/04/2026\n')
    const ok = await run(['import', file, '--date-order', 'day-first', '--data-dir', data.dir])
    expect(ok).toMatchObject({ code: 0, out: [`Imported 2 new applications into ${data.dir}.`] })
    const exported = await run(['export', '--format', 'csv', join(data.dir, 'out.csv'), '--data-dir', data.dir])
    expect(exported.code).toBe(0)
  })
})

describe('account remove', () => {
  it('does not claim to remove a password that was never saved', async () => {
    process.env.AFTERVIEW_PASSWORD = 'not-a-real-password'
    try {
      const added = await run([
        'account',
        'add',
        '--email',
        'me@example.test',
        '--imap',
        '127.0.0.1:993',
        '--smtp',
        '127.0.0.1:465',
        '--no-test',
        '--data-dir',
        data.dir
      ])
      expect(added.code).toBe(0)
    } finally {
      delete process.env.AFTERVIEW_PASSWORD
    }
    // Each run is a new process: a password kept only in memory is gone, a keychain keeps it.
    const [listed] = (await run(['account', 'list', '--json', '--data-dir', data.dir])).out.map(
      (l) => JSON.parse(l) as { secretKept: string }
    )
    const removed = await run(['account', 'remove', 'me@example.test', '--data-dir', data.dir])
    expect(removed.code).toBe(0)
    if (listed!.secretKept === 'missing')
      expect(removed.out).toEqual(['Removed me@example.test. Messages already filed on applications stay there.'])
    else expect(removed.out).toEqual(['Removed me@example.test and its saved password. Messages already filed on applications stay there.'])
  })
})
