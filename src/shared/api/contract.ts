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
export const method =
  <I extends z.ZodType>(input: I) =>
  <R>(): Method<I, R> => ({ input })
/** Input of a method that takes nothing. */
export const none = z.object({}).strict().optional()

/**
 * Errors cross every transport (IPC, HTTP, CLI) as data: a code, a plain-words message,
 * and for bad input the problem of each field, keyed by its path ("fields.company").
 */
export const ErrorCode = z.enum([
  'invalid_input',
  'not_found',
  'conflict',
  'store_locked',
  'store_damaged',
  'forbidden',
  'unavailable',
  'mail_auth',
  'mail_network',
  'mail_tls',
  'mail_send',
  'internal'
])
export type ErrorCode = z.infer<typeof ErrorCode>
/** Path of a field ("fields.company", "patch.to.0") → its problem in plain words ("Company is empty"). */
export type FieldErrors = Record<string, string>
export interface ErrorData {
  code: ErrorCode
  message: string
  fields?: FieldErrors
}
export type Envelope<R> = { ok: true; value: R } | { ok: false; error: ErrorData }

export class AfterviewError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors
  ) {
    super(message)
    this.name = 'AfterviewError'
  }
  toData(): ErrorData {
    return { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) }
  }
}

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof AfterviewError) return error.toData()
  if (
    error &&
    typeof error === 'object' &&
    'code' in error &&
    'message' in error &&
    ErrorCode.safeParse((error as ErrorData).code).success
  ) {
    const fields = (error as ErrorData).fields
    return {
      code: (error as ErrorData).code,
      message: String((error as ErrorData).message),
      ...(fields && typeof fields === 'object' ? { fields } : {})
    }
  }
  return { code: 'internal', message: 'Something went wrong inside Afterview. Your data is safe; please try again.' }
}
