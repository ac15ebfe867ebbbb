/**
 * `afterview` — the same API as the app, headless: the CLI is the third transport beside
 * IPC and HTTP, calling each method through the shared dispatch and its input validation.
 * Opens the data directory only when a command needs it, prints errors in plain words
 * (exit 1) and usage mistakes with the usage line (exit 2).
 */
import { version } from '../../../package.json'
import { AfterviewError, createClient, dispatch, type AfterviewClient } from '../../shared/api'
import { logUnexpected } from '../log'
import { EventHub } from '../server/event-hub'
import { createServices, type AppServices } from '../services'
import { discoverOptionsFromEnv } from '../mail/discover'
import { openStore } from '../store'
import { validatedFilesOptions } from '../store/build-id'
import { resolveDataDir } from '../store/data-dir'
import { parseCommandLine, splitCommand } from './args'
import { UsageError, type CliContext, type CliIO } from './command'
import { commands } from './commands'

function help(io: CliIO): void {
  io.out(`Afterview ${version} — follow up after job interviews.\n\nUsage: afterview <command> [options]\n`)
  for (const c of commands) io.out(`  ${c.name.padEnd(10)} ${c.summary}`)
  io.out(`
Options for every command, before or after its name:
  --data-dir DIR   where your data lives (or AFTERVIEW_DATA_DIR); the default is the desktop app's folder
  --help, -h       the command's options
With --json a command prints one JSON object per line, one line per item, and nothing else
on standard output. With no items it prints no lines and still succeeds (exit 0); at a
terminal it then says so on standard error. Messages for you always go to standard error.
Run "afterview <command> --help" for its options.`)
}

/** A problem that is not a usage mistake or a refusal: said in plain words, with what went wrong. */
class Unexpected extends Error {}

export async function main(argv: string[], io: CliIO): Promise<number | 'keep-running'> {
  const { name, rest } = splitCommand(argv)
  const wantsHelp = rest.includes('--help') || rest.includes('-h')
  if (!name || name === 'help') {
    if (!name && (rest.includes('--version') || rest.includes('-v'))) {
      io.out(version)
      return 0
    }
    help(io)
    return name || wantsHelp ? 0 : 2
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    io.err(`There is no command "${name}".`)
    help(io)
    return 2
  }
  let services: AppServices | undefined
  let keepRunning = false
  try {
    let parsed
    try {
      parsed = parseCommandLine(rest, command.options)
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
    if (parsed.values.help) {
      io.out(`Usage: ${command.usage}\n${command.summary}`)
      return 0
    }
    if (parsed.values.version) {
      io.out(version)
      return 0
    }
    const dataDir = resolveDataDir(parsed.values['data-dir'] as string | undefined)
    let hub: EventHub | undefined
    let client: AfterviewClient | undefined
    const browser: CliContext['browser'] = {}
    const ctx: CliContext = {
      dataDir,
      io,
      version,
      browser,
      now: Date.now,
      hub: () => (hub ??= new EventHub()),
      services: () => {
        if (!services) {
          const h = ctx.hub()
          const store = openStore(dataDir, (message) => h.emit('notice', { level: 'warning', message }), {
            validated: validatedFilesOptions()
          })
          services = createServices({
            store,
            mode: 'browser',
            version,
            emit: h.emit,
            openBrowser: (url) => browser.open?.(url),
            discover: discoverOptionsFromEnv(process.env)
          })
        }
        return services
      },
      api: () => {
        if (!client) {
          const s = ctx.services()
          // A bug, not a refusal: the CLI says what went wrong (dispatch would only say "something went
          // wrong"); the stack goes to the log with AFTERVIEW_DEBUG=1.
          const onUnexpected = (method: string, error: unknown) => {
            if (process.env.AFTERVIEW_DEBUG) logUnexpected(method, error)
            throw new Unexpected((error as Error)?.message ?? String(error))
          }
          client = createClient(
            (method, input) => dispatch(s, method, input, onUnexpected),
            (event, listener) =>
              ctx.hub().subscribe((e, payload) => {
                if (e === event) listener(payload as never)
              })
          )
        }
        return client
      }
    }
    const code = await command.run(parsed, ctx)
    keepRunning = code === 'keep-running'
    return code
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nUsage: ${command.usage}`)
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
  const io: CliIO = {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
    stdin: process.stdin,
    outIsTerminal: process.stdout.isTTY === true
  }
  void main(process.argv.slice(2), io).then((code) => {
    if (code !== 'keep-running') process.exitCode = code
  })
}
