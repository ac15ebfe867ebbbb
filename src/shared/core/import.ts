/**
 * Turns an import file (JSON or CSV) into applications, or into a list of problems that
 * each name the line and the field. Pure: ids and the clock are passed in. All or nothing:
 * if any row is wrong, nothing is returned to save.
 */
import { z } from 'zod'
import type { Application, Contact, Interview, Stage } from '../model'
import { Application as ApplicationSchema, Id } from '../model'
import { parseCsv, CsvError, type CsvRow } from './csv'

export interface ImportOptions {
  now: number
  newId: (prefix: string) => string
}

export class ImportProblems extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; …' : ''}`)
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** YYYY-MM-DD from "2026-10-02", "2026/10/02", "2026-10-02T…", "Oct 2, 2026", "2 October 2026". */
export function normalizeDate(value: string): string | { error: string } {
  const v = value.trim()
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(v)
  if (m) return checkDate(+m[1], +m[2], +m[3], v)
  m = /^(?:[a-z]+,?\s+)?([a-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(v) ?? null
  if (m && MONTHS.includes(m[1].slice(0, 3).toLowerCase())) return checkDate(+m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2], v)
  m = /^(\d{1,2})\.?\s+([a-z]{3,})\.?,?\s+(\d{4})$/i.exec(v)
  if (m && MONTHS.includes(m[2].slice(0, 3).toLowerCase())) return checkDate(+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1], v)
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(v)) return { error: `"${v}" could be day/month or month/day; write it as YYYY-MM-DD` }
  return { error: `"${v}" is not a date (use YYYY-MM-DD, e.g. 2026-10-02)` }
}

function checkDate(y: number, mo: number, d: number, raw: string): string | { error: string } {
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { error: `"${raw}" is not a real date` }
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

// ---- JSON ----

const str = z.string().trim()
const ImportedContact = z.object({ id: z.string().optional(), name: str.min(1, 'is empty'), email: str.optional(), role: str.optional(), title: str.optional() })
const ImportedInterview = z.object({
  id: z.string().optional(),
  at: str.optional(), startsAt: str.optional(),
  durationMinutes: z.number().optional(), duration: z.number().optional(),
  kind: str.optional(), type: str.optional(),
  with: z.array(str).optional(), contactIds: z.array(str).optional(),
  topics: str.optional(), timelineGiven: z.boolean().optional(), expectedResponseBy: str.optional()
})
const ImportedApplication = z.object({
  id: z.string().optional(),
  company: str.min(1, 'is empty'),
  role: str.optional(), title: str.optional(), position: str.optional(),
  companyDomain: str.optional(), domain: str.optional(),
  jobUrl: str.optional(), url: str.optional(),
  source: str.optional(),
  appliedAt: str.optional(), appliedOn: str.optional(),
  status: str.optional(), stage: str.optional(),
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
type ImportedApplication = z.infer<typeof ImportedApplication>

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** The line of the n-th application object, found by its n-th "company" key. */
function applicationLines(text: string): number[] {
  const lines: number[] = []
  const re = /"company"\s*:/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) lines.push(lineOf(text, m.index))
  return lines
}

export function parseJsonImport(text: string, options: ImportOptions): Application[] {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const pos = /position (\d+)/.exec((error as Error).message)
    const lineCol = /line (\d+)/.exec((error as Error).message)
    const line = lineCol ? Number(lineCol[1]) : pos ? lineOf(text, Number(pos[1])) : undefined
    throw new ImportProblems([`The file is not valid JSON${line ? ` (line ${line})` : ''}: ${(error as Error).message.replace(/^JSON\.parse: /, '')}`])
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { applications?: unknown }).applications) ? (data as { applications: unknown[] }).applications : undefined
  if (!list) throw new ImportProblems(['The JSON file must contain {"applications": [ … ]} (or a list of applications).'])
  const lines = applicationLines(text)
  const problems: string[] = []
  const apps: Application[] = []
  list.forEach((raw, index) => {
    const where = `application ${index + 1}${lines.length === list.length ? ` (line ${lines[index]})` : ''}`
    const parsed = ImportedApplication.safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3)) problems.push(`${where}, field ${issue.path.join('.') || '(the whole entry)'}: ${issue.message}`)
      return
    }
    const app = toApplication(parsed.data, options, (field, message) => problems.push(`${where}${parsed.data.company ? ` (${parsed.data.company})` : ''}, field ${field}: ${message}`))
    if (app) apps.push(app)
  })
  checkDuplicateIds(apps, problems)
  if (problems.length) throw new ImportProblems(problems)
  return apps
}

function checkDuplicateIds(apps: Application[], problems: string[]): void {
  const seen = new Set<string>()
  for (const a of apps) {
    if (seen.has(a.id)) problems.push(`the id "${a.id}" is used twice in the file`)
    seen.add(a.id)
  }
}

