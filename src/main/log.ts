/**
 * The process log (stderr). Only for what a developer needs to find a cause: never
 * inputs, never message bodies, never credentials.
 */
export function logUnexpected(method: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error)
  process.stderr.write(`[afterview] ${method} failed unexpectedly: ${detail}\n`)
}
