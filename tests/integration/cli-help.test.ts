/**
 * `afterview --help` and `afterview <command> --help` answer from the CLI's own code: the
 * command catalog and the argument checks. They load none of the app (the store, the
 * services, the classifier: a 2.9 MB chunk that took 80 ms of a 180 ms help; issue 14).
 * A command loads the app, but not Node's web server, workers, DNS or child processes,
 * which only a sign-in, a PDF, adding an account or `serve` use (10 ms of every command).
 * Runs the built CLI (out/) and lists the built files and Node modules the process loaded.
 */
import { execFile } from 'node:child_process'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { COMMAND_NAMES } from '../../src/main/cli/catalog'
import { commands } from '../../src/main/cli/commands'
import { requireBuiltApp } from '../support/built-app'
import { tempDataDir } from '../support/temp-dir'

const root = join(__dirname, '..', '..')

/** Runs bin/afterview.js with `args`; its output, which of out/'s files it loaded, and which of Node's own modules. */
function cli(args: string[]): Promise<{ code: number; stdout: string; loaded: string[]; builtins: string[] }> {
  const script = `process.argv = [process.argv[0], ${JSON.stringify(join(root, 'bin', 'afterview.js'))}, ...${JSON.stringify(args)}]
process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'))
process.on('exit', () => process.stderr.write('BUILTINS ' + JSON.stringify(process.moduleLoadList) + '\\n'))
require(${JSON.stringify(join(root, 'bin', 'afterview.js'))})`
  return new Promise((resolve) => {
    execFile(process.execPath, ['-e', script], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      const line = stderr.split('\n').find((l) => l.startsWith('LOADED ')) ?? 'LOADED []'
      const loaded = (JSON.parse(line.slice(7)) as string[]).filter((f) => f.startsWith(join(root, 'out'))).map((f) => relative(root, f))
      const modules = stderr.split('\n').find((l) => l.startsWith('BUILTINS ')) ?? 'BUILTINS []'
      const builtins = (JSON.parse(modules.slice(9)) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13))
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, loaded, builtins })
    })
  })
}

beforeAll(() => requireBuiltApp())

describe('afterview help', () => {
  it('lists the commands from the CLI alone', async () => {
    const { code, stdout, loaded } = await cli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('sync       read your mailbox and file replies on applications')
    expect(loaded.filter((f) => !/^out\/main\/(cli\.js|chunks\/package-[\w-]+\.js)$/.test(f))).toEqual([])
  })

  it("says a command's usage, and a usage mistake, without loading the app", async () => {
    const help = await cli(['account', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('afterview account add --oauth google|microsoft|generic')
    expect(help.loaded.filter((f) => f.includes('chunks/') && !f.includes('package-'))).toEqual([])
    const wrong = await cli(['due', '--no-such-option'])
    expect(wrong.code).toBe(2)
    expect(wrong.loaded.filter((f) => f.includes('chunks/') && !f.includes('package-'))).toEqual([])
  })

  it('loads the app when a command runs', async () => {
    const data = tempDataDir()
    try {
      const { code, stdout, loaded, builtins } = await cli(['due', '--data-dir', data.dir])
      expect(code).toBe(0)
      expect(stdout).toContain('Nothing is due right now')
      expect(loaded.some((f) => f.includes('chunks/run-command-'))).toBe(true)
      expect(builtins).toContain('fs')
      expect(builtins.filter((m) => ['http', 'https', 'worker_threads', 'dns/promises', 'child_process'].includes(m))).toEqual([])
    } finally {
      data.cleanup()
    }
  })

  it('has a catalog entry for every command, and a command for every entry', () => {
    expect(commands.map((c) => c.name).sort()).toEqual([...COMMAND_NAMES].sort())
  })
})
