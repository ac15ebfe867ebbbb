/**
 * What import does with one entry, from a JSON file or a CSV row: the shapes it accepts
 * (many names for the same field), the stage words, and how an entry becomes an
 * Application or a list of problems. Shared by import.ts (JSON) and import-csv.ts.
 */
import { z } from 'zod'
import type { Application, Contact, DateOrder, Interview, Stage } from '../model'
import { Application as ApplicationSchema, bareDomain, Id } from '../model'
import { plainIssue, sentence } from '../plain-issues'
import { normalizeDate } from './import-dates'

/** A CSV record and the line it starts on (1-based). */
export interface CsvRow {
  line: number
  cells: string[]
}
/** Reads CSV text into rows; throws ImportProblems (with the line) when the text is not CSV. */
export type CsvReader = (text: string) => CsvRow[]

export interface ImportOptions {
  now: number
  newId: (prefix: string) => string
  readCsv: CsvReader
  /** How to read dates like 03/04/2026; '' (or none): such dates are reported. */
  dateOrder?: DateOrder
}

export class ImportProblems extends Error {
  constructor(
    readonly problems: string[],
    readonly ambiguousDates = false
  ) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} problems: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; …' : ''}`
    )
  }
}

const STAGE_WORDS: Array<[RegExp, Stage]> = [
  [/^(interest|saved|wish|bookmark|to ?apply|planned)/, 'interested'],
  [/^(appl|submit|sent|pending|waiting|in review|under review|new)/, 'applied'],
  [/(interview|screen|onsite|on-site|assessment|take.?home|in progress|process)/, 'interviewing'],
  [/^offer/, 'offer'],
  [/^(accept|hired|signed)/, 'accepted'],
  [/^(reject|declin|turned down|no$|not selected|unsuccessful)/, 'rejected'],
  [/^(withdr|retract)/, 'withdrawn'],
  [/^(clos|ghost|archiv|no (response|reply)|dead|inactive)/, 'closed']
]

export function stageFromWord(word: string): Stage | undefined {
  const w = word.trim().toLowerCase()
  if (!w) return undefined
  return STAGE_WORDS.find(([re]) => re.test(w))?.[1]
}

const str = z.string().trim()
const ImportedContact = z.object({
  id: z.string().optional(),
  name: str.min(1, 'is empty'),
  email: str.optional(),
  role: str.optional(),
  title: str.optional()
})
const ImportedInterview = z.object({
  id: z.string().optional(),
  at: str.optional(),
  startsAt: str.optional(),
  durationMinutes: z.number().optional(),
  duration: z.number().optional(),
  kind: str.optional(),
  type: str.optional(),
  with: z.array(str).optional(),
  contactIds: z.array(str).optional(),
  topics: str.optional(),
  timelineGiven: z.boolean().optional(),
  expectedResponseBy: str.optional()
})
export const ImportedApplication = z.object({
  id: z.string().optional(),
  company: str.min(1, 'is empty'),
  role: str.optional(),
  title: str.optional(),
  position: str.optional(),
  companyDomain: str.optional(),
  domain: str.optional(),
  jobUrl: str.optional(),
  url: str.optional(),
  source: str.optional(),
  appliedAt: str.optional(),
  appliedOn: str.optional(),
  status: str.optional(),
  stage: str.optional(),
  expectedResponseBy: str.optional(),
  notes: str.optional(),
  contacts: z.array(ImportedContact).optional(),
  interviews: z.array(ImportedInterview).optional(),
  sentMessageIds: z.array(z.string()).optional(),
  events: z.array(z.unknown()).optional(),
  stageHistory: z.array(z.unknown()).optional(),
  actions: z.record(z.string(), z.unknown()).optional(),
  createdAt: str.optional()
})
export type ImportedApplication = z.infer<typeof ImportedApplication>

/** Told each problem of an entry: which field, what is wrong, and whether it is a date that could be read two ways. */
export type ProblemSink = (field: string, message: string, ambiguousDate?: boolean) => void

export function checkDuplicateIds(apps: Application[], problems: string[]): void {
  const seen = new Set<string>()
  for (const a of apps) {
    if (seen.has(a.id)) problems.push(`the id "${a.id}" is used twice in the file: give each application its own id, or leave the id out`)
    seen.add(a.id)
  }
}

/**
 * One entry as an Application, or undefined after telling `problem` each thing wrong with
 * it: the field (its path in the entry) and what is wrong, in plain words.
 */
