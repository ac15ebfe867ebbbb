/**
 * What a CLI command is. Each lives in its own file under commands/ and is listed in
 * commands/index.ts; the runner gives it parsed arguments and an opened context.
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
  run(
    args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] },
    ctx: CliContext
  ): Promise<number | 'keep-running'>
}

/** A usage error: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
