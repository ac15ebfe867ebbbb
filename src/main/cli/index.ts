/**
 * `afterview` — the same API as the app, headless: the CLI is the third transport beside
 * IPC and HTTP, calling each method through the shared dispatch and its input validation.
 * Opens the data directory only when a command needs it, prints errors in plain words
 * (exit 1) and usage mistakes with the usage line (exit 2). Help and argument checks need
 * only the catalog: the app itself (run-command.ts) is loaded when a command runs.
 */
import { version } from '../../../package.json'
import { parseCommandLine, splitCommand } from './args'
import { COMMAND_NAMES, CATALOG, commandInfo } from './catalog'
import { sayUsage, type CliIO } from './command'

function help(io: CliIO): void {
  io.out(`Afterview ${version} — follow up after job interviews.\n\nUsage: afterview <command> [options]\n`)
  for (const name of COMMAND_NAMES) io.out(`  ${name.padEnd(10)} ${CATALOG[name].summary}`)
  io.out(`
Options for every command, before or after its name:
  --data-dir DIR   where your data lives (or AFTERVIEW_DATA_DIR); the default is the desktop app's folder
  --help, -h       the command's options
With --json a command prints one JSON object per line, one line per item, and nothing else
on standard output. With no items it prints no lines and still succeeds (exit 0); at a
terminal it then says so on standard error. Messages for you always go to standard error.
Run "afterview <command> --help" for its options.`)
}

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
  const info = commandInfo(name)
  if (!info) {
    io.err(`There is no command "${name}".`)
    help(io)
    return 2
  }
  let parsed
  try {
    parsed = parseCommandLine(rest, info.options)
  } catch (error) {
    return sayUsage(io, (error as Error).message, info.usage)
  }
  if (parsed.values.help) {
    io.out(`Usage: ${info.usage}\n${info.summary}`)
    return 0
  }
  if (parsed.values.version) {
    io.out(version)
    return 0
  }
  const { runCommand } = await import('./run-command')
  return runCommand(info.name, parsed, io, version)
}

/**
 * A command that is done ends its process once what it printed is written, rather than when
 * Node's event loop has nothing left: that wait (the server's answer to a LOGOUT already sent,
 * sockets closing, a last garbage collection) took 20-25 ms of every `sync --once` (issue 14).
 * Everything a command saves is written before it returns (the store writes synchronously), and
 * what is saved at exit still is: process.exit runs the 'exit' listeners.
 */
function endOnceWritten(): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit()))
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
    if (code === 'keep-running') return
    process.exitCode = code
    endOnceWritten()
  })
}
