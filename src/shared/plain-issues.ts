/**
 * zod's issues in plain words: what is wrong with a value ("is required", "is not an
 * email address") and which field it is ("Email address of contact 2"). Used by the API's
 * field errors and by import, so a person never reads "Invalid input: expected string".
 */
import type { z } from 'zod'

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue
type Segment = PropertyKey

/** Field names as a person reads them; anything else is split from camelCase. */
const LABELS: Record<string, string> = {
  jobUrl: 'Job URL',
  companyDomain: 'Company domain',
  appliedAt: 'Applied on',
  expectedResponseBy: 'Expected response by',
  startsAt: 'Start time',
  durationMinutes: 'Length in minutes',
  to: 'To',
  cc: 'Cc',
  bcc: 'Bcc',
  email: 'Email address',
  user: 'User name',
  imap: 'Incoming mail server',
  smtp: 'Outgoing mail server',
  lookbackDays: 'Days of mail to read',
  id: 'Id',
  applicationId: 'Application',
  userName: 'Your name',
  trustCertificate: 'Certificate fingerprint'
}

function words(key: Segment): string {
  const k = String(key)
  if (LABELS[k]) return LABELS[k]
  const spaced = k
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

/** "fields.company" → "Company"; "patch.to.0" → "To (entry 1)"; "contacts.1.email" → "Email address of contact 2". */
export function labelOf(path: readonly Segment[]): string {
  const segs = path.filter((p) => typeof p === 'string' || typeof p === 'number')
  const last = segs[segs.length - 1]
  if (last === undefined) return 'The request'
  if (typeof last === 'number') return `${words(segs[segs.length - 2] ?? 'list')} (entry ${last + 1})`
  const index = segs[segs.length - 2]
  const owner = segs[segs.length - 3]
  if (typeof index === 'number' && owner !== undefined)
    return `${words(last)} of ${words(owner).toLowerCase().replace(/s$/, '')} ${index + 1}`
  return words(last)
}

const described = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value))

/**
 * What is wrong with a value, as the end of a sentence that starts with its label:
 * "is required", "is not an email address". Given to zod as the error map of a parse, so
 * every issue a schema did not word itself still reads as plain words.
 */
export function plainIssue(issue: Issue): string {
  const i = issue as Issue & Record<string, unknown>
  switch (issue.code) {
    case 'invalid_type': {
      // A raw issue (the error map) has the input; a finished one only says it in zod's message.
      const missing = 'input' in i ? i.input === undefined : /received undefined/.test(String(i.message ?? ''))
      if (missing) return 'is required'
      const expected = String(i.expected)
      const what: Record<string, string> = {
        string: 'text',
        number: 'a number',
        int: 'a whole number',
        boolean: 'yes or no (true or false)',
        array: 'a list',
        object: 'a group of fields',
        date: 'a date'
      }
      return `should be ${what[expected] ?? expected}`
    }
    case 'too_small': {
      const min = Number(i.minimum)
      if (i.origin === 'string') return min <= 1 ? 'is empty' : `is too short (at least ${min} characters)`
      if (i.origin === 'array' || i.origin === 'set') return min <= 1 ? 'needs at least one entry' : `needs at least ${min} entries`
      return i.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`
    }
    case 'too_big': {
      const max = Number(i.maximum)
      if (i.origin === 'string') return `is too long (at most ${max} characters)`
      if (i.origin === 'array' || i.origin === 'set') return `has too many entries (at most ${max})`
      return i.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`
    }
    case 'invalid_format': {
      const forms: Record<string, string> = {
        email: 'is not an email address',
        url: 'is not a web address',
        datetime: 'is not a date and time like 2026-11-18T15:00:00Z',
        date: 'is not a date like 2026-11-18',
        time: 'is not a time like 15:00'
      }
      return forms[String(i.format)] ?? 'is not written the way Afterview expects'
    }
    case 'invalid_value':
      return Array.isArray(i.values) && i.values.length
        ? `must be one of ${i.values.map(described).join(', ')}`
        : 'is not a value Afterview knows'
    case 'unrecognized_keys':
      return 'is not a field Afterview knows'
    case 'not_multiple_of':
      return `must be a multiple of ${String(i.divisor)}`
    case 'invalid_union':
      return 'does not match any form Afterview accepts'
    default:
      return 'is not valid'
  }
}

/** zod's own English defaults, for issues parsed without `plainIssue`. */
export const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key|Expected)/

/** A predicate gets its label in front; a message that is already a sentence stays as it is. */
export function sentence(path: readonly Segment[], predicate: string): string {
  if (/^(is|are|must|should|may|has|have|needs|does|can|cannot)\b/.test(predicate)) return `${labelOf(path)} ${predicate}`
  return predicate.charAt(0).toUpperCase() + predicate.slice(1)
}
