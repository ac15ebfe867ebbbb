/**
 * `afterview` — the same services as the app, headless. Parses arguments, opens the data
 * directory only when a command needs it, prints errors in plain words (exit 1) and
 * usage mistakes with the usage line (exit 2).
 */
import { parseArgs } from 'node:util'
import { version } from '../../../package.json'
import { AfterviewError } from '../../shared/api'
import { EventHub } from '../server/event-hub'
import { createServices, type AppServices } from '../services'
import { discoverOptionsFromEnv } from '../mail/discover'
import { openStore } from '../store'
import { resolveDataDir } from '../store/data-dir'
import { UsageError, type CliContext, type CliIO } from './command'
import { commands } from './commands'

function help(io: CliIO): void {
  io.out(`Afterview ${version} — follow up after job interviews.\n\nUsage: afterview <command> [options]\n`)
  for (const c of commands) io.out(`  ${c.name.padEnd(10)} ${c.summary}`)
  io.out(`\nEvery command takes --data-dir DIR (or AFTERVIEW_DATA_DIR); the default is the desktop app's folder.\nRun "afterview <command> --help" for its options.`)
}

export async function main(argv: string[], io: CliIO): Promise<number | 'keep-running'> {
  const [name, ...rest] = argv
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io)
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    io.out(version)
    return 0
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    io.err(`Unknown command "${name}".`)
    help(io)
    return 2
  }
  let services: AppServices | undefined
  let keepRunning = false
  try {
    const parsed = parseArgs({
      args: rest,
      options: { ...(command.options ?? {}), 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
    if (parsed.values.help) {
      io.out(`Usage: ${command.usage}\n${command.summary}`)
      return 0
    }
    const dataDir = resolveDataDir(parsed.values['data-dir'] as string | undefined)
    let hub: EventHub | undefined
    const ctx: CliContext = {
      dataDir,
      io,
      version,
      now: Date.now,
      hub: () => (hub ??= new EventHub()),
      services: () => {
        if (!services) {
          const h = ctx.hub()
          const store = openStore(dataDir, (message) => h.emit('notice', { level: 'warning', message }))
          services = createServices({ store, mode: 'browser', version, emit: h.emit, discover: discoverOptionsFromEnv(process.env) })
        }
        return services
      }
    }
    const code = await command.run(parsed as never, ctx)
    keepRunning = code === 'keep-running'
    return code
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\nUsage: ${command.usage}`)
      return 2
    }
    if (error instanceof AfterviewError) {
      io.err(error.message)
      return 1
    }
    io.err(`Afterview stopped because of an unexpected problem: ${(error as Error).message}`)
    return 1
  } finally {
    // A finished or failed command closes what it opened (watchers, mail connections), so the process can end.
    if (!keepRunning) services?.dispose()
  }
}

if (require.main === module || process.env.AFTERVIEW_CLI_MAIN === '1') {
  // `afterview due | head`: a reader that stops early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  const io: CliIO = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), stdin: process.stdin }
  void main(process.argv.slice(2), io).then((code) => {
    if (code !== 'keep-running') process.exitCode = code
  })
}
