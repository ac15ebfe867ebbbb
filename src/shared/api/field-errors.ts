/**
 * Bad input in plain words, built in one place from zod's issues: each field's problem
 * ("Company is empty") keyed by its path ("fields.company"), and one message made of
 * them. The window shows each problem next to its field; the CLI prints the message.
 */
import type { z } from 'zod'
import { plainIssue, sentence, ZOD_DEFAULT } from '../plain-issues'
import { AfterviewError, type FieldErrors } from './contract'

export { labelOf, plainIssue } from '../plain-issues'

/** Each field's problem, keyed by its path; the first problem of a field wins. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const predicate = ZOD_DEFAULT.test(issue.message) ? plainIssue(issue) : issue.message
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path]
    for (const path of paths) {
      const key = path.map(String).join('.')
      fields[key] ??= sentence(path, predicate)
    }
  }
  return fields
}

/** The problems as one line: "Company is empty; Job URL must start with http:// or https://". */
export function describeInvalid(error: z.ZodError): string {
  const all = Object.values(fieldErrorsOf(error))
  return all.slice(0, 5).join('; ') + (all.length > 5 ? `; and ${all.length - 5} more` : '')
}

/** The error for bad input: plain words, with each field's problem as data. */
export function invalidInput(error: z.ZodError, lead = ''): AfterviewError {
  return new AfterviewError('invalid_input', `${lead}${describeInvalid(error)}.`, fieldErrorsOf(error))
}