export function toApplication(
  src: ImportedApplication,
  { now, newId, dateOrder }: ImportOptions,
  problem: ProblemSink
): Application | undefined {
  let bad = false
  const fail = (field: string, message: string, ambiguous?: boolean) => {
    bad = true
    problem(field, message, ambiguous)
  }
  const date = (field: string, value: string | undefined) => {
    if (!value) return undefined
    const d = normalizeDate(value, dateOrder)
    if (typeof d === 'string') return d
    fail(field, d.error, d.ambiguous)
    return undefined
  }
  if (src.id !== undefined && !Id.safeParse(src.id).success)
    fail('id', `"${src.id}" may only contain letters, digits, dot, dash, colon and underscore`)
  const stageWord = src.status ?? src.stage
  const stage = stageWord ? stageFromWord(stageWord) : undefined
  if (stageWord && !stage)
    fail(
      src.status !== undefined ? 'status' : 'stage',
      `"${stageWord}" is not a stage Afterview knows (applied, interviewing, offer, rejected, …)`
    )
  const iso = new Date(now).toISOString()
  const contacts: Contact[] = (src.contacts ?? []).map((c) => ({
    id: c.id && Id.safeParse(c.id).success ? c.id : newId('c-'),
    name: c.name,
    ...(c.email ? { email: c.email.toLowerCase() } : {}),
    ...((c.title ?? c.role) ? { title: c.title ?? c.role } : {})
  }))
  const interviews: Interview[] = []
  ;(src.interviews ?? []).forEach((i, n) => {
    const at = i.startsAt ?? i.at
    if (!at || Number.isNaN(Date.parse(at)) || !/T/.test(at)) {
      fail(`interviews.${n}.at`, at ? `"${at}" is not a date and time like 2026-11-18T15:00:00Z` : 'is missing')
      return
    }
    const contactIds: string[] = [...(i.contactIds ?? [])]
    for (const who of i.with ?? []) {
      const key = who.toLowerCase()
      let c = contacts.find((x) => x.name.toLowerCase() === key || x.email === key)
      if (!c) {
        c = { id: newId('c-'), name: who.includes('@') ? who.split('@')[0] : who, ...(who.includes('@') ? { email: key } : {}) }
        contacts.push(c)
      }
      if (!contactIds.includes(c.id)) contactIds.push(c.id)
    }
    const kind = (i.kind ?? i.type ?? 'video').toLowerCase()
    interviews.push({
      id: i.id && Id.safeParse(i.id).success ? i.id : newId('i-'),
      startsAt: new Date(Date.parse(at)).toISOString(),
      durationMinutes: Math.round(i.durationMinutes ?? i.duration ?? 45),
      kind:
        (['phone', 'video', 'onsite', 'other'] as const).find((k) => kind.startsWith(k)) ??
        (/on.?site|in.?person|office/.test(kind) ? 'onsite' : 'other'),
      contactIds,
      topics: i.topics ?? '',
      timelineGiven: i.timelineGiven ?? false,
      ...(i.expectedResponseBy ? { expectedResponseBy: date(`interviews.${n}.expectedResponseBy`, i.expectedResponseBy) } : {})
    })
  })
  const appliedAt = date('appliedAt', src.appliedAt ?? src.appliedOn)
  const expectedResponseBy = date('expectedResponseBy', src.expectedResponseBy)
  const domain = bareDomain((src.companyDomain ?? src.domain ?? '').trim().toLowerCase())
  const candidate = {
    id: src.id ?? newId('app-'),
    company: src.company,
    role: src.role ?? src.title ?? src.position ?? '',
    ...(domain ? { companyDomain: domain } : {}),
    ...((src.jobUrl ?? src.url) ? { jobUrl: src.jobUrl ?? src.url } : {}),
    ...(src.source ? { source: src.source } : {}),
    ...(appliedAt ? { appliedAt } : {}),
    stage: stage ?? (interviews.length ? 'interviewing' : appliedAt ? 'applied' : 'interested'),
    ...(expectedResponseBy ? { expectedResponseBy } : {}),
    notes: src.notes ?? '',
    contacts,
    interviews,
    events: src.events ?? [{ id: newId('e-'), at: iso, type: 'imported', text: 'Imported' }],
    ...(src.stageHistory ? { stageHistory: src.stageHistory } : {}),
    actions: src.actions ?? {},
    sentMessageIds: src.sentMessageIds ?? [],
    createdAt: src.createdAt && !Number.isNaN(Date.parse(src.createdAt)) ? src.createdAt : iso,
    updatedAt: iso
  }
  if (bad) return undefined
  const parsed = ApplicationSchema.safeParse(candidate, { error: plainIssue })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problem(issue.path.join('.'), sentence(issue.path, issue.message))
    return undefined
  }
  return parsed.data
}
