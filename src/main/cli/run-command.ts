/**
 * Runs one CLI command with the app behind it: the store opened on first use, the
 * services, and the API through the same dispatch and input validation as IPC and HTTP.
 * Loaded only when a command runs (index.ts answers help and argument mistakes alone).
 */
import { AfterviewError, createClient, dispatch, type AfterviewClient } from '../../shared/api'
import { logUnexpected } from '../log'
import { EventHub } from '../server/event-hub'
import { createServices, type AppServices } from '../services'
import { discoverOptionsFromEnv } from '../mail/discover'
import { openStore } from '../store'
import { validatedFilesOptions } from '../store/build-id'
import { resolveDataDir } from '../store/data-dir'
import { UsageError, sayUsage, type CliContext, type CliIO, type ParsedArgs } from './command'
import { commands } from './commands'

/** A problem that is not a usage mistake or a refusal: said in plain words, with what went wrong. */
class Unexpected extends Error {}

export async function runCommand(name: string, parsed: ParsedArgs, io: CliIO, version: string): Promise<number | 'keep-running'> {
  const command = commands.find((c) => c.name === name)!
  let services: AppServices | undefined
  let keepRunning = false
  try {
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
    if (error instanceof UsageError) return sayUsage(io, error.message, command.usage)
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
