/**
 * CSV import: a spreadsheet with a header row, columns found by their common names in any
 * case ("Company Name", "Date Applied", "E-mail"). Every problem is listed with its line
 * and column; a row with fewer cells than the header is reported, not guessed at.
 */
import type { Application } from '../model'
import { ImportProblems, checkDuplicateIds, toApplication, type ImportOptions } from './import-application'

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
  const rows = options.readCsv(text)
  if (rows.length === 0)
    throw new ImportProblems([
      'The file is empty: it needs a first row naming the columns (company, role, applied date, …) and one row per application.'
    ])
  const [header, ...body] = rows
  const keys = header.cells.map(columnKey)
  if (!keys.includes('company')) {
    throw new ImportProblems([
      `line ${header.line}: the first row must name the columns, and no "company" column was found (columns: ${header.cells.map((c) => `"${c.trim()}"`).join(', ')}). Add a column called "company", or if this is a JSON file, check that it starts with { or [.`
    ])
  }
  if (body.length === 0)
    throw new ImportProblems([`The file has only its header row (line ${header.line}): add one row per application below it.`])
  const width = header.cells.length
  const problems: string[] = []
  let ambiguousDates = false
  const apps: Application[] = []
  for (const row of body) {
    const get = (key: string) => {
      const i = keys.indexOf(key)
      return i >= 0 ? (row.cells[i] ?? '').trim() : ''
    }
    const headerOf = (key: string) => header.cells[keys.indexOf(key)]?.trim() ?? key
    // A short row: the cells cannot be matched to their columns with any confidence.
    if (row.cells.length < width) {
      problems.push(
        `line ${row.line}: this row has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'} but the first row names ${width} columns: a separator is missing, or a value that contains one needs "double quotes"`
      )
      continue
    }
    const extra = row.cells.slice(width).filter((c) => c.trim() !== '')
    if (extra.length) {
      problems.push(
        `line ${row.line}: this row has ${width + extra.length} cells but the first row names ${width} columns: a value that contains a separator needs "double quotes"`
      )
      continue
    }
    if (!get('company')) {
      problems.push(`line ${row.line}, column "${headerOf('company')}": the company is empty: fill it in, or delete the row`)
      continue
    }
    const email = get('contactEmail')
    const name = get('contactName') || (email ? email.split('@')[0] : '')
    const app = toApplication(
      {
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
      },
      options,
      (field, message, ambiguous) => {
        ambiguousDates ||= !!ambiguous
        const column = {
          appliedAt: 'appliedAt',
          status: 'status',
          companyDomain: 'companyDomain',
          jobUrl: 'jobUrl',
          id: 'id',
          role: 'role',
          notes: 'notes',
          source: 'source'
        }[field.split('.')[0]]
        const label =
          column && keys.includes(column)
            ? headerOf(column)
            : field.startsWith('contacts')
              ? headerOf(field.endsWith('name') ? 'contactName' : 'contactEmail')
              : field
        problems.push(`line ${row.line}, column "${label}": ${message}`)
      }
    )
    if (app) apps.push(app)
  }
  checkDuplicateIds(apps, problems)
  if (problems.length) throw new ImportProblems(problems, ambiguousDates)
  return apps
}
