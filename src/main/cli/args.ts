/**
 * Reads the command line with Node's `util.parseArgs`: the command is the first word
 * that is not an option, and the global options (--data-dir, --help) work before or
 * after it (`afterview --data-dir DIR due` and `afterview due --data-dir DIR`).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

export const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const satisfies ParseArgsConfig['options']

export interface ParsedLine {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

/** The command's name and the arguments without it; global options are left in place. */
export function splitCommand(argv: string[]): { name?: string; rest: string[] } {
  const { tokens } = parseArgs({ args: argv, options: GLOBAL_OPTIONS, strict: false, allowPositionals: true, tokens: true })
  const first = tokens.find((t) => t.kind === 'positional' || t.kind === 'option-terminator')
  if (!first || first.kind !== 'positional') return { rest: argv }
  return { name: first.value, rest: [...argv.slice(0, first.index), ...argv.slice(first.index + 1)] }
}

/** The command's options and the global ones together, strictly: an unknown flag is a usage error in plain words. */
export function parseCommandLine(args: string[], options: ParseArgsConfig['options'] = {}): ParsedLine {
  try {
    return parseArgs({ args, options: { ...options, ...GLOBAL_OPTIONS }, allowPositionals: true, strict: true }) as ParsedLine
  } catch (error) {
    throw new Error(plainParseError(error as NodeJS.ErrnoException))
  }
}

/** Node's parse errors, said plainly: "--fromat is not an option of this command." */
function plainParseError(error: NodeJS.ErrnoException): string {
  const message = error.message
  const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1]?.replace(/^(-{1,2}[^=\s]+).*/, '$1')
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${flag ?? 'That option'} is not an option of this command.`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message)
        ? `${flag ?? 'That option'} needs a value, like ${flag ?? '--option'} VALUE.`
        : `${flag ?? 'That option'} takes no value.`
    default:
      return message
  }
}
