/**
 * What a CLI command is. Its name, summary, usage and options are in catalog.ts (what help
 * prints, loading none of the app); what it does is in its own file under commands/,
 * listed in commands/index.ts; the runner gives it parsed arguments and an opened context.
 */
import type { ParseArgsConfig } from 'node:util'
import type { AfterviewClient } from '../../shared/api'
import type { AppServices } from '../services'
import type { EventHub } from '../server/event-hub'

export interface CliIO {
  out: (line: string) => void
  err: (line: string) => void
  stdin: NodeJS.ReadStream
  /** Standard output is a terminal (a person reads it), not a pipe or a file. */
  outIsTerminal?: boolean
}

export interface CliContext {
  dataDir: string
  /**
   * The API, called through the same dispatch and input validation as IPC and HTTP: a
   * bad input is refused with each field's problem in plain words. Opens the store on
   * first use (commands like `help` need none).
   */
  api: () => AfterviewClient
  /** The services themselves, only for what is not a request: serving HTTP (serve), watching mail (sync). */
  services: () => AppServices
  hub: () => EventHub
  /** Where the services send an address to open in a browser (OAuth2 sign-in); set by the command that expects one. */
  browser: { open?: (url: string) => void }
  io: CliIO
  version: string
  now: () => number
}

export interface Command {
  name: string
  /** One line for `afterview help`. */
  summary: string
  usage: string
  options?: ParseArgsConfig['options']
  /** Stays running (serve, sync without --once): the runner does not exit after it resolves. */
  run(args: ParsedArgs, ctx: CliContext): Promise<number | 'keep-running'>
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

/** A usage error: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** Says a usage mistake with the command's usage line; the exit code for it. */
export function sayUsage(io: CliIO, message: string, usage: string): 2 {
  io.err(`${message}\nUsage: ${usage}`)
  return 2
}
