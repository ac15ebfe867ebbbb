/**
 * What a CLI command is. Each lives in its own file under commands/ and is listed in
 * commands/index.ts; the runner gives it parsed arguments and an opened context.
 */
import type { ParseArgsConfig } from 'node:util'
import type { AppServices } from '../services'
import type { EventHub } from '../server/event-hub'

export interface CliIO {
  out: (line: string) => void
  err: (line: string) => void
  stdin: NodeJS.ReadStream
}

export interface CliContext {
  dataDir: string
  /** Opens the store and services on first use (commands like `help` need none). */
  services: () => AppServices
  hub: () => EventHub
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
  run(args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }, ctx: CliContext): Promise<number | 'keep-running'>
}

/** A usage error: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
