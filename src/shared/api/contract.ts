/**
 * The machinery of the API contract: how a method is declared, how errors travel.
 * Domain files (applications.ts, accounts.ts, …) declare their methods with `method`;
 * index.ts merges them into the one `api` object both transports are generated from.
 */
import { z } from 'zod'

/** A method: its input schema, and its result type carried as a phantom. */
export interface Method<I extends z.ZodType, R> {
  input: I
  /** Never set at run time; carries the result type. */
  readonly result?: R
}
export const method = <I extends z.ZodType>(input: I) => <R>(): Method<I, R> => ({ input })
/** Input of a method that takes nothing. */
export const none = z.object({}).strict().optional()

/** Errors cross both transports as data: a code and a plain-words message. */
export const ErrorCode = z.enum(['invalid_input', 'not_found', 'conflict', 'store_locked', 'store_damaged', 'forbidden', 'unavailable', 'mail_auth', 'mail_network', 'mail_tls', 'mail_send', 'internal'])
export type ErrorCode = z.infer<typeof ErrorCode>
export interface ErrorData { code: ErrorCode; message: string }
export type Envelope<R> = { ok: true; value: R } | { ok: false; error: ErrorData }

export class AfterviewError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message)
    this.name = 'AfterviewError'
  }
  toData(): ErrorData {
    return { code: this.code, message: this.message }
  }
}

/** Turns a zod failure into one sentence a person can act on. */
export function describeInvalid(error: z.ZodError): string {
  return error.issues.slice(0, 3).map((i) => {
    const where = i.path.filter((p) => typeof p === 'string' || typeof p === 'number').join('.')
    return where ? `${where} ${i.message}` : i.message
  }).join('; ')
}

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof AfterviewError) return error.toData()
  if (error && typeof error === 'object' && 'code' in error && 'message' in error && ErrorCode.safeParse((error as ErrorData).code).success) {
    return { code: (error as ErrorData).code, message: String((error as ErrorData).message) }
  }
  return { code: 'internal', message: 'Something went wrong inside Afterview. Your data is safe; please try again.' }
}