function toApplication(src: ImportedApplication, { now, newId }: ImportOptions, problem: (field: string, message: string) => void): Application | undefined {
  let bad = false
  const fail = (field: string, message: string) => {
    bad = true
    problem(field, message)
  }
  const date = (field: string, value: string | undefined) => {
    if (!value) return undefined
    const d = normalizeDate(value)
    if (typeof d === 'string') return d
    fail(field, d.error)
    return undefined
  }
  if (src.id !== undefined && !Id.safeParse(src.id).success) fail('id', `"${src.id}" may only contain letters, digits, dot, dash, colon and underscore`)
  const stageWord = src.status ?? src.stage
  const stage = stageWord ? stageFromWord(stageWord) : undefined
  if (stageWord && !stage) fail(src.status !== undefined ? 'status' : 'stage', `"${stageWord}" is not a stage Afterview knows (applied, interviewing, offer, rejected, …)`)
  const iso = new Date(now).toISOString()
  const contacts: Contact[] = (src.contacts ?? []).map((c) => ({
    id: c.id && Id.safeParse(c.id).success ? c.id : newId('c-'), name: c.name,
    ...(c.email ? { email: c.email.toLowerCase() } : {}), ...((c.title ?? c.role) ? { title: c.title ?? c.role } : {})
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
      kind: (['phone', 'video', 'onsite', 'other'] as const).find((k) => kind.startsWith(k)) ?? (/on.?site|in.?person|office/.test(kind) ? 'onsite' : 'other'),
      contactIds,
      topics: i.topics ?? '',
      timelineGiven: i.timelineGiven ?? false,
      ...(i.expectedResponseBy ? { expectedResponseBy: date(`interviews.${n}.expectedResponseBy`, i.expectedResponseBy) } : {})
    })
  })
  const appliedAt = date('appliedAt', src.appliedAt ?? src.appliedOn)
  const expectedResponseBy = date('expectedResponseBy', src.expectedResponseBy)
  const domain = (src.companyDomain ?? src.domain)?.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '')
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
    contacts, interviews,
    events: src.events ?? [{ id: newId('e-'), at: iso, type: 'imported', text: 'Imported' }],
    ...(src.stageHistory ? { stageHistory: src.stageHistory } : {}),
    actions: src.actions ?? {},
    sentMessageIds: src.sentMessageIds ?? [],
    createdAt: src.createdAt && !Number.isNaN(Date.parse(src.createdAt)) ? src.createdAt : iso,
    updatedAt: iso
  }
  if (bad) return undefined
  const parsed = ApplicationSchema.safeParse(candidate)
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 3)) problem(issue.path.join('.'), issue.message)
    return undefined
  }
  return parsed.data
}

// ---- CSV ----

const COLUMNS: Record<string, string[]> = {
  id: ['id'],
  company: ['company', 'company name', 'employer', 'organization', 'organisation', 'firm'],
  role: ['role', 'position', 'title', 'job title', 'job', 'job role'],
  appliedAt: ['applied', 'applied date', 'date applied', 'applied on', 'application date', 'date'],
  status: ['status', 'stage', 'state'],
  contactName: ['contact', 'contact name', 'recruiter', 'recruiter name', 'hiring manager', 'interviewer', 'name'],
  contactEmail: ['email', 'e-mail', 'contact email', 'contact e-mail', 'recruiter email', 'mail'],
  notes: ['notes', 'note', 'comments', 'comment'],
  companyDomain: ['domain', 'company domain', 'website', 'company website'],
  jobUrl: ['url', 'job url', 'link', 'job link', 'posting', 'job posting'],
  source: ['source', 'via', 'found on', 'channel']
}

function columnKey(header: string): string | undefined {
  const h = header.trim().toLowerCase().replace(/[_]+/g, ' ').replace(/\s+/g, ' ')
  return Object.keys(COLUMNS).find((k) => COLUMNS[k].includes(h))
}

export function parseCsvImport(text: string, options: ImportOptions): Application[] {
  let rows: CsvRow[]
  try {
    rows = parseCsv(text)
  } catch (error) {
    throw new ImportProblems([error instanceof CsvError ? error.message : String(error)])
  }
  if (rows.length === 0) throw new ImportProblems(['The CSV file is empty.'])
  const [header, ...body] = rows
  const keys = header.cells.map(columnKey)
  if (!keys.includes('company')) {
    throw new ImportProblems([`line ${header.line}: the first row must name the columns, and no "company" column was found (columns: ${header.cells.map((c) => `"${c.trim()}"`).join(', ')})`])
  }
  const problems: string[] = []
  const apps: Application[] = []
  for (const row of body) {
    const get = (key: string) => {
      const i = keys.indexOf(key)
      return i >= 0 ? (row.cells[i] ?? '').trim() : ''
    }
    const headerOf = (key: string) => header.cells[keys.indexOf(key)]?.trim() ?? key
    if (!get('company')) {
      problems.push(`line ${row.line}, column "${headerOf('company')}": the company is empty`)
      continue
    }
    const email = get('contactEmail')
    const name = get('contactName') || (email ? email.split('@')[0] : '')
    const app = toApplication({
      ...(get('id') ? { id: get('id') } : {}),
      company: get('company'),
      role: get('role') || undefined,
      appliedAt: get('appliedAt') || undefined,
      status: get('status') || undefined,
      notes: get('notes') || undefined,
      companyDomain: get('companyDomain') || undefined,
      jobUrl: get('jobUrl') || undefined,
      source: get('source') || undefined,
      contacts: name ? [{ name, ...(email ? { email } : {}) }] : []
    }, options, (field, message) => {
      const column = { appliedAt: 'appliedAt', status: 'status', companyDomain: 'companyDomain', jobUrl: 'jobUrl', id: 'id' }[field.split('.')[0]]
      const label = column && keys.includes(column) ? headerOf(column) : field.startsWith('contacts') ? headerOf('contactEmail') : field
      problems.push(`line ${row.line}, column "${label}": ${message}`)
    })
    if (app) apps.push(app)
  }
  checkDuplicateIds(apps, problems)
  if (problems.length) throw new ImportProblems(problems)
  return apps
}

export function parseImport(format: 'json' | 'csv', text: string, options: ImportOptions): Application[] {
  return format === 'json' ? parseJsonImport(text, options) : parseCsvImport(text, options)
}
